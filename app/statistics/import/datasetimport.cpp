#include "datasetimport.h"

#include "ckanreader.h"
#include "datasetcollector.h"
#include "dcatreader.h"
#include "importvalues.h"
#include "jsonld.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <optional>

namespace scb {

namespace {

using catalogimport::DatasetCollector;

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

bool isJsonLdKey(const QString &key)
{
    using namespace catalogimport;
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

} // namespace

// The import of one file: which form it is, whether it is within the bounds,
// and the report; the readers do the rest. A class for tr()'s context.
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
    std::optional<QJsonDocument> parse(const QByteArray &input);
    void importObject(const QJsonObject &root);
    void importCkanResponse(const QJsonObject &response);
    void importCkanSearch(const QJsonObject &search, const QString &portal);
    void importArray(const QJsonArray &array);
    void importCkan(const QJsonArray &packages, const QString &portal);
    void importJsonLd(const QJsonValue &root);
    // false, with the error set, for a file with more datasets than kMaxImportItems.
    bool withinItemBound(size_t count);

    QString m_fileName;
    std::vector<Dataset> *m_out;
    ImportReport m_report;
    std::optional<DatasetCollector> m_collector; // once the form is known
};

bool DatasetImport::withinItemBound(size_t count)
{
    if (count <= size_t(kMaxImportItems))
        return true;
    m_report.error = tr("The file lists more than %1 datasets; split it.").arg(kMaxImportItems);
    return false;
}

void DatasetImport::importCkan(const QJsonArray &packages, const QString &portal)
{
    m_collector.emplace(m_fileName, QStringLiteral("CKAN"));
    catalogimport::CkanReader(&*m_collector).read(packages, portal);
}

void DatasetImport::importJsonLd(const QJsonValue &root)
{
    m_collector.emplace(m_fileName, QStringLiteral("DCAT-AP"));
    catalogimport::DcatReader reader(&*m_collector);
    const size_t found = reader.find(root);
    if (found == 0) {
        m_report.error =
            tr("The file holds no dcat:Dataset (neither in a dcat:Catalog nor on its own).");
        return;
    }
    if (withinItemBound(found))
        reader.read();
}

std::optional<QJsonDocument> DatasetImport::parse(const QByteArray &input)
{
    if (input.size() > kMaxImportBytes) {
        m_report.error = tr("The file is larger than %1 MiB.").arg(kMaxImportBytes >> 20);
        return std::nullopt;
    }
    QByteArray json = input;
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);
    const bool blank = std::all_of(json.cbegin(), json.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    });
    if (blank) {
        m_report.error = tr("The file is empty.");
        return std::nullopt;
    }
    if (nestedDeeperThan(json, kMaxImportDepth)) {
        m_report.error = tr("The file nests arrays and objects deeper than %1 levels; no catalogue "
                            "does.")
                             .arg(kMaxImportDepth);
        return std::nullopt;
    }
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.isNull()) {
        m_report.error = tr("The file is not JSON: %1 at byte %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset);
        return std::nullopt;
    }
    return document;
}

void DatasetImport::importObject(const QJsonObject &root)
{
    if (looksLikeJsonLd(root)) {
        m_report.format = QStringLiteral("DCAT-AP JSON-LD");
        importJsonLd(root);
    } else if (root.contains(QLatin1String("result")) || root.contains(QLatin1String("success"))) {
        importCkanResponse(root);
    } else if (root.value(QLatin1String("results")).isArray()) {
        m_report.format = QStringLiteral("CKAN package_search");
        const QJsonArray packages = root.value(QLatin1String("results")).toArray();
        if (withinItemBound(size_t(packages.size())))
            importCkan(packages, QString());
    } else if (root.contains(QLatin1String("name")) && (root.contains(QLatin1String("resources")) ||
                                                        root.contains(QLatin1String("title")))) {
        m_report.format = QStringLiteral("CKAN package_show");
        importCkan(QJsonArray{root}, QString());
    } else {
        m_report.error = tr("The file is neither a CKAN API response nor a DCAT-AP JSON-LD "
                            "catalogue.");
    }
}

void DatasetImport::importCkanResponse(const QJsonObject &response)
{
    const std::optional<bool> success =
        catalogimport::boolish(response.value(QLatin1String("success")));
    if (success && !*success) {
        const QJsonValue error = response.value(QLatin1String("error"));
        QString message = error.toObject().value(QLatin1String("message")).toString();
        if (message.isEmpty())
            message = error.toString();
        m_report.error = tr("The portal answered with an error: %1")
                             .arg(message.isEmpty() ? tr("(no message)") : message.left(500));
        return;
    }
    const QJsonValue result = response.value(QLatin1String("result"));
    const QString portal = catalogimport::ckanPortal(response);
    if (result.isObject() && result.toObject().value(QLatin1String("results")).isArray()) {
        importCkanSearch(result.toObject(), portal);
    } else if (result.isObject()) {
        m_report.format = QStringLiteral("CKAN package_show");
        importCkan(QJsonArray{result}, portal);
    } else if (result.isArray()) {
        m_report.format = QStringLiteral("CKAN package list");
        if (withinItemBound(size_t(result.toArray().size())))
            importCkan(result.toArray(), portal);
    } else {
        m_report.error = tr("The CKAN response has no \"result\" object.");
    }
}

void DatasetImport::importCkanSearch(const QJsonObject &search, const QString &portal)
{
    m_report.format = QStringLiteral("CKAN package_search");
    const QJsonArray packages = search.value(QLatin1String("results")).toArray();
    if (!withinItemBound(size_t(packages.size())))
        return;
    importCkan(packages, portal);
    bool wrong = false;
    const auto total = catalogimport::byteCount(search.value(QLatin1String("count")), &wrong);
    if (total && *total > uint64_t(packages.size()))
        m_report.notes << tr("The response holds %1 of the %2 datasets the search "
                             "found; the others are on further pages of the portal's "
                             "answer.")
                              .arg(packages.size())
                              .arg(*total);
}

void DatasetImport::importArray(const QJsonArray &array)
{
    if (array.isEmpty()) {
        m_report.error = tr("The file is an empty list.");
        return;
    }
    if (!withinItemBound(size_t(array.size())))
        return;
    if (array.first().isObject() && looksLikeJsonLd(array.first().toObject())) {
        m_report.format = QStringLiteral("DCAT-AP JSON-LD");
        importJsonLd(array);
    } else if (array.first().isObject()) {
        m_report.format = QStringLiteral("CKAN package list");
        importCkan(array, QString());
    } else {
        m_report.error = tr("The file is a list of %1, not of datasets.")
                             .arg(array.first().isString() ? tr("strings") : tr("values"));
    }
}

ImportReport DatasetImport::run(const QByteArray &input)
{
    const std::optional<QJsonDocument> document = parse(input);
    if (!document)
        return m_report;
    if (document->isObject())
        importObject(document->object());
    else if (document->isArray())
        importArray(document->array());
    else
        m_report.error = tr("The file is not a JSON object or array.");
    // Nothing is taken from a file refused as a whole.
    if (!m_report.error.isEmpty() || !m_collector)
        return m_report;
    std::vector<Dataset> &taken = m_collector->datasets();
    m_report.taken = int(taken.size());
    m_report.refused = m_collector->refused();
    m_report.notes << m_collector->notes().lines();
    m_out->insert(m_out->end(), std::make_move_iterator(taken.begin()),
                  std::make_move_iterator(taken.end()));
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
