#include "datasetcollector.h"

#include <QUrl>

#include <algorithm>
#include <limits>

namespace scb::catalogimport {

namespace {

constexpr int kMaxShownIdentifier = 60;

} // namespace

DatasetCollector::DatasetCollector(const QString &fileName, const QString &sourceKind)
{
    // Stored with the row, as the sample rows' citations are: not translated.
    m_source = toUtf8(QStringLiteral("imported from %1 (%2)").arg(fileName, sourceKind));
    if (m_source.size() > 500) {
        bool cut = false;
        m_source = clipped(std::move(m_source), 500, &cut);
    }
}

void DatasetCollector::refuse(int item, const QString &shownId, const QString &why)
{
    QString shown = shownId.simplified();
    if (shownId.isEmpty())
        shown = tr("no identifier");
    else if (shown.size() > kMaxShownIdentifier)
        shown = shown.left(kMaxShownIdentifier - 1) + QChar(0x2026);
    m_refused << tr("item %1 (%2): %3").arg(item).arg(shown, why);
}

void DatasetCollector::putText(LocalizedText *target,
                               const QString &raw,
                               const QString &language,
                               int item)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return;
    const QString lang = language.toLower();
    std::string *slot = nullptr;
    if (lang.startsWith(QLatin1String("zh")))
        slot = &target->zh;
    else if (lang.startsWith(QLatin1String("en")))
        slot = &target->en;
    else if (lang.isEmpty())
        slot = isHan(text) ? &target->zh : &target->en;
    if (!slot) {
        // Another language: kept in the English slot only while nothing better is there.
        if (!target->en.empty())
            return;
        note(ImportNotes::OtherLanguages, item);
        slot = &target->en;
    } else if (!slot->empty()) {
        return; // the first text of a language wins
    }
    bool cut = false;
    *slot = clipped(toUtf8(text), kMaxTextBytes, &cut);
    if (cut)
        note(ImportNotes::TextsTruncated, item);
}

void DatasetCollector::putKeywords(Dataset *d, BoundedList *keywords, int item)
{
    if (keywords->dropped)
        note(ImportNotes::KeywordsDropped, item);
    d->keywords = std::move(keywords->items);
}

void DatasetCollector::addFormat(BoundedList *formats, const QString &format, int item)
{
    if (format != format.toUpper())
        note(ImportNotes::FormatsUpperCased, item);
    formats->add(format.toUpper());
}

void DatasetCollector::putFormats(Dataset *d, BoundedList *formats, uint64_t byteSize, int item)
{
    if (formats->dropped)
        note(ImportNotes::FormatsDropped, item);
    d->formats = std::move(formats->items);
    d->byteSize = std::min<uint64_t>(byteSize, uint64_t(std::numeric_limits<int64_t>::max()));
}

// An IRI gives its last segment; other characters become '-'.
std::string DatasetCollector::adaptedIdentifier(const QString &rawId, int item)
{
    std::string id = toUtf8(rawId.trimmed());
    if (rawId.contains(QLatin1String("://")))
        id = toUtf8(lastSegment(rawId.trimmed()));
    bool adapted = id != toUtf8(rawId);
    for (char &c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '.' || c == '_' || c == ':' || c == '-';
        if (!ok) {
            c = '-';
            adapted = true;
        }
    }
    if (adapted && !id.empty())
        note(ImportNotes::IdentifiersAdapted, item);
    return id;
}

void DatasetCollector::fillGaps(Dataset *d, int item)
{
    if (d->title.zh.empty() && d->title.en.empty() && !d->identifier.empty()) {
        d->title.en = d->identifier; // as CKAN shows a package without a title
        note(ImportNotes::TitlesFromName, item);
    }
    bool cut = false;
    d->publisher = clipped(std::move(d->publisher), kMaxTextBytes, &cut);
    d->license = clipped(std::move(d->license), kMaxTextBytes, &cut);
    if (cut)
        note(ImportNotes::TextsTruncated, item);
    if (d->theme.empty()) {
        d->theme = "other";
        note(ImportNotes::ThemesOther, item);
    }
}

void DatasetCollector::checkLandingPage(Dataset *d, int item)
{
    if (d->landingPage.empty())
        return;
    const QUrl url(QString::fromStdString(d->landingPage), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        d->landingPage.size() > 2000) {
        d->landingPage.clear();
        note(ImportNotes::LandingPagesDropped, item);
    }
}

void DatasetCollector::finish(Dataset d, int item, const QString &rawId)
{
    d.identifier = adaptedIdentifier(rawId, item);
    fillGaps(&d, item);
    checkLandingPage(&d, item);
    d.source = m_source;

    if (const std::string problem = validateDataset(d); !problem.empty()) {
        refuse(item, rawId, QString::fromStdString(problem));
        return;
    }
    const auto [it, inserted] = m_seen.emplace(d.identifier, item);
    if (!inserted) {
        refuse(item, rawId,
               tr("identifier: %1 appears again (first in item %2)")
                   .arg(QString::fromStdString(d.identifier))
                   .arg(it->second));
        return;
    }
    m_datasets.push_back(std::move(d));
}

} // namespace scb::catalogimport
