#include "centertablemodel.h"

#include "formatting.h"

#include <QFont>
#include <QLocale>

namespace scb {

CenterTableModel::CenterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CenterTableModel::setSnapshot(SnapshotPtr snapshot)
{
    const int oldRows = rowCount();
    const int newRows = snapshot ? int(snapshot->aggregates.centers.size()) + 1 : 0;
    const bool sameShape = oldRows == newRows && m_snapshot && snapshot &&
                           m_snapshot->inventory == snapshot->inventory;
    if (!sameShape)
        beginResetModel();
    m_snapshot = std::move(snapshot);
    if (!sameShape)
        endResetModel();
    else if (newRows > 0)
        emit dataChanged(index(0, 0), index(newRows - 1, ColumnCount - 1));
}

int CenterTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_snapshot)
        return 0;
    return int(m_snapshot->aggregates.centers.size()) + 1;
}

int CenterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const GroupAggregate *CenterTableModel::group(int row) const
{
    const auto &centers = m_snapshot->aggregates.centers;
    if (row < int(centers.size()))
        return &centers[size_t(row)];
    return &m_snapshot->aggregates.fleet;
}

QVariant CenterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_snapshot)
        return {};
    const int row = index.row();
    const bool fleetRow = row == rowCount() - 1;
    const GroupAggregate &g = *group(row);
    if (role == Qt::FontRole && fleetRow) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool sortValue = role == Qt::UserRole;
    const QLocale locale;
    switch (index.column()) {
    case Name:
        if (fleetRow)
            return tr("Whole fleet");
        return QString::fromStdString(m_snapshot->inventory->centers[size_t(row)].name);
    case Chips:
        return sortValue ? QVariant(g.chipsTotal) : locale.toString(g.chipsTotal);
    case Online:
        return sortValue ? QVariant(g.chipsOnline) : locale.toString(g.chipsOnline);
    case Utilization:
        return sortValue ? QVariant(g.utilizationMean()) : formatPercent(g.utilizationMean());
    case Power:
        return sortValue ? QVariant(qlonglong(g.powerWatts)) : formatPower(g.powerWatts);
    case TemperatureMax:
        return sortValue ? QVariant(g.temperatureMaxC)
                         : tr("%1 °C").arg(locale.toString(g.temperatureMaxC));
    case Faults:
        return sortValue ? QVariant(g.chipsFault) : locale.toString(g.chipsFault);
    case Throttled:
        return sortValue ? QVariant(g.chipsThrottled) : locale.toString(g.chipsThrottled);
    default:
        return {};
    }
}

QVariant CenterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Center");
    case Chips:
        return tr("Chips");
    case Online:
        return tr("Online");
    case Utilization:
        return tr("Mean utilization");
    case Power:
        return tr("Power");
    case TemperatureMax:
        return tr("Hottest chip");
    case Faults:
        return tr("In fault");
    case Throttled:
        return tr("Throttled");
    default:
        return {};
    }
}

} // namespace scb
