#include "datasetimport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace scb {

namespace {

// What validateDataset() allows; longer texts are cut here, with a note,
// rather than losing the dataset.
constexpr size_t kMaxTextBytes = 20'000;
constexpr size_t kMaxKeywords = 64;
constexpr size_t kMaxKeywordBytes = 100;
constexpr size_t kMaxFormats = 32;
constexpr size_t kMaxFormatBytes = 64;
constexpr int kMaxShownIdentifier = 60;

// The namespaces DCAT-AP uses, for prefixes a file uses without declaring.
constexpr auto kDcat = "http://www.w3.org/ns/dcat#";
constexpr auto kDct = "http://purl.org/dc/terms/";
constexpr auto kFoaf = "http://xmlns.com/foaf/0.1/";
constexpr auto kVcard = "http://www.w3.org/2006/vcard/ns#";
constexpr auto kSkos = "http://www.w3.org/2004/02/skos/core#";
constexpr auto kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr auto kSchema = "http://schema.org/";

const QHash<QString, QString> &wellKnownPrefixes()
{
    static const QHash<QString, QString> prefixes = {
        {QStringLiteral("dcat"), QLatin1String(kDcat)},
        {QStringLiteral("dct"), QLatin1String(kDct)},
        {QStringLiteral("dcterms"), QLatin1String(kDct)},
        {QStringLiteral("foaf"), QLatin1String(kFoaf)},
        {QStringLiteral("vcard"), QLatin1String(kVcard)},
        {QStringLiteral("skos"), QLatin1String(kSkos)},
        {QStringLiteral("rdfs"), QLatin1String(kRdfs)},
        {QStringLiteral("schema"), QLatin1String(kSchema)},
        {QStringLiteral("rdf"), QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#")},
        {QStringLiteral("xsd"), QStringLiteral("http://www.w3.org/2001/XMLSchema#")},
        {QStringLiteral("adms"), QStringLiteral("http://www.w3.org/ns/adms#")},
        {QStringLiteral("owl"), QStringLiteral("http://www.w3.org/2002/07/owl#")},
    };
    return prefixes;
}

std::string toUtf8(const QString &text)
{
    return text.toUtf8().toStdString();
}

bool isHan(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (QChar::script(c) == QChar::Script_Han)
            return true;
    }
    return false;
}

// At most maxBytes of UTF-8, cut between characters.
std::string clipped(std::string text, size_t maxBytes, bool *cut)
{
    if (text.size() <= maxBytes)
        return text;
    size_t end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    text.resize(end);
    *cut = true;
    return text;
}

// Deepest nesting of arrays and objects, scanning the bytes (strings skipped),
// stopping as soon as it passes limit: a document too deep for the parser's
// recursion is refused before it is parsed.
bool nestedDeeperThan(const QByteArray &json, int limit)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > limit)
                return true;
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return false;
}

// "2019-10-22T08:11:12.520687" → "2019-10-22". nullopt when the text does
// not start with a date (validateDataset() then checks the date exists).
std::optional<std::string> datePart(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::string();
    auto digitsAt = [&t](int from, int count) {
        for (int i = from; i < from + count; ++i) {
            if (i >= t.size() || !t[i].isDigit() || t[i].unicode() > 0x7F)
                return false;
        }
        return true;
    };
    if (t.size() >= 10 && digitsAt(0, 4) && t[4] == QLatin1Char('-') && digitsAt(5, 2) &&
        t[7] == QLatin1Char('-') && digitsAt(8, 2) &&
        (t.size() == 10 || t[10] == QLatin1Char('T') || t[10] == QLatin1Char(' ') ||
         t[10] == QLatin1Char('Z') || t[10] == QLatin1Char('+')))
        return toUtf8(t.left(10));
    return std::nullopt;
}

// The last segment of an IRI: ".../data-theme/AGRI" → "AGRI".
QString lastSegment(QString iri)
{
    while (iri.endsWith(QLatin1Char('/')))
        iri.chop(1);
    const qsizetype cut =
        std::max(iri.lastIndexOf(QLatin1Char('/')), iri.lastIndexOf(QLatin1Char('#')));
    return cut >= 0 ? iri.mid(cut + 1) : iri;
}

// A theme key for a portal's group, topic or theme: one of knownThemes() by
// key or by a name that clearly means it; empty when none does.
std::string themeFor(const QString &label)
{
    const QString key = label.trimmed().toLower();
    if (key.isEmpty())
        return {};
    for (const std::string_view theme : knownThemes()) {
        if (theme != "other" && key == QLatin1String(theme.data(), qsizetype(theme.size())))
            return std::string(theme);
    }
    // EU data themes (publications.europa.eu/resource/authority/data-theme),
    // where one of ours covers the EU's; ENER (all energy), TECH, SOCI, REGI,
    // JUST, INTR are left to "other".
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
    const auto it = synonyms.constFind(key);
    return it == synonyms.constEnd() ? std::string() : toUtf8(*it);
}

// An update frequency key for a DCAT-AP / Dublin Core frequency IRI or a
// plain word; empty when none fits.
std::string frequencyFor(const QString &value)
{
    const QString key = lastSegment(value.trimmed()).toLower();
    static const QHash<QString, QString> keys = {
        // EU frequency authority table; "_2", "_3": two or three times per period.
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
    const auto it = keys.constFind(key);
    return it == keys.constEnd() ? std::string() : toUtf8(*it);
}

// "CC_BY_4_0" (EU licence table) or creativecommons.org/licenses/by/4.0/ →
// "CC-BY-4.0"; anything else as given.
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
    if (text.contains(QLatin1String("/resource/authority/licence/"))) {
        QString name = lastSegment(text).replace(QLatin1Char('_'), QLatin1Char('-'));
        // "CC-BY-4-0" → "CC-BY-4.0"
        const qsizetype n = name.size();
        if (n >= 4 && name[n - 1].isDigit() && name[n - 2] == QLatin1Char('-') &&
            name[n - 3].isDigit() && name[n - 4] == QLatin1Char('-'))
            name[n - 2] = QLatin1Char('.');
        return name;
    }
    return text;
}

// A distribution format from a media type ("text/csv", or IANA's IRI of it).
QString formatForMediaType(const QString &value)
{
    QString type = value.trimmed().toLower();
    if (const qsizetype at = type.indexOf(QLatin1String("/media-types/")); at >= 0)
        type = type.mid(at + 13);
    if (const qsizetype semi = type.indexOf(QLatin1Char(';')); semi >= 0)
        type = type.left(semi).trimmed();
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
    if (const auto it = known.constFind(type); it != known.constEnd())
        return *it;
    const qsizetype slash = type.indexOf(QLatin1Char('/'));
    return slash >= 0 ? type.mid(slash + 1) : type;
}

// A whole, non-negative count from a number or a string of one ("142757",
// 142757, 1.4e5); nullopt for null or empty; *wrong set for anything else.
std::optional<uint64_t> byteCount(const QJsonValue &value, bool *wrong)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        bool ok = false;
        const qulonglong whole = text.toULongLong(&ok);
        if (ok)
            return whole;
        number = text.toDouble(&ok);
        if (!ok) {
            *wrong = true;
            return std::nullopt;
        }
    } else if (value.isNull() || value.isUndefined()) {
        return std::nullopt;
    } else {
        *wrong = true;
        return std::nullopt;
    }
    if (!std::isfinite(number) || number < 0 || number >= 1.8e19) {
        *wrong = true;
        return std::nullopt;
    }
    return static_cast<uint64_t>(std::floor(number));
}

// true/false from a boolean, "true"/"false" or 1/0, as portals mix them.
std::optional<bool> boolish(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
        return value.toDouble() == 1;
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1") ||
            text == QLatin1String("yes"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0") ||
            text == QLatin1String("no"))
            return false;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------
// JSON-LD, as much as reading DCAT-AP needs: contexts (terms, prefixes,
// @vocab, keyword aliases), compact, expanded and flattened forms, language
// tags and language maps. Remote contexts are not fetched: keys they would
// define are matched by their local names ("title", "dataset").

struct LdContext
{
    QHash<QString, QString> terms; // term or prefix → IRI, compact IRI or keyword
    QString vocab;
};
using LdContextPtr = std::shared_ptr<const LdContext>;

void addContext(LdContext *context, const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            addContext(context, v);
        return;
    }
    if (!value.isObject())
        return; // a remote context (a URL): not fetched
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue definition = it.value();
        if (key == QLatin1String("@vocab")) {
            context->vocab = definition.toString();
        } else if (key.startsWith(QLatin1Char('@'))) {
            continue;
        } else if (definition.isString()) {
            context->terms.insert(key, definition.toString());
        } else if (definition.isObject() &&
                   definition.toObject().value(QLatin1String("@id")).isString()) {
            context->terms.insert(key,
                                  definition.toObject().value(QLatin1String("@id")).toString());
        } else if (definition.isNull()) {
            context->terms.remove(key);
        }
    }
}

QString expandIri(const QString &term, const LdContext &context, int depth = 0)
{
    if (term.startsWith(QLatin1Char('@')) || depth > 8)
        return term;
    if (const auto it = context.terms.constFind(term);
        it != context.terms.constEnd() && *it != term)
        return expandIri(*it, context, depth + 1);
    const qsizetype colon = term.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const QString prefix = term.left(colon);
        const QString rest = term.mid(colon + 1);
        if (rest.startsWith(QLatin1String("//")))
            return term;
        if (const auto it = context.terms.constFind(prefix); it != context.terms.constEnd())
            return expandIri(*it, context, depth + 1) + rest;
        if (const auto it = wellKnownPrefixes().constFind(prefix);
            it != wellKnownPrefixes().constEnd())
            return *it + rest;
        return term;
    }
    if (!context.vocab.isEmpty())
        return expandIri(context.vocab, context, depth + 1) + term;
    return term;
}

// One JSON-LD node object, its keys expanded.
struct LdNode
{
    QHash<QString, QJsonValue> props; // expanded key → value
    LdContextPtr context;
    QString id;

    // The value of ns+local, or of the bare local name (a key no context defined).
    QJsonValue get(const char *ns, const char *local) const
    {
        const auto it = props.constFind(QLatin1String(ns) + QLatin1String(local));
        if (it != props.constEnd())
            return *it;
        return props.value(QLatin1String(local));
    }
    QStringList types() const;
};

LdNode makeNode(const QJsonObject &object, const LdContextPtr &parent)
{
    LdNode node;
    node.context = parent;
    if (const QJsonValue local = object.value(QLatin1String("@context")); !local.isUndefined()) {
        auto merged = std::make_shared<LdContext>(*parent);
        addContext(merged.get(), local);
        node.context = std::move(merged);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("@context"))
            continue;
        const QString key = expandIri(it.key(), *node.context);
        auto existing = node.props.find(key);
        if (existing == node.props.end()) {
            node.props.insert(key, it.value());
        } else {
            // "title" and "dct:title" both: one list of values.
            QJsonArray merged = existing->isArray() ? existing->toArray() : QJsonArray{*existing};
            if (it.value().isArray()) {
                for (const QJsonValue &v : it.value().toArray())
                    merged.append(v);
            } else {
                merged.append(it.value());
            }
            *existing = merged;
        }
    }
    const QJsonValue id = node.props.value(QStringLiteral("@id"));
    if (id.isString())
        node.id = id.toString();
    return node;
}

QStringList LdNode::types() const
{
    QStringList out;
    const QJsonValue type = props.value(QStringLiteral("@type"));
    const QJsonArray list = type.isArray() ? type.toArray() : QJsonArray{type};
    for (const QJsonValue &t : list) {
        if (t.isString())
            out << expandIri(t.toString(), *context);
    }
    return out;
}

bool hasType(const LdNode &node, const char *local)
{
    const QString full = QLatin1String(kDcat) + QLatin1String(local);
    const QString bare = QLatin1String(local);
    for (const QString &type : node.types()) {
        if (type == full || type == bare)
            return true;
    }
    return false;
}

QJsonArray valuesOf(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

struct LdText
{
    QString text;
    QString language;
};

bool looksLikeLanguageTag(const QString &key)
{
    if (key.size() < 2 || key.size() > 35 || key.startsWith(QLatin1Char('@')))
        return false;
    for (const QChar c : key) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('-') &&
            c != QLatin1Char('_'))
            return false;
    }
    return key[0].isLetter();
}

// Compact IRIs in values ("eu:frequency/ANNUAL") with the file's or the
// well-known prefixes; anything else (a plain literal, a full IRI) as is.
QString expandValueIri(const QString &value, const LdContext &context)
{
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    if (colon <= 0 || value.mid(colon + 1).startsWith(QLatin1String("//")))
        return value;
    const QString prefix = value.left(colon);
    if (const auto it = context.terms.constFind(prefix); it != context.terms.constEnd())
        return expandIri(*it, context) + value.mid(colon + 1);
    if (const auto it = wellKnownPrefixes().constFind(prefix); it != wellKnownPrefixes().constEnd())
        return *it + value.mid(colon + 1);
    return value;
}

} // namespace

// The import of one file; a class for tr()'s context.
class DatasetImport
{
    Q_DECLARE_TR_FUNCTIONS(scb::DatasetImport)
public:
    DatasetImport(const QString &fileName, std::vector<Dataset> *out)
        : m_fileName(fileName)
        , m_out(out)
    {
        m_report.file = fileName;
    }

    ImportReport run(const QByteArray &json);

private:
    // What was adapted, counted over the whole file, with the first item it happened to.
    enum Note : int {
        FormatsUpperCased,
        FormatsDropped,
        KeywordsDropped,
        TextsTruncated,
        WrongTypes,
        DatesDropped,
        IdentifiersAdapted,
        TitlesFromName,
        LandingPagesDropped,
        LandingPagesFromPortal,
        ThemesOther,
        OtherLanguages,
        NoteCount
    };
    struct NoteCounter
    {
        int count = 0;
        int firstItem = 0;
    };

    void note(Note which, int item)
    {
        NoteCounter &c = m_notes[size_t(which)];
        if (c.count++ == 0)
            c.firstItem = item;
    }
    void writeNotes();

    // Either format: the shared checks and adaptations, then validation.
    void finish(Dataset dataset, int item, const QString &shownId);
    void refuse(int item, const QString &shownId, const QString &why);

    // Localized text: a CKAN string (CJK → zh, else en) or JSON-LD values.
    void putText(LocalizedText *target, const QString &text, const QString &language, int item);

    // CKAN
    void importCkan(const QJsonArray &packages, const QString &portal);
    void readPackage(const QJsonObject &package, int item, const QString &portal);
    QString ckanString(const QJsonObject &object, const char *key, int item);

    // DCAT-AP JSON-LD
    void importJsonLd(const QJsonValue &root);
    void collectNodes(const QJsonValue &value, const LdContextPtr &context, int depth);
    LdNode resolve(const QJsonValue &value, const LdContextPtr &context) const;
    std::vector<LdText> texts(const QJsonValue &value, const LdContextPtr &context, int item);
    QStringList irisOrTexts(const QJsonValue &value, const LdContextPtr &context, int item);
    QString firstText(const QJsonValue &value, const LdContextPtr &context, int item);
    void readDcatDataset(const LdNode &node, int item);

    QString m_fileName;
    std::vector<Dataset> *m_out;
    ImportReport m_report;
    std::array<NoteCounter, NoteCount> m_notes{};
    std::unordered_map<std::string, int> m_seen; // identifier → item that had it
    QString m_sourceKind;
    // JSON-LD: every node with an @id and properties, by @id.
    // Nodes by @id, expanded once: a document may refer to one node from every
    // dataset, and expanding it again per reference would cost keys × references.
    QHash<QString, LdNode> m_nodes;
};

namespace {

QString shown(const QString &identifier)
{
    if (identifier.isEmpty())
        return DatasetImport::tr("no identifier");
    QString text = identifier.simplified();
    if (text.size() > kMaxShownIdentifier)
        text = text.left(kMaxShownIdentifier - 1) + QChar(0x2026);
    return text;
}

// Keywords and formats: trimmed, deduplicated, bounded while collected, so a
// hostile list of a million entries costs nothing.
struct BoundedList
{
    size_t maxCount;
    size_t maxBytes;
    std::vector<std::string> items;
    std::unordered_set<std::string> seen;
    bool dropped = false;

    void add(const QString &text)
    {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return;
        std::string value = toUtf8(t);
        if (value.size() > maxBytes || (items.size() >= maxCount && !seen.count(value))) {
            dropped = true;
            return;
        }
        if (seen.insert(value).second)
            items.push_back(std::move(value));
    }
};

bool isJsonLdKey(const QString &key)
{
    return key.startsWith(QLatin1Char('@')) || key.startsWith(QLatin1String("dcat:")) ||
           key.startsWith(QLatin1String("dct:")) || key.startsWith(QLatin1String("dcterms:")) ||
           key.startsWith(QLatin1String(kDcat)) || key.startsWith(QLatin1String(kDct));
}

bool looksLikeJsonLd(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isJsonLdKey(it.key()))
            return true;
    }
    return false;
}

// "https://data.humdata.org" from CKAN's "help" link, to name package pages.
QString portalOf(const QJsonObject &response)
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

} // namespace

void DatasetImport::refuse(int item, const QString &shownId, const QString &why)
{
    m_report.refused << tr("item %1 (%2): %3").arg(item).arg(shown(shownId), why);
}

void DatasetImport::putText(LocalizedText *target,
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
        note(OtherLanguages, item);
        slot = &target->en;
    } else if (!slot->empty()) {
        return; // the first text of a language wins
    }
    bool cut = false;
    *slot = clipped(toUtf8(text), kMaxTextBytes, &cut);
    if (cut)
        note(TextsTruncated, item);
}

void DatasetImport::finish(Dataset d, int item, const QString &rawId)
{
    // Identifiers: an IRI gives its last segment; other characters become '-'.
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
        note(IdentifiersAdapted, item);
    d.identifier = id;

    if (d.title.zh.empty() && d.title.en.empty() && !d.identifier.empty()) {
        d.title.en = d.identifier; // as CKAN shows a package without a title
        note(TitlesFromName, item);
    }

    bool cut = false;
    d.publisher = clipped(std::move(d.publisher), kMaxTextBytes, &cut);
    d.license = clipped(std::move(d.license), kMaxTextBytes, &cut);
    if (cut)
        note(TextsTruncated, item);

    if (d.theme.empty()) {
        d.theme = "other";
        note(ThemesOther, item);
    }
    if (!d.landingPage.empty()) {
        const QUrl url(QString::fromStdString(d.landingPage), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
            d.landingPage.size() > 2000) {
            d.landingPage.clear();
            note(LandingPagesDropped, item);
        }
    }
    // Stored with the row, as the sample rows' citations are: not translated.
    d.source = toUtf8(QStringLiteral("imported from %1 (%2)").arg(m_fileName, m_sourceKind));
    if (d.source.size() > 500)
        d.source = clipped(std::move(d.source), 500, &cut);

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
    m_out->push_back(std::move(d));
    ++m_report.taken;
}

// ---------------------------------------------------------------------------
// CKAN

QString DatasetImport::ckanString(const QJsonObject &object, const char *key, int item)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString())
        return value.toString();
    if (!value.isUndefined() && !value.isNull())
        note(WrongTypes, item);
    return {};
}

void DatasetImport::readPackage(const QJsonObject &p, int item, const QString &portal)
{
    Dataset d;
    QString id = ckanString(p, "name", item);
    if (id.trimmed().isEmpty())
        id = ckanString(p, "id", item);

    const QJsonValue translated = p.value(QLatin1String("title_translated"));
    if (translated.isObject()) {
        const QJsonObject map = translated.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it.value().isString())
                putText(&d.title, it.value().toString(), it.key(), item);
        }
    }
    putText(&d.title, ckanString(p, "title", item), QString(), item);
    const QJsonValue notesTranslated = p.value(QLatin1String("notes_translated"));
    if (notesTranslated.isObject()) {
        const QJsonObject map = notesTranslated.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it.value().isString())
                putText(&d.description, it.value().toString(), it.key(), item);
        }
    }
    putText(&d.description, ckanString(p, "notes", item), QString(), item);

    BoundedList keywords{kMaxKeywords, kMaxKeywordBytes, {}, {}, false};
    QStringList themeCandidates;
    const QJsonValue tags = p.value(QLatin1String("tags"));
    if (tags.isArray()) {
        for (const QJsonValue &tag : tags.toArray()) {
            if (tag.isObject() && tag.toObject().value(QLatin1String("name")).isString()) {
                const QString name = tag.toObject().value(QLatin1String("name")).toString();
                keywords.add(name);
                // Vocabulary tags (HDX's "Topics") are the portal's topics.
                if (tag.toObject().value(QLatin1String("vocabulary_id")).isString())
                    themeCandidates << name;
            } else if (tag.isString()) {
                keywords.add(tag.toString());
            } else {
                note(WrongTypes, item);
            }
        }
    } else if (!tags.isUndefined() && !tags.isNull()) {
        note(WrongTypes, item);
    }
    if (keywords.dropped)
        note(KeywordsDropped, item);
    d.keywords = std::move(keywords.items);

    const QJsonValue organization = p.value(QLatin1String("organization"));
    if (organization.isObject()) {
        QString name = ckanString(organization.toObject(), "title", item);
        if (name.trimmed().isEmpty())
            name = ckanString(organization.toObject(), "name", item);
        d.publisher = toUtf8(name.trimmed());
    } else if (!organization.isUndefined() && !organization.isNull()) {
        note(WrongTypes, item);
    }

    const QJsonValue groups = p.value(QLatin1String("groups"));
    if (groups.isArray()) {
        for (const QJsonValue &group : groups.toArray()) {
            if (!group.isObject())
                continue;
            themeCandidates << group.toObject().value(QLatin1String("name")).toString()
                            << group.toObject().value(QLatin1String("title")).toString();
        }
    }
    // ckanext-dcat and scheming portals keep DCAT fields as extras.
    QHash<QString, QString> extras;
    const QJsonValue extrasValue = p.value(QLatin1String("extras"));
    if (extrasValue.isArray()) {
        for (const QJsonValue &extra : extrasValue.toArray()) {
            const QJsonObject e = extra.toObject();
            if (e.value(QLatin1String("key")).isString() &&
                e.value(QLatin1String("value")).isString())
                extras.insert(e.value(QLatin1String("key")).toString(),
                              e.value(QLatin1String("value")).toString());
        }
    }
    if (p.value(QLatin1String("theme")).isString())
        themeCandidates.prepend(p.value(QLatin1String("theme")).toString());
    if (extras.contains(QStringLiteral("theme")))
        themeCandidates.prepend(lastSegment(extras.value(QStringLiteral("theme"))));
    for (const QString &candidate : themeCandidates) {
        d.theme = themeFor(lastSegment(candidate));
        if (!d.theme.empty())
            break;
    }

    QString license = ckanString(p, "license_id", item).trimmed();
    if (license.isEmpty() || license == QLatin1String("notspecified"))
        license = ckanString(p, "license_title", item).trimmed();
    if (license == QLatin1String("notspecified") ||
        license == QLatin1String("License not specified"))
        license.clear();
    d.license = toUtf8(licenseName(license));

    if (const std::optional<bool> isPrivate = boolish(p.value(QLatin1String("private"))))
        d.access = *isPrivate ? AccessRights::NonPublic : AccessRights::Public;
    if (const QString rights = lastSegment(extras.value(QStringLiteral("access_rights"))).toLower();
        !rights.isEmpty()) {
        AccessRights access = AccessRights::Unspecified;
        if (parseAccess(toUtf8(QString(rights).replace(QLatin1Char('_'), QLatin1Char('-'))),
                        &access))
            d.access = access;
    }

    BoundedList formats{kMaxFormats, kMaxFormatBytes, {}, {}, false};
    uint64_t bytes = 0;
    const QJsonValue resources = p.value(QLatin1String("resources"));
    if (resources.isArray()) {
        for (const QJsonValue &resourceValue : resources.toArray()) {
            if (!resourceValue.isObject()) {
                note(WrongTypes, item);
                continue;
            }
            const QJsonObject resource = resourceValue.toObject();
            const QString format = ckanString(resource, "format", item).trimmed();
            if (format != format.toUpper())
                note(FormatsUpperCased, item);
            formats.add(format.toUpper());
            bool wrong = false;
            if (const auto size = byteCount(resource.value(QLatin1String("size")), &wrong))
                bytes = *size > std::numeric_limits<uint64_t>::max() - bytes
                            ? std::numeric_limits<uint64_t>::max()
                            : bytes + *size;
            if (wrong)
                note(WrongTypes, item);
        }
    } else if (!resources.isUndefined() && !resources.isNull()) {
        note(WrongTypes, item);
    }
    if (formats.dropped)
        note(FormatsDropped, item);
    d.formats = std::move(formats.items);
    d.byteSize = std::min<uint64_t>(bytes, uint64_t(std::numeric_limits<int64_t>::max()));

    auto date = [&](const QString &text, std::string *target) {
        if (const auto day = datePart(text))
            *target = *day;
        else
            note(DatesDropped, item);
    };
    date(extras.value(QStringLiteral("issued"), ckanString(p, "metadata_created", item)),
         &d.issued);
    date(extras.value(QStringLiteral("modified"), ckanString(p, "metadata_modified", item)),
         &d.modified);
    // HDX: "[2019-10-22T00:00:00 TO *]"; ckanext-dcat: temporal_start / temporal_end extras.
    const QString range = ckanString(p, "dataset_date", item);
    if (range.startsWith(QLatin1Char('[')) && range.contains(QLatin1String(" TO "))) {
        const QStringList ends = range.mid(1, range.size() - 2).split(QLatin1String(" TO "));
        if (ends.size() == 2) {
            if (ends[0].trimmed() != QLatin1String("*"))
                date(ends[0], &d.temporalStart);
            if (ends[1].trimmed() != QLatin1String("*"))
                date(ends[1], &d.temporalEnd);
        }
    }
    if (extras.contains(QStringLiteral("temporal_start")))
        date(extras.value(QStringLiteral("temporal_start")), &d.temporalStart);
    if (extras.contains(QStringLiteral("temporal_end")))
        date(extras.value(QStringLiteral("temporal_end")), &d.temporalEnd);

    // HDX counts in days; ckanext-dcat keeps the DCAT frequency as an extra.
    static const QHash<QString, QString> hdxDays = {
        {QStringLiteral("-2"), QStringLiteral("irregular")},
        {QStringLiteral("-1"), QStringLiteral("never")},
        {QStringLiteral("0"), QStringLiteral("daily")},
        {QStringLiteral("1"), QStringLiteral("daily")},
        {QStringLiteral("7"), QStringLiteral("weekly")},
        {QStringLiteral("30"), QStringLiteral("monthly")},
        {QStringLiteral("90"), QStringLiteral("quarterly")},
        {QStringLiteral("365"), QStringLiteral("annual")},
    };
    const QString days = ckanString(p, "data_update_frequency", item).trimmed();
    if (const auto it = hdxDays.constFind(days); it != hdxDays.constEnd())
        d.updateFrequency = toUtf8(*it);
    for (const char *key : {"frequency", "accrual_periodicity"}) {
        if (extras.contains(QLatin1String(key)))
            d.updateFrequency = frequencyFor(extras.value(QLatin1String(key)));
    }

    const QString url = ckanString(p, "url", item).trimmed();
    const bool httpUrl = url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
                         url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    if (!url.isEmpty() && !httpUrl)
        note(LandingPagesDropped, item);
    if (httpUrl) {
        d.landingPage = toUtf8(url);
    } else if (!portal.isEmpty() && !id.trimmed().isEmpty()) {
        // The package's page on the portal the response came from.
        d.landingPage = toUtf8(portal + QLatin1String("/dataset/") +
                               QString::fromUtf8(QUrl::toPercentEncoding(id.trimmed())));
        note(LandingPagesFromPortal, item);
    }
    finish(std::move(d), item, id);
}

void DatasetImport::importCkan(const QJsonArray &packages, const QString &portal)
{
    m_sourceKind = QStringLiteral("CKAN");
    int item = 0;
    for (const QJsonValue &package : packages) {
        ++item;
        if (!package.isObject()) {
            refuse(item, QString(), tr("not a CKAN package (a JSON object)"));
            continue;
        }
        readPackage(package.toObject(), item, portal);
    }
}

// ---------------------------------------------------------------------------
// DCAT-AP JSON-LD

void DatasetImport::collectNodes(const QJsonValue &value, const LdContextPtr &context, int depth)
{
    if (depth > kMaxImportDepth)
        return;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectNodes(v, context, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const LdNode node = makeNode(object, context);
    if (!node.id.isEmpty() && node.props.size() > 1 &&
        !(node.props.size() == 2 && node.props.contains(QStringLiteral("@type"))) &&
        !m_nodes.contains(node.id))
        m_nodes.insert(node.id, node);
    for (auto it = node.props.constBegin(); it != node.props.constEnd(); ++it) {
        if (it.key() != QLatin1String("@value"))
            collectNodes(it.value(), node.context, depth + 1);
    }
}

// A node from a value: an embedded object, or a reference {"@id": ...} (or a
// plain IRI string) to a node elsewhere in the document.
LdNode DatasetImport::resolve(const QJsonValue &value, const LdContextPtr &context) const
{
    if (value.isString()) {
        const auto it = m_nodes.constFind(value.toString());
        if (it != m_nodes.constEnd())
            return *it;
        LdNode node;
        node.context = context;
        node.id = value.toString();
        return node;
    }
    LdNode node = makeNode(value.toObject(), context);
    if (!node.id.isEmpty()) {
        const bool reference =
            node.props.size() == 1 ||
            (node.props.size() == 2 && node.props.contains(QStringLiteral("@type")));
        if (reference) {
            const auto it = m_nodes.constFind(node.id);
            if (it != m_nodes.constEnd())
                return *it;
        }
    }
    return node;
}

std::vector<LdText>
DatasetImport::texts(const QJsonValue &value, const LdContextPtr &context, int item)
{
    std::vector<LdText> out;
    for (const QJsonValue &v : valuesOf(value)) {
        if (v.isString()) {
            out.push_back({v.toString(), QString()});
        } else if (v.isObject()) {
            const LdNode node = makeNode(v.toObject(), context);
            const QJsonValue literal = node.props.value(QStringLiteral("@value"));
            if (literal.isString()) {
                out.push_back(
                    {literal.toString(), node.props.value(QStringLiteral("@language")).toString()});
            } else if (literal.isDouble()) {
                out.push_back({QString::number(literal.toDouble(), 'g', 17), QString()});
            } else if (!node.props.contains(QStringLiteral("@value")) &&
                       !node.props.contains(QStringLiteral("@id"))) {
                // A language map: {"zh": "…", "en": ["…"]}.
                const QJsonObject map = v.toObject();
                bool any = false;
                for (auto it = map.begin(); it != map.end(); ++it) {
                    if (!looksLikeLanguageTag(it.key()))
                        continue;
                    for (const QJsonValue &text : valuesOf(it.value())) {
                        if (text.isString()) {
                            out.push_back({text.toString(), it.key()});
                            any = true;
                        }
                    }
                }
                if (!any)
                    note(WrongTypes, item);
            } else if (!literal.isNull()) {
                note(WrongTypes, item);
            }
        } else if (!v.isNull()) {
            note(WrongTypes, item);
        }
    }
    return out;
}

QString DatasetImport::firstText(const QJsonValue &value, const LdContextPtr &context, int item)
{
    for (const LdText &text : texts(value, context, item)) {
        if (!text.text.trimmed().isEmpty())
            return text.text.trimmed();
    }
    return {};
}

// IRIs ({"@id": …} or a string, compact IRIs expanded) and plain literals.
QStringList
DatasetImport::irisOrTexts(const QJsonValue &value, const LdContextPtr &context, int item)
{
    QStringList out;
    for (const QJsonValue &v : valuesOf(value)) {
        if (v.isString()) {
            out << expandValueIri(v.toString(), *context);
        } else if (v.isObject()) {
            const LdNode node = makeNode(v.toObject(), context);
            if (!node.id.isEmpty())
                out << expandValueIri(node.id, *node.context);
            else if (node.props.value(QStringLiteral("@value")).isString())
                out << node.props.value(QStringLiteral("@value")).toString();
            else
                note(WrongTypes, item);
        } else if (!v.isNull()) {
            note(WrongTypes, item);
        }
    }
    return out;
}

void DatasetImport::readDcatDataset(const LdNode &n, int item)
{
    Dataset d;
    const LdContextPtr &ctx = n.context;
    QString id = firstText(n.get(kDct, "identifier"), ctx, item);
    if (id.isEmpty())
        id = n.id;
    if (id.startsWith(QLatin1String("_:")))
        id.clear(); // a blank node's label names nothing outside this file

    for (const LdText &t : texts(n.get(kDct, "title"), ctx, item))
        putText(&d.title, t.text, t.language, item);
    for (const LdText &t : texts(n.get(kDct, "description"), ctx, item))
        putText(&d.description, t.text, t.language, item);

    BoundedList keywords{kMaxKeywords, kMaxKeywordBytes, {}, {}, false};
    for (const LdText &t : texts(n.get(kDcat, "keyword"), ctx, item))
        keywords.add(t.text);
    if (keywords.dropped)
        note(KeywordsDropped, item);
    d.keywords = std::move(keywords.items);

    for (const QJsonValue &p : valuesOf(n.get(kDct, "publisher"))) {
        const LdNode publisher = resolve(p, ctx);
        QString name;
        for (const auto &[ns, local] :
             {std::pair{kFoaf, "name"}, std::pair{kVcard, "fn"}, std::pair{kSkos, "prefLabel"},
              std::pair{kDct, "title"}, std::pair{kRdfs, "label"}}) {
            name = firstText(publisher.get(ns, local), publisher.context, item);
            if (!name.isEmpty())
                break;
        }
        if (name.isEmpty())
            name = publisher.id; // an IRI naming the body
        if (!name.isEmpty()) {
            d.publisher = toUtf8(name);
            break;
        }
    }

    for (const QString &theme : irisOrTexts(n.get(kDcat, "theme"), ctx, item)) {
        d.theme = themeFor(lastSegment(theme));
        if (!d.theme.empty())
            break;
    }

    auto licenseOf = [&](const LdNode &node) {
        for (const QJsonValue &v : valuesOf(node.get(kDct, "license"))) {
            const LdNode license = resolve(v, node.context);
            QString name = license.id.isEmpty() || license.id.startsWith(QLatin1String("_:"))
                               ? QString()
                               : expandValueIri(license.id, *license.context);
            if (name.isEmpty())
                name = firstText(license.get(kDct, "identifier"), license.context, item);
            if (name.isEmpty())
                name = firstText(license.get(kDct, "title"), license.context, item);
            if (name.isEmpty() && v.isObject())
                name = firstText(v, node.context, item);
            if (!name.isEmpty())
                return licenseName(name);
        }
        return QString();
    };
    auto accessOf = [&](const LdNode &node) {
        for (const QString &value :
             irisOrTexts(node.get(kDct, "accessRights"), node.context, item)) {
            QString key = lastSegment(value).toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
            AccessRights access = AccessRights::Unspecified;
            if (parseAccess(toUtf8(key), &access))
                return access;
        }
        return AccessRights::Unspecified;
    };
    QString license = licenseOf(n);
    d.access = accessOf(n);

    BoundedList formats{kMaxFormats, kMaxFormatBytes, {}, {}, false};
    uint64_t bytes = 0;
    for (const QJsonValue &v : valuesOf(n.get(kDcat, "distribution"))) {
        if (!v.isObject() && !v.isString()) {
            note(WrongTypes, item);
            continue;
        }
        const LdNode dist = resolve(v, ctx);
        QString format;
        for (const QJsonValue &f : valuesOf(dist.get(kDct, "format"))) {
            const LdNode formatNode = f.isObject() ? resolve(f, dist.context) : LdNode{};
            QString text = f.isString() ? expandValueIri(f.toString(), *dist.context) : QString();
            if (text.isEmpty() && !formatNode.id.isEmpty())
                text = expandValueIri(formatNode.id, *formatNode.context);
            if (text.isEmpty() && f.isObject())
                text = firstText(f, dist.context, item);
            if (text.isEmpty() && f.isObject())
                text = firstText(formatNode.get(kRdfs, "label"), formatNode.context, item);
            if (text.contains(QLatin1String("/media-types/")))
                text = formatForMediaType(text);
            else if (text.contains(QLatin1String("://")))
                text = lastSegment(text);
            if (!text.trimmed().isEmpty()) {
                format = text.trimmed();
                break;
            }
        }
        if (format.isEmpty()) {
            for (const QString &media :
                 irisOrTexts(dist.get(kDcat, "mediaType"), dist.context, item)) {
                format = formatForMediaType(media);
                if (!format.isEmpty())
                    break;
            }
        }
        if (format != format.toUpper())
            note(FormatsUpperCased, item);
        formats.add(format.toUpper());
        for (const QJsonValue &size : valuesOf(dist.get(kDcat, "byteSize"))) {
            QJsonValue number = size;
            if (size.isObject())
                number =
                    makeNode(size.toObject(), dist.context).props.value(QStringLiteral("@value"));
            bool wrong = false;
            if (const auto count = byteCount(number, &wrong))
                bytes = *count > std::numeric_limits<uint64_t>::max() - bytes
                            ? std::numeric_limits<uint64_t>::max()
                            : bytes + *count;
            if (wrong)
                note(WrongTypes, item);
            break;
        }
        // DCAT-AP puts licence and access rights on distributions too.
        if (license.isEmpty())
            license = licenseOf(dist);
        if (d.access == AccessRights::Unspecified)
            d.access = accessOf(dist);
    }
    if (formats.dropped)
        note(FormatsDropped, item);
    d.formats = std::move(formats.items);
    d.byteSize = std::min<uint64_t>(bytes, uint64_t(std::numeric_limits<int64_t>::max()));
    d.license = toUtf8(license);

    auto date = [&](const QJsonValue &value, const LdContextPtr &context, std::string *target,
                    bool end) {
        const QString text = firstText(value, context, item);
        if (text.isEmpty())
            return;
        if (const auto day = datePart(text)) {
            *target = *day;
        } else if (target != &d.issued && target != &d.modified && text.size() == 4 &&
                   text.toInt() > 0) {
            // A year of coverage (xsd:gYear) is the whole year.
            *target = toUtf8(text + (end ? QLatin1String("-12-31") : QLatin1String("-01-01")));
        } else {
            note(DatesDropped, item);
        }
    };
    date(n.get(kDct, "issued"), ctx, &d.issued, false);
    date(n.get(kDct, "modified"), ctx, &d.modified, false);
    for (const QJsonValue &v : valuesOf(n.get(kDct, "temporal"))) {
        if (!v.isObject() && !v.isString())
            continue;
        const LdNode period = resolve(v, ctx);
        QJsonValue start = period.get(kDcat, "startDate");
        if (start.isUndefined())
            start = period.get(kSchema, "startDate");
        QJsonValue end = period.get(kDcat, "endDate");
        if (end.isUndefined())
            end = period.get(kSchema, "endDate");
        date(start, period.context, &d.temporalStart, false);
        date(end, period.context, &d.temporalEnd, true);
        break;
    }
    for (const QString &value : irisOrTexts(n.get(kDct, "accrualPeriodicity"), ctx, item)) {
        d.updateFrequency = frequencyFor(value);
        if (!d.updateFrequency.empty())
            break;
    }
    for (const QString &page : irisOrTexts(n.get(kDcat, "landingPage"), ctx, item)) {
        if (!page.isEmpty()) {
            d.landingPage = toUtf8(page);
            break;
        }
    }
    finish(std::move(d), item, id);
}

void DatasetImport::importJsonLd(const QJsonValue &root)
{
    m_sourceKind = QStringLiteral("DCAT-AP");
    const auto empty = std::make_shared<const LdContext>();
    collectNodes(root, empty, 0);

    // Top-level nodes: the document itself, the elements of a top-level
    // array, the members of an @graph.
    std::vector<LdNode> top;
    std::function<void(const QJsonValue &, const LdContextPtr &, int)> gather =
        [&](const QJsonValue &value, const LdContextPtr &context, int depth) {
            if (depth > 4)
                return;
            for (const QJsonValue &v : valuesOf(value)) {
                if (!v.isObject())
                    continue;
                LdNode node = makeNode(v.toObject(), context);
                const QJsonValue graph = node.props.value(QStringLiteral("@graph"));
                if (!graph.isUndefined())
                    gather(graph, node.context, depth + 1);
                top.push_back(std::move(node));
            }
        };
    gather(root, empty, 0);

    // The datasets a catalog lists, in its order; failing any, every dataset node.
    std::vector<std::pair<QJsonValue, LdContextPtr>> listed;
    for (const LdNode &node : top) {
        if (!hasType(node, "Catalog"))
            continue;
        for (const QJsonValue &v : valuesOf(node.get(kDcat, "dataset")))
            listed.emplace_back(v, node.context);
    }
    std::vector<const LdNode *> standalone;
    if (listed.empty()) {
        for (const LdNode &node : top) {
            if (hasType(node, "Dataset"))
                standalone.push_back(&node);
        }
    }
    const size_t found = listed.size() + standalone.size();
    if (found == 0) {
        m_report.error =
            tr("The file holds no dcat:Dataset (neither in a dcat:Catalog nor on its own).");
        return;
    }
    if (found > size_t(kMaxImportItems)) {
        m_report.error = tr("The file lists more than %1 datasets; split it.").arg(kMaxImportItems);
        return;
    }
    int item = 0;
    for (const auto &[value, context] : listed) {
        ++item;
        if (!value.isObject() && !value.isString()) {
            refuse(item, QString(), tr("not a dcat:Dataset (a JSON object or a reference)"));
            continue;
        }
        const LdNode node = resolve(value, context);
        if (node.props.size() <= 1 && !m_nodes.contains(node.id)) {
            refuse(item, node.id, tr("a reference to a dataset the file does not describe"));
            continue;
        }
        readDcatDataset(node, item);
    }
    for (const LdNode *node : standalone)
        readDcatDataset(*node, ++item);
}

void DatasetImport::writeNotes()
{
    // "What: count" reads right for one and for many without a translation.
    auto first = [this](Note which) {
        return m_notes[size_t(which)].firstItem;
    };
    auto count = [this](Note which) {
        return m_notes[size_t(which)].count;
    };
    if (count(FormatsUpperCased))
        m_report.notes << tr("Format names upper-cased: %n.", nullptr, count(FormatsUpperCased));
    if (count(FormatsDropped))
        m_report.notes << tr("Datasets with formats left out (over %1 formats, or a name over %2 "
                             "bytes): %n, first item %3.",
                             nullptr, count(FormatsDropped))
                              .arg(kMaxFormats)
                              .arg(kMaxFormatBytes)
                              .arg(first(FormatsDropped));
    if (count(KeywordsDropped))
        m_report.notes << tr("Datasets with keywords left out (over %1 keywords, or one over %2 "
                             "bytes): %n, first item %3.",
                             nullptr, count(KeywordsDropped))
                              .arg(kMaxKeywords)
                              .arg(kMaxKeywordBytes)
                              .arg(first(KeywordsDropped));
    if (count(TextsTruncated))
        m_report.notes << tr("Texts cut to %1 bytes: %n, first item %2.", nullptr,
                             count(TextsTruncated))
                              .arg(kMaxTextBytes)
                              .arg(first(TextsTruncated));
    if (count(WrongTypes))
        m_report.notes << tr("Values of an unexpected type ignored: %n, first item %1.", nullptr,
                             count(WrongTypes))
                              .arg(first(WrongTypes));
    if (count(DatesDropped))
        m_report.notes << tr("Dates not in the form YYYY-MM-DD left empty: %n, first item %1.",
                             nullptr, count(DatesDropped))
                              .arg(first(DatesDropped));
    if (count(IdentifiersAdapted))
        m_report.notes << tr("Identifiers adapted to the characters A-Z a-z 0-9 . _ : - (an IRI "
                             "to its last segment): %n, first item %1.",
                             nullptr, count(IdentifiersAdapted))
                              .arg(first(IdentifiersAdapted));
    if (count(TitlesFromName))
        m_report.notes << tr("Datasets without a title, named by their identifier: %n, first item "
                             "%1.",
                             nullptr, count(TitlesFromName))
                              .arg(first(TitlesFromName));
    if (count(LandingPagesDropped))
        m_report.notes
            << tr("Landing pages left out (not an http or https URL): %n, first item %1.", nullptr,
                  count(LandingPagesDropped))
                   .arg(first(LandingPagesDropped));
    if (count(LandingPagesFromPortal))
        m_report.notes << tr("Landing pages set to the dataset's page on the portal: %n.", nullptr,
                             count(LandingPagesFromPortal));
    if (count(ThemesOther))
        m_report.notes << tr("Datasets with no theme the catalog knows, filed under \"other\": %n.",
                             nullptr, count(ThemesOther));
    if (count(OtherLanguages))
        m_report.notes << tr("Texts in a language other than Chinese or English, kept as the "
                             "English text: %n, first item %1.",
                             nullptr, count(OtherLanguages))
                              .arg(first(OtherLanguages));
}

ImportReport DatasetImport::run(const QByteArray &input)
{
    if (input.size() > kMaxImportBytes) {
        m_report.error = tr("The file is larger than %1 MiB.").arg(kMaxImportBytes >> 20);
        return m_report;
    }
    QByteArray json = input;
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);
    const bool blank = std::all_of(json.cbegin(), json.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    });
    if (blank) {
        m_report.error = tr("The file is empty.");
        return m_report;
    }
    if (nestedDeeperThan(json, kMaxImportDepth)) {
        m_report.error = tr("The file nests arrays and objects deeper than %1 levels; no catalogue "
                            "does.")
                             .arg(kMaxImportDepth);
        return m_report;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.isNull()) {
        m_report.error = tr("The file is not JSON: %1 at byte %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset);
        return m_report;
    }
    const qsizetype before = m_report.refused.size();
    if (document.isObject()) {
        const QJsonObject root = document.object();
        if (looksLikeJsonLd(root)) {
            m_report.format = QStringLiteral("DCAT-AP JSON-LD");
            importJsonLd(root);
        } else if (root.contains(QLatin1String("result")) ||
                   root.contains(QLatin1String("success"))) {
            const std::optional<bool> success = boolish(root.value(QLatin1String("success")));
            if (success && !*success) {
                const QJsonValue error = root.value(QLatin1String("error"));
                QString message = error.toObject().value(QLatin1String("message")).toString();
                if (message.isEmpty())
                    message = error.toString();
                m_report.error =
                    tr("The portal answered with an error: %1")
                        .arg(message.isEmpty() ? tr("(no message)") : message.left(500));
                return m_report;
            }
            const QJsonValue result = root.value(QLatin1String("result"));
            const QString portal = portalOf(root);
            if (result.isObject() && result.toObject().value(QLatin1String("results")).isArray()) {
                m_report.format = QStringLiteral("CKAN package_search");
                const QJsonObject search = result.toObject();
                const QJsonArray packages = search.value(QLatin1String("results")).toArray();
                if (packages.size() > kMaxImportItems) {
                    m_report.error =
                        tr("The file lists more than %1 datasets; split it.").arg(kMaxImportItems);
                    return m_report;
                }
                importCkan(packages, portal);
                bool wrong = false;
                const auto total = byteCount(search.value(QLatin1String("count")), &wrong);
                if (total && *total > uint64_t(packages.size()))
                    m_report.notes << tr("The response holds %1 of the %2 datasets the search "
                                         "found; the others are on further pages of the portal's "
                                         "answer.")
                                          .arg(packages.size())
                                          .arg(*total);
            } else if (result.isObject()) {
                m_report.format = QStringLiteral("CKAN package_show");
                importCkan(QJsonArray{result}, portal);
            } else if (result.isArray()) {
                m_report.format = QStringLiteral("CKAN package list");
                if (result.toArray().size() > kMaxImportItems) {
                    m_report.error =
                        tr("The file lists more than %1 datasets; split it.").arg(kMaxImportItems);
                    return m_report;
                }
                importCkan(result.toArray(), portal);
            } else {
                m_report.error = tr("The CKAN response has no \"result\" object.");
                return m_report;
            }
        } else if (root.value(QLatin1String("results")).isArray()) {
            m_report.format = QStringLiteral("CKAN package_search");
            const QJsonArray packages = root.value(QLatin1String("results")).toArray();
            if (packages.size() > kMaxImportItems) {
                m_report.error =
                    tr("The file lists more than %1 datasets; split it.").arg(kMaxImportItems);
                return m_report;
            }
            importCkan(packages, QString());
        } else if (root.contains(QLatin1String("name")) &&
                   (root.contains(QLatin1String("resources")) ||
                    root.contains(QLatin1String("title")))) {
            m_report.format = QStringLiteral("CKAN package_show");
            importCkan(QJsonArray{root}, QString());
        } else {
            m_report.error = tr("The file is neither a CKAN API response nor a DCAT-AP JSON-LD "
                                "catalogue.");
            return m_report;
        }
    } else if (document.isArray()) {
        const QJsonArray array = document.array();
        if (array.isEmpty()) {
            m_report.error = tr("The file is an empty list.");
            return m_report;
        }
        if (array.size() > kMaxImportItems) {
            m_report.error =
                tr("The file lists more than %1 datasets; split it.").arg(kMaxImportItems);
            return m_report;
        }
        if (array.first().isObject() && looksLikeJsonLd(array.first().toObject())) {
            m_report.format = QStringLiteral("DCAT-AP JSON-LD");
            importJsonLd(array);
        } else if (array.first().isObject()) {
            m_report.format = QStringLiteral("CKAN package list");
            importCkan(array, QString());
        } else {
            m_report.error = tr("The file is a list of %1, not of datasets.")
                                 .arg(array.first().isString() ? tr("strings") : tr("values"));
            return m_report;
        }
    } else {
        m_report.error = tr("The file is not a JSON object or array.");
        return m_report;
    }
    if (!m_report.error.isEmpty()) {
        // Nothing is taken from a file refused as a whole.
        m_report.refused = m_report.refused.mid(0, before);
        return m_report;
    }
    writeNotes();
    return m_report;
}

ImportReport
importCatalog(const QByteArray &json, const QString &fileName, std::vector<Dataset> *out)
{
    std::vector<Dataset> taken;
    DatasetImport import(fileName, &taken);
    ImportReport report = import.run(json);
    if (report.error.isEmpty() && out) {
        out->insert(out->end(), std::make_move_iterator(taken.begin()),
                    std::make_move_iterator(taken.end()));
    } else {
        report.taken = 0;
    }
    return report;
}

} // namespace scb
