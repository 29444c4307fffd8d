#include "stats/datasetindex.h"

#include "sqlite/sqlitestatement.h"
#include "sqlite/sqlitetransaction.h"
#include "stats/statstext.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <variant>

namespace scb {

namespace {

using Statement = SqliteStatement;
using Transaction = SqliteTransaction;
using Use = StatementUse;

// The id column is the FTS rowid: an INTEGER PRIMARY KEY keeps it stable
// across VACUUM, which an external-content index relies on. Triggers keep
// the index in step with every insert, update and delete.
constexpr const char *kSchema = R"sql(
CREATE TABLE IF NOT EXISTS dataset_item(
    id INTEGER PRIMARY KEY,
    identifier TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    title_zh TEXT NOT NULL,
    title_en TEXT NOT NULL,
    description_zh TEXT NOT NULL,
    description_en TEXT NOT NULL,
    keywords TEXT NOT NULL,
    publisher TEXT NOT NULL,
    theme TEXT NOT NULL,
    level TEXT NOT NULL,
    license TEXT NOT NULL,
    access TEXT NOT NULL,
    formats TEXT NOT NULL,
    byte_size INTEGER NOT NULL,
    record_count INTEGER NOT NULL,
    temporal_start TEXT NOT NULL,
    temporal_end TEXT NOT NULL,
    update_frequency TEXT NOT NULL,
    annotation TEXT NOT NULL,
    issued TEXT NOT NULL,
    modified TEXT NOT NULL,
    landing_page TEXT NOT NULL,
    source TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS dataset_item_by_origin ON dataset_item(origin);
CREATE VIRTUAL TABLE IF NOT EXISTS dataset_fts USING fts5(
    title_zh, title_en, description_zh, description_en, keywords,
    content='dataset_item', content_rowid='id', tokenize='trigram');
CREATE TRIGGER IF NOT EXISTS dataset_item_indexed AFTER INSERT ON dataset_item BEGIN
    INSERT INTO dataset_fts(rowid, title_zh, title_en, description_zh, description_en, keywords)
    VALUES(new.id, new.title_zh, new.title_en, new.description_zh, new.description_en,
           new.keywords);
END;
CREATE TRIGGER IF NOT EXISTS dataset_item_unindexed AFTER DELETE ON dataset_item BEGIN
    INSERT INTO dataset_fts(dataset_fts, rowid, title_zh, title_en, description_zh,
                            description_en, keywords)
    VALUES('delete', old.id, old.title_zh, old.title_en, old.description_zh,
           old.description_en, old.keywords);
END;
CREATE TRIGGER IF NOT EXISTS dataset_item_reindexed AFTER UPDATE ON dataset_item BEGIN
    INSERT INTO dataset_fts(dataset_fts, rowid, title_zh, title_en, description_zh,
                            description_en, keywords)
    VALUES('delete', old.id, old.title_zh, old.title_en, old.description_zh,
           old.description_en, old.keywords);
    INSERT INTO dataset_fts(rowid, title_zh, title_en, description_zh, description_en, keywords)
    VALUES(new.id, new.title_zh, new.title_en, new.description_zh, new.description_en,
           new.keywords);
END;
)sql";

// The columns a Dataset is read from, in readDataset()'s order.
constexpr const char *kColumns =
    "d.identifier, d.title_zh, d.title_en, d.description_zh, d.description_en, d.keywords, "
    "d.publisher, d.theme, d.level, d.license, d.access, d.formats, d.byte_size, "
    "d.record_count, d.temporal_start, d.temporal_end, d.update_frequency, d.annotation, "
    "d.issued, d.modified, d.landing_page, d.source";

constexpr const char *kUpsertSql =
    "INSERT INTO dataset_item(identifier, origin, title_zh, title_en, description_zh, "
    "description_en, keywords, publisher, theme, level, license, access, formats, byte_size, "
    "record_count, temporal_start, temporal_end, update_frequency, annotation, issued, "
    "modified, landing_page, source) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
    "?19, ?20, ?21, ?22, ?23) "
    "ON CONFLICT(identifier) DO UPDATE SET origin = excluded.origin, "
    "title_zh = excluded.title_zh, title_en = excluded.title_en, "
    "description_zh = excluded.description_zh, description_en = excluded.description_en, "
    "keywords = excluded.keywords, publisher = excluded.publisher, theme = excluded.theme, "
    "level = excluded.level, license = excluded.license, access = excluded.access, "
    "formats = excluded.formats, byte_size = excluded.byte_size, "
    "record_count = excluded.record_count, temporal_start = excluded.temporal_start, "
    "temporal_end = excluded.temporal_end, update_frequency = excluded.update_frequency, "
    "annotation = excluded.annotation, issued = excluded.issued, modified = excluded.modified, "
    "landing_page = excluded.landing_page, source = excluded.source";

// bm25 weights of title_zh, title_en, description_zh, description_en,
// keywords: a word in a title or keyword says more than one in a description.
constexpr const char *kRank = "bm25(dataset_fts, 10.0, 10.0, 2.0, 2.0, 5.0)";

constexpr size_t kMaxTerms = 32;
constexpr size_t kMaxFilterValues = 256;
constexpr size_t kMaxCachedQueries = 128;

std::string jsonArray(const std::vector<std::string> &items)
{
    std::string out = "[";
    for (const std::string &item : items) {
        if (out.size() > 1)
            out += ',';
        out += '"';
        for (const char c : item) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (u < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                out += "\\u00";
                out += kHex[u >> 4];
                out += kHex[u & 0xF];
            } else {
                out += c;
            }
        }
        out += '"';
    }
    out += ']';
    return out;
}

void appendUtf8(std::string *out, uint32_t code)
{
    if (code < 0x80) {
        out->push_back(static_cast<char>(code));
    } else if (code < 0x800) {
        out->push_back(static_cast<char>(0xC0 | (code >> 6)));
        out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out->push_back(static_cast<char>(0xE0 | (code >> 12)));
        out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        out->push_back(static_cast<char>(0xF0 | (code >> 18)));
        out->push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

// A JSON array of strings as jsonArray() writes it (any JSON whitespace and
// escape accepted). Whatever else is in the column reads as no items.
std::vector<std::string> parseJsonArray(std::string_view json)
{
    std::vector<std::string> items;
    size_t i = 0;
    auto skipSpace = [&] {
        while (i < json.size() &&
               (json[i] == ' ' || json[i] == '\t' || json[i] == '\n' || json[i] == '\r'))
            ++i;
    };
    auto hex4 = [&](uint32_t *value) {
        if (json.size() - i < 4)
            return false;
        *value = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = json[i++];
            *value <<= 4;
            if (c >= '0' && c <= '9')
                *value |= static_cast<uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                *value |= static_cast<uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                *value |= static_cast<uint32_t>(c - 'A' + 10);
            else
                return false;
        }
        return true;
    };
    skipSpace();
    if (i >= json.size() || json[i++] != '[')
        return {};
    skipSpace();
    if (i < json.size() && json[i] == ']')
        return items;
    for (;;) {
        skipSpace();
        if (i >= json.size() || json[i++] != '"')
            return {};
        std::string item;
        for (;;) {
            if (i >= json.size())
                return {};
            const char c = json[i++];
            if (c == '"')
                break;
            if (c != '\\') {
                item.push_back(c);
                continue;
            }
            if (i >= json.size())
                return {};
            const char e = json[i++];
            switch (e) {
            case '"':
            case '\\':
            case '/':
                item.push_back(e);
                break;
            case 'b':
                item.push_back('\b');
                break;
            case 'f':
                item.push_back('\f');
                break;
            case 'n':
                item.push_back('\n');
                break;
            case 'r':
                item.push_back('\r');
                break;
            case 't':
                item.push_back('\t');
                break;
            case 'u': {
                uint32_t code = 0;
                if (!hex4(&code))
                    return {};
                if (code >= 0xD800 && code <= 0xDBFF && json.substr(i, 2) == "\\u") {
                    i += 2;
                    uint32_t low = 0;
                    if (!hex4(&low) || low < 0xDC00 || low > 0xDFFF)
                        return {};
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else if (code >= 0xD800 && code <= 0xDFFF) {
                    return {};
                }
                appendUtf8(&item, code);
                break;
            }
            default:
                return {};
            }
        }
        items.push_back(std::move(item));
        skipSpace();
        if (i >= json.size())
            return {};
        const char c = json[i++];
        if (c == ']')
            return items;
        if (c != ',')
            return {};
    }
}

Dataset readDataset(const Use &use)
{
    Dataset d;
    d.identifier = use.text(0);
    d.title = {use.text(1), use.text(2)};
    d.description = {use.text(3), use.text(4)};
    d.keywords = parseJsonArray(use.text(5));
    d.publisher = use.text(6);
    d.theme = use.text(7);
    parseLevel(use.text(8), &d.level);
    d.license = use.text(9);
    parseAccess(use.text(10), &d.access);
    d.formats = parseJsonArray(use.text(11));
    d.byteSize = static_cast<uint64_t>(std::max<int64_t>(0, use.int64(12)));
    d.recordCount = static_cast<uint64_t>(std::max<int64_t>(0, use.int64(13)));
    d.temporalStart = use.text(14);
    d.temporalEnd = use.text(15);
    d.updateFrequency = use.text(16);
    parseAnnotation(use.text(17), &d.annotation);
    d.issued = use.text(18);
    d.modified = use.text(19);
    d.landingPage = use.text(20);
    d.source = use.text(21);
    return d;
}

// A piece of query text with its bound values, in order ('?' placeholders).
struct Sql
{
    std::string text;
    std::vector<std::variant<std::string, int64_t>> values;

    Sql &operator<<(std::string_view fixed)
    {
        text += fixed;
        return *this;
    }
    Sql &bind(std::string value)
    {
        text += '?';
        values.emplace_back(std::move(value));
        return *this;
    }
    Sql &bind(int64_t value)
    {
        text += '?';
        values.emplace_back(value);
        return *this;
    }
};

// The words of a query's text: whitespace (ASCII, and the ideographic space
// CJK input methods type) and control characters separate them; double
// quotes are dropped, so no word can close the phrase it is quoted in.
std::vector<std::string> termsOf(std::string_view text)
{
    std::vector<std::string> terms;
    std::string current;
    auto flush = [&] {
        if (!current.empty() && terms.size() < kMaxTerms)
            terms.push_back(current);
        current.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c <= 0x20 || c == 0x7F) {
            flush();
        } else if (c == '"') {
            continue;
        } else if (text.substr(i, 3) == "\xE3\x80\x80") { // U+3000
            flush();
            i += 2;
        } else {
            current.push_back(static_cast<char>(c));
        }
    }
    flush();
    return terms;
}

std::string likePattern(std::string_view term)
{
    std::string out = "%";
    for (const char c : term) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '%';
    return out;
}

// The facet fields, their columns and the query's filter on each.
enum class Field { Theme, Level, Publisher, Format, Annotation, License, Access };

struct FieldInfo
{
    Field field;
    const char *name;   // Facet::field
    const char *column; // in dataset_item d; formats has its own SQL
    int scanColumn;     // in the facet scan's rows
    const std::vector<std::string> DatasetQuery::*values;
};

constexpr FieldInfo kFields[] = {
    {Field::Theme, "theme", "d.theme", 0, &DatasetQuery::themes},
    {Field::Level, "level", "d.level", 1, &DatasetQuery::levels},
    {Field::Publisher, "publisher", "d.publisher", 2, &DatasetQuery::publishers},
    {Field::Format, "format", nullptr, 3, &DatasetQuery::formats},
    {Field::Annotation, "annotation", "d.annotation", 4, &DatasetQuery::annotations},
    {Field::License, "license", "d.license", 5, &DatasetQuery::licenses},
    {Field::Access, "access", "d.access", 6, &DatasetQuery::access},
};

void appendList(Sql &sql, const std::vector<std::string> &values)
{
    sql << "(";
    for (size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            sql << ", ";
        sql.bind(values[i]);
    }
    sql << ")";
}

struct TextMatch
{
    std::string fts;                   // the MATCH expression; empty: none
    std::vector<std::string> patterns; // LIKE patterns of the shorter words
};

TextMatch textMatchOf(std::string_view text)
{
    TextMatch match;
    for (const std::string &term : termsOf(text)) {
        // trigram finds substrings of 3+ characters; shorter ones match nothing there.
        if (statstext::characterCount(term) >= 3) {
            if (!match.fts.empty())
                match.fts += ' ';
            match.fts += '"' + term + '"'; // a phrase each: FTS syntax in it is plain text
        } else {
            match.patterns.push_back(likePattern(term));
        }
    }
    return match;
}

// " AND ..." for the text's words (the FTS part only when `withFts`).
void appendTextConditions(Sql &sql, const TextMatch &match, bool withFts)
{
    if (withFts && !match.fts.empty()) {
        sql << " AND d.id IN (SELECT rowid FROM dataset_fts WHERE dataset_fts MATCH ";
        sql.bind(match.fts) << ")";
    }
    for (const std::string &pattern : match.patterns) {
        sql << " AND (";
        for (const char *column :
             {"d.title_zh", "d.title_en", "d.description_zh", "d.description_en"}) {
            sql << column << " LIKE ";
            sql.bind(pattern) << " ESCAPE '\\' OR ";
        }
        sql << "EXISTS(SELECT 1 FROM json_each(d.keywords) WHERE value LIKE ";
        sql.bind(pattern) << " ESCAPE '\\'))";
    }
}

// " AND ..." for every filter of the query.
void appendFilterConditions(Sql &sql, const DatasetQuery &query)
{
    for (const FieldInfo &info : kFields) {
        const std::vector<std::string> &values = query.*info.values;
        if (values.empty())
            continue;
        if (info.field == Field::Format) {
            sql << " AND EXISTS(SELECT 1 FROM json_each(d.formats) WHERE value IN ";
            appendList(sql, values);
            sql << ")";
        } else {
            sql << " AND " << info.column << " IN ";
            appendList(sql, values);
        }
    }
}

void appendOrder(Sql &sql, const DatasetQuery &query)
{
    using Sort = DatasetQuery::Sort;
    switch (query.sort) {
    case Sort::TitleAsc:
        if (query.titleInChinese)
            sql << " ORDER BY CASE WHEN d.title_zh <> '' THEN d.title_zh ELSE d.title_en END";
        else
            sql << " ORDER BY CASE WHEN d.title_en <> '' THEN d.title_en ELSE d.title_zh END "
                   "COLLATE NOCASE";
        break;
    case Sort::IssuedDesc:
        sql << " ORDER BY d.issued = '', d.issued DESC";
        break;
    case Sort::SizeDesc:
        sql << " ORDER BY d.byte_size DESC";
        break;
    case Sort::RecordsDesc:
        sql << " ORDER BY d.record_count DESC";
        break;
    case Sort::Relevance: // with a full-text match, the caller orders by rank first
    case Sort::ModifiedDesc:
        sql << " ORDER BY d.modified = '', d.modified DESC";
        break;
    }
    sql << ", d.identifier"; // unique: pages never overlap or skip
}

} // namespace

struct DatasetIndex::Statements
{
    Statement upsert;
    Statement deleteOrigin;
    Statement get;
    Statement count;
    Statement themeTotals;
    Statement issuedPerYear;
    bool ready = false;
    // Query shapes seen (text -> statement): a panel repeats a few shapes.
    std::map<std::string, Statement, std::less<>> cached;
};

DatasetIndex::DatasetIndex(sqlite3 *db)
    : m_db(db)
    , m_stmts(new Statements)
{
}

DatasetIndex::~DatasetIndex()
{
    delete m_stmts;
}

Status DatasetIndex::ensureSchema(sqlite3 *db)
{
    Status s = execSql(db, kSchema, "create the dataset tables");
    if (!s.ok() && (s.message().find("fts5") != std::string::npos ||
                    s.message().find("trigram") != std::string::npos))
        return Status::error(s.message() +
                             " (the dataset catalog needs SQLite 3.34 or later with FTS5)");
    return s;
}

Status DatasetIndex::prepare()
{
    Statements &s = *m_stmts;
    if (s.ready)
        return {};
    const std::string getSql =
        std::string("SELECT ") + kColumns + " FROM dataset_item d WHERE d.identifier = ?1";
    const std::pair<Statement *, std::string> items[] = {
        {&s.upsert, kUpsertSql},
        {&s.deleteOrigin, "DELETE FROM dataset_item WHERE origin = ?1"},
        {&s.get, getSql},
        {&s.count, "SELECT count(*) FROM dataset_item"},
        {&s.themeTotals, "SELECT CASE WHEN theme = '' THEN 'other' ELSE theme END AS t, count(*), "
                         "total(byte_size) FROM dataset_item GROUP BY t ORDER BY count(*) DESC, t"},
        {&s.issuedPerYear, "SELECT CAST(substr(issued, 1, 4) AS INTEGER) AS y, count(*) "
                           "FROM dataset_item WHERE issued <> '' GROUP BY y ORDER BY y"},
    };
    for (const auto &[statement, sql] : items) {
        if (Status status = statement->prepare(m_db, sql, "dataset statement"); !status.ok()) {
            if (status.message().find("no such table") != std::string::npos)
                return Status::error(status.message() +
                                     " (DatasetIndex::ensureSchema() creates the tables)");
            return status;
        }
    }
    s.ready = true;
    return {};
}

Status DatasetIndex::write(const std::string &origin,
                           const std::vector<Dataset> &datasets,
                           bool replace,
                           size_t *refused)
{
    if (refused)
        *refused = 0;
    const std::string what = (replace ? "replace datasets of " : "add datasets to ") + origin;
    if (origin.empty() || !statstext::isUtf8(origin))
        return Status::error("datasets: the origin must be non-empty UTF-8 text");
    if (Status s = prepare(); !s.ok())
        return s;
    Transaction transaction(m_db);
    if (Status s = transaction.begin(what); !s.ok())
        return s;
    if (replace) {
        Use use(m_stmts->deleteOrigin);
        use.bindTextCopy(1, origin);
        if (use.step() != SQLITE_DONE)
            return sqliteError(m_db, what);
    }
    size_t refusedCount = 0;
    for (const Dataset &d : datasets) {
        if (!validateDataset(d).empty()) {
            ++refusedCount;
            continue;
        }
        Use use(m_stmts->upsert);
        const std::string keywords = jsonArray(d.keywords);
        const std::string formats = jsonArray(d.formats);
        const std::string_view texts[] = {d.identifier,     origin,
                                          d.title.zh,       d.title.en,
                                          d.description.zh, d.description.en,
                                          keywords,         d.publisher,
                                          d.theme,          levelKey(d.level),
                                          d.license,        accessKey(d.access),
                                          formats};
        int index = 1;
        for (const std::string_view text : texts)
            use.bindTextCopy(index++, text);
        use.bind(index++, static_cast<int64_t>(d.byteSize));
        use.bind(index++, static_cast<int64_t>(d.recordCount));
        for (const std::string_view text :
             {std::string_view(d.temporalStart), std::string_view(d.temporalEnd),
              std::string_view(d.updateFrequency), annotationKey(d.annotation),
              std::string_view(d.issued), std::string_view(d.modified),
              std::string_view(d.landingPage), std::string_view(d.source)})
            use.bindTextCopy(index++, text);
        if (use.step() != SQLITE_DONE)
            return sqliteError(m_db, what + ": " + d.identifier);
    }
    if (Status s = transaction.commit(what); !s.ok())
        return s;
    if (refused)
        *refused = refusedCount;
    return {};
}

Status DatasetIndex::replaceOrigin(const std::string &origin,
                                   const std::vector<Dataset> &datasets,
                                   size_t *refused)
{
    return write(origin, datasets, true, refused);
}

Status DatasetIndex::upsert(const std::string &origin,
                            const std::vector<Dataset> &datasets,
                            size_t *refused)
{
    return write(origin, datasets, false, refused);
}

namespace {

// Runs sql through the statement cache, calling row(use) for each row.
template<typename Row>
Status runCached(sqlite3 *db,
                 std::map<std::string, Statement, std::less<>> &cache,
                 const Sql &sql,
                 Row row)
{
    auto it = cache.find(sql.text);
    if (it == cache.end()) {
        if (cache.size() >= kMaxCachedQueries)
            cache.clear();
        it = cache.try_emplace(sql.text).first;
        if (Status s = it->second.prepare(db, sql.text, "dataset query"); !s.ok()) {
            cache.erase(it);
            return s;
        }
    }
    Use use(it->second);
    int index = 1;
    for (const auto &value : sql.values) {
        const int rc = std::holds_alternative<int64_t>(value)
                           ? use.bind(index, std::get<int64_t>(value))
                           : use.bindTextCopy(index, std::get<std::string>(value));
        if (rc != SQLITE_OK)
            return sqliteError(db, "dataset query: bind");
        ++index;
    }
    for (;;) {
        const int rc = use.step();
        if (rc == SQLITE_DONE)
            return {};
        if (rc != SQLITE_ROW)
            return sqliteError(db, "dataset query");
        row(use);
    }
}

} // namespace

Result<DatasetPage> DatasetIndex::query(const DatasetQuery &query)
{
    if (query.limit < 1 || query.limit > 1000)
        return Status::error("dataset query: the page size must be 1 to 1000, not " +
                             std::to_string(query.limit));
    for (const FieldInfo &info : kFields) {
        if ((query.*info.values).size() > kMaxFilterValues)
            return Status::error(std::string("dataset query: more than ") +
                                 std::to_string(kMaxFilterValues) + " " + info.name +
                                 " values to filter by");
    }
    if (Status s = prepare(); !s.ok())
        return s;
    const TextMatch match = textMatchOf(query.text);
    DatasetPage page;

    // The page.
    Sql sql;
    const bool ranked = query.sort == DatasetQuery::Sort::Relevance && !match.fts.empty();
    sql << "SELECT " << kColumns << " FROM dataset_item d";
    if (ranked) {
        sql << " JOIN (SELECT rowid AS rid, " << kRank
            << " AS score FROM dataset_fts WHERE dataset_fts MATCH ";
        sql.bind(match.fts) << ") f ON f.rid = d.id";
    }
    sql << " WHERE 1";
    appendTextConditions(sql, match, !ranked);
    appendFilterConditions(sql, query);
    if (ranked) {
        sql << " ORDER BY f.score, d.modified DESC, d.identifier";
    } else {
        appendOrder(sql, query);
    }
    sql << " LIMIT ";
    sql.bind(int64_t(query.limit)) << " OFFSET ";
    sql.bind(int64_t(query.offset));
    if (Status s = runCached(m_db, m_stmts->cached, sql,
                             [&](const Use &use) { page.datasets.push_back(readDataset(use)); });
        !s.ok())
        return s;

    if (!query.withFacets) {
        Sql total;
        total << "SELECT count(*) FROM dataset_item d WHERE 1";
        appendTextConditions(total, match, true);
        appendFilterConditions(total, query);
        if (Status s = runCached(
                m_db, m_stmts->cached, total,
                [&](const Use &use) { page.total = static_cast<uint32_t>(use.int64(0)); });
            !s.ok())
            return s;
        return page;
    }

    // The total and the facets from one pass over the rows matching the
    // text: a row that passes every filter counts in every facet; one that
    // fails a single filter counts in that filter's facet alone (a facet
    // applies every filter but its own); any other counts nowhere. One scan
    // instead of a GROUP BY per field, each evaluating the text match again.
    constexpr size_t kFieldCount = std::size(kFields);
    std::array<std::vector<std::string_view>, kFieldCount> filters;
    for (size_t f = 0; f < kFieldCount; ++f) {
        for (const std::string &value : query.*kFields[f].values)
            filters[f].push_back(value);
        std::sort(filters[f].begin(), filters[f].end());
    }
    auto passes = [&](size_t f, std::string_view value) {
        return std::binary_search(filters[f].begin(), filters[f].end(), value);
    };
    std::array<std::map<std::string, uint32_t, std::less<>>, kFieldCount> counts;
    auto add = [&](size_t f, std::string_view value) {
        auto &field = counts[f];
        if (auto it = field.find(value); it != field.end())
            ++it->second;
        else
            field.emplace(value, 1);
    };
    uint32_t matching = 0;
    Sql scan;
    scan << "SELECT d.theme, d.level, d.publisher, d.formats, d.annotation, d.license, d.access "
            "FROM dataset_item d WHERE 1";
    appendTextConditions(scan, match, true);
    std::vector<std::string> formats;
    auto countRow = [&](const Use &use) {
        formats = parseJsonArray(use.textView(3));
        std::sort(formats.begin(), formats.end());
        formats.erase(std::unique(formats.begin(), formats.end()), formats.end());
        std::array<bool, kFieldCount> pass{};
        size_t failed = 0;
        size_t failedField = 0;
        for (size_t f = 0; f < kFieldCount; ++f) {
            if (filters[f].empty()) {
                pass[f] = true;
            } else if (kFields[f].field == Field::Format) {
                pass[f] = std::any_of(formats.begin(), formats.end(),
                                      [&](const std::string &v) { return passes(f, v); });
            } else {
                pass[f] = passes(f, use.textView(kFields[f].scanColumn));
            }
            if (!pass[f]) {
                ++failed;
                failedField = f;
            }
        }
        if (failed > 1)
            return;
        if (failed == 0)
            ++matching;
        for (size_t f = 0; f < kFieldCount; ++f) {
            if (failed == 1 && f != failedField)
                continue;
            if (kFields[f].field == Field::Format) {
                for (const std::string &format : formats) {
                    if (!format.empty())
                        add(f, format);
                }
            } else if (const std::string_view value = use.textView(kFields[f].scanColumn);
                       !value.empty()) {
                add(f, value);
            }
        }
    };
    if (Status s = runCached(m_db, m_stmts->cached, scan, countRow); !s.ok())
        return s;
    page.total = matching;
    for (size_t f = 0; f < kFieldCount; ++f) {
        Facet out;
        out.field = kFields[f].name;
        out.counts.reserve(counts[f].size());
        for (auto &[value, count] : counts[f])
            out.counts.push_back({value, count});
        std::sort(out.counts.begin(), out.counts.end(),
                  [](const FacetCount &a, const FacetCount &b) {
                      return a.count != b.count ? a.count > b.count : a.value < b.value;
                  });
        page.facets.push_back(std::move(out));
    }
    return page;
}

Result<Dataset> DatasetIndex::get(const std::string &identifier)
{
    if (Status s = prepare(); !s.ok())
        return s;
    Use use(m_stmts->get);
    use.bindTextCopy(1, identifier);
    const int rc = use.step();
    if (rc == SQLITE_ROW)
        return readDataset(use);
    if (rc == SQLITE_DONE)
        return Status::error("no dataset " + statstext::quoted(identifier));
    return sqliteError(m_db, "get dataset");
}

Result<uint32_t> DatasetIndex::count()
{
    if (Status s = prepare(); !s.ok())
        return s;
    Use use(m_stmts->count);
    if (use.step() != SQLITE_ROW)
        return sqliteError(m_db, "count datasets");
    return static_cast<uint32_t>(use.int64(0));
}

Result<std::vector<DatasetIndex::ThemeTotal>> DatasetIndex::themeTotals()
{
    if (Status s = prepare(); !s.ok())
        return s;
    std::vector<ThemeTotal> totals;
    Use use(m_stmts->themeTotals);
    int rc;
    while ((rc = use.step()) == SQLITE_ROW) {
        // total() is a double: a sum past 2^63 saturates instead of failing.
        const double bytes = use.real(2);
        const uint64_t clamped = bytes >= 1.8e19
                                     ? std::numeric_limits<uint64_t>::max()
                                     : static_cast<uint64_t>(std::max(0.0, std::round(bytes)));
        totals.push_back({use.text(0), static_cast<uint32_t>(use.int64(1)), clamped});
    }
    if (rc != SQLITE_DONE)
        return sqliteError(m_db, "datasets per theme");
    return totals;
}

Result<std::vector<DatasetIndex::YearCount>> DatasetIndex::issuedPerYear()
{
    if (Status s = prepare(); !s.ok())
        return s;
    std::vector<YearCount> years;
    Use use(m_stmts->issuedPerYear);
    int rc;
    while ((rc = use.step()) == SQLITE_ROW)
        years.push_back({static_cast<int>(use.int64(0)), static_cast<uint32_t>(use.int64(1))});
    if (rc != SQLITE_DONE)
        return sqliteError(m_db, "datasets issued per year");
    return years;
}

} // namespace scb
