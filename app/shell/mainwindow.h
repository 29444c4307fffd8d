#pragma once

#include "fleetbridge.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QSettings;
class QTabWidget;
class QTimer;

namespace scb {

class AdoptionPage;
class AlertNotifier;
class AlertsPage;
class DatasetsPage;
class IndustryPage;
class StatisticsBridge;
class ChipsPage;
class ConnectionBar;
class OverviewPage;
class SummaryScreen;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The window shows what the bridge delivers; it does not own it. The
    // statistics pages use statistics when given (shared by the windows
    // WindowHost builds, one after the other), else a bridge of their own.
    explicit MainWindow(FleetBridge *bridge,
                        StatisticsBridge *statistics = nullptr,
                        QWidget *parent = nullptr);

    ConnectionBar *connectionBar() const { return m_connectionBar; }
    OverviewPage *overviewPage() const { return m_overview; }
    ChipsPage *chipsPage() const { return m_chips; }
    QTabWidget *tabs() const { return m_tabs; }
    AlertNotifier *alertNotifier() const { return m_notifier; }
    // Settings → Alert thresholds…
    QAction *alertRulesAction() const { return m_alertRulesAction; }
    StatisticsBridge *statistics() const { return m_statistics; }
    DatasetsPage *datasetsPage() const { return m_datasets; }
    AdoptionPage *adoptionPage() const { return m_adoption; }
    IndustryPage *industryPage() const { return m_industry; }
    // View → Summary screen (F11) and the screen it opened (null when closed).
    QAction *summaryAction() const { return m_summaryAction; }
    SummaryScreen *summaryScreen() const;
    // Opens the summary screen full screen (or raises it); Esc brings this window back.
    void openSummary();
    // Settings → Language: the item of a code ("" system, "en", "zh_CN").
    QAction *languageAction(const QString &code) const;

signals:
    // An item of Settings → Language was chosen (WindowHost switches).
    void languageRequested(const QString &code);

private:
    void onSnapshot(SnapshotPtr snapshot);
    void onInventory(std::shared_ptr<const Inventory> inventory);
    void updateStatusLine();
    void updateAlertsTab(int active, int critical);
    void loadAlertSettings();
    void openAlertRulesDialog();
    void showAlertsTab();
    void importDatasets();

    FleetBridge *m_bridge;
    ConnectionBar *m_connectionBar;
    QTabWidget *m_tabs;
    OverviewPage *m_overview;
    QSettings *m_settings;
    ChipsPage *m_chips;
    AlertsPage *m_alerts;
    StatisticsBridge *m_statistics;
    DatasetsPage *m_datasets;
    AdoptionPage *m_adoption;
    IndustryPage *m_industry;
    int m_alertsTab = -1;
    QLabel *m_statusLine;
    QLabel *m_warning;
    QTimer *m_statusTimer;
    AlertNotifier *m_notifier;
    QAction *m_alertRulesAction = nullptr;
    QAction *m_summaryAction = nullptr;
    QPointer<SummaryScreen> m_summary;
    QList<QAction *> m_languageActions; // data(): the code
};

} // namespace scb
