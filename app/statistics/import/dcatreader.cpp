#include "dcatreader.h"

#include "datasetcollector.h"
#include "datasetimport.h"
#include "importvalues.h"
#include "portalvocabulary.h"

#include <utility>

namespace scb::catalogimport {

namespace {

bool hasDcatType(const LdNode &node, const char *local)
{
    const QString full = QLatin1String(kDcat) + QLatin1String(local);
    const QString bare = QLatin1String(local);
    for (const QString &type : node.types()) {
        if (type == full || type == bare)
            return true;
    }
    return false;
}

} // namespace

DcatReader::DcatReader(DatasetCollector *collector)
    : m_collector(collector)
{
}

size_t DcatReader::find(const QJsonValue &root)
{
    const auto empty = std::make_shared<const LdContext>();
    m_index.collect(root, empty, kMaxImportDepth);
    m_top = topLevelNodes(root, empty);
    for (const LdNode &node : m_top) {
        if (!hasDcatType(node, "Catalog"))
            continue;
        for (const QJsonValue &v : valuesOf(node.get(kDcat, "dataset")))
            m_listed.emplace_back(v, node.context);
    }
    if (m_listed.empty()) {
        for (const LdNode &node : m_top) {
            if (hasDcatType(node, "Dataset"))
                m_standalone.push_back(&node);
        }
    }
    return m_listed.size() + m_standalone.size();
}

void DcatReader::read()
{
    int item = 0;
    for (const auto &[value, context] : m_listed) {
        ++item;
        if (!value.isObject() && !value.isString()) {
            m_collector->refuse(item, QString(),
                                tr("not a dcat:Dataset (a JSON object or a reference)"));
            continue;
        }
        const LdNode node = m_index.resolve(value, context);
        if (node.props.size() <= 1 && !m_index.contains(node.id)) {
            m_collector->refuse(item, node.id,
                                tr("a reference to a dataset the file does not describe"));
            continue;
        }
        readDataset(node, item);
    }
    for (const LdNode *node : m_standalone)
        readDataset(*node, ++item);
}

std::vector<LdText>
DcatReader::texts(const QJsonValue &value, const LdContextPtr &context, int item)
{
    int wrong = 0;
    std::vector<LdText> out = textsOf(value, context, &wrong);
    m_collector->note(ImportNotes::WrongTypes, item, wrong);
    return out;
}

QString DcatReader::firstText(const QJsonValue &value, const LdContextPtr &context, int item)
{
    int wrong = 0;
    const QString out = firstTextOf(value, context, &wrong);
    m_collector->note(ImportNotes::WrongTypes, item, wrong);
    return out;
}

QStringList DcatReader::irisOrTexts(const QJsonValue &value, const LdContextPtr &context, int item)
{
    int wrong = 0;
    const QStringList out = irisOrTextsOf(value, context, &wrong);
    m_collector->note(ImportNotes::WrongTypes, item, wrong);
    return out;
}

void DcatReader::readDataset(const LdNode &n, int item)
{
    Dataset d;
    QString id = firstText(n.get(kDct, "identifier"), n.context, item);
    if (id.isEmpty())
        id = n.id;
    if (id.startsWith(QLatin1String("_:")))
        id.clear(); // a blank node's label names nothing outside this file
    readTexts(n, item, &d);
    readPublisher(n, item, &d);
    readTheme(n, item, &d);
    readDistributions(n, item, &d);
    readDates(n, item, &d);
    readFrequencyAndPage(n, item, &d);
    m_collector->finish(std::move(d), item, id);
}

void DcatReader::readTexts(const LdNode &n, int item, Dataset *d)
{
    for (const LdText &t : texts(n.get(kDct, "title"), n.context, item))
        m_collector->putText(&d->title, t.text, t.language, item);
    for (const LdText &t : texts(n.get(kDct, "description"), n.context, item))
        m_collector->putText(&d->description, t.text, t.language, item);

    BoundedList keywords{kMaxKeywords, kMaxKeywordBytes, {}, {}, false};
    for (const LdText &t : texts(n.get(kDcat, "keyword"), n.context, item))
        keywords.add(t.text);
    m_collector->putKeywords(d, &keywords, item);
}

void DcatReader::readPublisher(const LdNode &n, int item, Dataset *d)
{
    for (const QJsonValue &p : valuesOf(n.get(kDct, "publisher"))) {
        const LdNode publisher = m_index.resolve(p, n.context);
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
            d->publisher = toUtf8(name);
            return;
        }
    }
}

void DcatReader::readTheme(const LdNode &n, int item, Dataset *d)
{
    for (const QString &theme : irisOrTexts(n.get(kDcat, "theme"), n.context, item)) {
        d->theme = themeFor(lastSegment(theme));
        if (!d->theme.empty())
            return;
    }
}

QString DcatReader::licenseOf(const LdNode &node, int item)
{
    for (const QJsonValue &v : valuesOf(node.get(kDct, "license"))) {
        const LdNode license = m_index.resolve(v, node.context);
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
}

AccessRights DcatReader::accessOf(const LdNode &node, int item)
{
    for (const QString &value : irisOrTexts(node.get(kDct, "accessRights"), node.context, item)) {
        if (const std::optional<AccessRights> access = accessFor(value))
            return *access;
    }
    return AccessRights::Unspecified;
}

void DcatReader::readDistributions(const LdNode &n, int item, Dataset *d)
{
    QString license = licenseOf(n, item);
    d->access = accessOf(n, item);
    BoundedList formats{kMaxFormats, kMaxFormatBytes, {}, {}, false};
    uint64_t bytes = 0;
    for (const QJsonValue &v : valuesOf(n.get(kDcat, "distribution"))) {
        if (!v.isObject() && !v.isString()) {
            m_collector->note(ImportNotes::WrongTypes, item);
            continue;
        }
        const LdNode dist = m_index.resolve(v, n.context);
        m_collector->addFormat(&formats, formatOf(dist, item), item);
        bytes = saturatedSum(bytes, byteSizeOf(dist, item));
        // DCAT-AP puts licence and access rights on distributions too.
        if (license.isEmpty())
            license = licenseOf(dist, item);
        if (d->access == AccessRights::Unspecified)
            d->access = accessOf(dist, item);
    }
    m_collector->putFormats(d, &formats, bytes, item);
    d->license = toUtf8(license);
}

// dct:format (a name, an IRI of the EU file-type table or of a media type),
// failing that dcat:mediaType.
QString DcatReader::formatOf(const LdNode &dist, int item)
{
    for (const QJsonValue &f : valuesOf(dist.get(kDct, "format"))) {
        const LdNode formatNode = f.isObject() ? m_index.resolve(f, dist.context) : LdNode{};
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
        if (!text.trimmed().isEmpty())
            return text.trimmed();
    }
    for (const QString &media : irisOrTexts(dist.get(kDcat, "mediaType"), dist.context, item)) {
        const QString format = formatForMediaType(media);
        if (!format.isEmpty())
            return format;
    }
    return QString();
}

// The first dcat:byteSize; 0 when there is none.
uint64_t DcatReader::byteSizeOf(const LdNode &dist, int item)
{
    for (const QJsonValue &size : valuesOf(dist.get(kDcat, "byteSize"))) {
        QJsonValue number = size;
        if (size.isObject())
            number = makeNode(size.toObject(), dist.context).props.value(QStringLiteral("@value"));
        bool wrong = false;
        const std::optional<uint64_t> count = byteCount(number, &wrong);
        if (wrong)
            m_collector->note(ImportNotes::WrongTypes, item);
        return count.value_or(0);
    }
    return 0;
}

void DcatReader::readDates(const LdNode &n, int item, Dataset *d)
{
    readDate(n.get(kDct, "issued"), n.context, item, &d->issued, DateRole::Stamp);
    readDate(n.get(kDct, "modified"), n.context, item, &d->modified, DateRole::Stamp);
    for (const QJsonValue &v : valuesOf(n.get(kDct, "temporal"))) {
        if (!v.isObject() && !v.isString())
            continue;
        const LdNode period = m_index.resolve(v, n.context);
        QJsonValue start = period.get(kDcat, "startDate");
        if (start.isUndefined())
            start = period.get(kSchema, "startDate");
        QJsonValue end = period.get(kDcat, "endDate");
        if (end.isUndefined())
            end = period.get(kSchema, "endDate");
        readDate(start, period.context, item, &d->temporalStart, DateRole::CoverageStart);
        readDate(end, period.context, item, &d->temporalEnd, DateRole::CoverageEnd);
        return;
    }
}

void DcatReader::readDate(const QJsonValue &value,
                          const LdContextPtr &context,
                          int item,
                          std::string *target,
                          DateRole role)
{
    const QString text = firstText(value, context, item);
    if (text.isEmpty())
        return;
    if (const auto day = datePart(text)) {
        *target = *day;
    } else if (role != DateRole::Stamp && text.size() == 4 && text.toInt() > 0) {
        // A year of coverage (xsd:gYear) is the whole year.
        const bool end = role == DateRole::CoverageEnd;
        *target = toUtf8(text + (end ? QLatin1String("-12-31") : QLatin1String("-01-01")));
    } else {
        m_collector->note(ImportNotes::DatesDropped, item);
    }
}

void DcatReader::readFrequencyAndPage(const LdNode &n, int item, Dataset *d)
{
    for (const QString &value : irisOrTexts(n.get(kDct, "accrualPeriodicity"), n.context, item)) {
        d->updateFrequency = frequencyFor(value);
        if (!d->updateFrequency.empty())
            break;
    }
    for (const QString &page : irisOrTexts(n.get(kDcat, "landingPage"), n.context, item)) {
        if (!page.isEmpty()) {
            d->landingPage = toUtf8(page);
            break;
        }
    }
}

} // namespace scb::catalogimport
