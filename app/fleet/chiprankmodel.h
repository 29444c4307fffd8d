#pragma once

#include "core/inventory.h"
#include "core/snapshot.h"
#include "store/historystore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <array>
#include <memory>
#include <vector>

namespace scb {

// The top N chips by one ranking, among the chips in a scope that pass a
// filter: the hottest (temperature, highest first), the most idle
// (utilization, lowest first; online chips with a value only) or those with
// most errors (XID + double-bit ECC events of a range, then all their events).
// Ties go by chip index. One row per chip; the rank is a column.
//
// Recomputed whenever an input changes (the snapshot once a second), in time
// linear in the chips considered: temperatures and utilizations are small
// integers, so a histogram of them finds the value the top N reach down to,
// and only the chips up to it are kept; those (or, for errors, the chips with
// events) are keyed indexes that std::nth_element selects from and a sort of
// the N orders: 0.2 to 2 ms for 200,000 chips. When the chips kept are the
// ones already shown, rows stay where they are and only their cells change
// (dataChanged), so selections hold; otherwise the model resets. While
// suspended, inputs are only kept, and one recomputation follows the resume.
class ChipRankModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Ranking { Hottest, MostIdle, MostErrors };
    enum Column {
        RankColumn,
        ChipColumn,
        UuidColumn,
        NodeColumn,
        CenterColumn,
        ModelColumn,
        StateColumn,
        UtilizationColumn,
        TemperatureColumn,
        PowerColumn,
        MemoryColumn,
        XidColumn,
        EccColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // a column's raw value: numbers sort as numbers
        ChipRole,                // the chip's index (uint), any column
    };
    // Which chips may be ranked; -1 for any.
    struct Filter
    {
        int center = -1;
        int model = -1;
        int stateCategory = -1; // chipStateCategory() of the chip's state
        bool operator==(const Filter &) const = default;
    };
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 1000;

    explicit ChipRankModel(QObject *parent = nullptr);

    // Names the chips; index may be null (built here). Clears the snapshot
    // and the scope: both are in terms of the previous inventory.
    void setInventory(std::shared_ptr<const Inventory> inventory,
                      std::shared_ptr<const InventoryIndex> index = nullptr);
    // The latest values. A snapshot of another inventory than the one set is ignored.
    void setSnapshot(SnapshotPtr snapshot);
    // The chips considered, sorted (unsorted input is sorted here); empty: every chip.
    void setScope(std::vector<uint32_t> chips);
    void setFilter(const Filter &filter);
    // How many chips to show, clamped to 1..kMaxLimit.
    void setLimit(int limit);
    void setRanking(Ranking ranking);
    // Per chip, its events of a range (any order; chips beyond the inventory
    // are ignored). Until the first call the XID and ECC columns are empty.
    void setEventCounts(std::vector<ChipEventCounts> counts);
    void clearEventCounts();
    // While suspended nothing is recomputed (a hidden table).
    void setSuspended(bool suspended);

    Ranking ranking() const { return m_ranking; }
    const Filter &filter() const { return m_filter; }
    int limit() const { return m_limit; }
    const std::vector<uint32_t> &scope() const { return m_scope; }
    bool hasEventCounts() const { return m_hasCounts; }
    bool hasSnapshot() const { return m_snapshot != nullptr; }
    bool hasInventory() const { return m_inventory != nullptr; }
    bool isSuspended() const { return m_suspended; }
    // How many chips passed the scope and filter (and had a value) last time.
    size_t candidateCount() const { return m_candidateCount; }
    // The chip of a row, and the chips in rank order.
    uint32_t chipAt(int row) const;
    std::vector<uint32_t> rankedChips() const;

    static QString rankingName(Ranking ranking);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        uint32_t chip = 0;
        int rank = 0; // 1-based
    };
    // A chip to rank: its sort key above kChipBits bits of its index, so one
    // integer comparison orders by key, then by chip (smaller ranks first).
    static constexpr int kChipBits = 20;
    static_assert(kMaxChips <= (1u << kChipBits));
    static uint32_t chipOf(uint64_t candidate)
    {
        return uint32_t(candidate & ((uint64_t{1} << kChipBits) - 1));
    }

    void recompute();
    // Fills m_candidates with at least the top m_limit chips (all of them
    // for errors); returns how many chips qualified.
    size_t collectCandidates();
    bool passesFilter(uint32_t chip) const;
    int32_t value(Metric metric, uint32_t chip) const;
    const ChipEventCounts *countsOf(uint32_t chip) const;
    QVariant displayValue(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    std::shared_ptr<const Inventory> m_inventory;
    std::shared_ptr<const InventoryIndex> m_index;
    SnapshotPtr m_snapshot;
    std::vector<uint32_t> m_scope;
    Filter m_filter;
    int m_limit = kDefaultLimit;
    Ranking m_ranking = Ranking::Hottest;
    std::vector<ChipEventCounts> m_counts; // sorted by chip
    bool m_hasCounts = false;
    bool m_suspended = false;
    bool m_dirty = false;

    std::vector<Row> m_rows;
    std::vector<uint64_t> m_candidates; // reused: no allocation per tick
    // Chips per key of the metric rankings (temperature, utilization: both
    // far below kKeyRange; larger values tie at the top).
    static constexpr int32_t kKeyRange = 4096;
    std::array<uint32_t, kKeyRange> m_histogram{};
    std::vector<int16_t> m_keys; // per chip considered, its key or -1
    // chipStateCategory() of every valid state, looked up per chip.
    std::array<int8_t, ChipState::AllBits + 1> m_stateCategory{};
    size_t m_candidateCount = 0;
};

// Sorts the ranked chips by any column (numbers by value, through SortRole;
// ties by rank) and keeps the rows whose cells contain a text
// (case-insensitively).
class ChipRankProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ChipRankProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
};

} // namespace scb
