#include "portalvocabulary.h"

#include "importvalues.h"

#include <QHash>
#include <QStringList>
#include <QUrl>

#include <string_view>

namespace scb::catalogimport {

namespace {

// EU data themes (publications.europa.eu/resource/authority/data-theme),
// where one of ours covers the EU's; ENER (all energy), TECH, SOCI, REGI,
// JUST, INTR are left to "other".
const QHash<QString, QString> &themeSynonyms()
{
    static const QHash<QString, QString> synonyms = {
        {QStringLiteral("agri"), QStringLiteral("agriculture")},
        {QStringLiteral("educ"), QStringLiteral("education")},
        {QStringLiteral("envi"), QStringLiteral("environment")},
        {QStringLiteral("gove"), QStringLiteral("government")},
        {QStringLiteral("heal"), QStringLiteral("healthcare")},
        {QStringLiteral("tran"), QStringLiteral("transport")},
        {QStringLiteral("econ"), QStringLiteral("finance")},
        {QStringLiteral("health"), QStringLiteral("healthcare")},
        {QStringLiteral("weather"), QStringLiteral("meteorology")},
        {QStringLiteral("transportation"), QStringLiteral("transport")},
        {QStringLiteral("government affairs"), QStringLiteral("government")},
        {QStringLiteral("旅游"), QStringLiteral("tourism")},
        {QStringLiteral("电力"), QStringLiteral("electricity")},
        {QStringLiteral("政务"), QStringLiteral("government")},
        {QStringLiteral("气象"), QStringLiteral("meteorology")},
        {QStringLiteral("医疗"), QStringLiteral("healthcare")},
        {QStringLiteral("医疗卫生"), QStringLiteral("healthcare")},
        {QStringLiteral("卫生健康"), QStringLiteral("healthcare")},
        {QStringLiteral("工业"), QStringLiteral("industry")},
        {QStringLiteral("农业"), QStringLiteral("agriculture")},
        {QStringLiteral("交通"), QStringLiteral("transport")},
        {QStringLiteral("交通运输"), QStringLiteral("transport")},
        {QStringLiteral("教育"), QStringLiteral("education")},
        {QStringLiteral("环境"), QStringLiteral("environment")},
        {QStringLiteral("生态环境"), QStringLiteral("environment")},
        {QStringLiteral("金融"), QStringLiteral("finance")},
    };
    return synonyms;
}

// EU frequency authority table; "_2", "_3": two or three times per period.
const QHash<QString, QString> &frequencyKeys()
{
    static const QHash<QString, QString> keys = {
        {QStringLiteral("daily"), QStringLiteral("daily")},
        {QStringLiteral("daily_2"), QStringLiteral("daily")},
        {QStringLiteral("cont"), QStringLiteral("daily")},
        {QStringLiteral("update_cont"), QStringLiteral("daily")},
        {QStringLiteral("continuous"), QStringLiteral("daily")},
        {QStringLiteral("weekly"), QStringLiteral("weekly")},
        {QStringLiteral("weekly_2"), QStringLiteral("weekly")},
        {QStringLiteral("weekly_3"), QStringLiteral("weekly")},
        {QStringLiteral("monthly"), QStringLiteral("monthly")},
        {QStringLiteral("monthly_2"), QStringLiteral("monthly")},
        {QStringLiteral("monthly_3"), QStringLiteral("monthly")},
        {QStringLiteral("quarterly"), QStringLiteral("quarterly")},
        {QStringLiteral("annual"), QStringLiteral("annual")},
        {QStringLiteral("annually"), QStringLiteral("annual")},
        {QStringLiteral("yearly"), QStringLiteral("annual")},
        {QStringLiteral("irreg"), QStringLiteral("irregular")},
        {QStringLiteral("irregular"), QStringLiteral("irregular")},
        {QStringLiteral("never"), QStringLiteral("never")},
    };
    return keys;
}

const QHash<QString, QString> &hdxDayCounts()
{
    static const QHash<QString, QString> days = {
        {QStringLiteral("-2"), QStringLiteral("irregular")},
        {QStringLiteral("-1"), QStringLiteral("never")},
        {QStringLiteral("0"), QStringLiteral("daily")},
        {QStringLiteral("1"), QStringLiteral("daily")},
        {QStringLiteral("7"), QStringLiteral("weekly")},
        {QStringLiteral("30"), QStringLiteral("monthly")},
        {QStringLiteral("90"), QStringLiteral("quarterly")},
        {QStringLiteral("365"), QStringLiteral("annual")},
    };
    return days;
}

const QHash<QString, QString> &mediaTypeFormats()
{
    static const QHash<QString, QString> known = {
        {QStringLiteral("text/csv"), QStringLiteral("CSV")},
        {QStringLiteral("application/json"), QStringLiteral("JSON")},
        {QStringLiteral("application/ld+json"), QStringLiteral("JSON-LD")},
        {QStringLiteral("application/geo+json"), QStringLiteral("GEOJSON")},
        {QStringLiteral("application/xml"), QStringLiteral("XML")},
        {QStringLiteral("text/xml"), QStringLiteral("XML")},
        {QStringLiteral("application/vnd.apache.parquet"), QStringLiteral("PARQUET")},
        {QStringLiteral("application/vnd.ms-excel"), QStringLiteral("XLS")},
        {QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
         QStringLiteral("XLSX")},
        {QStringLiteral("application/zip"), QStringLiteral("ZIP")},
        {QStringLiteral("application/pdf"), QStringLiteral("PDF")},
        {QStringLiteral("text/html"), QStringLiteral("HTML")},
        {QStringLiteral("text/plain"), QStringLiteral("TXT")},
    };
    return known;
}

std::string lookUp(const QHash<QString, QString> &table, const QString &key)
{
    const auto it = table.constFind(key);
    return it == table.constEnd() ? std::string() : toUtf8(*it);
}

// The licence authority's names end in a version with '_' for '.':
// "CC-BY-4-0" → "CC-BY-4.0".
QString euLicenseName(const QString &iri)
{
    QString name = lastSegment(iri).replace(QLatin1Char('_'), QLatin1Char('-'));
    const qsizetype n = name.size();
    if (n >= 4 && name[n - 1].isDigit() && name[n - 2] == QLatin1Char('-') &&
        name[n - 3].isDigit() && name[n - 4] == QLatin1Char('-'))
        name[n - 2] = QLatin1Char('.');
    return name;
}

} // namespace

std::string themeFor(const QString &label)
{
    const QString key = label.trimmed().toLower();
    if (key.isEmpty())
        return {};
    for (const std::string_view theme : knownThemes()) {
        if (theme != "other" && key == QLatin1String(theme.data(), qsizetype(theme.size())))
            return std::string(theme);
    }
    return lookUp(themeSynonyms(), key);
}

std::string frequencyFor(const QString &value)
{
    return lookUp(frequencyKeys(), lastSegment(value.trimmed()).toLower());
}

std::string frequencyForHdxDays(const QString &days)
{
    return lookUp(hdxDayCounts(), days);
}

QString licenseName(const QString &value)
{
    const QString text = value.trimmed();
    const QUrl url(text);
    if (url.host().endsWith(QLatin1String("creativecommons.org"))) {
        const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() >= 3 && parts[0] == QLatin1String("licenses"))
            return QStringLiteral("CC-%1-%2").arg(parts[1].toUpper(), parts[2]);
        if (parts.size() >= 3 && parts[0] == QLatin1String("publicdomain") &&
            parts[1] == QLatin1String("zero"))
            return QStringLiteral("CC0-%1").arg(parts[2]);
    }
    if (text.contains(QLatin1String("/resource/authority/licence/")))
        return euLicenseName(text);
    return text;
}

QString formatForMediaType(const QString &value)
{
    QString type = value.trimmed().toLower();
    if (const qsizetype at = type.indexOf(QLatin1String("/media-types/")); at >= 0)
        type = type.mid(at + 13);
    if (const qsizetype semi = type.indexOf(QLatin1Char(';')); semi >= 0)
        type = type.left(semi).trimmed();
    if (const auto it = mediaTypeFormats().constFind(type); it != mediaTypeFormats().constEnd())
        return *it;
    const qsizetype slash = type.indexOf(QLatin1Char('/'));
    return slash >= 0 ? type.mid(slash + 1) : type;
}

std::optional<AccessRights> accessFor(const QString &value)
{
    const QString key = lastSegment(value).toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    AccessRights access = AccessRights::Unspecified;
    if (parseAccess(toUtf8(key), &access))
        return access;
    return std::nullopt;
}

} // namespace scb::catalogimport
