#include "chiprankmodel.h"

#include "csvexport.h"
#include "formatting.h"

#include <QLocale>

#include <algorithm>
#include <limits>
#include <type_traits>

namespace scb {

namespace {

constexpr uint64_t kMaxCount = std::numeric_limits<uint32_t>::max();
// Each of the two counts of the errors ranking's key: 22 bits, beside 20 of
// the chip. Beyond 4 million events in a range, chips tie.
constexpr uint64_t kMaxKeyCount = (uint64_t{1} << 22) - 1;

// What a missing value shows.
QString noValue()
{
    return QStringLiteral("—");
}

bool isNumeric(int column)
{
    switch (column) {
    case ChipRankModel::RankColumn:
    case ChipRankModel::ChipColumn:
    case ChipRankModel::UtilizationColumn:
    case ChipRankModel::TemperatureColumn:
    case ChipRankModel::PowerColumn:
    case ChipRankModel::MemoryColumn:
    case ChipRankModel::XidColumn:
    case ChipRankModel::EccColumn:
        return true;
    default:
        return false;
    }
}

} // namespace

ChipRankModel::ChipRankModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (int32_t state = 0; state <= ChipState::AllBits; ++state)
        m_stateCategory[size_t(state)] = int8_t(chipStateCategory(state));
}

QString ChipRankModel::rankingName(Ranking ranking)
{
    switch (ranking) {
    case Ranking::Hottest:
        return tr("Hottest");
    case Ranking::MostIdle:
        return tr("Most idle");
    case Ranking::MostErrors:
        return tr("Most errors");
    }
    return {};
}

void ChipRankModel::setInventory(std::shared_ptr<const Inventory> inventory,
                                 std::shared_ptr<const InventoryIndex> index)
{
    m_inventory = std::move(inventory);
    if (m_inventory && (!index || index->chipNode.size() != m_inventory->chipCount() ||
                        index->centerFirstChip.size() != m_inventory->centers.size() + 1))
        index = std::make_shared<const InventoryIndex>(InventoryIndex::build(*m_inventory));
    m_index = m_inventory ? std::move(index) : nullptr;
    m_snapshot.reset();
    m_scope.clear();
    clearEventCounts(); // counted by the old inventory's chip numbers
    // Rows name chips of the old inventory: start over, whatever comes next.
    beginResetModel();
    m_rows.clear();
    endResetModel();
    recompute();
}

void ChipRankModel::setSnapshot(SnapshotPtr snapshot)
{
    if (!snapshot || !snapshot->tick || !m_inventory)
        return;
    const FleetTick &tick = *snapshot->tick;
    if (snapshot->inventory && snapshot->inventory->version != m_inventory->version)
        return;
    for (const auto &column : tick.columns) {
        if (column.size() != m_inventory->chipCount())
            return;
    }
    m_snapshot = std::move(snapshot);
    recompute();
}

void ChipRankModel::setScope(std::vector<uint32_t> chips)
{
    if (!std::is_sorted(chips.begin(), chips.end()))
        std::sort(chips.begin(), chips.end());
    chips.erase(std::unique(chips.begin(), chips.end()), chips.end());
    if (chips == m_scope)
        return;
    m_scope = std::move(chips);
    recompute();
}

void ChipRankModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    recompute();
}

void ChipRankModel::setLimit(int limit)
{
    limit = std::clamp(limit, 1, kMaxLimit);
    if (limit == m_limit)
        return;
    m_limit = limit;
    recompute();
}

void ChipRankModel::setRanking(Ranking ranking)
{
    if (ranking == m_ranking)
        return;
    m_ranking = ranking;
    recompute();
}

void ChipRankModel::setEventCounts(std::vector<ChipEventCounts> counts)
{
    std::sort(counts.begin(), counts.end(),
              [](const ChipEventCounts &a, const ChipEventCounts &b) { return a.chip < b.chip; });
    // A chip listed twice counts once, with both rows' events.
    size_t out = 0;
    for (size_t i = 0; i < counts.size(); ++i) {
        if (out > 0 && counts[out - 1].chip == counts[i].chip) {
            ChipEventCounts &c = counts[out - 1];
            const auto add = [](uint32_t a, uint32_t b) {
                return uint32_t(std::min<uint64_t>(uint64_t{a} + b, kMaxCount));
            };
            c.xid = add(c.xid, counts[i].xid);
            c.eccDoubleBit = add(c.eccDoubleBit, counts[i].eccDoubleBit);
            c.throttle = add(c.throttle, counts[i].throttle);
            c.offline = add(c.offline, counts[i].offline);
        } else {
            counts[out++] = counts[i];
        }
    }
    counts.resize(out);
    m_counts = std::move(counts);
    m_hasCounts = true;
    recompute();
}

void ChipRankModel::clearEventCounts()
{
    if (!m_hasCounts)
        return;
    m_counts.clear();
    m_hasCounts = false;
    recompute();
}

void ChipRankModel::setSuspended(bool suspended)
{
    if (suspended == m_suspended)
        return;
    m_suspended = suspended;
    if (!m_suspended && m_dirty)
        recompute();
}

uint32_t ChipRankModel::chipAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].chip : 0;
}

std::vector<uint32_t> ChipRankModel::rankedChips() const
{
    std::vector<uint32_t> chips(m_rows.size());
    for (const Row &row : m_rows)
        chips[size_t(row.rank - 1)] = row.chip;
    return chips;
}

int32_t ChipRankModel::value(Metric metric, uint32_t chip) const
{
    if (!m_snapshot)
        return kNoData;
    const std::vector<int32_t> &column = m_snapshot->tick->column(metric);
    return chip < column.size() ? column[chip] : kNoData;
}

const ChipEventCounts *ChipRankModel::countsOf(uint32_t chip) const
{
    const auto it =
        std::lower_bound(m_counts.begin(), m_counts.end(), chip,
                         [](const ChipEventCounts &c, uint32_t wanted) { return c.chip < wanted; });
    return it != m_counts.end() && it->chip == chip ? &*it : nullptr;
}

bool ChipRankModel::passesFilter(uint32_t chip) const
{
    if (m_filter.center >= 0 || m_filter.model >= 0) {
        const Node &node = m_inventory->nodes[m_index->chipNode[chip]];
        if (m_filter.center >= 0 && node.center != uint32_t(m_filter.center))
            return false;
        if (m_filter.model >= 0 && node.model != uint32_t(m_filter.model))
            return false;
    }
    if (m_filter.stateCategory >= 0) {
        const int32_t state = value(Metric::State, chip);
        const int category = state >= 0 && state <= ChipState::AllBits
                                 ? m_stateCategory[size_t(state)]
                                 : chipStateCategory(state);
        if (category != m_filter.stateCategory)
            return false;
    }
    return true;
}

size_t ChipRankModel::collectCandidates()
{
    m_candidates.clear();
    if (!m_inventory)
        return 0;
    // A valid inventory has at most kMaxChips; the keys have room for no more.
    const uint32_t chips = std::min(m_inventory->chipCount(), kMaxChips);

    if (m_ranking == Ranking::MostErrors) {
        auto scoped = m_scope.begin();
        for (const ChipEventCounts &c : m_counts) {
            if (c.chip >= chips)
                break; // sorted: the rest lie beyond the inventory too
            if (!m_scope.empty()) {
                // Both lists are sorted: one walk through the scope.
                scoped = std::lower_bound(scoped, m_scope.end(), c.chip);
                if (scoped == m_scope.end())
                    break;
                if (*scoped != c.chip)
                    continue;
            }
            if (c.total() == 0 || !passesFilter(c.chip))
                continue;
            // Most errors first, then most events.
            const uint64_t errors = kMaxKeyCount - std::min(c.errors(), kMaxKeyCount);
            const uint64_t total = kMaxKeyCount - std::min(c.total(), kMaxKeyCount);
            m_candidates.push_back(errors << (22 + kChipBits) | total << kChipBits | c.chip);
        }
        return m_candidates.size();
    }

    if (!m_snapshot)
        return 0;
    // Temperatures and utilizations are small integers: a histogram of the
    // keys finds the key the top N reach down to, and a second pass keeps
    // only the chips up to it (the N, and those tied with the last).
    const int32_t *temperature = m_snapshot->tick->column(Metric::Temperature).data();
    const int32_t *utilization = m_snapshot->tick->column(Metric::Utilization).data();
    const int32_t *state = m_snapshot->tick->column(Metric::State).data();
    constexpr int32_t kTopKey = kKeyRange - 1;

    // Calls f(chip) for the chips in scope (and in the filter's center).
    const auto forEachChip = [&](const auto &f) {
        if (!m_scope.empty()) {
            for (uint32_t chip : m_scope) {
                if (chip >= chips)
                    break;
                f(chip);
            }
            return;
        }
        // A center's chips are contiguous: a center filter reads only them.
        uint32_t begin = 0;
        uint32_t end = chips;
        if (m_filter.center >= 0) {
            if (size_t(m_filter.center) + 1 >= m_index->centerFirstChip.size())
                return;
            begin = m_index->centerFirstChip[size_t(m_filter.center)];
            end = std::min(chips, m_index->centerFirstChip[size_t(m_filter.center) + 1]);
        }
        for (uint32_t chip = begin; chip < end; ++chip)
            f(chip);
    };
    // The ranking and whether a filter applies are template arguments: the
    // loops over 200,000 chips keep no branch they do not need.
    const auto scan = [&](auto hottest, auto filtered) {
        // The chip's key, or -1 if it is not ranked.
        const auto keyOf = [&](uint32_t chip) -> int32_t {
            int32_t key;
            if constexpr (decltype(hottest)::value) {
                if (temperature[chip] < 0)
                    return -1;
                key = kTopKey - std::min(temperature[chip], kTopKey);
            } else {
                if (state[chip] < 0 || !(state[chip] & ChipState::Online) || utilization[chip] < 0)
                    return -1;
                key = std::min(utilization[chip], kTopKey);
            }
            if constexpr (decltype(filtered)::value) {
                if (!passesFilter(chip))
                    return -1;
            }
            return key;
        };
        // With a filter, the first pass keeps each chip's key, so that the
        // filter is applied once; without, a key costs less than keeping it.
        m_histogram.fill(0);
        m_keys.clear();
        forEachChip([&](uint32_t chip) {
            const int32_t key = keyOf(chip);
            if constexpr (decltype(filtered)::value)
                m_keys.push_back(int16_t(key));
            if (key >= 0)
                ++m_histogram[size_t(key)];
        });
        size_t qualified = 0;
        int32_t lastKey = -1;
        for (int32_t key = 0; key < kKeyRange; ++key) {
            qualified += m_histogram[size_t(key)];
            if (lastKey < 0 && m_histogram[size_t(key)] > 0 && qualified >= size_t(m_limit))
                lastKey = key;
        }
        if (lastKey < 0)
            lastKey = kTopKey;
        const int16_t *kept = m_keys.data();
        forEachChip([&](uint32_t chip) {
            int32_t key;
            if constexpr (decltype(filtered)::value)
                key = *kept++;
            else
                key = keyOf(chip);
            if (key >= 0 && key <= lastKey)
                m_candidates.push_back(uint64_t(key) << kChipBits | chip);
        });
        return qualified;
    };
    const bool filtered = m_filter != Filter{};
    if (m_ranking == Ranking::Hottest)
        return filtered ? scan(std::true_type{}, std::true_type{})
                        : scan(std::true_type{}, std::false_type{});
    return filtered ? scan(std::false_type{}, std::true_type{})
                    : scan(std::false_type{}, std::false_type{});
}

void ChipRankModel::recompute()
{
    if (m_suspended) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    m_candidateCount = collectCandidates();
    const size_t n = std::min(m_candidates.size(), size_t(m_limit));
    if (n < m_candidates.size())
        std::nth_element(m_candidates.begin(), m_candidates.begin() + ptrdiff_t(n),
                         m_candidates.end());
    std::sort(m_candidates.begin(), m_candidates.begin() + ptrdiff_t(n));

    // The same chips as shown: each row keeps its chip and takes its new rank.
    bool sameChips = n == m_rows.size();
    if (sameChips && n > 0) {
        std::vector<Row> byChip(n);
        for (size_t i = 0; i < n; ++i)
            byChip[i] = {chipOf(m_candidates[i]), int(i) + 1};
        std::sort(byChip.begin(), byChip.end(),
                  [](const Row &a, const Row &b) { return a.chip < b.chip; });
        for (const Row &row : m_rows) {
            const auto it =
                std::lower_bound(byChip.begin(), byChip.end(), row.chip,
                                 [](const Row &r, uint32_t chip) { return r.chip < chip; });
            if (it == byChip.end() || it->chip != row.chip) {
                sameChips = false;
                break;
            }
        }
        if (sameChips) {
            for (Row &row : m_rows) {
                row.rank =
                    std::lower_bound(byChip.begin(), byChip.end(), row.chip,
                                     [](const Row &r, uint32_t chip) { return r.chip < chip; })
                        ->rank;
            }
            emit dataChanged(index(0, 0), index(int(n) - 1, ColumnCount - 1));
            return;
        }
    }
    if (sameChips)
        return; // nothing shown before, nothing now
    beginResetModel();
    m_rows.resize(n);
    for (size_t i = 0; i < n; ++i)
        m_rows[i] = {chipOf(m_candidates[i]), int(i) + 1};
    endResetModel();
}

int ChipRankModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChipRankModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChipRankModel::displayValue(const Row &row, int column) const
{
    const QLocale locale;
    const Inventory &inv = *m_inventory;
    const uint32_t chip = row.chip;
    const Node &node = inv.nodes[m_index->chipNode[chip]];
    const int32_t utilization = value(Metric::Utilization, chip);
    const int32_t temperature = value(Metric::Temperature, chip);
    const int32_t power = value(Metric::Power, chip);
    const int32_t memory = value(Metric::MemoryUsed, chip);
    switch (column) {
    case RankColumn:
        return QString::number(row.rank);
    case ChipColumn:
        return QString::number(chip);
    case UuidColumn:
        return QString::fromStdString(formatUuid(inv.chipUuids[chip]));
    case NodeColumn:
        return QString::fromStdString(node.name);
    case CenterColumn:
        return node.center < inv.centers.size()
                   ? QString::fromStdString(inv.centers[node.center].name)
                   : tr("Center %1").arg(node.center);
    case ModelColumn:
        return node.model < inv.models.size() ? QString::fromStdString(inv.models[node.model].name)
                                              : tr("Model %1").arg(node.model);
    case StateColumn:
        return chipStateText(value(Metric::State, chip));
    case UtilizationColumn:
        return utilization < 0 ? noValue() : tr("%1 %").arg(locale.toString(utilization));
    case TemperatureColumn:
        return temperature < 0 ? noValue() : tr("%1 °C").arg(locale.toString(temperature));
    case PowerColumn:
        return power < 0 ? noValue() : tr("%1 W").arg(locale.toString(power));
    case MemoryColumn:
        return memory < 0 ? noValue() : tr("%1 GiB").arg(locale.toString(memory / 1024.0, 'f', 1));
    case XidColumn:
    case EccColumn: {
        if (!m_hasCounts)
            return QString();
        const ChipEventCounts *c = countsOf(chip);
        const uint32_t n = c ? (column == XidColumn ? c->xid : c->eccDoubleBit) : 0;
        return locale.toString(n);
    }
    default:
        return {};
    }
}

QVariant ChipRankModel::sortValue(const Row &row, int column) const
{
    const uint32_t chip = row.chip;
    switch (column) {
    case RankColumn:
        return row.rank;
    case ChipColumn:
        return chip;
    case NodeColumn:
        return m_index->chipNode[chip]; // inventory order
    case CenterColumn:
        return m_inventory->nodes[m_index->chipNode[chip]].center;
    case StateColumn: {
        // By category (offline, online, throttled, fault, maintenance), then bits.
        const int32_t state = value(Metric::State, chip);
        return state < 0 ? -1 : chipStateCategory(state) * 100 + state;
    }
    case UtilizationColumn:
        return value(Metric::Utilization, chip);
    case TemperatureColumn:
        return value(Metric::Temperature, chip);
    case PowerColumn:
        return value(Metric::Power, chip);
    case MemoryColumn:
        return value(Metric::MemoryUsed, chip);
    case XidColumn:
    case EccColumn: {
        if (!m_hasCounts)
            return -1;
        const ChipEventCounts *c = countsOf(chip);
        return c ? qint64(column == XidColumn ? c->xid : c->eccDoubleBit) : qint64(0);
    }
    default:
        return displayValue(row, column);
    }
}

QVariant ChipRankModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::ToolTipRole:
        if (column == StateColumn || column == UuidColumn)
            return displayValue(row, column);
        if (column == XidColumn || column == EccColumn) {
            const ChipEventCounts *c = m_hasCounts ? countsOf(row.chip) : nullptr;
            if (!c)
                return {};
            return tr("XID %1, double-bit ECC %2, throttling %3, offline %4")
                .arg(c->xid)
                .arg(c->eccDoubleBit)
                .arg(c->throttle)
                .arg(c->offline);
        }
        return {};
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortValue(row, column);
    case ChipRole:
        return row.chip;
    default:
        return {};
    }
}

QVariant ChipRankModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RankColumn:
            return tr("Rank by %1").arg(rankingName(m_ranking).toLower());
        case XidColumn:
            return tr("XID events in the range");
        case EccColumn:
            return tr("Double-bit ECC errors in the range");
        case MemoryColumn:
            return tr("Device memory in use");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("#");
    case ChipColumn:
        return tr("Chip");
    case UuidColumn:
        return tr("UUID");
    case NodeColumn:
        return tr("Node");
    case CenterColumn:
        return tr("Center");
    case ModelColumn:
        return tr("Model");
    case StateColumn:
        return tr("State");
    case UtilizationColumn:
        return tr("Utilization");
    case TemperatureColumn:
        return tr("Temperature");
    case PowerColumn:
        return tr("Power");
    case MemoryColumn:
        return tr("Memory used");
    case XidColumn:
        return tr("XID");
    case EccColumn:
        return tr("ECC");
    default:
        return {};
    }
}

// ---------------------------------------------------------------- ChipRankProxy

ChipRankProxy::ChipRankProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ChipRankModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ChipRankProxy::setSearchText(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_search)
        return;
    m_search = search;
    invalidateRowsFilter();
}

bool ChipRankProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return rowContainsText(sourceModel(), sourceRow, sourceParent, m_search);
}

bool ChipRankProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (QSortFilterProxyModel::lessThan(left, right))
        return true;
    if (QSortFilterProxyModel::lessThan(right, left))
        return false;
    return left.siblingAtColumn(ChipRankModel::RankColumn).data(ChipRankModel::SortRole).toInt() <
           right.siblingAtColumn(ChipRankModel::RankColumn).data(ChipRankModel::SortRole).toInt();
}

} // namespace scb
