#include "mainwindow.h"

#include "adoptionpage.h"
#include "alertnotifier.h"
#include "alertrulesdialog.h"
#include "alertsettings.h"
#include "alertspage.h"
#include "chartexport.h"
#include "chipdetailview.h"
#include "chipspage.h"
#include "chiptablespanel.h"
#include "connectionbar.h"
#include "datasetspage.h"
#include "formatting.h"
#include "industrypage.h"
#include "language.h"
#include "overviewpage.h"
#include "reportdialog.h"
#include "statisticsbridge.h"
#include "summaryscreen.h"
#include "tableexport.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace scb {

MainWindow::MainWindow(FleetBridge *bridge, StatisticsBridge *statistics, QWidget *parent)
    : QMainWindow(parent)
    , m_bridge(bridge)
    , m_connectionBar(new ConnectionBar(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewPage(this))
    , m_settings(new QSettings(this))
    , m_chips(new ChipsPage(m_settings, this))
    , m_alerts(new AlertsPage(this))
    , m_statistics(statistics ? statistics
                              : new StatisticsBridge(
                                    StatisticsBridge::cachePathFor(bridge->databasePath()), this))
    , m_datasets(new DatasetsPage(m_statistics, this))
    , m_adoption(new AdoptionPage(m_statistics, m_settings, this))
    , m_industry(new IndustryPage(m_statistics, this))
    , m_statusLine(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_statusTimer(new QTimer(this))
    , m_notifier(new AlertNotifier(this))
{
    setWindowTitle(tr("SCB Dashboard — smart computing base operations"));
    resize(1400, 900);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_connectionBar);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_tabs, 1);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_chips, tr("Chips"));
    m_alertsTab = m_tabs->addTab(m_alerts, tr("Alerts"));
    m_tabs->addTab(m_datasets, tr("Datasets"));
    m_tabs->addTab(m_adoption, tr("Cloud adoption"));
    m_tabs->addTab(m_industry, tr("Industry"));
    connect(m_alerts, &AlertsPage::countsChanged, this, &MainWindow::updateAlertsTab);
    setCentralWidget(central);
    // Ctrl+1, Ctrl+2, …: the pages in order, as in a browser.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, m_tabs, [this, i] { m_tabs->setCurrentIndex(i); });
        addAction(action);
    }

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *import = fileMenu->addAction(tr("&Import datasets…"));
    import->setToolTip(tr("Add datasets from a CKAN package_search response or a DCAT-AP "
                          "catalogue (JSON-LD)"));
    connect(import, &QAction::triggered, this, &MainWindow::importDatasets);
    connect(m_statistics, &StatisticsBridge::importFinished, this,
            [this](const ImportReport &report) {
                m_tabs->setCurrentWidget(m_datasets);
                DatasetsPage::showImportReport(this, report);
            });
    QAction *exportReport = fileMenu->addAction(tr("Export &report…"));
    exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    exportReport->setToolTip(tr("Write a PDF report of the fleet and the base's figures"));
    connect(exportReport, &QAction::triggered, this, [this] {
        auto *dialog = new ReportDialog(m_bridge->databasePath(), m_bridge->serverAddress(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    m_summaryAction = viewMenu->addAction(tr("&Summary screen"));
    m_summaryAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_summaryAction->setToolTip(tr("Full-screen slides for a meeting-room screen (Esc leaves)"));
    connect(m_summaryAction, &QAction::triggered, this, &MainWindow::openSummary);
    auto *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_alertRulesAction = settingsMenu->addAction(tr("Alert &thresholds…"));
    connect(m_alertRulesAction, &QAction::triggered, this, &MainWindow::openAlertRulesDialog);
    QAction *summarySettings = settingsMenu->addAction(tr("Summary &screen…"));
    connect(summarySettings, &QAction::triggered, this, [this] {
        auto *dialog = new SummarySettingsDialog(m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // Each language by its own name, so that whoever reads it finds theirs.
    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(this);
    const std::pair<QString, QString> languages[] = {
        {QStringLiteral(""), tr("System default")},
        {QString::fromLatin1(kLanguageEnglish), QStringLiteral("English")},
        {QString::fromLatin1(kLanguageChinese), QStringLiteral("中文(简体)")},
    };
    for (const auto &[code, name] : languages) {
        QAction *action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == appliedLanguage());
        action->setData(code);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code = code] { emit languageRequested(code); });
        m_languageActions << action;
    }
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About SCB Dashboard"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About SCB Dashboard"),
            tr("<b>SCB Dashboard %1</b><p>Operations dashboard of a smart "
               "computing base: the live accelerator fleet and its history, the datasets it "
               "publishes, enterprises on the cloud and industry output.</p>")
                .arg(QApplication::applicationVersion()));
    });

    m_warning->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    statusBar()->addWidget(m_statusLine, 1);
    statusBar()->addPermanentWidget(m_warning);

    connect(m_bridge, &FleetBridge::started, this, [this] {
        m_connectionBar->setServer(m_bridge->serverAddress(), m_bridge->isEmbedded());
        // The base's statistics come from the same server as the telemetry.
        m_statistics->setServer(m_bridge->serverAddress());
    });
    connect(m_bridge, &FleetBridge::linkStatusChanged, this, [this](const LinkStatus &status) {
        m_connectionBar->setLinkStatus(status, m_bridge->hasHistory());
    });
    connect(m_bridge, &FleetBridge::inventoryChanged, this, &MainWindow::onInventory);
    connect(m_bridge, &FleetBridge::snapshotChanged, this, &MainWindow::onSnapshot);
    connect(m_bridge, &FleetBridge::storeWarning, this, [this](const QString &message) {
        m_warning->setText(message);
        m_warning->setToolTip(message);
    });
    connect(m_bridge, &FleetBridge::alertsChanged, m_alerts, &AlertsPage::setAlerts);
    connect(m_bridge, &FleetBridge::alertsChanged, m_notifier, &AlertNotifier::setAlerts);
    connect(m_notifier, &AlertNotifier::activated, this, &MainWindow::showAlertsTab);
    connect(m_alerts, &AlertsPage::acknowledgeRequested, m_bridge, &FleetBridge::acknowledgeAlert);
    connect(m_bridge, &FleetBridge::alertAcknowledgeFailed, m_alerts,
            &AlertsPage::showAcknowledgeError);
    // History answers go back to the view that asked, and to no other.
    ChipDetailView *chipView = m_chips->chipView();
    connect(chipView, &ChipDetailView::historyRequested, chipView,
            [bridge = m_bridge, chipView](const ChipHistoryRequest &request) {
                bridge->requestChipHistory(request, chipView, [chipView](const auto &result) {
                    chipView->applyHistory(result);
                });
            });
    ChipTablesPanel *tables = m_chips->tables();
    connect(m_chips, &ChipsPage::eventCountsRequested, tables,
            [bridge = m_bridge, tables](qint64 fromMs, qint64 toMs, quint64 serial) {
                bridge->requestEventCounts(
                    {fromMs, toMs, serial}, tables,
                    [tables](const auto &result) { tables->setEventCounts(result); });
            });
    // What a copy or an export did shows in the status bar, whichever
    // table or chart it came from.
    const auto showExportMessage = [this](const QString &text) {
        statusBar()->showMessage(text, 10'000);
    };
    for (const TableExport *exporter : findChildren<TableExport *>())
        connect(exporter, &TableExport::message, this, showExportMessage);
    for (const ChartExport *exporter : findChildren<ChartExport *>())
        connect(exporter, &ChartExport::message, this, showExportMessage);
    QList<HistoryChart *> charts = m_chips->historyCharts();
    charts << m_overview->powerChart();
    for (HistoryChart *chart : charts) {
        connect(chart, &HistoryChart::historyRequested, chart,
                [bridge = m_bridge, chart](const HistoryRequest &request) {
                    bridge->requestHistory(request, chart, [chart](const auto &result) {
                        chart->applyHistory(result);
                    });
                });
    }

    // Built while the bridge runs (another language chosen): what it had delivered.
    if (!m_bridge->serverAddress().isEmpty()) {
        m_connectionBar->setServer(m_bridge->serverAddress(), m_bridge->isEmbedded());
        m_connectionBar->setLinkStatus(m_bridge->linkStatus(), m_bridge->hasHistory());
    }
    if (m_bridge->alerts()) {
        // Before the notifier is enabled: what is active now was announced already.
        m_alerts->setAlerts(m_bridge->alerts());
        m_notifier->setAlerts(m_bridge->alerts());
    }

    loadAlertSettings();

    m_statusTimer->setInterval(1000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatusLine);
    m_statusTimer->start();
    updateStatusLine();

    if (m_bridge->inventory())
        onInventory(m_bridge->inventory());
    if (m_bridge->snapshot())
        onSnapshot(m_bridge->snapshot());
}

QAction *MainWindow::languageAction(const QString &code) const
{
    for (QAction *action : m_languageActions)
        if (action->data().toString() == code)
            return action;
    return nullptr;
}

void MainWindow::onInventory(std::shared_ptr<const Inventory> inventory)
{
    m_overview->setInventory(inventory);
    m_alerts->setInventory(inventory);
    m_notifier->setInventory(inventory);
    m_chips->setInventory(std::move(inventory));
}

void MainWindow::onSnapshot(SnapshotPtr snapshot)
{
    m_connectionBar->setLastTick(snapshot->tick->unixMs, snapshot->tick->chipCount());
    m_overview->setSnapshot(snapshot);
    m_chips->setSnapshot(std::move(snapshot));
}

void MainWindow::updateStatusLine()
{
    const FleetBridge::Counters c = m_bridge->counters();
    QString text = tr("History: %1 · %2 ticks received, %3 stored")
                       .arg(QDir::toNativeSeparators(m_bridge->databasePath()),
                            formatCount(c.ticks), formatCount(c.ticksStored));
    // The store keeps up while at most one tick waits.
    if (c.storeQueue > 1)
        text += tr(" · store behind by %n tick(s)", nullptr,
                   int(std::min<uint64_t>(c.storeQueue, INT_MAX)));
    if (c.ticksCoalesced)
        text += tr(" · %1 skipped while the store was behind").arg(formatCount(c.ticksCoalesced));
    if (c.compactionBehind)
        text += tr(" · compaction behind: %1 ticks waiting").arg(formatCount(c.hotTicks));
    if (c.rejectedChunks || c.rejectedValues)
        text += tr(" · rejected: %1 chunks, %2 values")
                    .arg(formatCount(c.rejectedChunks), formatCount(c.rejectedValues));
    if (c.incompleteTicks)
        text += tr(" · %1 incomplete ticks").arg(formatCount(c.incompleteTicks));
    if (c.reconnects)
        text += tr(" · %n reconnect(s)", nullptr, int(std::min<uint64_t>(c.reconnects, INT_MAX)));
    m_statusLine->setText(text);
}

void MainWindow::updateAlertsTab(int active, int critical)
{
    // The count on the tab, red while anything is critical: seen from any page.
    m_tabs->setTabText(m_alertsTab,
                       active == 0 ? tr("Alerts") : tr("Alerts (%1)").arg(formatCount(active)));
    m_tabs->tabBar()->setTabTextColor(m_alertsTab, critical > 0
                                                       ? QColor(0xb9, 0x1c, 0x1c)
                                                       : palette().color(QPalette::WindowText));
    m_tabs->setTabToolTip(
        m_alertsTab,
        tr("%1 active alerts, %2 critical").arg(formatCount(active), formatCount(critical)));
}

void MainWindow::loadAlertSettings()
{
    QStringList problems;
    m_bridge->setAlertRules(loadAlertRules(*m_settings, &problems));
    m_notifier->setEnabled(loadDesktopNotifications(*m_settings, &problems));
    if (problems.isEmpty())
        return;
    for (const QString &problem : problems)
        qCWarning(lcAlertSettings, "%s", qPrintable(problem));
    // Once, at start: the log keeps the details.
    const QString text =
        problems.size() == 1
            ? problems.front()
            : tr("%1 (and %n more problem(s) with the alert settings, see the log)", nullptr,
                 int(problems.size() - 1))
                  .arg(problems.front());
    statusBar()->showMessage(text, 30'000);
}

void MainWindow::openAlertRulesDialog()
{
    auto *dialog = new AlertRulesDialog(m_bridge->alertRules(), m_notifier->isEnabled(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AlertRules rules = dialog->rules();
        if (Status s = m_bridge->setAlertRules(rules); !s.ok()) {
            // The dialog checks what the engine checks; this is a last line of defence.
            statusBar()->showMessage(
                tr("Alert thresholds not applied: %1").arg(QString::fromStdString(s.message())),
                30'000);
            return;
        }
        saveAlertRules(*m_settings, rules);
        saveDesktopNotifications(*m_settings, dialog->notifyDesktop());
        m_notifier->setEnabled(dialog->notifyDesktop());
        statusBar()->showMessage(tr("Alert thresholds applied."), 5'000);
    });
    dialog->open();
}

void MainWindow::importDatasets()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import datasets"), QString(), tr("Catalogues (*.json *.jsonld);;All files (*)"));
    if (!path.isEmpty())
        m_statistics->importFile(path);
}

SummaryScreen *MainWindow::summaryScreen() const
{
    return m_summary.data();
}

void MainWindow::openSummary()
{
    if (!m_summary) {
        // A window of its own, deleted with this one.
        m_summary = new SummaryScreen(m_bridge, m_statistics, m_settings, this);
        m_summary->setWindowFlag(Qt::Window);
        m_summary->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_summary, &SummaryScreen::leaveRequested, this, [this] {
            if (m_summary)
                m_summary->close();
            raise();
            activateWindow();
        });
    }
    m_summary->showFullScreenOn(screen());
    m_summary->raise();
    m_summary->activateWindow();
}

void MainWindow::showAlertsTab()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    m_tabs->setCurrentIndex(m_alertsTab);
}

} // namespace scb
