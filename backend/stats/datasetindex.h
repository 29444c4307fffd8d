#pragma once

#include "core/status.h"
#include "stats/statistics.h"

#include <cstdint>
#include <string>
#include <vector>

struct sqlite3;

namespace scb {

// The dataset catalog in SQLite, searched with FTS5. One class serves both
// ends: scb-telemetryd keeps its catalog in an in-memory database, the app
// keeps its offline copy (and imported datasets) in its history file.
//
// Tables (created by ensureSchema(), all named dataset_*):
//   dataset_item(identifier PRIMARY KEY, origin, the fields as columns,
//                keywords and formats as JSON arrays)
//   dataset_fts  FTS5, tokenizer trigram (CJK has no spaces between words;
//                trigram finds any substring of 3+ characters in any script),
//                over title_zh, title_en, description_zh, description_en,
//                keywords; external content dataset_item
// Terms shorter than 3 characters (two-character Chinese words such as 气象
// are common) are matched with LIKE over the same columns instead.
// dataset_item.id is the FTS rowid; triggers keep dataset_fts in step with
// every insert, update and delete of dataset_item.
//
// `origin` tells where rows came from: "server" for the catalog fetched from
// scb-telemetryd, "import:<file name>" for rows imported by the user, "file"
// for rows loaded by the server from its data files. replaceOrigin() swaps
// one origin's rows in one transaction, leaving the others alone.
//
// Not thread-safe: one connection, one thread at a time (as SQLite's).
class DatasetIndex
{
public:
    // db stays owned by the caller and must outlive this object; its tables
    // must exist (ensureSchema()) before the first call.
    explicit DatasetIndex(sqlite3 *db);
    ~DatasetIndex();
    DatasetIndex(const DatasetIndex &) = delete;
    DatasetIndex &operator=(const DatasetIndex &) = delete;

    // Creates the tables if missing (idempotent; inside the caller's
    // migration transaction when there is one).
    static Status ensureSchema(sqlite3 *db);

    // Replaces every row of `origin` with `datasets` (validated: invalid
    // ones are refused, counted in *refused when given, and do not stop the
    // rest). A dataset whose identifier another origin holds replaces it.
    Status replaceOrigin(const std::string &origin,
                         const std::vector<Dataset> &datasets,
                         size_t *refused = nullptr);
    // Adds or replaces datasets under `origin`, keeping the origin's others.
    Status upsert(const std::string &origin,
                  const std::vector<Dataset> &datasets,
                  size_t *refused = nullptr);

    // The query's page, total and facets. The text is plain words, never
    // FTS5 syntax: split on whitespace (the ideographic space too) and
    // control characters, double quotes dropped, the first 32 words kept;
    // every word must occur (as a substring, ASCII case ignored) in a title,
    // description or keyword. So no text is an error. Facets leave out empty
    // values. Errors: limit outside 1..1000, more than 256 values in one
    // filter, SQLite failing.
    Result<DatasetPage> query(const DatasetQuery &query);
    Result<Dataset> get(const std::string &identifier); // an error when there is none
    Result<uint32_t> count();
    // Datasets and bytes per theme (largest first; no theme counts as
    // "other"), and datasets issued per year (by year; no date: left out),
    // over every row: what the catalog's charts show.
    struct ThemeTotal
    {
        std::string theme;
        uint32_t datasets = 0;
        uint64_t bytes = 0;
    };
    struct YearCount
    {
        int year = 0;
        uint32_t datasets = 0; // issued that year
    };
    Result<std::vector<ThemeTotal>> themeTotals();
    Result<std::vector<YearCount>> issuedPerYear();

private:
    struct Statements;
    // Prepares the fixed statements on first use (the tables must exist).
    Status prepare();
    Status write(const std::string &origin,
                 const std::vector<Dataset> &datasets,
                 bool replace,
                 size_t *refused);

    sqlite3 *m_db;
    Statements *m_stmts = nullptr;
};

} // namespace scb
