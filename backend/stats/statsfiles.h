#pragma once

#include "core/status.h"
#include "stats/statistics.h"

#include <cstdint>
#include <span>
#include <string_view>

#include <string>
#include <vector>

namespace scb {

// The statistics a server serves, as read from a data folder:
//   datasets.csv  one dataset per record (columns below)
//   adoption.csv  observations of the cloud adoption series
//   industry.csv  observations of the industry output series
// CSV after RFC 4180, UTF-8 (a byte-order mark is skipped), a header row
// naming the columns (any order; every column must be there, and unknown
// columns are an error, so a typo is not silently ignored), fields quoted
// where they hold commas, quotes or line breaks. Lines starting with '#'
// before the header are comments; empty lines are skipped. Spaces around a
// field are trimmed; empty numbers and keys mean "unknown"; lists are split
// on ';' (empty parts dropped) and formats upper-cased. A dataset identifier
// given twice, or an observation with the series, period and category of an
// earlier one, is a problem on the second record, which is skipped.
//
// datasets.csv columns: identifier, title_zh, title_en, description_zh,
//   description_en, keywords (';'-separated), publisher, theme, level,
//   license, access, formats (';'-separated), byte_size, record_count,
//   temporal_start, temporal_end, update_frequency, annotation, issued,
//   modified, landing_page, source
// adoption.csv and industry.csv columns: series, period, category, value,
//   unit, source
struct StatisticsData
{
    std::vector<Dataset> datasets;
    std::vector<Observation> adoption;
    std::vector<Observation> industry;
    std::string folder; // where they were read from
    int64_t loadedUnixMs = 0;
    std::string version; // changes whenever the content does (a hash of the files)
};

// One problem found while loading: where it is, and what.
struct DataProblem
{
    std::string file;  // file name within the folder
    int line = 0;      // 1-based line where the record starts; 0: the whole file
    std::string field; // column name; empty: the record or the file
    std::string what;
    std::string text() const; // "datasets.csv:17: issued: not a date YYYY-MM-DD: 2024-13-01"
};

struct LoadResult
{
    StatisticsData data;
    std::vector<DataProblem> problems;
    // A file that is missing, unreadable, not CSV, or with a bad header
    // fails the load as a whole; a bad record is skipped (a problem each) and
    // the rest load. ok() is false when a file failed or any record was bad:
    // the server then keeps serving its last good data.
    bool ok() const { return problems.empty(); }
};

// Reads and validates the three files. Never throws; bounded: files over
// 64 MiB, records over 1 MiB, more than 100,000 records per file are
// problems, not allocations.
LoadResult loadStatistics(const std::string &folder);

// The folder of the shipped sample statistics: the source tree's
// resources/data (SCB_SAMPLE_DATA_DIR, fixed at build time) when it exists,
// else <folder of the executable>/../share/scb-dashboard/data (installed).
// The first of the two when neither exists, so an error names a real path.
std::string defaultStatisticsDataDir();

// The columns of datasets.csv, in the order the sample data writes them.
std::span<const std::string_view> datasetCsvColumns();

// RFC 4180 reading, for the loaders and their tests: the records of text,
// each with the 1-based line it starts on (CRLF, LF and a lone CR each end a
// line). A quote inside an unquoted field, text after a closing quote, an
// unterminated quoted field or a record over maxRecordBytes (its line break
// not counted) is an error naming the line: "line 7: quoted field not closed".
// Comment lines before the first record and empty lines are skipped, as above.
struct CsvRecord
{
    int line = 0;
    std::vector<std::string> fields;
};
Result<std::vector<CsvRecord>> parseCsv(std::string_view text, size_t maxRecordBytes = 1 << 20);

} // namespace scb
