#pragma once

#include "report.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace scb {

// What every section reads: the request, the data and the report's language.
struct ReportContext
{
    const ReportRequest &request;
    const ReportData &data;
    bool chinese = false;

    QString centerName(size_t center) const;
    QString count(double value) const { return reportCount(value, chinese); }
    QString yuan100m(double value) const { return reportYuan100m(value, chinese); }
};

// One section of a report: a heading (on a new page) and its blocks. The
// texts are in the translators' language at the time build() runs.
class ReportSection
{
public:
    virtual ~ReportSection() = default;
    virtual QString key() const = 0;
    virtual QString title() const = 0;
    virtual void build(ReportDocument &document, const ReportContext &context) const = 0;

    // The section of a key of reportSectionKeys(); null for an unknown key.
    static std::unique_ptr<ReportSection> create(const QString &key);
};

class OverviewSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(scb::OverviewSection)
public:
    QString key() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Fleet overview"); }
    void build(ReportDocument &document, const ReportContext &context) const override;
};

class ChipsSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(scb::ChipsSection)
public:
    QString key() const override { return QStringLiteral("chips"); }
    QString title() const override { return tr("Chips and alerts"); }
    void build(ReportDocument &document, const ReportContext &context) const override;
};

class DatasetsSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(scb::DatasetsSection)
public:
    QString key() const override { return QStringLiteral("datasets"); }
    QString title() const override { return tr("Training datasets"); }
    void build(ReportDocument &document, const ReportContext &context) const override;
};

class AdoptionSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(scb::AdoptionSection)
public:
    QString key() const override { return QStringLiteral("adoption"); }
    QString title() const override { return tr("Enterprise cloud adoption"); }
    void build(ReportDocument &document, const ReportContext &context) const override;
};

class IndustrySection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(scb::IndustrySection)
public:
    QString key() const override { return QStringLiteral("industry"); }
    QString title() const override { return tr("Industry output"); }
    void build(ReportDocument &document, const ReportContext &context) const override;
};

} // namespace scb
