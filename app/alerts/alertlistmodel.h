#pragma once

#include "alerts/alertengine.h"
#include "core/inventory.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <memory>
#include <vector>

namespace scb {

// The active alerts, one row each, for the operator's alert list.
//
// setAlerts() keeps rows whose alert is still there (same id) in place and
// only updates, removes or appends rows, so selections and persistent indexes
// survive a refresh. Rows are in no particular order: sort through a proxy on
// SortRole (every column provides it; Severity sorts critical above warning).
class AlertListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        SinceColumn,
        WhereColumn,
        WhatColumn,
        ValueColumn,
        ActionColumn,
        AcknowledgedColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // a column's sort key (numbers where the text would mislead)
        AlertIdRole = Qt::UserRole + 1, // quint64, any column
        SeverityRole,                   // int(Severity), any column
        CenterRole,                     // the center's index (int), any column
        AcknowledgedRole,               // bool, any column
        SinceRole,                      // qint64 onset, any column
    };

    explicit AlertListModel(QObject *parent = nullptr);

    // Names centers and nodes; without one, "Center 1 › Node 12 › Chip 96".
    void setInventory(std::shared_ptr<const Inventory> inventory);
    // The alerts now active (AlertEngine::activeAlerts()); null: none.
    void setAlerts(std::shared_ptr<const std::vector<Alert>> alerts);

    const Alert *alert(int row) const;
    // The row of the alert with this id, or -1.
    int rowOf(quint64 id) const;
    int criticalCount() const { return m_critical; }
    int acknowledgedCount() const { return m_acknowledged; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The texts of the cells, also for tests.
    QString whereText(const Alert &alert) const;
    static QString whatText(const Alert &alert);
    static QString valueText(const Alert &alert);
    static QString actionText(const Alert &alert);
    static QString acknowledgedText(const Alert &alert);

private:
    QVariant sortKey(const Alert &alert, int column) const;
    void recount();

    std::shared_ptr<const Inventory> m_inventory;
    std::vector<Alert> m_rows;
    int m_critical = 0;
    int m_acknowledged = 0;
    QIcon m_criticalIcon;
    QIcon m_warningIcon;
};

} // namespace scb
