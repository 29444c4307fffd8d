#pragma once

#include "tempdir.h"

// Shared by the store tests: a small hand-made fleet, deterministic ticks,
// a temporary folder, and a reference downsampler written the plain way.

#include "core/aggregates.h"
#include "core/fleettick.h"
#include "core/inventory.h"
#include "store/historystore.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

namespace scb::test {

// `centers` centers of equal size, nodes of 8 chips (the last may be smaller).
inline Inventory makeInventory(uint32_t chips, uint32_t centers, uint64_t version = 1)
{
    Inventory inv;
    inv.version = version;
    inv.source = "store test fleet";
    for (uint32_t c = 0; c < centers; ++c)
        inv.centers.push_back({"Center " + std::to_string(c), "Gui'an"});
    inv.models.push_back({"Model A", "Vendor A", 65536, 400});
    inv.models.push_back({"Model B", "Vendor B", 32768, 310});
    const uint32_t perCenter = (chips + centers - 1) / centers;
    uint32_t chip = 0;
    for (uint32_t c = 0; c < centers && chip < chips; ++c) {
        const uint32_t end = std::min(chips, chip + perCenter);
        while (chip < end) {
            const uint32_t count = std::min(8u, end - chip);
            Node node;
            node.name = "node-" + std::to_string(inv.nodes.size());
            node.center = c;
            node.rack = static_cast<uint32_t>(inv.nodes.size() / 4);
            node.firstChip = chip;
            node.chipCount = count;
            node.model = c % 2;
            inv.nodes.push_back(node);
            chip += count;
        }
    }
    inv.chipUuids.resize(chips);
    for (uint32_t i = 0; i < chips; ++i) {
        Uuid &u = inv.chipUuids[i];
        for (int b = 0; b < 16; ++b)
            u[b] = static_cast<uint8_t>((i * 2654435761u >> (b % 4 * 8)) + b * 31 + version);
        u[0] = static_cast<uint8_t>(i);
        u[1] = static_cast<uint8_t>(i >> 8);
        u[2] = static_cast<uint8_t>(i >> 16);
    }
    return inv;
}

// Plausible values, deterministic for (seed, unixMs): some chips offline,
// some values missing.
inline FleetTick makeTick(const Inventory &inv, int64_t unixMs, uint64_t seed = 1)
{
    FleetTick tick;
    tick.unixMs = unixMs;
    tick.inventoryVersion = inv.version;
    tick.resize(inv.chipCount());
    std::mt19937_64 rng(seed * 1'000'003 + static_cast<uint64_t>(unixMs));
    for (uint32_t i = 0; i < inv.chipCount(); ++i) {
        const uint64_t r = rng();
        const bool online = r % 50 != 0;
        tick.column(Metric::State)[i] =
            online ? ChipState::Online | ((r >> 8) % 20 == 0 ? ChipState::Throttled : 0) : 0;
        if (online) {
            tick.column(Metric::Utilization)[i] = static_cast<int32_t>((r >> 16) % 101);
            tick.column(Metric::MemoryUsed)[i] = static_cast<int32_t>((r >> 24) % 65536);
            tick.column(Metric::Power)[i] = static_cast<int32_t>(60 + (r >> 40) % 340);
            tick.column(Metric::Temperature)[i] = static_cast<int32_t>(30 + (r >> 50) % 55);
        }
        if ((r >> 58) == 0)
            tick.column(Metric::Power)[i] = kNoData;
    }
    return tick;
}

inline FleetAggregates aggregatesOf(const Inventory &inv, const FleetTick &tick)
{
    return computeAggregates(inv, InventoryIndex::build(inv), tick);
}

// The value a tick contributes to an aggregate series, as the store defines it.
inline std::optional<double> fieldValue(const GroupAggregate &a, AggregateField f)
{
    switch (f) {
    case AggregateField::UtilizationMean:
        return a.utilizationCount ? std::optional<double>(a.utilizationMean()) : std::nullopt;
    case AggregateField::UtilizationMin:
        return a.utilizationCount ? std::optional<double>(a.utilizationMin) : std::nullopt;
    case AggregateField::UtilizationMax:
        return a.utilizationCount ? std::optional<double>(a.utilizationMax) : std::nullopt;
    case AggregateField::PowerWatts:
        return double(a.powerWatts);
    case AggregateField::TemperatureMaxC:
        return double(a.temperatureMaxC);
    case AggregateField::ChipsOnline:
        return double(a.chipsOnline);
    case AggregateField::ChipsFault:
        return double(a.chipsFault);
    case AggregateField::MemoryUsedMiB:
        return double(a.memoryUsedMiB);
    }
    return std::nullopt;
}

inline constexpr AggregateField kAllFields[] = {
    AggregateField::UtilizationMean, AggregateField::UtilizationMin,
    AggregateField::UtilizationMax,  AggregateField::PowerWatts,
    AggregateField::TemperatureMaxC, AggregateField::ChipsOnline,
    AggregateField::ChipsFault,      AggregateField::MemoryUsedMiB,
};

struct Sample
{
    int64_t unixMs;
    double value;
};

// The downsampling contract, spelled out without cleverness: one point per
// sample when they fit, else buckets of ceil(span / maxPoints) ms from fromMs,
// each point at its first sample's time.
inline std::vector<SeriesPoint>
referenceDownsample(const std::vector<Sample> &samples, int64_t fromMs, int64_t toMs, int maxPoints)
{
    std::vector<Sample> in;
    for (const Sample &s : samples) {
        if (s.unixMs >= fromMs && s.unixMs <= toMs)
            in.push_back(s);
    }
    const size_t n = static_cast<size_t>(std::clamp(maxPoints, 1, HistoryStore::kMaxQueryPoints));
    std::vector<SeriesPoint> out;
    if (in.size() <= n) {
        for (const Sample &s : in)
            out.push_back({s.unixMs, s.value, s.value, s.value});
        return out;
    }
    const int64_t span = toMs - fromMs + 1;
    const int64_t width = (span + static_cast<int64_t>(n) - 1) / static_cast<int64_t>(n);
    int64_t bucket = -1;
    double sum = 0;
    int count = 0;
    for (const Sample &s : in) {
        const int64_t b = (s.unixMs - fromMs) / width;
        if (b != bucket) {
            if (count)
                out.back().avg = sum / count;
            out.push_back({s.unixMs, s.value, 0, s.value});
            bucket = b;
            sum = 0;
            count = 0;
        }
        out.back().min = std::min(out.back().min, s.value);
        out.back().max = std::max(out.back().max, s.value);
        sum += s.value;
        ++count;
    }
    if (count)
        out.back().avg = sum / count;
    return out;
}

inline void expectSameSeries(const std::vector<SeriesPoint> &actual,
                             const std::vector<SeriesPoint> &expected,
                             const std::string &what)
{
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (size_t i = 0; i < actual.size(); ++i) {
        EXPECT_EQ(actual[i].unixMs, expected[i].unixMs) << what << " point " << i;
        EXPECT_DOUBLE_EQ(actual[i].min, expected[i].min) << what << " point " << i;
        EXPECT_NEAR(actual[i].avg, expected[i].avg, 1e-9 * (1 + std::abs(expected[i].avg)))
            << what << " point " << i;
        EXPECT_DOUBLE_EQ(actual[i].max, expected[i].max) << what << " point " << i;
    }
}

// A plain sqlite3 connection beside the store: to inspect the file, to
// corrupt it, or to hold a lock.
class RawDb
{
public:
    explicit RawDb(const std::string &path, int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    {
        if (sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr) != SQLITE_OK)
            ADD_FAILURE() << "raw open " << path << ": " << sqlite3_errmsg(m_db);
    }
    ~RawDb() { sqlite3_close_v2(m_db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    // Returns SQLite's result code; fails the test when `mustWork`.
    int exec(const std::string &sql, bool mustWork = true)
    {
        char *message = nullptr;
        const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message);
        if (mustWork && rc != SQLITE_OK)
            ADD_FAILURE() << sql << ": " << (message ? message : "?");
        sqlite3_free(message);
        return rc;
    }
    int64_t scalar(const std::string &sql)
    {
        sqlite3_stmt *stmt = nullptr;
        int64_t value = -1;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
        else
            ADD_FAILURE() << sql << ": " << sqlite3_errmsg(m_db);
        sqlite3_finalize(stmt);
        return value;
    }
    std::string text(const std::string &sql)
    {
        sqlite3_stmt *stmt = nullptr;
        std::string value;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW) {
            const unsigned char *t = sqlite3_column_text(stmt, 0);
            value = t ? reinterpret_cast<const char *>(t) : "";
        } else {
            ADD_FAILURE() << sql << ": " << sqlite3_errmsg(m_db);
        }
        sqlite3_finalize(stmt);
        return value;
    }
    // Replaces one blob column of the rows matching `where` with these bytes.
    void setBlob(const std::string &table,
                 const std::string &column,
                 const std::string &where,
                 const std::string &bytes)
    {
        sqlite3_stmt *stmt = nullptr;
        const std::string sql = "UPDATE " + table + " SET " + column + " = ?1 WHERE " + where;
        ASSERT_EQ(sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK)
            << sqlite3_errmsg(m_db);
        sqlite3_bind_blob(stmt, 1, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
        EXPECT_EQ(sqlite3_step(stmt), SQLITE_DONE) << sqlite3_errmsg(m_db);
        EXPECT_EQ(sqlite3_changes(m_db), 1) << sql;
        sqlite3_finalize(stmt);
    }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace scb::test
