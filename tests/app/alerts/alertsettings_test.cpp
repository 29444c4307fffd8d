// Alert thresholds in the settings: load and save, the dialog, the desktop
// notification's decisions, and that changed rules reach the alert engine.
#include "alertnotifier.h"
#include "alertrulesdialog.h"
#include "alertsettings.h"
#include "fleetbridge.h"
#include "mainwindow.h"

#include "ingest/ingestpipeline.h"
#include "sources/fleetsimulator.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <mutex>

namespace scb {
namespace {

AlertRules customRules()
{
    AlertRules rules;
    rules.temperatureEnabled = false;
    rules.tempWarnC = 75;
    rules.tempWarnForMs = 90'500; // not whole seconds: kept exactly
    rules.tempCritC = 95;
    rules.tempHysteresisC = 7;
    rules.tempClearForMs = 0;
    rules.xidEnabled = true;
    rules.criticalXidCodes = {13, 79, 999};
    rules.eccEnabled = false;
    rules.healthEnabled = true;
    rules.faultClearForMs = 86'400'000;
    rules.offlineEnabled = false;
    rules.offlineForMs = 1'000;
    rules.nodeSilentEnabled = true;
    rules.nodeSilentForMs = 45'000;
    rules.maxActiveAlerts = 500;
    return rules;
}

// A new INI file with these lines under [alerts]. A new name each time:
// QSettings caches what it read per file name.
QString writeIni(const QTemporaryDir &dir, const QByteArray &alertsSection)
{
    static int serial = 0;
    const QString path = dir.filePath(QStringLiteral("settings-%1.ini").arg(++serial));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[alerts]\n" + alertsSection);
    return path;
}

// Whether a problem names this setting ("alerts/tempWarnC is not …").
bool mentions(const QStringList &problems, const QString &key)
{
    const QString name = QStringLiteral("alerts/") + key + QLatin1Char(' ');
    return std::any_of(problems.begin(), problems.end(),
                       [&](const QString &p) { return p.contains(name); });
}

// ---------------------------------------------------------------- settings

TEST(AlertSettings, RoundTripsEveryFieldThroughAnIniFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    const AlertRules rules = customRules();
    ASSERT_NE(rules, AlertRules());
    {
        QSettings settings(path, QSettings::IniFormat);
        saveAlertRules(settings, rules);
        saveDesktopNotifications(settings, true);
        settings.sync();
        ASSERT_EQ(settings.status(), QSettings::NoError);
    }
    QSettings settings(path, QSettings::IniFormat);
    EXPECT_TRUE(settings.childGroups().contains(QStringLiteral("alerts")));
    QStringList problems;
    EXPECT_EQ(loadAlertRules(settings, &problems), rules);
    EXPECT_TRUE(loadDesktopNotifications(settings, &problems));
    EXPECT_TRUE(problems.isEmpty()) << problems.join('\n').toStdString();

    // No critical code at all, and a single one, survive the INI format too.
    for (const std::vector<uint32_t> &codes : {std::vector<uint32_t>{}, {48}}) {
        AlertRules other;
        other.criticalXidCodes = codes;
        saveAlertRules(settings, other);
        saveDesktopNotifications(settings, false);
        settings.sync();
        QSettings reread(path, QSettings::IniFormat);
        problems.clear();
        EXPECT_EQ(loadAlertRules(reread, &problems).criticalXidCodes, codes);
        EXPECT_FALSE(loadDesktopNotifications(reread, &problems));
        EXPECT_TRUE(problems.isEmpty()) << problems.join('\n').toStdString();
    }
}

TEST(AlertSettings, MissingKeysAreTheDefaultsWithoutProblems)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings empty(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    QStringList problems;
    EXPECT_EQ(loadAlertRules(empty, &problems), AlertRules());
    EXPECT_FALSE(loadDesktopNotifications(empty, &problems));
    EXPECT_TRUE(problems.isEmpty());

    // Some keys: those are used, the rest default.
    QSettings some(writeIni(dir, "tempWarnForMs=5000\nxidEnabled=false\n"), QSettings::IniFormat);
    AlertRules expected;
    expected.tempWarnForMs = 5'000;
    expected.xidEnabled = false;
    EXPECT_EQ(loadAlertRules(some, &problems), expected);
    EXPECT_TRUE(problems.isEmpty());
}

TEST(AlertSettings, HostileValuesFallBackToTheDefaultOfTheirFieldEach)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings settings(writeIni(dir, "temperatureEnabled=maybe\n"
                                     "tempWarnC=hot\n"
                                     "tempWarnForMs=-5\n"
                                     "tempCritC=99999999999999999999999999\n"
                                     "tempHysteresisC=2.5\n"
                                     "tempClearForMs=1e9\n"
                                     "xidEnabled=false\n"
                                     "criticalXidCodes=46, abc, 79\n"
                                     "eccEnabled=0\n"
                                     "healthEnabled=\n"
                                     "faultClearForMs=86400001\n"
                                     "offlineEnabled=true\n"
                                     "offlineForMs=120000\n"
                                     "nodeSilentEnabled=@ByteArray(\\0\\x1\\xff)\n"
                                     "nodeSilentForMs=" +
                                         QByteArray(5000, '9') +
                                         "\n"
                                         "maxActiveAlerts=0\n"
                                         "notifyDesktop=2\n"),
                       QSettings::IniFormat);
    QStringList problems;
    const AlertRules rules = loadAlertRules(settings, &problems);
    const bool notify = loadDesktopNotifications(settings, &problems);

    AlertRules expected; // the defaults, but for the three valid values
    expected.xidEnabled = false;
    expected.eccEnabled = false;
    expected.offlineForMs = 120'000;
    EXPECT_EQ(rules, expected);
    EXPECT_FALSE(notify);
    EXPECT_TRUE(rules.validate().ok());

    const QStringList bad{"temperatureEnabled", "tempWarnC",       "tempWarnForMs",
                          "tempCritC",          "tempHysteresisC", "tempClearForMs",
                          "criticalXidCodes",   "healthEnabled",   "faultClearForMs",
                          "nodeSilentEnabled",  "nodeSilentForMs", "maxActiveAlerts",
                          "notifyDesktop"};
    EXPECT_EQ(problems.size(), bad.size()) << problems.join('\n').toStdString();
    for (const QString &key : bad)
        EXPECT_TRUE(mentions(problems, key)) << key.toStdString();
    for (const char *key : {"xidEnabled", "eccEnabled", "offlineEnabled", "offlineForMs"})
        EXPECT_FALSE(mentions(problems, QLatin1String(key))) << key;
    // A hostile value is quoted short, not in full.
    for (const QString &problem : problems)
        EXPECT_LT(problem.size(), 400) << problem.toStdString();
}

TEST(AlertSettings, ValuesOfTheWrongTypeFromANativeBackendFallBack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("typed.ini")), QSettings::IniFormat);
    settings.setValue("alerts/tempWarnC", QVariant(80.0));      // integral: fine
    settings.setValue("alerts/tempCritC", QVariant(true));      // not a number
    settings.setValue("alerts/offlineForMs", QVariantList{1});  // a list
    settings.setValue("alerts/criticalXidCodes", QVariant(79)); // one number: fine
    settings.setValue("alerts/xidEnabled", QVariant(1));        // 1: true
    QStringList problems;
    const AlertRules rules = loadAlertRules(settings, &problems);
    EXPECT_EQ(rules.tempWarnC, 80);
    EXPECT_EQ(rules.tempCritC, AlertRules().tempCritC);
    EXPECT_EQ(rules.offlineForMs, AlertRules().offlineForMs);
    EXPECT_EQ(rules.criticalXidCodes, std::vector<uint32_t>{79});
    EXPECT_TRUE(rules.xidEnabled);
    EXPECT_EQ(problems.size(), 2) << problems.join('\n').toStdString();
    EXPECT_TRUE(mentions(problems, QStringLiteral("tempCritC")));
    EXPECT_TRUE(mentions(problems, QStringLiteral("offlineForMs")));
}

TEST(AlertSettings, BadXidListsFallBackToTheDefaultCodes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QByteArray many = "\"";
    for (int code = 1; code <= 300; ++code)
        many += QByteArray::number(code) + ',';
    many += '"';
    const QByteArray lists[] = {"0",           "1000",    "\"46;48\"",
                                "-5",          "46, 4 8", "\"+46\"",
                                "\"48,0x4f\"", many,      QByteArray(20'000, 'x')};
    for (const QByteArray &list : lists) {
        QSettings settings(writeIni(dir, "criticalXidCodes=" + list + "\n"), QSettings::IniFormat);
        QStringList problems;
        EXPECT_EQ(loadAlertRules(settings, &problems).criticalXidCodes,
                  AlertRules().criticalXidCodes)
            << list.left(40).toStdString();
        ASSERT_EQ(problems.size(), 1) << list.left(40).toStdString();
        EXPECT_TRUE(mentions(problems, QStringLiteral("criticalXidCodes")))
            << problems.front().toStdString();
        EXPECT_LT(problems.front().size(), 400);
    }
    // Untidy but valid: spaces, empty items, duplicates, leading zeros.
    QSettings settings(writeIni(dir, "criticalXidCodes=\" 79,,046, 48 ,79, \"\n"),
                       QSettings::IniFormat);
    QStringList problems;
    EXPECT_EQ(loadAlertRules(settings, &problems).criticalXidCodes,
              (std::vector<uint32_t>{46, 48, 79}));
    EXPECT_TRUE(problems.isEmpty()) << problems.join('\n').toStdString();
}

TEST(AlertSettings, ThresholdsThatDoNotFitTogetherFallBackToTheDefaultTemperatures)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray cases[] = {
        "tempWarnC=90\ntempCritC=85\n",                    // critical below warning
        "tempWarnC=85\ntempCritC=85\n",                    // equal
        "tempWarnC=85\ntempCritC=88\ntempHysteresisC=3\n", // hysteresis not below the gap
        "tempWarnC=2\ntempCritC=30\ntempHysteresisC=5\n",  // clearing below 0 °C
    };
    for (const QByteArray &temperatures : cases) {
        QSettings settings(writeIni(dir, temperatures + "tempWarnForMs=5000\n"),
                           QSettings::IniFormat);
        QStringList problems;
        const AlertRules rules = loadAlertRules(settings, &problems);
        AlertRules expected;
        expected.tempWarnForMs = 5'000; // valid on its own: kept
        EXPECT_EQ(rules, expected) << temperatures.toStdString();
        ASSERT_EQ(problems.size(), 1) << temperatures.toStdString();
        EXPECT_TRUE(problems.front().contains(QStringLiteral("°C")))
            << problems.front().toStdString();
    }
}

TEST(AlertSettings, ParsesAndFormatsXidCodes)
{
    EXPECT_EQ(parseXidCodes(QString()), std::vector<uint32_t>{});
    EXPECT_EQ(parseXidCodes(QStringLiteral(" , ")), std::vector<uint32_t>{});
    EXPECT_EQ(parseXidCodes(QStringLiteral("999,1")), (std::vector<uint32_t>{1, 999}));
    QString error;
    EXPECT_FALSE(parseXidCodes(QStringLiteral("46, x"), &error));
    EXPECT_TRUE(error.contains(QLatin1String("\"x\""))) << error.toStdString();
    EXPECT_FALSE(parseXidCodes(QStringLiteral("46, 00001000"), &error));
    EXPECT_TRUE(error.startsWith(QLatin1String("1000 "))) << error.toStdString();
    EXPECT_FALSE(parseXidCodes(QStringLiteral("0"), &error));
    EXPECT_FALSE(parseXidCodes(QStringLiteral("-1"), &error));
    EXPECT_FALSE(parseXidCodes(QStringLiteral("4.5"), &error));
    EXPECT_FALSE(parseXidCodes(QString::fromUtf8("٤٦"), &error)); // digits, but not ASCII
    EXPECT_EQ(formatXidCodes({46, 48, 79}), QStringLiteral("46, 48, 79"));
    EXPECT_EQ(formatXidCodes({}), QString());
}

// ---------------------------------------------------------------- dialog

TEST(AlertRulesDialog, ShowsTheRulesAndGivesThemBackUnchanged)
{
    const AlertRules rules = customRules();
    AlertRulesDialog dialog(rules, true);
    EXPECT_TRUE(dialog.okButton()->isEnabled()) << dialog.problemText().toStdString();
    EXPECT_TRUE(dialog.problemText().isEmpty());
    EXPECT_EQ(dialog.rules(), rules);
    EXPECT_TRUE(dialog.notifyDesktop());
    EXPECT_EQ(dialog.tempWarnSpin()->value(), 75);
    EXPECT_EQ(dialog.tempWarnForSpin()->value(), 91); // 90.5 s shown rounded
    EXPECT_EQ(dialog.criticalXidEdit()->text(), QStringLiteral("13, 79, 999"));
    EXPECT_FALSE(dialog.tempWarnSpin()->isEnabled()); // temperature alerts are off
    EXPECT_FALSE(dialog.offlineForSpin()->isEnabled());
    EXPECT_TRUE(dialog.nodeSilentForSpin()->isEnabled());

    // A duration changed in the box is whole seconds from then on.
    dialog.tempWarnForSpin()->setValue(30);
    dialog.nodeSilentForSpin()->setValue(120);
    dialog.notifyBox()->setChecked(false);
    AlertRules expected = rules;
    expected.tempWarnForMs = 30'000;
    expected.nodeSilentForMs = 120'000;
    EXPECT_EQ(dialog.rules(), expected);
    EXPECT_FALSE(dialog.notifyDesktop());
}

TEST(AlertRulesDialog, OkIsDisabledWithAReasonWhileTheThresholdsDoNotFit)
{
    AlertRulesDialog dialog(AlertRules(), false);
    ASSERT_TRUE(dialog.okButton()->isEnabled());

    dialog.tempCritSpin()->setValue(83); // equal to the warning threshold
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.problemText().contains(QLatin1String("critical")))
        << dialog.problemText().toStdString();
    EXPECT_FALSE(dialog.problemText().contains('\n'));
    dialog.tempCritSpin()->setValue(90);
    EXPECT_TRUE(dialog.okButton()->isEnabled()) << dialog.problemText().toStdString();
    EXPECT_TRUE(dialog.problemText().isEmpty());

    dialog.tempHysteresisSpin()->setValue(7); // the gap is 90 - 83 = 7
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.problemText().contains(QLatin1String("hysteresis")))
        << dialog.problemText().toStdString();
    dialog.tempHysteresisSpin()->setValue(6);
    EXPECT_TRUE(dialog.okButton()->isEnabled()) << dialog.problemText().toStdString();

    // Switched off, the thresholds still have to make sense: the engine checks them.
    dialog.temperatureEnabledBox()->setChecked(false);
    dialog.tempWarnSpin()->setValue(95);
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    dialog.tempWarnSpin()->setValue(83);
    EXPECT_TRUE(dialog.okButton()->isEnabled());

    // A bad XID list: its own error under it, and OK disabled.
    dialog.criticalXidEdit()->setText(QStringLiteral("46, 48, x9"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.xidErrorText().contains(QLatin1String("x9")))
        << dialog.xidErrorText().toStdString();
    EXPECT_FALSE(dialog.problemText().isEmpty());
    dialog.criticalXidEdit()->setText(QStringLiteral("46, 48, 1000"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.xidErrorText().contains(QLatin1String("1000")));
    dialog.criticalXidEdit()->setText(QStringLiteral("46,48,119"));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.xidErrorText().isEmpty());
    EXPECT_EQ(dialog.rules().criticalXidCodes, (std::vector<uint32_t>{46, 48, 119}));
    dialog.criticalXidEdit()->clear(); // no critical code: allowed
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.rules().criticalXidCodes.empty());

    // OK only accepts while enabled.
    dialog.tempCritSpin()->setValue(80);
    ASSERT_FALSE(dialog.okButton()->isEnabled());
    dialog.okButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    dialog.tempCritSpin()->setValue(100);
    dialog.okButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(AlertRulesDialog, RestoreDefaultsSetsEveryThresholdButKeepsTheNotificationChoice)
{
    AlertRulesDialog dialog(customRules(), true);
    dialog.criticalXidEdit()->setText(QStringLiteral("nonsense"));
    dialog.tempCritSpin()->setValue(10);
    ASSERT_FALSE(dialog.okButton()->isEnabled());
    dialog.restoreDefaultsButton()->click();
    EXPECT_TRUE(dialog.okButton()->isEnabled()) << dialog.problemText().toStdString();
    EXPECT_TRUE(dialog.xidErrorText().isEmpty());
    EXPECT_EQ(dialog.rules(), AlertRules());
    EXPECT_TRUE(dialog.temperatureEnabledBox()->isChecked());
    EXPECT_TRUE(dialog.notifyDesktop());
}

// ---------------------------------------------------------------- notifications

Alert alert(uint64_t id, Severity severity, AlertKind kind = AlertKind::Temperature)
{
    Alert a;
    a.id = id;
    a.kind = kind;
    a.severity = severity;
    a.chip = uint32_t(id);
    a.node = uint32_t(id / 8);
    a.value = 91;
    a.peak = 91;
    return a;
}

TEST(CriticalAlertNotices, AnnouncesEachNewCriticalAlertOnce)
{
    CriticalAlertNotices notices;
    EXPECT_FALSE(notices.update({alert(1, Severity::Warning)}, 0));
    auto notice =
        notices.update({alert(1, Severity::Warning), alert(2, Severity::Critical)}, 1'000);
    ASSERT_TRUE(notice);
    EXPECT_EQ(notice->count, 1);
    EXPECT_EQ(notice->title, QStringLiteral("Critical alert"));
    EXPECT_TRUE(notice->message.contains(QLatin1String("High temperature")))
        << notice->message.toStdString();
    EXPECT_TRUE(notice->message.contains(QLatin1String("Chip 2"))) << notice->message.toStdString();
    // Seen: not again, however late.
    EXPECT_FALSE(
        notices.update({alert(1, Severity::Warning), alert(2, Severity::Critical)}, 1'000'000));
    EXPECT_FALSE(notices.poll(2'000'000));
    EXPECT_EQ(notices.waitingCount(), 0);
    EXPECT_FALSE(notices.nextNoticeMs());

    // A warning that escalates is news; an alert acknowledged already is not.
    Alert acknowledged = alert(4, Severity::Critical);
    acknowledged.acknowledged = true;
    notice = notices.update(
        {alert(1, Severity::Critical), alert(2, Severity::Critical), acknowledged}, 3'000'000);
    ASSERT_TRUE(notice);
    EXPECT_EQ(notice->count, 1);
    EXPECT_TRUE(notice->message.contains(QLatin1String("Chip 1"))) << notice->message.toStdString();
}

TEST(CriticalAlertNotices, ShowsAtMostOneNoticePerIntervalAndAggregatesTheRest)
{
    constexpr int64_t kInterval = CriticalAlertNotices::kIntervalMs;
    CriticalAlertNotices notices;
    std::vector<Alert> active{alert(1, Severity::Critical)};
    ASSERT_TRUE(notices.update(active, 10'000));

    active.push_back(alert(2, Severity::Critical));
    EXPECT_FALSE(notices.update(active, 11'000));
    active.push_back(alert(3, Severity::Critical, AlertKind::NodeSilent));
    active.back().chip = kNoChip;
    active.push_back(alert(4, Severity::Warning));
    EXPECT_FALSE(notices.update(active, 20'000));
    EXPECT_EQ(notices.waitingCount(), 2);
    ASSERT_TRUE(notices.nextNoticeMs());
    EXPECT_EQ(*notices.nextNoticeMs(), 10'000 + kInterval);
    EXPECT_FALSE(notices.poll(10'000 + kInterval - 1));

    const auto notice = notices.poll(10'000 + kInterval);
    ASSERT_TRUE(notice);
    EXPECT_EQ(notice->count, 2);
    EXPECT_TRUE(notice->title.startsWith(QLatin1String("2 new critical alert")))
        << notice->title.toStdString();
    EXPECT_EQ(notice->message.count('\n'), 1) << notice->message.toStdString();
    EXPECT_TRUE(notice->message.contains(QLatin1String("No data from node")))
        << notice->message.toStdString();
    EXPECT_FALSE(notices.nextNoticeMs());

    // Many at once: the count in the title, a few of them in the message.
    for (uint64_t id = 10; id < 17; ++id)
        active.push_back(alert(id, Severity::Critical));
    EXPECT_FALSE(notices.update(active, 10'000 + kInterval + 5'000));
    const auto many = notices.poll(10'000 + 2 * kInterval);
    ASSERT_TRUE(many);
    EXPECT_EQ(many->count, 7);
    EXPECT_TRUE(many->title.startsWith(QLatin1String("7 new critical alert")))
        << many->title.toStdString();
    EXPECT_EQ(many->message.count('\n'), 3) << many->message.toStdString();
    EXPECT_TRUE(many->message.contains(QLatin1String("Chip 16"))); // the newest first
    EXPECT_TRUE(many->message.endsWith(QLatin1String("and 4 more"))) << many->message.toStdString();
}

TEST(CriticalAlertNotices, ForgetsWaitingAlertsThatClearOrAreAcknowledgedBeforeTheirTurn)
{
    CriticalAlertNotices notices;
    ASSERT_TRUE(notices.update({alert(1, Severity::Critical)}, 0));
    EXPECT_FALSE(notices.update(
        {alert(1, Severity::Critical), alert(2, Severity::Critical), alert(3, Severity::Critical)},
        1'000));
    EXPECT_EQ(notices.waitingCount(), 2);
    Alert acknowledged = alert(3, Severity::Critical);
    acknowledged.acknowledged = true;
    EXPECT_FALSE(notices.update({acknowledged}, 2'000)); // 2 cleared, 3 acknowledged
    EXPECT_EQ(notices.waitingCount(), 0);
    EXPECT_FALSE(notices.poll(1'000'000));

    // Marked seen (notifications were off): nothing is announced afterwards.
    notices.markSeen({alert(7, Severity::Critical), alert(8, Severity::Critical)});
    EXPECT_FALSE(
        notices.update({alert(7, Severity::Critical), alert(8, Severity::Critical)}, 2'000'000));
    EXPECT_TRUE(
        notices.update({alert(8, Severity::Critical), alert(9, Severity::Critical)}, 2'000'001));
}

TEST(CriticalAlertNotices, TheToolTipCountsTheActiveAlerts)
{
    CriticalAlertNotices notices;
    // Plural forms come from the English translation, which tests do not load.
    EXPECT_TRUE(notices.toolTip().startsWith(QLatin1String("SCB Dashboard: 0 active alert")));
    EXPECT_FALSE(notices.toolTip().contains(QLatin1String("critical")));
    (void)notices.update({alert(1, Severity::Warning)}, 0);
    EXPECT_TRUE(notices.toolTip().startsWith(QLatin1String("SCB Dashboard: 1 active alert")));
    (void)notices.update(
        {alert(1, Severity::Warning), alert(2, Severity::Critical), alert(3, Severity::Critical)},
        0);
    EXPECT_TRUE(notices.toolTip().startsWith(QLatin1String("SCB Dashboard: 3 active alert")));
    EXPECT_TRUE(notices.toolTip().endsWith(QLatin1String(", 2 critical")))
        << notices.toolTip().toStdString();
}

QStringList g_logged;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "scb.app.alerts")
        g_logged << message;
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

TEST(AlertNotifier, WithoutASystemTrayShowsNothingAndSaysSoOnce)
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        GTEST_SKIP() << "this platform has a system tray";
    g_logged.clear();
    g_previousHandler = qInstallMessageHandler(captureMessage);
    AlertNotifier notifier;
    notifier.setEnabled(true);
    notifier.setAlerts(std::make_shared<const std::vector<Alert>>(
        std::vector<Alert>{alert(1, Severity::Critical)}));
    notifier.setEnabled(false);
    notifier.setEnabled(true);
    qInstallMessageHandler(g_previousHandler);
    EXPECT_TRUE(notifier.isEnabled());
    EXPECT_EQ(notifier.trayIcon(), nullptr);
    ASSERT_EQ(g_logged.size(), 1) << g_logged.join('\n').toStdString();
    EXPECT_TRUE(g_logged.front().contains(QLatin1String("tray")));
    // Nothing waits for a tray that is not there.
    EXPECT_EQ(notifier.notices().waitingCount(), 0);
}

// ---------------------------------------------------------------- rules reach the engine

TEST(AlertRulesInThePipeline, ALowerCriticalThresholdRaisesACriticalAlertAtOnce)
{
    SimulatorConfig sim;
    sim.chips = 64;
    sim.centers = 1;
    FleetSimulator simulator(sim);
    constexpr uint32_t kChip = 5;
    const int64_t t0 = 1'700'000'000'000;
    auto tickAt = [&](int64_t unixMs) {
        auto tick = std::make_shared<FleetTick>();
        simulator.sample(unixMs, *tick);
        tick->column(Metric::Temperature)[kChip] = 85;
        tick->column(Metric::State)[kChip] = ChipState::Online;
        return tick;
    };
    std::mutex mutex;
    IngestPipeline::AlertList latest;
    IngestPipeline::Callbacks callbacks;
    callbacks.alerts = [&](IngestPipeline::AlertList list) {
        std::lock_guard lock(mutex);
        latest = std::move(list);
    };
    auto hotAlert = [&]() -> std::optional<Alert> {
        std::lock_guard lock(mutex);
        if (latest) {
            for (const Alert &a : *latest) {
                if (a.kind == AlertKind::Temperature && a.chip == kChip)
                    return a;
            }
        }
        return std::nullopt;
    };

    IngestPipeline pipeline(nullptr, callbacks, 100);
    pipeline.setInventory(simulator.inventory());
    // Defaults: 85 °C is past the warning threshold but needs 60 s; not critical.
    pipeline.push(tickAt(t0), false);
    pipeline.flush();
    EXPECT_FALSE(hotAlert());

    AlertRules bad;
    bad.tempCritC = bad.tempWarnC;
    EXPECT_FALSE(pipeline.setAlertRules(bad).ok());

    AlertRules rules;
    rules.tempWarnC = 80;
    rules.tempCritC = 84;
    ASSERT_TRUE(pipeline.setAlertRules(rules).ok());
    pipeline.push(tickAt(t0 + 1'000), false);
    pipeline.flush();
    const std::optional<Alert> raised = hotAlert();
    ASSERT_TRUE(raised);
    EXPECT_EQ(raised->severity, Severity::Critical);
    pipeline.stop();
}

TEST(AlertRulesInTheBridge, RulesSetBeforeAndAfterStartReachTheEngine)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    FleetOptions options;
    options.simChips = 64;
    options.simCenters = 1;
    options.dbPath = dir.filePath(QStringLiteral("history.db"));
    FleetBridge bridge(options);

    // Every chip at 2 °C or more is critical at once: nearly all of them.
    AlertRules everyChip;
    everyChip.tempWarnC = 1;
    everyChip.tempCritC = 2;
    everyChip.tempHysteresisC = 0;
    everyChip.tempWarnForMs = 0;
    AlertRules invalid = everyChip;
    invalid.tempCritC = 0;
    EXPECT_FALSE(bridge.setAlertRules(invalid).ok());
    ASSERT_TRUE(bridge.setAlertRules(everyChip).ok());
    EXPECT_EQ(bridge.alertRules(), everyChip);

    auto temperatureAlerts = [&] {
        int count = 0;
        if (const auto alerts = bridge.alerts()) {
            for (const Alert &a : *alerts)
                count += a.kind == AlertKind::Temperature && a.severity == Severity::Critical;
        }
        return count;
    };
    bridge.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return temperatureAlerts() >= 32; }, 30'000))
        << temperatureAlerts();

    // After start: at once, without a restart. Switched off, they clear.
    AlertRules off = everyChip;
    off.temperatureEnabled = false;
    ASSERT_TRUE(bridge.setAlertRules(off).ok());
    EXPECT_TRUE(QTest::qWaitFor([&] { return temperatureAlerts() == 0; }, 30'000))
        << temperatureAlerts();
}

// The main window's QSettings: the test folder (guitestmain turns test mode on).
TEST(AlertRulesInTheMainWindow, LoadsAtStartAndTheMenuDialogAppliesAndSaves)
{
    QSettings().remove(QStringLiteral("alerts"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    FleetOptions options;
    options.dbPath = dir.filePath(QStringLiteral("history.db"));
    {
        FleetBridge bridge(options);
        MainWindow window(&bridge);
        EXPECT_EQ(bridge.alertRules(), AlertRules());
        EXPECT_TRUE(window.statusBar()->currentMessage().isEmpty());

        window.alertRulesAction()->trigger();
        auto *dialog = window.findChild<AlertRulesDialog *>();
        ASSERT_TRUE(dialog);
        dialog->tempWarnSpin()->setValue(80);
        dialog->offlineForSpin()->setValue(300);
        dialog->okButton()->click();
        EXPECT_EQ(bridge.alertRules().tempWarnC, 80);
        EXPECT_EQ(bridge.alertRules().offlineForMs, 300'000);
        QSettings settings;
        QStringList problems;
        EXPECT_EQ(loadAlertRules(settings, &problems), bridge.alertRules());
        EXPECT_TRUE(problems.isEmpty());
    }
    {
        // The next start uses them; a bad value is named in the status bar.
        QSettings().setValue(QStringLiteral("alerts/tempCritC"), QStringLiteral("hot"));
        FleetBridge bridge(options);
        MainWindow window(&bridge);
        EXPECT_EQ(bridge.alertRules().tempWarnC, 80);
        EXPECT_EQ(bridge.alertRules().offlineForMs, 300'000);
        EXPECT_EQ(bridge.alertRules().tempCritC, AlertRules().tempCritC);
        EXPECT_TRUE(
            window.statusBar()->currentMessage().contains(QLatin1String("alerts/tempCritC")))
            << window.statusBar()->currentMessage().toStdString();
    }
    QSettings().remove(QStringLiteral("alerts"));
}

} // namespace
} // namespace scb
