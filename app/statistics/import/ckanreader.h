#pragma once

#include "stats/statistics.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace scb::catalogimport {

class DatasetCollector;

// "https://data.humdata.org" from a CKAN response's "help" link, to name
// package pages; empty when the response has none.
QString ckanPortal(const QJsonObject &response);

// CKAN packages (package_search's results, package_show's result) read into
// Datasets, with the extras ckanext-dcat and HDX add.
class CkanReader
{
    Q_DECLARE_TR_FUNCTIONS(scb::DatasetImport)
public:
    explicit CkanReader(DatasetCollector *collector);

    // portal: where package pages are when a package has no URL of its own.
    void read(const QJsonArray &packages, const QString &portal);

private:
    using Extras = QHash<QString, QString>;

    void readPackage(const QJsonObject &package, int item, const QString &portal);
    QString string(const QJsonObject &object, const char *key, int item);
    void readTexts(const QJsonObject &package, int item, Dataset *d);
    void putTranslated(const QJsonValue &translated, LocalizedText *target, int item);
    QStringList readTags(const QJsonObject &package, int item, Dataset *d);
    void readPublisher(const QJsonObject &package, int item, Dataset *d);
    void
    readTheme(const QJsonObject &package, const Extras &extras, QStringList candidates, Dataset *d);
    void readLicense(const QJsonObject &package, int item, Dataset *d);
    void readAccess(const QJsonObject &package, const Extras &extras, Dataset *d);
    void readResources(const QJsonObject &package, int item, Dataset *d);
    void readDates(const QJsonObject &package, const Extras &extras, int item, Dataset *d);
    void readFrequency(const QJsonObject &package, const Extras &extras, int item, Dataset *d);
    void readLandingPage(
        const QJsonObject &package, const QString &id, const QString &portal, int item, Dataset *d);

    DatasetCollector *m_collector;
};

} // namespace scb::catalogimport
