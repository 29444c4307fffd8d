#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

// JSON-LD, as much as reading DCAT-AP needs: contexts (terms, prefixes,
// @vocab, keyword aliases), compact, expanded and flattened forms, language
// tags and language maps. Remote contexts are not fetched: keys they would
// define are matched by their local names ("title", "dataset").
namespace scb::catalogimport {

// The namespaces DCAT-AP uses, for prefixes a file uses without declaring.
inline constexpr char kDcat[] = "http://www.w3.org/ns/dcat#";
inline constexpr char kDct[] = "http://purl.org/dc/terms/";
inline constexpr char kFoaf[] = "http://xmlns.com/foaf/0.1/";
inline constexpr char kVcard[] = "http://www.w3.org/2006/vcard/ns#";
inline constexpr char kSkos[] = "http://www.w3.org/2004/02/skos/core#";
inline constexpr char kRdfs[] = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr char kSchema[] = "http://schema.org/";

struct LdContext
{
    QHash<QString, QString> terms; // term or prefix → IRI, compact IRI or keyword
    QString vocab;
};
using LdContextPtr = std::shared_ptr<const LdContext>;

// A key or type expanded to its IRI with the context (terms, prefixes, @vocab).
QString expandIri(const QString &term, const LdContext &context, int depth = 0);

// Compact IRIs in values ("eu:frequency/ANNUAL") with the file's or the
// well-known prefixes; anything else (a plain literal, a full IRI) as is.
QString expandValueIri(const QString &value, const LdContext &context);

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
    // Only an @id (and maybe an @type): a reference to a node described elsewhere.
    bool isReference() const;
};

// The node of an object, with its own @context merged over parent.
LdNode makeNode(const QJsonObject &object, const LdContextPtr &parent);

// An array's elements, a single value as one, nothing for null.
QJsonArray valuesOf(const QJsonValue &value);

// Top-level nodes: the document itself, the elements of a top-level array,
// the members of an @graph.
std::vector<LdNode> topLevelNodes(const QJsonValue &root, const LdContextPtr &context);

struct LdText
{
    QString text;
    QString language;
};

// The values below add one to *wrongTypes for each value of a type they
// cannot read, and skip it.

// Texts: strings, value objects (with a language tag) and language maps.
std::vector<LdText> textsOf(const QJsonValue &value, const LdContextPtr &context, int *wrongTypes);
// The first non-blank of textsOf(), trimmed.
QString firstTextOf(const QJsonValue &value, const LdContextPtr &context, int *wrongTypes);
// IRIs ({"@id": …} or a string, compact IRIs expanded) and plain literals.
QStringList irisOrTextsOf(const QJsonValue &value, const LdContextPtr &context, int *wrongTypes);

// Nodes by @id, expanded once: a document may refer to one node from every
// dataset, and expanding it again per reference would cost keys × references.
class LdNodeIndex
{
public:
    // Every node with an @id and properties, down to maxDepth; the first
    // description of an @id wins.
    void collect(const QJsonValue &root, const LdContextPtr &context, int maxDepth);
    // A node from a value: an embedded object, or a reference {"@id": ...}
    // (or a plain IRI string) to a node elsewhere in the document.
    LdNode resolve(const QJsonValue &value, const LdContextPtr &context) const;
    bool contains(const QString &id) const { return m_nodes.contains(id); }

private:
    void collect(const QJsonValue &value, const LdContextPtr &context, int depth, int maxDepth);

    QHash<QString, LdNode> m_nodes;
};

} // namespace scb::catalogimport
