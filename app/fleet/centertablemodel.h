#pragma once

#include "core/snapshot.h"

#include <QAbstractTableModel>

namespace scb {

// One row per center plus a last row for the whole fleet, from the newest snapshot.
class CenterTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Chips,
        Online,
        Utilization,
        Power,
        TemperatureMax,
        Faults,
        Throttled,
        ColumnCount
    };

    explicit CenterTableModel(QObject *parent = nullptr);

    void setSnapshot(SnapshotPtr snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const GroupAggregate *group(int row) const;
    SnapshotPtr m_snapshot;
};

} // namespace scb
