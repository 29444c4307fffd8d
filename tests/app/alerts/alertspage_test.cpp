#include "alertlistmodel.h"
#include "alertspage.h"
#include "csvexport.h"
#include "formatting.h"
#include "tabletesthelpers.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace scb {
namespace {

using tabletest::ModelTestWarnings;
using tabletest::parseCsv;

constexpr int64_t kNowMs = 1'768'453'200'000; // 2026-01-15 13:00 CST

// Two centers, three nodes of eight chips: gy-n0001 (0-7) and gy-n0002 (8-15)
// in Guiyang, wlcb-n0001 (16-23) in Ulanqab, named in Chinese.
std::shared_ptr<const Inventory> smallInventory()
{
    auto inv = std::make_shared<Inventory>();
    inv->version = 7;
    inv->source = "test";
    inv->centers = {{"Guiyang", "Guizhou"}, {"乌兰察布", "内蒙古"}};
    inv->models = {{"H100", "NVIDIA", 81'920, 700}};
    inv->nodes = {
        {"gy-n0001", 0, 0, 0, 8, 0}, {"gy-n0002", 0, 0, 8, 8, 0}, {"wlcb-n0001", 1, 0, 16, 8, 0}};
    inv->chipUuids.resize(24);
    for (size_t i = 0; i < inv->chipUuids.size(); ++i)
        inv->chipUuids[i][15] = uint8_t(i);
    EXPECT_EQ(validateInventory(*inv), "");
    return inv;
}

Alert chipAlert(uint64_t id, AlertKind kind, Severity severity, int64_t sinceMs, uint32_t chip)
{
    Alert a;
    a.id = id;
    a.kind = kind;
    a.severity = severity;
    a.sinceMs = sinceMs;
    a.raisedMs = sinceMs;
    a.lastMs = kNowMs;
    a.chip = chip;
    a.node = chip / 8;
    a.center = a.node < 2 ? 0 : 1;
    return a;
}

Alert temperature(uint64_t id, Severity severity, int64_t sinceMs, uint32_t chip, double c)
{
    Alert a = chipAlert(id, AlertKind::Temperature, severity, sinceMs, chip);
    a.value = c;
    a.peak = c;
    return a;
}

Alert xid(uint64_t id, int64_t sinceMs, uint32_t chip, uint32_t code, uint32_t count)
{
    Alert a =
        chipAlert(id, AlertKind::Xid,
                  code == 79 || code == 48 ? Severity::Critical : Severity::Warning, sinceMs, chip);
    a.value = code;
    a.code = code;
    a.count = count;
    return a;
}

Alert nodeSilent(uint64_t id, int64_t sinceMs, uint32_t node, double seconds)
{
    Alert a;
    a.id = id;
    a.kind = AlertKind::NodeSilent;
    a.severity = Severity::Critical;
    a.sinceMs = sinceMs;
    a.node = node;
    a.center = node < 2 ? 0 : 1;
    a.chip = kNoChip;
    a.value = seconds;
    return a;
}

Alert offline(uint64_t id, int64_t sinceMs, uint32_t chip, double seconds)
{
    Alert a = chipAlert(id, AlertKind::Offline, Severity::Warning, sinceMs, chip);
    a.value = seconds;
    return a;
}

Alert acknowledged(Alert a, const std::string &who, const std::string &note, int64_t atMs)
{
    a.acknowledged = true;
    a.ackBy = who;
    a.ackNote = note;
    a.ackMs = atMs;
    return a;
}

using AlertsPtr = std::shared_ptr<const std::vector<Alert>>;

AlertsPtr alerts(std::vector<Alert> list)
{
    return std::make_shared<const std::vector<Alert>>(std::move(list));
}

// A mixed set: 3 critical, 3 warnings, one of them acknowledged.
std::vector<Alert> mixedAlerts()
{
    return {
        temperature(1, Severity::Warning, kNowMs - 600'000, 3, 84),   // Guiyang
        xid(2, kNowMs - 300'000, 12, 79, 3),                          // Guiyang, critical
        nodeSilent(3, kNowMs - 120'000, 2, 120),                      // 乌兰察布, critical
        offline(4, kNowMs - 45'000, 17, 45),                          // 乌兰察布
        temperature(5, Severity::Critical, kNowMs - 900'000, 20, 88), // 乌兰察布, critical
        acknowledged(xid(6, kNowMs - 60'000, 5, 13, 1), "bob", "job bug", 0) // Guiyang
    };
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

// The ids in the proxy's order.
std::vector<quint64> shownIds(const QAbstractItemModel &model)
{
    std::vector<quint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.push_back(model.index(r, 0).data(AlertListModel::AlertIdRole).toULongLong());
    return ids;
}

TEST(AlertListModel, PassesTheModelTesterThroughUpdates)
{
    ModelTestWarnings warnings;
    AlertListModel model;
    AlertFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(AlertListModel::SeverityColumn, Qt::DescendingOrder);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);

    model.setAlerts(alerts(mixedAlerts()));
    ASSERT_EQ(model.rowCount(), 6);
    model.setInventory(smallInventory());

    // Rows of alerts still active keep their place: a persistent index follows id 4.
    const QPersistentModelIndex four = model.index(model.rowOf(4), AlertListModel::WhatColumn);
    const QPersistentModelIndex fourShown =
        proxy.mapFromSource(model.index(model.rowOf(4), AlertListModel::WhereColumn));
    std::vector<Alert> next = mixedAlerts();
    next.erase(next.begin() + 1, next.begin() + 3); // ids 2 and 3 clear
    next[0].value = 86;                             // id 1 warms up
    next[0].peak = 86;
    next.push_back(xid(9, kNowMs - 1000, 22, 48, 1));
    next.push_back(xid(8, kNowMs - 2000, 23, 94, 2));
    model.setAlerts(alerts(next));
    EXPECT_EQ(model.rowCount(), 6);
    ASSERT_TRUE(four.isValid());
    EXPECT_EQ(four.data(AlertListModel::AlertIdRole).toULongLong(), 4u);
    ASSERT_TRUE(fourShown.isValid());
    EXPECT_EQ(fourShown.data(AlertListModel::AlertIdRole).toULongLong(), 4u);
    EXPECT_EQ(cell(model, model.rowOf(1), AlertListModel::ValueColumn), QStringLiteral("86 °C"));
    EXPECT_EQ(model.rowOf(2), -1);
    EXPECT_EQ(model.rowOf(3), -1);
    EXPECT_GE(model.rowOf(8), 0);
    EXPECT_GE(model.rowOf(9), 0);

    // A repeated id counts once; null means none.
    next.push_back(next.front());
    model.setAlerts(alerts(next));
    EXPECT_EQ(model.rowCount(), 6);
    model.setAlerts(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(proxy.rowCount(), 0);
    model.setAlerts(alerts(mixedAlerts()));
    proxy.setSearchText(QStringLiteral("gy-n"));
    proxy.setSeverity(int(Severity::Critical));
    model.setAlerts(alerts({mixedAlerts()[0], mixedAlerts()[1]}));
    EXPECT_EQ(proxy.rowCount(), 1);

    EXPECT_EQ(resets.count(), 0) << "updates go row by row, not by resets";
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join('\n').toStdString();
}

TEST(AlertListModel, ShowsEachColumn)
{
    AlertListModel model;
    model.setInventory(smallInventory());
    Alert hot = temperature(1, Severity::Critical, kNowMs - 600'000, 3, 86);
    hot.peak = 89.4;
    const int64_t ackAt = QDateTime::currentMSecsSinceEpoch();
    const Alert ackHot = acknowledged(temperature(7, Severity::Warning, kNowMs, 4, 84), "alice",
                                      "fan 3 swapped,\nwatching", ackAt);
    Alert ecc = chipAlert(8, AlertKind::EccDoubleBit, Severity::Critical, kNowMs, 9);
    ecc.count = 2;
    model.setAlerts(
        alerts({hot, xid(2, kNowMs, 12, 79, 3), nodeSilent(3, kNowMs, 2, 120),
                offline(4, kNowMs, 17, 45), xid(5, kNowMs, 18, 999, 1), ackHot,
                chipAlert(6, AlertKind::HealthFault, Severity::Critical, kNowMs, 1), ecc}));
    ASSERT_EQ(model.rowCount(), 8);
    using M = AlertListModel;
    const auto row = [&](quint64 id) {
        return model.rowOf(id);
    };
    EXPECT_EQ(model.columnCount(), 7);
    EXPECT_EQ(model.headerData(M::ActionColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
              QStringLiteral("What to do"));

    // A chip's temperature.
    EXPECT_EQ(cell(model, row(1), M::SeverityColumn), QStringLiteral("Critical"));
    EXPECT_EQ(cell(model, row(1), M::SinceColumn), formatDateTime(kNowMs - 600'000));
    EXPECT_EQ(cell(model, row(1), M::WhereColumn), QStringLiteral("Guiyang › gy-n0001 › Chip 3"));
    EXPECT_EQ(cell(model, row(1), M::WhatColumn), QStringLiteral("High temperature"));
    EXPECT_EQ(cell(model, row(1), M::ValueColumn), QStringLiteral("86 °C (peak 89 °C)"));
    EXPECT_EQ(cell(model, row(1), M::ActionColumn),
              QString::fromUtf8(alertKindAction(AlertKind::Temperature)));
    EXPECT_EQ(cell(model, row(1), M::AcknowledgedColumn), QString());
    EXPECT_EQ(model.index(row(1), 0).data(M::AlertIdRole).toULongLong(), 1u);
    EXPECT_EQ(model.index(row(1), M::ValueColumn).data(M::AlertIdRole).toULongLong(), 1u);
    EXPECT_EQ(model.index(row(1), M::SinceColumn).data(M::SortRole).toLongLong(), kNowMs - 600'000);
    const QVariant icon = model.index(row(1), M::SeverityColumn).data(Qt::DecorationRole);
    ASSERT_TRUE(icon.canConvert<QIcon>());
    EXPECT_FALSE(icon.value<QIcon>().isNull());
    const QImage critical = icon.value<QIcon>().pixmap(16, 16).toImage();
    const QImage warning = model.index(row(7), M::SeverityColumn)
                               .data(Qt::DecorationRole)
                               .value<QIcon>()
                               .pixmap(16, 16)
                               .toImage();
    EXPECT_NE(critical.pixelColor(8, 8), warning.pixelColor(8, 8)) << "one colour per severity";
    EXPECT_GT(model.index(row(1), M::SeverityColumn).data(M::SortRole).toInt(),
              model.index(row(7), M::SeverityColumn).data(M::SortRole).toInt());

    // XID: the code and NVIDIA's title, the count, the catalog's action.
    EXPECT_EQ(cell(model, row(2), M::WhereColumn), QStringLiteral("Guiyang › gy-n0002 › Chip 12"));
    EXPECT_EQ(cell(model, row(2), M::WhatColumn),
              QStringLiteral("XID 79 — GPU has fallen off the bus"));
    EXPECT_EQ(cell(model, row(2), M::ValueColumn), QStringLiteral("×3"));
    EXPECT_EQ(cell(model, row(2), M::ActionColumn), QString::fromUtf8(xidInfo(79).action));
    // A code the catalog lacks.
    EXPECT_EQ(cell(model, row(5), M::WhatColumn), QStringLiteral("XID 999"));
    EXPECT_EQ(cell(model, row(5), M::ActionColumn), QString::fromUtf8(xidInfo(999).action));
    EXPECT_EQ(cell(model, row(5), M::ValueColumn), QStringLiteral("×1"));

    // A node: no chip in where; value is how long.
    EXPECT_EQ(cell(model, row(3), M::WhereColumn), QStringLiteral("乌兰察布 › wlcb-n0001"));
    EXPECT_EQ(cell(model, row(3), M::WhatColumn), QStringLiteral("No data from node"));
    EXPECT_EQ(cell(model, row(3), M::ValueColumn), QStringLiteral("for 2 min"));
    EXPECT_EQ(cell(model, row(3), M::ActionColumn),
              QString::fromUtf8(alertKindAction(AlertKind::NodeSilent)));
    EXPECT_EQ(model.index(row(3), 0).data(M::CenterRole).toInt(), 1);
    EXPECT_EQ(cell(model, row(4), M::ValueColumn), QStringLiteral("for 45 s"));
    EXPECT_EQ(cell(model, row(4), M::WhatColumn), QStringLiteral("Chip offline"));
    // The node's own alert sorts before its chips' by where.
    EXPECT_LT(model.index(row(3), M::WhereColumn).data(M::SortRole).toULongLong(),
              model.index(row(4), M::WhereColumn).data(M::SortRole).toULongLong());

    // Acknowledged: who, when (today: the time only) and the note on one line.
    const QString at =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(ackAt).time(), QStringLiteral("HH:mm"));
    EXPECT_EQ(cell(model, row(7), M::AcknowledgedColumn),
              QStringLiteral("by alice at %1 — fan 3 swapped, watching").arg(at));
    EXPECT_TRUE(model.index(row(7), 0).data(M::AcknowledgedRole).toBool());
    EXPECT_TRUE(model.index(row(7), 0).data(Qt::ForegroundRole).isValid());
    EXPECT_FALSE(model.index(row(1), 0).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(model.acknowledgedCount(), 1);
    EXPECT_EQ(model.criticalCount(), 5);

    EXPECT_EQ(cell(model, row(6), M::WhatColumn), QStringLiteral("Health fault"));
    EXPECT_EQ(cell(model, row(6), M::ValueColumn), QString());
    EXPECT_EQ(cell(model, row(8), M::WhatColumn), QStringLiteral("Double-bit ECC error"));
    EXPECT_EQ(cell(model, row(8), M::ValueColumn), QStringLiteral("×2"));

    // Without an inventory (or beyond it): numbers instead of names.
    AlertListModel bare;
    Alert stray = temperature(1, Severity::Warning, kNowMs, 30, 84);
    stray.node = 40;
    stray.center = 3;
    bare.setAlerts(alerts({temperature(2, Severity::Warning, kNowMs, 3, 84), stray}));
    EXPECT_EQ(cell(bare, bare.rowOf(2), M::WhereColumn),
              QStringLiteral("Center 0 › Node 0 › Chip 3"));
    bare.setInventory(smallInventory());
    EXPECT_EQ(cell(bare, bare.rowOf(2), M::WhereColumn),
              QStringLiteral("Guiyang › gy-n0001 › Chip 3"));
    EXPECT_EQ(cell(bare, bare.rowOf(1), M::WhereColumn),
              QStringLiteral("Center 3 › Node 40 › Chip 30"));
}

TEST(AlertsPage, SortsCriticalFirstThenNewestAndByAnyColumn)
{
    AlertsPage page;
    page.setInventory(smallInventory());
    page.setAlerts(alerts(mixedAlerts()));
    const QAbstractItemModel &shown = *page.table()->model();
    // Critical newest first (3, 2, 5), then warnings newest first (4, 6, 1).
    EXPECT_EQ(shownIds(shown), (std::vector<quint64>{3, 2, 5, 4, 6, 1}));

    page.table()->sortByColumn(AlertListModel::SinceColumn, Qt::AscendingOrder);
    EXPECT_EQ(shownIds(shown), (std::vector<quint64>{5, 1, 2, 3, 6, 4}));
    page.table()->sortByColumn(AlertListModel::SeverityColumn, Qt::AscendingOrder);
    EXPECT_EQ(shownIds(shown), (std::vector<quint64>{1, 6, 4, 5, 2, 3}));
    // Where: inventory order (node 0: 1, 6; node 1: 2; node 2: its own alert, then chips).
    page.table()->sortByColumn(AlertListModel::WhereColumn, Qt::AscendingOrder);
    EXPECT_EQ(shownIds(shown), (std::vector<quint64>{1, 6, 2, 3, 4, 5}));
    // Value is numeric: 84 °C < 88 °C, not by text.
    page.setAlerts(alerts({temperature(1, Severity::Warning, kNowMs, 3, 100),
                           temperature(2, Severity::Warning, kNowMs, 4, 88),
                           temperature(3, Severity::Warning, kNowMs, 5, 9)}));
    page.table()->sortByColumn(AlertListModel::ValueColumn, Qt::AscendingOrder);
    EXPECT_EQ(shownIds(shown), (std::vector<quint64>{3, 2, 1}));
    // A new alert lands in its sorted place.
    page.table()->sortByColumn(AlertListModel::SeverityColumn, Qt::DescendingOrder);
    page.setAlerts(
        alerts({temperature(1, Severity::Warning, kNowMs, 3, 100),
                temperature(2, Severity::Warning, kNowMs, 4, 88),
                temperature(3, Severity::Warning, kNowMs, 5, 9), xid(4, kNowMs - 10, 6, 79, 1)}));
    EXPECT_EQ(shownIds(shown).front(), 4u);
}

TEST(AlertsPage, FiltersBySeverityCenterAndText)
{
    AlertsPage page;
    page.resize(1366, 768);
    page.setInventory(smallInventory());
    page.setAlerts(alerts(mixedAlerts()));
    const QAbstractItemModel &shown = *page.table()->model();
    ASSERT_EQ(shown.rowCount(), 6);

    QComboBox *severity = page.severityFilter();
    severity->setCurrentIndex(severity->findData(int(Severity::Critical)));
    EXPECT_EQ(shownIds(shown), (std::vector<quint64>{3, 2, 5}));
    EXPECT_TRUE(page.headerText().contains(QStringLiteral("3 of 6 shown")))
        << page.headerText().toStdString();
    severity->setCurrentIndex(severity->findData(int(Severity::Warning)));
    EXPECT_EQ(shownIds(shown), (std::vector<quint64>{4, 6, 1}));

    QComboBox *center = page.centerFilter();
    ASSERT_EQ(center->count(), 3); // all, Guiyang, 乌兰察布
    EXPECT_EQ(center->itemText(2), QStringLiteral("乌兰察布"));
    center->setCurrentIndex(2);
    EXPECT_EQ(shownIds(shown), (std::vector<quint64>{4}));
    severity->setCurrentIndex(0);
    EXPECT_EQ(shownIds(shown), (std::vector<quint64>{3, 5, 4}));
    center->setCurrentIndex(1);
    EXPECT_EQ(shownIds(shown), (std::vector<quint64>{2, 6, 1}));
    center->setCurrentIndex(0);

    // Text in any column, any case: what, where, the note, the action.
    page.searchEdit()->setText(QStringLiteral("xid 79"));
    EXPECT_EQ(shownIds(shown), (std::vector<quint64>{2}));
    page.searchEdit()->setText(QStringLiteral("乌兰"));
    EXPECT_EQ(shownIds(shown), (std::vector<quint64>{3, 5, 4}));
    page.searchEdit()->setText(QStringLiteral("JOB BUG"));
    EXPECT_EQ(shownIds(shown), (std::vector<quint64>{6}));
    page.searchEdit()->setText(QStringLiteral("gy-n0001 › Chip 3"));
    EXPECT_EQ(shownIds(shown), (std::vector<quint64>{1}));
    EXPECT_EQ(page.placeholderText(), QString());

    page.searchEdit()->setText(QStringLiteral("nothing like this"));
    EXPECT_EQ(shown.rowCount(), 0);
    EXPECT_EQ(page.placeholderText(), QStringLiteral("No alerts match the filters."));
    EXPECT_FALSE(page.exportButton()->isEnabled());
    page.searchEdit()->clear();
    EXPECT_EQ(shown.rowCount(), 6);
    EXPECT_FALSE(page.headerText().contains(QStringLiteral("shown")));

    // A new inventory keeps the center chosen by its name.
    center->setCurrentIndex(2);
    auto renamed = std::make_shared<Inventory>(*smallInventory());
    std::swap(renamed->centers[0], renamed->centers[1]);
    page.setInventory(renamed);
    EXPECT_EQ(center->currentText(), QStringLiteral("乌兰察布"));
    EXPECT_EQ(page.proxy()->center(), 0);
}

TEST(AlertsPage, AcknowledgesTheSelectedAlertWithWhoAndNote)
{
    // The name is prefilled from $USER.
    const QByteArray oldUser = qgetenv("USER");
    qputenv("USER", "carol");
    AlertsPage page;
    qputenv("USER", oldUser);
    page.resize(1366, 768);
    page.show();
    page.setInventory(smallInventory());
    page.setAlerts(alerts(mixedAlerts()));
    QSignalSpy requests(&page, &AlertsPage::acknowledgeRequested);

    EXPECT_FALSE(page.acknowledgeButton()->isEnabled()) << "nothing selected";
    ASSERT_TRUE(page.selectAlert(2));
    EXPECT_EQ(page.selectedAlertIds(), QList<quint64>{2});
    ASSERT_TRUE(page.acknowledgeButton()->isEnabled());
    QTest::mouseClick(page.acknowledgeButton(), Qt::LeftButton);
    auto *dialog = page.findChild<AcknowledgeDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->who(), QStringLiteral("carol"));

    dialog->setWho(QString());
    EXPECT_FALSE(dialog->okButton()->isEnabled()) << "a name is needed";
    dialog->setWho(QString(300, QLatin1Char('x')));
    EXPECT_FALSE(dialog->okButton()->isEnabled()) << "over the engine's limit";
    dialog->setWho(QStringLiteral("  alice "));
    dialog->setNote(QStringLiteral("draining gy-n0002, \"RMA\" filed"));
    ASSERT_TRUE(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    ASSERT_EQ(requests.count(), 1);
    EXPECT_EQ(requests[0][0].toULongLong(), 2u);
    EXPECT_EQ(requests[0][1].toString(), QStringLiteral("alice"));
    EXPECT_EQ(requests[0][2].toString(), QStringLiteral("draining gy-n0002, \"RMA\" filed"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(page.findChild<AcknowledgeDialog *>(), nullptr) << "the dialog goes when closed";

    // The engine's answer: the row keeps its selection and says who; the button goes grey.
    std::vector<Alert> next = mixedAlerts();
    next[1] = acknowledged(next[1], "alice", "draining gy-n0002", kNowMs);
    page.setAlerts(alerts(next));
    EXPECT_EQ(page.selectedAlertIds(), QList<quint64>{2});
    EXPECT_FALSE(page.acknowledgeButton()->isEnabled());
    EXPECT_TRUE(page.selectAlert(6));
    EXPECT_FALSE(page.acknowledgeButton()->isEnabled()) << "6 was acknowledged by bob";

    // Several selected: one request per unacknowledged alert; the name is remembered.
    page.table()->selectAll();
    ASSERT_TRUE(page.acknowledgeButton()->isEnabled());
    requests.clear();
    QTest::mouseClick(page.acknowledgeButton(), Qt::LeftButton);
    dialog = page.findChild<AcknowledgeDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->who(), QStringLiteral("alice"));
    dialog->setNote(QStringLiteral("  "));
    dialog->accept();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    std::vector<quint64> ids;
    for (const QList<QVariant> &args : requests) {
        ids.push_back(args[0].toULongLong());
        EXPECT_EQ(args[2].toString(), QString());
    }
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (std::vector<quint64>{1, 3, 4, 5}));

    // Cancel emits nothing.
    requests.clear();
    page.selectAlert(1);
    QTest::mouseClick(page.acknowledgeButton(), Qt::LeftButton);
    dialog = page.findChild<AcknowledgeDialog *>();
    ASSERT_NE(dialog, nullptr);
    dialog->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(requests.count(), 0);
    EXPECT_EQ(page.findChild<AcknowledgeDialog *>(), nullptr);

    page.showAcknowledgeError(QStringLiteral("alert 1 is already acknowledged"));
    EXPECT_TRUE(page.acknowledgeErrorText().contains(QStringLiteral("already acknowledged")));
}

TEST(AlertsPage, ReportsCountsWhenTheyChange)
{
    AlertsPage page;
    QSignalSpy counts(&page, &AlertsPage::countsChanged);
    EXPECT_EQ(page.activeCount(), 0);
    EXPECT_EQ(page.placeholderText(), QStringLiteral("No active alerts."));

    page.setAlerts(alerts(mixedAlerts()));
    ASSERT_EQ(counts.count(), 1);
    EXPECT_EQ(counts[0][0].toInt(), 6);
    EXPECT_EQ(counts[0][1].toInt(), 3);
    EXPECT_EQ(page.activeCount(), 6);
    EXPECT_EQ(page.criticalCount(), 3);
    EXPECT_TRUE(page.headerText().startsWith(QStringLiteral("3 critical, 3 warning")))
        << page.headerText().toStdString();
    EXPECT_TRUE(page.headerText().contains(QStringLiteral("1 acknowledged")));
    EXPECT_EQ(page.placeholderText(), QString());

    // The same counts: no signal, even if values changed.
    std::vector<Alert> next = mixedAlerts();
    next[0].value = 85;
    page.setAlerts(alerts(next));
    EXPECT_EQ(counts.count(), 1);

    // A warning escalates.
    next[0].severity = Severity::Critical;
    page.setAlerts(alerts(next));
    ASSERT_EQ(counts.count(), 2);
    EXPECT_EQ(counts[1][0].toInt(), 6);
    EXPECT_EQ(counts[1][1].toInt(), 4);

    page.setAlerts(alerts({}));
    ASSERT_EQ(counts.count(), 3);
    EXPECT_EQ(counts[2][0].toInt(), 0);
    EXPECT_EQ(counts[2][1].toInt(), 0);
    EXPECT_EQ(page.placeholderText(), QStringLiteral("No active alerts."));
    EXPECT_EQ(page.headerText(), QStringLiteral("No active alerts"));
}

TEST(CsvExport, QuotesWhatRfc4180NeedsAndKeepsUnicode)
{
    QStandardItemModel model(0, 3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Name"), QStringLiteral("Note, long"), QStringLiteral("地点")});
    model.appendRow({new QStandardItem(QStringLiteral("plain")),
                     new QStandardItem(QStringLiteral("a,b")),
                     new QStandardItem(QStringLiteral("乌兰察布"))});
    model.appendRow({new QStandardItem(QStringLiteral("say \"hi\"")),
                     new QStandardItem(QStringLiteral("line 1\nline 2")),
                     new QStandardItem(QString())});
    const QByteArray csv = tableToCsv(&model);
    const QByteArray expected = "\xEF\xBB\xBF"
                                "Name,\"Note, long\",\xE5\x9C\xB0\xE7\x82\xB9\r\n"
                                "plain,\"a,b\",\xE4\xB9\x8C\xE5\x85\xB0\xE5\xAF\x9F\xE5\xB8\x83\r\n"
                                "\"say \"\"hi\"\"\",\"line 1\nline 2\",\r\n";
    EXPECT_EQ(csv, expected);
    EXPECT_EQ(csvField(QStringLiteral("cr\r")), QStringLiteral("\"cr\r\""));
    EXPECT_EQ(csvField(QStringLiteral(" spaced ")), QStringLiteral(" spaced "));

    // Back again: the same cells.
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
    ASSERT_EQ(rows.size(), 3);
    for (int r = 0; r < model.rowCount(); ++r) {
        ASSERT_EQ(rows[r + 1].size(), 3);
        for (int c = 0; c < 3; ++c)
            EXPECT_EQ(rows[r + 1][c], model.index(r, c).data().toString());
    }

    EXPECT_EQ(tableRowsToText(&model, {1, 7, 0}),
              QStringLiteral("say \"hi\"\tline 1 line 2\t\nplain\ta,b\t乌兰察布\n"));
    EXPECT_EQ(tableToCsv(nullptr), QByteArray("\xEF\xBB\xBF"));
}

TEST(AlertsPage, ExportsAndCopiesWhatIsShown)
{
    AlertsPage page;
    page.resize(1366, 768);
    page.show();
    page.setInventory(smallInventory());
    std::vector<Alert> list = mixedAlerts();
    list[5] = acknowledged(list[5], "王伟", "restarted, \"job 42\"\nwatching it", kNowMs);
    page.setAlerts(alerts(list));
    const QAbstractItemModel &shown = *page.table()->model();

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("alerts.csv"));
    ASSERT_TRUE(page.exportCsv(path)) << page.statusText().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    ASSERT_EQ(rows.size(), 7);
    EXPECT_EQ(rows[0].first(), QStringLiteral("Severity"));
    EXPECT_EQ(rows[0].last(), QStringLiteral("Acknowledged"));
    for (int r = 0; r < shown.rowCount(); ++r) {
        ASSERT_EQ(rows[r + 1].size(), AlertListModel::ColumnCount);
        for (int c = 0; c < AlertListModel::ColumnCount; ++c)
            EXPECT_EQ(rows[r + 1][c], cell(shown, r, c)) << r << ", " << c;
    }
    EXPECT_TRUE(rows[1][AlertListModel::WhereColumn].startsWith(QStringLiteral("乌兰察布")));
    EXPECT_TRUE(bytes.contains("\"\"job 42\"\"")) << "quotes doubled";

    // Filtered: only what is shown.
    page.severityFilter()->setCurrentIndex(
        page.severityFilter()->findData(int(Severity::Critical)));
    EXPECT_EQ(parseCsv(QString::fromUtf8(page.csv().mid(3))).size(), 4);
    page.severityFilter()->setCurrentIndex(0);

    EXPECT_FALSE(page.exportCsv(dir.filePath(QStringLiteral("no/such/folder/a.csv"))));
    EXPECT_FALSE(page.statusText().isEmpty());

    // Copy: the selected rows, tab-separated, in the table's order.
    EXPECT_FALSE(page.copyButton()->isEnabled());
    page.table()->selectionModel()->select(shown.index(0, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    page.table()->selectionModel()->select(shown.index(3, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ASSERT_TRUE(page.copyButton()->isEnabled());
    const QString text = page.selectedRowsText();
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].split(QLatin1Char('\t')).size(), AlertListModel::ColumnCount);
    EXPECT_EQ(lines[0].split(QLatin1Char('\t'))[AlertListModel::WhereColumn],
              cell(shown, 0, AlertListModel::WhereColumn));
    EXPECT_EQ(lines[1].split(QLatin1Char('\t'))[AlertListModel::WhatColumn],
              cell(shown, 3, AlertListModel::WhatColumn));
    QTest::mouseClick(page.copyButton(), Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), text);

    // SCB_SHOT_DIR=folder saves the page for a look (a development aid).
    if (const QByteArray shots = qgetenv("SCB_SHOT_DIR"); !shots.isEmpty()) {
        page.selectAlert(2);
        QCoreApplication::processEvents();
        page.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/alerts.png"));
        AlertsPage empty;
        empty.resize(1366, 400);
        empty.show();
        QCoreApplication::processEvents();
        empty.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/alerts-empty.png"));
    }
}

} // namespace
} // namespace scb
