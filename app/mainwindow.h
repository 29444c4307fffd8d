#pragma once

#include "fleetbridge.h"

#include <QMainWindow>

class QLabel;
class QSettings;
class QTabWidget;
class QTimer;

namespace scb {

class AlertsPage;
class ChipsPage;
class ConnectionBar;
class OverviewPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The window shows what the bridge delivers; it does not own it.
    explicit MainWindow(FleetBridge *bridge, QWidget *parent = nullptr);

    ConnectionBar *connectionBar() const { return m_connectionBar; }
    OverviewPage *overviewPage() const { return m_overview; }
    ChipsPage *chipsPage() const { return m_chips; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void onSnapshot(SnapshotPtr snapshot);
    void onInventory(std::shared_ptr<const Inventory> inventory);
    void updateStatusLine();
    void updateAlertsTab(int active, int critical);

    FleetBridge *m_bridge;
    ConnectionBar *m_connectionBar;
    QTabWidget *m_tabs;
    OverviewPage *m_overview;
    QSettings *m_settings;
    ChipsPage *m_chips;
    AlertsPage *m_alerts;
    int m_alertsTab = -1;
    QLabel *m_statusLine;
    QLabel *m_warning;
    QTimer *m_statusTimer;
};

} // namespace scb
