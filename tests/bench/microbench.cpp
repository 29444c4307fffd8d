// scb-microbench: Google Benchmark micro-benchmarks of the store's parts, each
// beside the naive way of doing the same on the same data, in the same run:
//   codec    seriescodec vs zstd -1 on the raw int32 series (one chip, one
//            metric, an hour at 1 Hz from the simulator)
//   append   HistoryStore::append of a 20,000-chip tick vs one SQLite row per
//            value in one transaction
//   compact  one compaction step (a segment of 600 ticks x 1,024 chips)
//   query    a chip's day at 1 Hz downsampled to 2,000 points from the
//            compacted blocks vs from a row-per-value table with an index;
//            a center's day from the rollups vs from the per-tick rows
//   catalog  a ListDatasets-style page (50 rows, total, 7 facets) over 10,000
//            datasets: DatasetIndex (FTS5 trigram, facets counted in one pass)
//            vs LIKE over the text columns and one GROUP BY per facet
// Counters report values per second (items) and bytes per value where a
// size is the point. Run: scb-microbench [--benchmark_filter=...].

#include "core/aggregates.h"
#include "sources/fleetsimulator.h"
#include "stats/datasetindex.h"
#include "store/historystore.h"
#include "store/seriescodec.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <zstd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace scb {
namespace {

constexpr int64_t kStartMs = 1'768'453'200'000; // 2026-01-15 13:00 CST: a working day
constexpr uint32_t kCodecChips = 64;
constexpr int kCodecTicks = 3600;

// A folder removed at exit.
class TempFolder
{
public:
    TempFolder()
    {
        std::string pattern = (fs::temp_directory_path() / "scb-microbench-XXXXXX").string();
        if (mkdtemp(pattern.data()))
            m_path = pattern;
    }
    ~TempFolder()
    {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    std::string file(const std::string &name) const { return (m_path / name).string(); }

private:
    fs::path m_path;
};

TempFolder &tempFolder()
{
    static TempFolder folder;
    return folder;
}

// kCodecChips chips' series of every metric over an hour, as the store's
// compaction sees them.
const std::vector<std::vector<int32_t>> &codecSeries()
{
    static const auto series = [] {
        SimulatorConfig sim;
        sim.chips = kCodecChips;
        sim.centers = 1;
        sim.seed = 11;
        FleetSimulator simulator(sim);
        std::vector<std::vector<int32_t>> out(size_t{kCodecChips} * kMetricCount);
        FleetTick tick;
        for (int i = 0; i < kCodecTicks; ++i) {
            simulator.sample(kStartMs + i * 1000LL, tick);
            for (uint32_t c = 0; c < kCodecChips; ++c) {
                for (int m = 0; m < kMetricCount; ++m)
                    out[c * kMetricCount + m].push_back(tick.columns[m][c]);
            }
        }
        return out;
    }();
    return series;
}

void BM_SeriesEncode(benchmark::State &state)
{
    const auto &series = codecSeries();
    size_t bytes = 0;
    size_t values = 0;
    for (auto _ : state) {
        bytes = 0;
        values = 0;
        for (const auto &s : series) {
            const std::string encoded = encodeSeries(s);
            bytes += encoded.size();
            values += s.size();
            benchmark::DoNotOptimize(encoded.data());
        }
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(values));
    state.counters["bytes_per_value"] = double(bytes) / double(values);
}
BENCHMARK(BM_SeriesEncode)->Unit(benchmark::kMillisecond);

void BM_SeriesEncode_NaiveZstd(benchmark::State &state)
{
    const auto &series = codecSeries();
    size_t bytes = 0;
    size_t values = 0;
    std::string out;
    for (auto _ : state) {
        bytes = 0;
        values = 0;
        for (const auto &s : series) {
            out.resize(ZSTD_compressBound(s.size() * 4));
            const size_t n = ZSTD_compress(out.data(), out.size(), s.data(), s.size() * 4, 1);
            bytes += n;
            values += s.size();
            benchmark::DoNotOptimize(out.data());
        }
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(values));
    state.counters["bytes_per_value"] = double(bytes) / double(values);
}
BENCHMARK(BM_SeriesEncode_NaiveZstd)->Unit(benchmark::kMillisecond);

void BM_SeriesDecode(benchmark::State &state)
{
    std::vector<std::string> encoded;
    size_t values = 0;
    for (const auto &s : codecSeries()) {
        encoded.push_back(encodeSeries(s));
        values += s.size();
    }
    std::vector<int32_t> out;
    for (auto _ : state) {
        for (const std::string &e : encoded) {
            if (!decodeSeries(e, out).ok())
                state.SkipWithError("decode failed");
            benchmark::DoNotOptimize(out.data());
        }
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(values));
}
BENCHMARK(BM_SeriesDecode)->Unit(benchmark::kMillisecond);

void BM_SeriesDecode_NaiveZstd(benchmark::State &state)
{
    std::vector<std::string> encoded;
    size_t values = 0;
    for (const auto &s : codecSeries()) {
        std::string out(ZSTD_compressBound(s.size() * 4), '\0');
        out.resize(ZSTD_compress(out.data(), out.size(), s.data(), s.size() * 4, 1));
        encoded.push_back(std::move(out));
        values += s.size();
    }
    std::vector<int32_t> out(kCodecTicks);
    for (auto _ : state) {
        for (const std::string &e : encoded) {
            ZSTD_decompress(out.data(), out.size() * 4, e.data(), e.size());
            benchmark::DoNotOptimize(out.data());
        }
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(values));
}
BENCHMARK(BM_SeriesDecode_NaiveZstd)->Unit(benchmark::kMillisecond);

// A fleet's ticks for the append benchmarks.
struct Fleet
{
    std::shared_ptr<const Inventory> inventory;
    std::unique_ptr<InventoryIndex> index;
    FleetSimulator simulator;
    explicit Fleet(uint32_t chips)
        : simulator([&] {
            SimulatorConfig sim;
            sim.chips = chips;
            sim.centers = 4;
            sim.seed = 5;
            return sim;
        }())
    {
        inventory = simulator.inventory();
        index = std::make_unique<InventoryIndex>(InventoryIndex::build(*inventory));
    }
};

void BM_Append(benchmark::State &state)
{
    Fleet fleet(static_cast<uint32_t>(state.range(0)));
    const std::string path = tempFolder().file("append-" + std::to_string(state.range(0)) + ".db");
    auto store = HistoryStore::open(path);
    if (!store.ok()) {
        state.SkipWithError(store.error().c_str());
        return;
    }
    FleetTick tick;
    int64_t t = kStartMs;
    for (auto _ : state) {
        state.PauseTiming();
        fleet.simulator.sample(t, tick);
        const FleetAggregates aggregates = computeAggregates(*fleet.inventory, *fleet.index, tick);
        state.ResumeTiming();
        if (!(*store)->append(tick, aggregates).ok())
            state.SkipWithError("append failed");
        t += 1000;
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * state.range(0) * kMetricCount);
}
BENCHMARK(BM_Append)->Arg(20'000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Append_NaiveRowPerValue(benchmark::State &state)
{
    Fleet fleet(static_cast<uint32_t>(state.range(0)));
    const std::string path = tempFolder().file("naive-" + std::to_string(state.range(0)) + ".db");
    sqlite3 *db = nullptr;
    sqlite3_open(path.c_str(), &db);
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> owner(db, sqlite3_close);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE sample(unix_ms "
                 "INTEGER, chip INTEGER, metric INTEGER, value INTEGER); CREATE INDEX s ON "
                 "sample(chip, metric, unix_ms);",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO sample VALUES(?,?,?,?)", -1, &insert, nullptr);
    FleetTick tick;
    int64_t t = kStartMs;
    for (auto _ : state) {
        state.PauseTiming();
        fleet.simulator.sample(t, tick);
        state.ResumeTiming();
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (uint32_t c = 0; c < tick.chipCount(); ++c) {
            for (int m = 0; m < kMetricCount; ++m) {
                sqlite3_bind_int64(insert, 1, t);
                sqlite3_bind_int64(insert, 2, c);
                sqlite3_bind_int64(insert, 3, m);
                sqlite3_bind_int64(insert, 4, tick.columns[m][c]);
                sqlite3_step(insert);
                sqlite3_reset(insert);
            }
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        t += 1000;
    }
    sqlite3_finalize(insert);
    state.SetItemsProcessed(int64_t(state.iterations()) * state.range(0) * kMetricCount);
}
BENCHMARK(BM_Append_NaiveRowPerValue)->Arg(20'000)->Unit(benchmark::kMillisecond)->UseRealTime();

// One compaction step: a closed segment of 600 ticks, one chunk of 1,024 chips.
void BM_CompactChunk(benchmark::State &state)
{
    Fleet fleet(HistoryStore::kHotChunkChips);
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const std::string path = tempFolder().file("compact-" + std::to_string(round++) + ".db");
        auto store = HistoryStore::open(path);
        FleetTick tick;
        const int64_t start = kStartMs - kStartMs % HistoryStore::kSegmentMs;
        for (int i = 0; i <= 600; ++i) { // the 601st tick closes the segment
            fleet.simulator.sample(start + i * 1000LL, tick);
            (void)(*store)->append(tick, computeAggregates(*fleet.inventory, *fleet.index, tick));
        }
        state.ResumeTiming();
        auto did = (*store)->compactStep();
        if (!did.ok() || !*did)
            state.SkipWithError("nothing compacted");
        state.PauseTiming();
        store->reset();
        std::error_code ec;
        for (const char *suffix : {"", "-wal", "-shm"})
            fs::remove(path + suffix, ec);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * 600 * HistoryStore::kHotChunkChips *
                            kMetricCount);
}
BENCHMARK(BM_CompactChunk)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

// A day of 8 chips at 1 Hz, in our store (compacted) and as rows per value.
struct DayOfChips
{
    std::string ours;
    std::string naive;
    int64_t toMs = 0;
};
const DayOfChips &dayOfChips()
{
    static const DayOfChips day = [] {
        DayOfChips d;
        d.ours = tempFolder().file("day-ours.db");
        d.naive = tempFolder().file("day-naive.db");
        Fleet fleet(8);
        auto store = HistoryStore::open(d.ours);
        sqlite3 *db = nullptr;
        sqlite3_open(d.naive.c_str(), &db);
        sqlite3_exec(db,
                     "PRAGMA journal_mode=WAL; CREATE TABLE sample(unix_ms INTEGER, chip INTEGER, "
                     "metric INTEGER, value INTEGER); CREATE INDEX s ON sample(chip, metric, "
                     "unix_ms); BEGIN;",
                     nullptr, nullptr, nullptr);
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO sample VALUES(?,?,?,?)", -1, &insert, nullptr);
        FleetTick tick;
        for (int i = 0; i < 86'400; ++i) {
            const int64_t t = kStartMs + i * 1000LL;
            fleet.simulator.sample(t, tick);
            (void)(*store)->append(tick, computeAggregates(*fleet.inventory, *fleet.index, tick));
            for (uint32_t c = 0; c < tick.chipCount(); ++c) {
                for (int m = 0; m < kMetricCount; ++m) {
                    sqlite3_bind_int64(insert, 1, t);
                    sqlite3_bind_int64(insert, 2, c);
                    sqlite3_bind_int64(insert, 3, m);
                    sqlite3_bind_int64(insert, 4, tick.columns[m][c]);
                    sqlite3_step(insert);
                    sqlite3_reset(insert);
                }
            }
            d.toMs = t;
        }
        sqlite3_finalize(insert);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        while (true) {
            auto did = (*store)->compactStep(true);
            if (!did.ok() || !*did)
                break;
        }
        return d;
    }();
    return day;
}

void BM_QueryChipDay(benchmark::State &state)
{
    const DayOfChips &d = dayOfChips();
    auto store = HistoryStore::open(d.ours, {}, true);
    if (!store.ok()) {
        state.SkipWithError(store.error().c_str());
        return;
    }
    const int points = static_cast<int>(state.range(0));
    for (auto _ : state) {
        auto r = (*store)->queryChip(3, Metric::Power, kStartMs, d.toMs, points);
        if (!r.ok())
            state.SkipWithError("query failed");
        benchmark::DoNotOptimize(r->data());
    }
}
BENCHMARK(BM_QueryChipDay)->Arg(2000)->Arg(100'000)->Unit(benchmark::kMillisecond);

// The row-per-value table, read and downsampled the same way (min / avg /
// max per bucket of (to - from) / points).
void BM_QueryChipDay_NaiveRows(benchmark::State &state)
{
    const DayOfChips &d = dayOfChips();
    sqlite3 *db = nullptr;
    sqlite3_open_v2(d.naive.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> owner(db, sqlite3_close);
    sqlite3_stmt *select = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT min(unix_ms), min(value), avg(value), max(value) FROM sample "
                       "WHERE chip = 3 AND metric = 2 AND unix_ms BETWEEN ?1 AND ?2 AND value <> "
                       "-1 GROUP BY (unix_ms - ?1) / ?3",
                       -1, &select, nullptr);
    const int64_t width = (d.toMs - kStartMs) / state.range(0) + 1;
    for (auto _ : state) {
        sqlite3_bind_int64(select, 1, kStartMs);
        sqlite3_bind_int64(select, 2, d.toMs);
        sqlite3_bind_int64(select, 3, width);
        int rows = 0;
        while (sqlite3_step(select) == SQLITE_ROW)
            ++rows;
        sqlite3_reset(select);
        benchmark::DoNotOptimize(rows);
    }
    sqlite3_finalize(select);
}
BENCHMARK(BM_QueryChipDay_NaiveRows)->Arg(2000)->Arg(100'000)->Unit(benchmark::kMillisecond);

// A center's day: the 1-minute rollups (2,000 points) beside the per-tick rows
// (100,000 points: one per tick).
void BM_QueryCenterDay(benchmark::State &state)
{
    const DayOfChips &d = dayOfChips();
    auto store = HistoryStore::open(d.ours, {}, true);
    if (!store.ok()) {
        state.SkipWithError(store.error().c_str());
        return;
    }
    const int points = static_cast<int>(state.range(0));
    for (auto _ : state) {
        auto r =
            (*store)->queryAggregate(0, AggregateField::UtilizationMean, kStartMs, d.toMs, points);
        if (!r.ok())
            state.SkipWithError("query failed");
        benchmark::DoNotOptimize(r->data());
    }
}
BENCHMARK(BM_QueryCenterDay)->Arg(2000)->Arg(100'000)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace scb

// --- catalog -------------------------------------------------------------------

namespace {

// 10,000 datasets in the shape of the shipped sample (both languages, six themes).
std::vector<scb::Dataset> generateCatalog(size_t count)
{
    const char *themesZh[] = {"旅游", "电力", "政务", "气象", "医疗", "工业"};
    const char *themes[] = {"tourism",     "electricity", "government",
                            "meteorology", "healthcare",  "industry"};
    const char *words[] = {"hourly", "monthly", "station", "load", "visitors", "cases",
                           "radar",  "grid",    "county",  "city", "survey",   "images"};
    const char *formats[] = {"CSV", "JSON", "PARQUET", "XLSX", "PNG"};
    std::mt19937 rng(42);
    std::vector<scb::Dataset> out;
    for (size_t i = 0; i < count; ++i) {
        scb::Dataset d;
        const size_t t = rng() % 6;
        d.identifier = "ds-" + std::to_string(i);
        d.title.zh = std::string("贵州") + themesZh[t] + "数据集第" + std::to_string(i) + "号";
        d.title.en = std::string("Guizhou ") + themes[t] + " " + words[rng() % 12] + " " +
                     words[rng() % 12] + " " + std::to_string(i);
        d.description.zh = std::string("关于") + themesZh[t] + "的统计数据，按月更新，覆盖全省。";
        for (int w = 0; w < 30; ++w)
            d.description.en += std::string(words[rng() % 12]) + " ";
        d.keywords = {themesZh[t], themes[t], words[rng() % 12]};
        d.publisher = "Publisher " + std::to_string(rng() % 40);
        d.theme = themes[t];
        d.level = static_cast<scb::DatasetLevel>(1 + rng() % 3);
        d.license = rng() % 2 ? "CC-BY-4.0" : "ODbL-1.0";
        d.access = static_cast<scb::AccessRights>(1 + rng() % 3);
        d.formats = {formats[rng() % 5], formats[rng() % 5]};
        d.byteSize = rng() % 1'000'000'000;
        d.recordCount = rng() % 10'000'000;
        d.annotation = static_cast<scb::AnnotationStatus>(1 + rng() % 3);
        d.issued = "20" + std::to_string(18 + rng() % 7) + "-0" + std::to_string(1 + rng() % 9) +
                   "-1" + std::to_string(rng() % 10);
        d.modified = d.issued;
        d.source = "synthetic";
        out.push_back(std::move(d));
    }
    return out;
}

struct Catalog
{
    sqlite3 *db = nullptr;
    std::unique_ptr<scb::DatasetIndex> index;
    Catalog()
    {
        sqlite3_open(":memory:", &db);
        if (!scb::DatasetIndex::ensureSchema(db).ok())
            std::abort();
        index = std::make_unique<scb::DatasetIndex>(db);
        if (!index->replaceOrigin("file", generateCatalog(10'000)).ok())
            std::abort();
    }
    ~Catalog()
    {
        index.reset();
        sqlite3_close(db);
    }
};

Catalog &catalog()
{
    static Catalog c;
    return c;
}

const char *catalogText(int which)
{
    switch (which) {
    case 1:
        return "station"; // a word of 3+ letters: FTS5
    case 2:
        return "气象"; // two characters: LIKE inside DatasetIndex too
    default:
        return "";
    }
}

void BM_CatalogQuery(benchmark::State &state)
{
    scb::DatasetQuery query;
    query.text = catalogText(int(state.range(0)));
    state.SetLabel(query.text.empty() ? "all" : query.text);
    scb::DatasetIndex &index = *catalog().index; // built once, outside the timing
    for (auto _ : state) {
        auto page = index.query(query);
        if (!page.ok())
            state.SkipWithError(page.error().c_str());
        benchmark::DoNotOptimize(page);
    }
}
BENCHMARK(BM_CatalogQuery)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

// The naive way on the same rows: LIKE '%text%' over every text column for the
// page and the total, then one GROUP BY per facet field, each repeating the scan.
void BM_CatalogQuery_NaiveLikeGroupBy(benchmark::State &state)
{
    const std::string text = catalogText(int(state.range(0)));
    state.SetLabel(text.empty() ? "all" : text);
    sqlite3 *db = catalog().db;
    const std::string match =
        "(?1 = '' OR title_zh LIKE '%' || ?1 || '%' OR title_en LIKE '%' || ?1 || '%' OR "
        "description_zh LIKE '%' || ?1 || '%' OR description_en LIKE '%' || ?1 || '%' OR "
        "keywords LIKE '%' || ?1 || '%')";
    std::vector<std::string> sqls = {"SELECT * FROM dataset_item WHERE " + match +
                                         " ORDER BY modified DESC LIMIT 50",
                                     "SELECT count(*) FROM dataset_item WHERE " + match};
    for (const char *field : {"theme", "level", "publisher", "annotation", "license", "access"})
        sqls.push_back(std::string("SELECT ") + field + ", count(*) FROM dataset_item WHERE " +
                       match + " GROUP BY 1 ORDER BY 2 DESC");
    sqls.push_back("SELECT f.value, count(*) FROM dataset_item, json_each(dataset_item.formats) f "
                   "WHERE " +
                   match + " GROUP BY 1 ORDER BY 2 DESC");
    std::vector<sqlite3_stmt *> statements;
    for (const std::string &sql : sqls) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
            state.SkipWithError(sqlite3_errmsg(db));
            return;
        }
        statements.push_back(statement);
    }
    for (auto _ : state) {
        int64_t rows = 0;
        for (sqlite3_stmt *statement : statements) {
            sqlite3_bind_text(statement, 1, text.c_str(), -1, SQLITE_STATIC);
            while (sqlite3_step(statement) == SQLITE_ROW)
                ++rows;
            sqlite3_reset(statement);
        }
        benchmark::DoNotOptimize(rows);
    }
    for (sqlite3_stmt *statement : statements)
        sqlite3_finalize(statement);
}
BENCHMARK(BM_CatalogQuery_NaiveLikeGroupBy)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
