#include "ckanreader.h"

#include "datasetcollector.h"
#include "importvalues.h"
#include "portalvocabulary.h"

#include <QUrl>

namespace scb::catalogimport {

namespace {

// ckanext-dcat and scheming portals keep DCAT fields as extras.
QHash<QString, QString> extrasOf(const QJsonObject &package)
{
    QHash<QString, QString> extras;
    const QJsonValue extrasValue = package.value(QLatin1String("extras"));
    if (!extrasValue.isArray())
        return extras;
    for (const QJsonValue &extra : extrasValue.toArray()) {
        const QJsonObject e = extra.toObject();
        if (e.value(QLatin1String("key")).isString() && e.value(QLatin1String("value")).isString())
            extras.insert(e.value(QLatin1String("key")).toString(),
                          e.value(QLatin1String("value")).toString());
    }
    return extras;
}

bool isPresent(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

} // namespace

QString ckanPortal(const QJsonObject &response)
{
    const QUrl help(response.value(QLatin1String("help")).toString());
    const QString scheme = help.scheme().toLower();
    if (!help.isValid() || help.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        !help.path().contains(QLatin1String("/api/")))
        return {};
    return help
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toString();
}

CkanReader::CkanReader(DatasetCollector *collector)
    : m_collector(collector)
{
}

void CkanReader::read(const QJsonArray &packages, const QString &portal)
{
    int item = 0;
    for (const QJsonValue &package : packages) {
        ++item;
        if (!package.isObject()) {
            m_collector->refuse(item, QString(), tr("not a CKAN package (a JSON object)"));
            continue;
        }
        readPackage(package.toObject(), item, portal);
    }
}

QString CkanReader::string(const QJsonObject &object, const char *key, int item)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString())
        return value.toString();
    if (isPresent(value))
        m_collector->note(ImportNotes::WrongTypes, item);
    return {};
}

void CkanReader::readPackage(const QJsonObject &p, int item, const QString &portal)
{
    Dataset d;
    QString id = string(p, "name", item);
    if (id.trimmed().isEmpty())
        id = string(p, "id", item);
    readTexts(p, item, &d);
    const QStringList vocabularyTags = readTags(p, item, &d);
    readPublisher(p, item, &d);
    const Extras extras = extrasOf(p);
    readTheme(p, extras, vocabularyTags, &d);
    readLicense(p, item, &d);
    readAccess(p, extras, &d);
    readResources(p, item, &d);
    readDates(p, extras, item, &d);
    readFrequency(p, extras, item, &d);
    readLandingPage(p, id, portal, item, &d);
    m_collector->finish(std::move(d), item, id);
}

void CkanReader::putTranslated(const QJsonValue &translated, LocalizedText *target, int item)
{
    if (!translated.isObject())
        return;
    const QJsonObject map = translated.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().isString())
            m_collector->putText(target, it.value().toString(), it.key(), item);
    }
}

void CkanReader::readTexts(const QJsonObject &p, int item, Dataset *d)
{
    putTranslated(p.value(QLatin1String("title_translated")), &d->title, item);
    m_collector->putText(&d->title, string(p, "title", item), QString(), item);
    putTranslated(p.value(QLatin1String("notes_translated")), &d->description, item);
    m_collector->putText(&d->description, string(p, "notes", item), QString(), item);
}

// The keywords; returns the tags of a vocabulary, candidates for the theme.
QStringList CkanReader::readTags(const QJsonObject &p, int item, Dataset *d)
{
    BoundedList keywords{kMaxKeywords, kMaxKeywordBytes, {}, {}, false};
    QStringList vocabularyTags;
    const QJsonValue tags = p.value(QLatin1String("tags"));
    if (tags.isArray()) {
        for (const QJsonValue &tag : tags.toArray()) {
            if (tag.isObject() && tag.toObject().value(QLatin1String("name")).isString()) {
                const QString name = tag.toObject().value(QLatin1String("name")).toString();
                keywords.add(name);
                // Vocabulary tags (HDX's "Topics") are the portal's topics.
                if (tag.toObject().value(QLatin1String("vocabulary_id")).isString())
                    vocabularyTags << name;
            } else if (tag.isString()) {
                keywords.add(tag.toString());
            } else {
                m_collector->note(ImportNotes::WrongTypes, item);
            }
        }
    } else if (isPresent(tags)) {
        m_collector->note(ImportNotes::WrongTypes, item);
    }
    m_collector->putKeywords(d, &keywords, item);
    return vocabularyTags;
}

void CkanReader::readPublisher(const QJsonObject &p, int item, Dataset *d)
{
    const QJsonValue organization = p.value(QLatin1String("organization"));
    if (organization.isObject()) {
        QString name = string(organization.toObject(), "title", item);
        if (name.trimmed().isEmpty())
            name = string(organization.toObject(), "name", item);
        d->publisher = toUtf8(name.trimmed());
    } else if (isPresent(organization)) {
        m_collector->note(ImportNotes::WrongTypes, item);
    }
}

// The first of: the theme extra, the package's theme, its vocabulary tags,
// its groups, that names a theme.
void CkanReader::readTheme(const QJsonObject &p,
                           const Extras &extras,
                           QStringList candidates,
                           Dataset *d)
{
    const QJsonValue groups = p.value(QLatin1String("groups"));
    if (groups.isArray()) {
        for (const QJsonValue &group : groups.toArray()) {
            if (!group.isObject())
                continue;
            candidates << group.toObject().value(QLatin1String("name")).toString()
                       << group.toObject().value(QLatin1String("title")).toString();
        }
    }
    if (p.value(QLatin1String("theme")).isString())
        candidates.prepend(p.value(QLatin1String("theme")).toString());
    if (extras.contains(QStringLiteral("theme")))
        candidates.prepend(lastSegment(extras.value(QStringLiteral("theme"))));
    for (const QString &candidate : candidates) {
        d->theme = themeFor(lastSegment(candidate));
        if (!d->theme.empty())
            break;
    }
}

void CkanReader::readLicense(const QJsonObject &p, int item, Dataset *d)
{
    QString license = string(p, "license_id", item).trimmed();
    if (license.isEmpty() || license == QLatin1String("notspecified"))
        license = string(p, "license_title", item).trimmed();
    if (license == QLatin1String("notspecified") ||
        license == QLatin1String("License not specified"))
        license.clear();
    d->license = toUtf8(licenseName(license));
}

void CkanReader::readAccess(const QJsonObject &p, const Extras &extras, Dataset *d)
{
    if (const std::optional<bool> isPrivate = boolish(p.value(QLatin1String("private"))))
        d->access = *isPrivate ? AccessRights::NonPublic : AccessRights::Public;
    // An empty extra (Unspecified) leaves what "private" said.
    if (const auto access = accessFor(extras.value(QStringLiteral("access_rights")));
        access && *access != AccessRights::Unspecified)
        d->access = *access;
}

void CkanReader::readResources(const QJsonObject &p, int item, Dataset *d)
{
    BoundedList formats{kMaxFormats, kMaxFormatBytes, {}, {}, false};
    uint64_t bytes = 0;
    const QJsonValue resources = p.value(QLatin1String("resources"));
    if (resources.isArray()) {
        for (const QJsonValue &resourceValue : resources.toArray()) {
            if (!resourceValue.isObject()) {
                m_collector->note(ImportNotes::WrongTypes, item);
                continue;
            }
            const QJsonObject resource = resourceValue.toObject();
            m_collector->addFormat(&formats, string(resource, "format", item).trimmed(), item);
            bool wrong = false;
            if (const auto size = byteCount(resource.value(QLatin1String("size")), &wrong))
                bytes = saturatedSum(bytes, *size);
            if (wrong)
                m_collector->note(ImportNotes::WrongTypes, item);
        }
    } else if (isPresent(resources)) {
        m_collector->note(ImportNotes::WrongTypes, item);
    }
    m_collector->putFormats(d, &formats, bytes, item);
}

void CkanReader::readDates(const QJsonObject &p, const Extras &extras, int item, Dataset *d)
{
    auto date = [&](const QString &text, std::string *target) {
        if (const auto day = datePart(text))
            *target = *day;
        else
            m_collector->note(ImportNotes::DatesDropped, item);
    };
    date(extras.value(QStringLiteral("issued"), string(p, "metadata_created", item)), &d->issued);
    date(extras.value(QStringLiteral("modified"), string(p, "metadata_modified", item)),
         &d->modified);
    // HDX: "[2019-10-22T00:00:00 TO *]"; ckanext-dcat: temporal_start / temporal_end extras.
    const QString range = string(p, "dataset_date", item);
    if (range.startsWith(QLatin1Char('[')) && range.contains(QLatin1String(" TO "))) {
        const QStringList ends = range.mid(1, range.size() - 2).split(QLatin1String(" TO "));
        if (ends.size() == 2) {
            if (ends[0].trimmed() != QLatin1String("*"))
                date(ends[0], &d->temporalStart);
            if (ends[1].trimmed() != QLatin1String("*"))
                date(ends[1], &d->temporalEnd);
        }
    }
    if (extras.contains(QStringLiteral("temporal_start")))
        date(extras.value(QStringLiteral("temporal_start")), &d->temporalStart);
    if (extras.contains(QStringLiteral("temporal_end")))
        date(extras.value(QStringLiteral("temporal_end")), &d->temporalEnd);
}

// HDX counts in days; ckanext-dcat keeps the DCAT frequency as an extra.
void CkanReader::readFrequency(const QJsonObject &p, const Extras &extras, int item, Dataset *d)
{
    const QString days = string(p, "data_update_frequency", item).trimmed();
    if (std::string frequency = frequencyForHdxDays(days); !frequency.empty())
        d->updateFrequency = std::move(frequency);
    for (const char *key : {"frequency", "accrual_periodicity"}) {
        if (extras.contains(QLatin1String(key)))
            d->updateFrequency = frequencyFor(extras.value(QLatin1String(key)));
    }
}

void CkanReader::readLandingPage(
    const QJsonObject &p, const QString &id, const QString &portal, int item, Dataset *d)
{
    const QString url = string(p, "url", item).trimmed();
    const bool httpUrl = url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
                         url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    if (!url.isEmpty() && !httpUrl)
        m_collector->note(ImportNotes::LandingPagesDropped, item);
    if (httpUrl) {
        d->landingPage = toUtf8(url);
    } else if (!portal.isEmpty() && !id.trimmed().isEmpty()) {
        // The package's page on the portal the response came from.
        d->landingPage = toUtf8(portal + QLatin1String("/dataset/") +
                                QString::fromUtf8(QUrl::toPercentEncoding(id.trimmed())));
        m_collector->note(ImportNotes::LandingPagesFromPortal, item);
    }
}

} // namespace scb::catalogimport
