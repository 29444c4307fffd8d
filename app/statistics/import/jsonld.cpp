#include "jsonld.h"

namespace scb::catalogimport {

namespace {

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

// "title" and "dct:title" both: one list of values.
void mergeValue(QJsonValue *existing, const QJsonValue &value)
{
    QJsonArray merged = existing->isArray() ? existing->toArray() : QJsonArray{*existing};
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            merged.append(v);
    } else {
        merged.append(value);
    }
    *existing = merged;
}

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

// A language map: {"zh": "…", "en": ["…"]}; false when it holds no text.
bool addLanguageMap(const QJsonObject &map, std::vector<LdText> *out)
{
    bool any = false;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!looksLikeLanguageTag(it.key()))
            continue;
        for (const QJsonValue &text : valuesOf(it.value())) {
            if (text.isString()) {
                out->push_back({text.toString(), it.key()});
                any = true;
            }
        }
    }
    return any;
}

// The texts of one object: a value object or a language map.
void addObjectTexts(const QJsonObject &object,
                    const LdContextPtr &context,
                    std::vector<LdText> *out,
                    int *wrongTypes)
{
    const LdNode node = makeNode(object, context);
    const QJsonValue literal = node.props.value(QStringLiteral("@value"));
    if (literal.isString()) {
        out->push_back(
            {literal.toString(), node.props.value(QStringLiteral("@language")).toString()});
    } else if (literal.isDouble()) {
        out->push_back({QString::number(literal.toDouble(), 'g', 17), QString()});
    } else if (!node.props.contains(QStringLiteral("@value")) &&
               !node.props.contains(QStringLiteral("@id"))) {
        if (!addLanguageMap(object, out))
            ++*wrongTypes;
    } else if (!literal.isNull()) {
        ++*wrongTypes;
    }
}

void gatherTopLevel(const QJsonValue &value,
                    const LdContextPtr &context,
                    int depth,
                    std::vector<LdNode> *out)
{
    if (depth > 4)
        return;
    for (const QJsonValue &v : valuesOf(value)) {
        if (!v.isObject())
            continue;
        LdNode node = makeNode(v.toObject(), context);
        const QJsonValue graph = node.props.value(QStringLiteral("@graph"));
        if (!graph.isUndefined())
            gatherTopLevel(graph, node.context, depth + 1, out);
        out->push_back(std::move(node));
    }
}

} // namespace

QString expandIri(const QString &term, const LdContext &context, int depth)
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
        if (existing == node.props.end())
            node.props.insert(key, it.value());
        else
            mergeValue(&*existing, it.value());
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

bool LdNode::isReference() const
{
    return props.size() == 1 || (props.size() == 2 && props.contains(QStringLiteral("@type")));
}

QJsonArray valuesOf(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

std::vector<LdNode> topLevelNodes(const QJsonValue &root, const LdContextPtr &context)
{
    std::vector<LdNode> out;
    gatherTopLevel(root, context, 0, &out);
    return out;
}

std::vector<LdText> textsOf(const QJsonValue &value, const LdContextPtr &context, int *wrongTypes)
{
    std::vector<LdText> out;
    for (const QJsonValue &v : valuesOf(value)) {
        if (v.isString())
            out.push_back({v.toString(), QString()});
        else if (v.isObject())
            addObjectTexts(v.toObject(), context, &out, wrongTypes);
        else if (!v.isNull())
            ++*wrongTypes;
    }
    return out;
}

QString firstTextOf(const QJsonValue &value, const LdContextPtr &context, int *wrongTypes)
{
    for (const LdText &text : textsOf(value, context, wrongTypes)) {
        if (!text.text.trimmed().isEmpty())
            return text.text.trimmed();
    }
    return {};
}

QStringList irisOrTextsOf(const QJsonValue &value, const LdContextPtr &context, int *wrongTypes)
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
                ++*wrongTypes;
        } else if (!v.isNull()) {
            ++*wrongTypes;
        }
    }
    return out;
}

void LdNodeIndex::collect(const QJsonValue &root, const LdContextPtr &context, int maxDepth)
{
    collect(root, context, 0, maxDepth);
}

void LdNodeIndex::collect(const QJsonValue &value,
                          const LdContextPtr &context,
                          int depth,
                          int maxDepth)
{
    if (depth > maxDepth)
        return;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collect(v, context, depth + 1, maxDepth);
        return;
    }
    if (!value.isObject())
        return;
    const LdNode node = makeNode(value.toObject(), context);
    if (!node.id.isEmpty() && !node.isReference() && !m_nodes.contains(node.id))
        m_nodes.insert(node.id, node);
    for (auto it = node.props.constBegin(); it != node.props.constEnd(); ++it) {
        if (it.key() != QLatin1String("@value"))
            collect(it.value(), node.context, depth + 1, maxDepth);
    }
}

LdNode LdNodeIndex::resolve(const QJsonValue &value, const LdContextPtr &context) const
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
    if (!node.id.isEmpty() && node.isReference()) {
        const auto it = m_nodes.constFind(node.id);
        if (it != m_nodes.constEnd())
            return *it;
    }
    return node;
}

} // namespace scb::catalogimport
