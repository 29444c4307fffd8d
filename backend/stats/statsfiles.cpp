#include "stats/statsfiles.h"

#include "stats/statstext.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <system_error>
#include <unordered_map>

namespace scb {

namespace {

using statstext::quoted;
using statstext::trimmed;

constexpr uint64_t kMaxFileBytes = 64ull << 20;
constexpr size_t kMaxRecordBytes = 1 << 20;
constexpr size_t kMaxRecords = 100'000;

struct CsvError
{
    int line = 0;
    std::string what;
};

// RFC 4180 records one at a time, so that a loader holds one record's
// fields, never the whole file's.
class CsvReader
{
public:
    CsvReader(std::string_view text, size_t maxRecordBytes)
        : m_text(text)
        , m_maxRecordBytes(maxRecordBytes)
    {
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF")
            m_pos = 3;
    }

    // The next record in *record; false at the end or on an error (then
    // error() says which).
    bool next(CsvRecord *record)
    {
        if (m_error)
            return false;
        skipBlankAndCommentLines();
        if (m_pos >= m_text.size())
            return false;
        m_seenRecord = true;
        record->line = m_line;
        record->fields.clear();
        const size_t start = m_pos;
        const int startLine = m_line;
        auto tooLong = [&] {
            fail(startLine, "record longer than " + std::to_string(m_maxRecordBytes) + " bytes");
            return false;
        };
        for (;;) {
            std::string field;
            if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                const int quoteLine = m_line;
                ++m_pos;
                for (;;) {
                    const size_t quote = m_text.find('"', m_pos);
                    const size_t end = quote == std::string_view::npos ? m_text.size() : quote;
                    if (end - start > m_maxRecordBytes)
                        return tooLong();
                    countLineBreaks(m_text.substr(m_pos, end - m_pos));
                    field.append(m_text.substr(m_pos, end - m_pos));
                    if (quote == std::string_view::npos) {
                        fail(quoteLine, "quoted field not closed");
                        return false;
                    }
                    m_pos = quote + 1;
                    if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                        field.push_back('"');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                if (m_pos < m_text.size() && !isSeparator(m_text[m_pos])) {
                    fail(m_line, "text after the closing quote of a field");
                    return false;
                }
            } else {
                const size_t end = std::min(m_text.find_first_of(",\r\n", m_pos), m_text.size());
                if (end - start > m_maxRecordBytes)
                    return tooLong();
                const std::string_view raw = m_text.substr(m_pos, end - m_pos);
                if (raw.find('"') != std::string_view::npos) {
                    fail(m_line, "quote inside an unquoted field");
                    return false;
                }
                field.assign(raw);
                m_pos = end;
            }
            record->fields.push_back(std::move(field));
            if (m_pos >= m_text.size())
                return true;
            const char c = m_text[m_pos++];
            if (c == ',')
                continue;
            // A line break ends the record: CRLF, LF or a lone CR.
            if (c == '\r' && m_pos < m_text.size() && m_text[m_pos] == '\n')
                ++m_pos;
            ++m_line;
            return true;
        }
    }

    const std::optional<CsvError> &error() const { return m_error; }

private:
    static bool isSeparator(char c) { return c == ',' || c == '\r' || c == '\n'; }

    void fail(int line, std::string what) { m_error = CsvError{line, std::move(what)}; }

    void countLineBreaks(std::string_view text)
    {
        for (size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n' ||
                (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
                ++m_line;
        }
    }

    // Empty lines anywhere, and lines starting with '#' before the first
    // record (the header).
    void skipBlankAndCommentLines()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\r' || c == '\n') {
                ++m_pos;
                if (c == '\r' && m_pos < m_text.size() && m_text[m_pos] == '\n')
                    ++m_pos;
                ++m_line;
            } else if (c == '#' && !m_seenRecord) {
                const size_t end = m_text.find_first_of("\r\n", m_pos);
                m_pos = end == std::string_view::npos ? m_text.size() : end;
            } else {
                return;
            }
        }
    }

    std::string_view m_text;
    size_t m_maxRecordBytes;
    size_t m_pos = 0;
    int m_line = 1;
    bool m_seenRecord = false;
    std::optional<CsvError> m_error;
};

constexpr std::array<std::string_view, 22> kDatasetColumns = {"identifier",
                                                              "title_zh",
                                                              "title_en",
                                                              "description_zh",
                                                              "description_en",
                                                              "keywords",
                                                              "publisher",
                                                              "theme",
                                                              "level",
                                                              "license",
                                                              "access",
                                                              "formats",
                                                              "byte_size",
                                                              "record_count",
                                                              "temporal_start",
                                                              "temporal_end",
                                                              "update_frequency",
                                                              "annotation",
                                                              "issued",
                                                              "modified",
                                                              "landing_page",
                                                              "source"};
enum DatasetColumn {
    DIdentifier,
    DTitleZh,
    DTitleEn,
    DDescriptionZh,
    DDescriptionEn,
    DKeywords,
    DPublisher,
    DTheme,
    DLevel,
    DLicense,
    DAccess,
    DFormats,
    DByteSize,
    DRecordCount,
    DTemporalStart,
    DTemporalEnd,
    DUpdateFrequency,
    DAnnotation,
    DIssued,
    DModified,
    DLandingPage,
    DSource,
};

constexpr std::array<std::string_view, 6> kObservationColumns = {"series", "period", "category",
                                                                 "value",  "unit",   "source"};
enum ObservationColumn { OSeries, OPeriod, OCategory, OValue, OUnit, OSource };

// Where each expected column is in the file's records.
template<size_t N> struct ColumnMap
{
    std::array<size_t, N> index{};
    size_t count = 0; // the header's fields
};

// Problems with the header go to *problems; false when the file cannot be read on.
template<size_t N>
bool mapColumns(const CsvRecord &header,
                const std::array<std::string_view, N> &names,
                const std::string &file,
                ColumnMap<N> *map,
                std::vector<DataProblem> *problems)
{
    constexpr size_t kMissing = static_cast<size_t>(-1);
    map->index.fill(kMissing);
    map->count = header.fields.size();
    bool ok = true;
    for (size_t i = 0; i < header.fields.size(); ++i) {
        const std::string_view name = trimmed(header.fields[i]);
        const auto it = std::find(names.begin(), names.end(), name);
        if (name.empty()) {
            problems->push_back({file, header.line, {}, "a column without a name"});
            ok = false;
        } else if (it == names.end()) {
            problems->push_back({file, header.line, quoted(name), "unknown column"});
            ok = false;
        } else if (map->index[it - names.begin()] != kMissing) {
            problems->push_back({file, header.line, std::string(name), "column given twice"});
            ok = false;
        } else {
            map->index[it - names.begin()] = i;
        }
    }
    for (size_t c = 0; c < N; ++c) {
        if (map->index[c] == kMissing) {
            problems->push_back({file, header.line, std::string(names[c]), "missing column"});
            ok = false;
        }
    }
    return ok;
}

// A record's problem: "field: what" as validate*() gives it, split.
DataProblem recordProblem(const std::string &file, int line, const std::string &message)
{
    const size_t colon = message.find(": ");
    if (colon == std::string::npos)
        return {file, line, {}, message};
    return {file, line, message.substr(0, colon), message.substr(colon + 2)};
}

// Empty: 0. Otherwise decimal digits only.
bool parseCount(std::string_view text, uint64_t *value)
{
    *value = 0;
    if (text.empty())
        return true;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
    return ec == std::errc() && end == text.data() + text.size();
}

bool parseNumber(std::string_view text, double *value)
{
    if (text.empty())
        return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
    return ec == std::errc() && end == text.data() + text.size();
}

// ';'-separated, each part trimmed, empty parts dropped.
std::vector<std::string> splitList(std::string_view text, bool upperCase)
{
    std::vector<std::string> out;
    size_t from = 0;
    while (from <= text.size()) {
        const size_t end = std::min(text.find(';', from), text.size());
        const std::string_view part = trimmed(text.substr(from, end - from));
        if (!part.empty()) {
            std::string item(part);
            if (upperCase) {
                for (char &c : item) {
                    if (c >= 'a' && c <= 'z')
                        c = static_cast<char>(c - 'a' + 'A');
                }
            }
            out.push_back(std::move(item));
        }
        from = end + 1;
    }
    return out;
}

// A record as a dataset; the first problem in *problem when it is not one.
std::optional<Dataset> toDataset(const CsvRecord &record,
                                 const ColumnMap<kDatasetColumns.size()> &map,
                                 std::string *problem)
{
    auto field = [&](DatasetColumn column) {
        return trimmed(record.fields[map.index[column]]);
    };
    Dataset d;
    d.identifier = field(DIdentifier);
    d.title = {std::string(field(DTitleZh)), std::string(field(DTitleEn))};
    d.description = {std::string(field(DDescriptionZh)), std::string(field(DDescriptionEn))};
    d.keywords = splitList(field(DKeywords), false);
    d.publisher = field(DPublisher);
    d.theme = field(DTheme);
    if (!parseLevel(field(DLevel), &d.level)) {
        *problem = "level: not national, provincial or municipal: " + quoted(field(DLevel));
        return std::nullopt;
    }
    d.license = field(DLicense);
    if (!parseAccess(field(DAccess), &d.access)) {
        *problem = "access: not public, restricted or non-public: " + quoted(field(DAccess));
        return std::nullopt;
    }
    d.formats = splitList(field(DFormats), true);
    if (!parseCount(field(DByteSize), &d.byteSize)) {
        *problem = "byte_size: not a whole number of bytes: " + quoted(field(DByteSize));
        return std::nullopt;
    }
    if (!parseCount(field(DRecordCount), &d.recordCount)) {
        *problem = "record_count: not a whole number: " + quoted(field(DRecordCount));
        return std::nullopt;
    }
    d.temporalStart = field(DTemporalStart);
    d.temporalEnd = field(DTemporalEnd);
    d.updateFrequency = field(DUpdateFrequency);
    if (!parseAnnotation(field(DAnnotation), &d.annotation)) {
        *problem = "annotation: not raw, annotated or benchmark: " + quoted(field(DAnnotation));
        return std::nullopt;
    }
    d.issued = field(DIssued);
    d.modified = field(DModified);
    d.landingPage = field(DLandingPage);
    d.source = field(DSource);
    if (std::string invalid = validateDataset(d); !invalid.empty()) {
        *problem = std::move(invalid);
        return std::nullopt;
    }
    return d;
}

std::optional<Observation> toObservation(const CsvRecord &record,
                                         const ColumnMap<kObservationColumns.size()> &map,
                                         std::string *problem)
{
    auto field = [&](ObservationColumn column) {
        return trimmed(record.fields[map.index[column]]);
    };
    Observation o;
    o.series = field(OSeries);
    o.period = field(OPeriod);
    o.category = field(OCategory);
    if (!parseNumber(field(OValue), &o.value)) {
        *problem = field(OValue).empty() ? std::string("value: missing")
                                         : "value: not a number: " + quoted(field(OValue));
        return std::nullopt;
    }
    o.unit = field(OUnit);
    o.source = field(OSource);
    if (std::string invalid = validateObservation(o); !invalid.empty()) {
        *problem = std::move(invalid);
        return std::nullopt;
    }
    return o;
}

// Reads one file whole; a problem (line 0) when it cannot.
std::optional<std::string> readFile(const std::filesystem::path &path,
                                    const std::string &name,
                                    std::vector<DataProblem> *problems)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (status.type() == std::filesystem::file_type::not_found) {
        problems->push_back({name, 0, {}, "missing"});
        return std::nullopt;
    }
    if (ec) {
        problems->push_back({name, 0, {}, "cannot be read: " + ec.message()});
        return std::nullopt;
    }
    if (!std::filesystem::is_regular_file(status)) {
        problems->push_back({name, 0, {}, "not a regular file"});
        return std::nullopt;
    }
    const uint64_t size = std::filesystem::file_size(path, ec);
    if (ec) {
        problems->push_back({name, 0, {}, "cannot be read: " + ec.message()});
        return std::nullopt;
    }
    if (size > kMaxFileBytes) {
        problems->push_back({name, 0, {}, "larger than 64 MiB"});
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problems->push_back({name, 0, {}, "cannot be opened"});
        return std::nullopt;
    }
    // Read at most the limit, whatever the file grew to since it was measured.
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<size_t>(in.gcount()));
    if (in.bad()) {
        problems->push_back({name, 0, {}, "cannot be read"});
        return std::nullopt;
    }
    return bytes;
}

// FNV-1a, 64 bits.
void hashBytes(uint64_t *hash, std::string_view bytes)
{
    uint64_t h = *hash;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ull;
    }
    *hash = h;
}

// Reads the records of one file through `take` (called with each data
// record); false when the file failed as a whole (problems say why).
template<size_t N, typename Take>
bool readRecords(std::string_view text,
                 const std::string &name,
                 const std::array<std::string_view, N> &columns,
                 std::vector<DataProblem> *problems,
                 Take take)
{
    CsvReader reader(text, kMaxRecordBytes);
    CsvRecord record;
    if (!reader.next(&record)) {
        if (const auto &error = reader.error())
            problems->push_back({name, error->line, {}, error->what});
        else
            problems->push_back({name, 0, {}, "no header row"});
        return false;
    }
    ColumnMap<N> map;
    if (!mapColumns(record, columns, name, &map, problems))
        return false;
    size_t records = 0;
    while (reader.next(&record)) {
        if (++records > kMaxRecords) {
            problems->push_back(
                {name, record.line, {}, "more than " + std::to_string(kMaxRecords) + " records"});
            return false;
        }
        if (record.fields.size() != map.count) {
            problems->push_back({name,
                                 record.line,
                                 {},
                                 std::to_string(record.fields.size()) +
                                     " fields where the header has " + std::to_string(map.count)});
            continue;
        }
        take(record, map);
    }
    if (const auto &error = reader.error()) {
        problems->push_back({name, error->line, {}, error->what});
        return false;
    }
    return true;
}

void loadObservations(std::string_view text,
                      const std::string &name,
                      std::vector<Observation> *out,
                      std::vector<DataProblem> *problems)
{
    // series, period, category -> the line that gave it first
    std::unordered_map<std::string, int> seen;
    const bool ok =
        readRecords(text, name, kObservationColumns, problems,
                    [&](const CsvRecord &record, const ColumnMap<kObservationColumns.size()> &map) {
                        std::string problem;
                        std::optional<Observation> o = toObservation(record, map, &problem);
                        if (!o) {
                            problems->push_back(recordProblem(name, record.line, problem));
                            return;
                        }
                        std::string key = o->series + '\n' + o->period + '\n' + o->category;
                        const auto [it, fresh] = seen.emplace(std::move(key), record.line);
                        if (!fresh) {
                            problems->push_back({name,
                                                 record.line,
                                                 {},
                                                 "the same series, period and category as line " +
                                                     std::to_string(it->second)});
                            return;
                        }
                        out->push_back(std::move(*o));
                    });
    if (!ok)
        out->clear();
}

void loadDatasets(std::string_view text,
                  const std::string &name,
                  std::vector<Dataset> *out,
                  std::vector<DataProblem> *problems)
{
    std::unordered_map<std::string, int> seen; // identifier -> its line
    const bool ok = readRecords(
        text, name, kDatasetColumns, problems,
        [&](const CsvRecord &record, const ColumnMap<kDatasetColumns.size()> &map) {
            std::string problem;
            std::optional<Dataset> d = toDataset(record, map, &problem);
            if (!d) {
                problems->push_back(recordProblem(name, record.line, problem));
                return;
            }
            const auto [it, fresh] = seen.emplace(d->identifier, record.line);
            if (!fresh) {
                problems->push_back(
                    {name, record.line, "identifier",
                     "already given on line " + std::to_string(it->second) + ": " + d->identifier});
                return;
            }
            out->push_back(std::move(*d));
        });
    if (!ok)
        out->clear();
}

} // namespace

std::span<const std::string_view> datasetCsvColumns()
{
    return kDatasetColumns;
}

std::string DataProblem::text() const
{
    std::string out = file;
    if (line > 0)
        out += ':' + std::to_string(line);
    out += ": ";
    if (!field.empty())
        out += field + ": ";
    out += what;
    return out;
}

Result<std::vector<CsvRecord>> parseCsv(std::string_view text, size_t maxRecordBytes)
{
    CsvReader reader(text, maxRecordBytes);
    std::vector<CsvRecord> records;
    CsvRecord record;
    while (reader.next(&record))
        records.push_back(std::move(record));
    if (const auto &error = reader.error())
        return Status::error("line " + std::to_string(error->line) + ": " + error->what);
    return records;
}

LoadResult loadStatistics(const std::string &folder)
{
    LoadResult result;
    StatisticsData &data = result.data;
    data.folder = folder;
    data.loadedUnixMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    uint64_t hash = 0xcbf29ce484222325ull;
    struct File
    {
        const char *name;
        void (*load)(std::string_view,
                     const std::string &,
                     StatisticsData *,
                     std::vector<DataProblem> *);
    };
    static constexpr File kFiles[] = {
        {"datasets.csv",
         [](std::string_view text, const std::string &name, StatisticsData *d,
            std::vector<DataProblem> *problems) {
             loadDatasets(text, name, &d->datasets, problems);
         }},
        {"adoption.csv",
         [](std::string_view text, const std::string &name, StatisticsData *d,
            std::vector<DataProblem> *problems) {
             loadObservations(text, name, &d->adoption, problems);
         }},
        {"industry.csv",
         [](std::string_view text, const std::string &name, StatisticsData *d,
            std::vector<DataProblem> *problems) {
             loadObservations(text, name, &d->industry, problems);
         }},
    };
    for (const File &file : kFiles) {
        const std::string name = file.name;
        // The name and length go into the hash too: bytes moved from one
        // file to the next change the version.
        hashBytes(&hash, name);
        const std::optional<std::string> bytes =
            readFile(std::filesystem::path(folder) / name, name, &result.problems);
        if (!bytes) {
            hashBytes(&hash, std::string_view("\0missing", 8));
            continue;
        }
        const std::string length = '\0' + std::to_string(bytes->size()) + '\0';
        hashBytes(&hash, length);
        hashBytes(&hash, *bytes);
        file.load(*bytes, name, &data, &result.problems);
    }
    static constexpr char kHex[] = "0123456789abcdef";
    data.version.resize(16);
    for (int i = 0; i < 16; ++i)
        data.version[15 - i] = kHex[(hash >> (4 * i)) & 0xF];
    return result;
}

std::string defaultStatisticsDataDir()
{
    namespace fs = std::filesystem;
    std::error_code error;
    std::string compiled;
#ifdef SCB_SAMPLE_DATA_DIR
    compiled = SCB_SAMPLE_DATA_DIR;
    if (fs::is_directory(compiled, error))
        return compiled;
#endif
    const fs::path exe = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        const fs::path installed =
            (exe.parent_path() / ".." / "share" / "scb-dashboard" / "data").lexically_normal();
        if (fs::is_directory(installed, error) || compiled.empty())
            return installed.string();
    }
    return compiled.empty() ? std::string("data") : compiled;
}

} // namespace scb
