// The UI language: kept in the settings, --lang for one run, switched at run
// time by rebuilding the main window, and figures that follow the language.
#include "appoptions.h"
#include "chipspage.h"
#include "connectionbar.h"
#include "fleetbridge.h"
#include "formatting.h"
#include "historychart.h"
#include "kpitile.h"
#include "language.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "statisticsbridge.h"
#include "windowhost.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QDate>
#include <QLineSeries>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace scb {
namespace {

const QLocale kChinese(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

// ---------------------------------------------------------------- setting and --lang

TEST(Language, CodesAreNormalized)
{
    EXPECT_EQ(normalizeLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    EXPECT_EQ(normalizeLanguage(QStringLiteral(" zh-cn ")), QStringLiteral("zh_CN"));
    EXPECT_EQ(normalizeLanguage(QStringLiteral("zh")), QStringLiteral("zh_CN"));
    EXPECT_EQ(normalizeLanguage(QStringLiteral("zh_Hans_CN")), QStringLiteral("zh_CN"));
    EXPECT_EQ(normalizeLanguage(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(normalizeLanguage(QStringLiteral("en_GB")), QStringLiteral("en"));
    EXPECT_EQ(normalizeLanguage(QStringLiteral("EN-us")), QStringLiteral("en"));
    EXPECT_EQ(normalizeLanguage(QString()), QStringLiteral(""));
    EXPECT_FALSE(normalizeLanguage(QString()).isNull());
    EXPECT_TRUE(normalizeLanguage(QStringLiteral("zh_TW")).isNull());
    EXPECT_TRUE(normalizeLanguage(QStringLiteral("fr")).isNull());
    EXPECT_TRUE(normalizeLanguage(QStringLiteral("english")).isNull());
    EXPECT_TRUE(normalizeLanguage(QStringLiteral("zh_CN\nrm -rf")).isNull());
}

TEST(Language, TheSettingRoundTrips)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        EXPECT_EQ(savedLanguage(settings), QStringLiteral("")); // unset: the system's
        saveLanguage(settings, QStringLiteral("zh_CN"));
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        EXPECT_EQ(settings.value(QStringLiteral("ui/language")).toString(),
                  QStringLiteral("zh_CN"));
        EXPECT_EQ(savedLanguage(settings), QStringLiteral("zh_CN"));
        saveLanguage(settings, QStringLiteral("fr")); // not ours: not saved
        EXPECT_EQ(savedLanguage(settings), QStringLiteral("zh_CN"));
        saveLanguage(settings, QStringLiteral("en"));
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        EXPECT_EQ(savedLanguage(settings), QStringLiteral("en"));
        saveLanguage(settings, QStringLiteral(""));
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        EXPECT_EQ(savedLanguage(settings), QStringLiteral(""));
        // Edited by hand into something else: the system's, not a crash or a guess.
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        EXPECT_EQ(savedLanguage(settings), QStringLiteral(""));
        settings.setValue(QStringLiteral("ui/language"), QVariantList{1, 2});
        EXPECT_EQ(savedLanguage(settings), QStringLiteral(""));
    }
}

TEST(Language, TheCommandLineBeatsTheSettingForTheRunOnly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    saveLanguage(settings, QStringLiteral("zh_CN"));

    const AppOptions english = parseAppOptions(
        {QStringLiteral("scb-dashboard"), QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(english.action, AppOptions::Action::Run) << english.error.toStdString();
    EXPECT_EQ(english.language, QStringLiteral("en"));
    EXPECT_EQ(effectiveLanguage(english.language, settings), QStringLiteral("en"));
    EXPECT_EQ(savedLanguage(settings), QStringLiteral("zh_CN")); // not saved

    const AppOptions none = parseAppOptions({QStringLiteral("scb-dashboard")});
    ASSERT_EQ(none.action, AppOptions::Action::Run);
    EXPECT_TRUE(none.language.isEmpty());
    EXPECT_EQ(effectiveLanguage(none.language, settings), QStringLiteral("zh_CN"));

    const AppOptions chinese =
        parseAppOptions({QStringLiteral("scb-dashboard"), QStringLiteral("--lang=zh-CN")});
    ASSERT_EQ(chinese.action, AppOptions::Action::Run) << chinese.error.toStdString();
    EXPECT_EQ(chinese.language, QStringLiteral("zh_CN"));
    saveLanguage(settings, QStringLiteral("en"));
    EXPECT_EQ(effectiveLanguage(chinese.language, settings), QStringLiteral("zh_CN"));

    for (const char *bad : {"fr", "", "zh_TW"}) {
        const AppOptions wrong = parseAppOptions(
            {QStringLiteral("scb-dashboard"), QStringLiteral("--lang"), QString::fromLatin1(bad)});
        EXPECT_EQ(wrong.action, AppOptions::Action::Error) << bad;
        EXPECT_TRUE(wrong.error.startsWith(QStringLiteral("--lang:"))) << wrong.error.toStdString();
    }
    const AppOptions missing =
        parseAppOptions({QStringLiteral("scb-dashboard"), QStringLiteral("--lang")});
    EXPECT_EQ(missing.action, AppOptions::Action::Error);
}

TEST(Language, TranslationsSetTheLocaleAndTheTranslators)
{
    const QLocale saved;
    {
        Translations translations;
        EXPECT_TRUE(translations.apply(QStringLiteral("zh_CN")));
        EXPECT_EQ(QLocale().language(), QLocale::Chinese);
        EXPECT_EQ(appliedLanguage(), QStringLiteral("zh_CN"));
        EXPECT_EQ(translations.language(), QStringLiteral("zh_CN"));
        // Qt's own dialogs and buttons too (qt6-translations-l10n).
        EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        EXPECT_TRUE(translations.apply(QStringLiteral("en")));
        EXPECT_EQ(QLocale().language(), QLocale::English);
        EXPECT_EQ(appliedLanguage(), QStringLiteral("en"));
        // English: the source texts, with scb_en.qm's plural forms.
        EXPECT_EQ(QCoreApplication::translate("scb::MainWindow", "Overview"),
                  QStringLiteral("Overview"));
    }
    QLocale::setDefault(saved);
}

// ---------------------------------------------------------------- switching at run time

AppOptions embeddedOptions(const QString &dbPath)
{
    AppOptions options;
    options.simChips = 20'000;
    options.simCenters = 2;
    options.dbPath = dbPath;
    return options;
}

int mainWindowCount()
{
    int count = 0;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (qobject_cast<MainWindow *>(widget))
            ++count;
    return count;
}

QLineSeries *fleetSeries(MainWindow *window)
{
    const auto series = window->chipsPage()->chart()->chart()->series();
    return series.isEmpty() ? nullptr : qobject_cast<QLineSeries *>(series.first());
}

TEST(WindowHost, SwitchingRebuildsTheWindowInChineseOnTheSameBridges)
{
    // The text the Chinese window must show, from the shipped translation.
    QTranslator probe;
    ASSERT_TRUE(probe.load(QStringLiteral(":/i18n/scb_zh_CN.qm")))
        << "the resource :/i18n/scb_zh_CN.qm is missing";
    const QString overview = probe.translate("scb::MainWindow", "Overview");
    ASSERT_FALSE(overview.isEmpty()) << "scb_zh_CN.ts has no translation of the Overview tab";
    ASSERT_NE(overview, QStringLiteral("Overview"));

    QCoreApplication::setOrganizationName(QStringLiteral("scb-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("language_test"));
    QSettings().remove(QStringLiteral("ui/language"));
    const QLocale saved;

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    {
        FleetBridge bridge(embeddedOptions(dir.filePath(QStringLiteral("history.db"))));
        StatisticsBridge statistics(bridge.databasePath());
        Translations translations;
        translations.apply(QStringLiteral("en"));
        WindowHost host(&bridge, &statistics, &translations);
        QPointer<MainWindow> first = host.window();
        ASSERT_NE(first, nullptr);
        EXPECT_EQ(first->tabs()->tabText(0), QStringLiteral("Overview"));
        EXPECT_TRUE(first->languageAction(QStringLiteral("en"))->isChecked());
        first->resize(1500, 950);
        first->show();
        bridge.start();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return bridge.snapshot() && bridge.linkStatus().state == LinkState::Live; },
            30'000));
        first->tabs()->setCurrentWidget(first->chipsPage());
        const int tab = first->tabs()->currentIndex();

        // Chosen from the menu: queued, so the window is not deleted under its own action.
        qRegisterMetaType<MainWindow *>();
        QSignalSpy replaced(&host, &WindowHost::windowReplaced);
        first->languageAction(QStringLiteral("zh_CN"))->trigger();
        ASSERT_TRUE(replaced.wait(10'000));
        MainWindow *window = host.window();
        ASSERT_NE(window, first.data());
        EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(),
                  QStringLiteral("zh_CN"));
        EXPECT_EQ(QLocale().language(), QLocale::Chinese);

        // Every page built anew in Chinese; where the operator was, kept.
        EXPECT_EQ(window->tabs()->tabText(0), overview);
        EXPECT_EQ(window->tabs()->currentIndex(), tab);
        EXPECT_EQ(window->size(), QSize(1500, 950));
        EXPECT_TRUE(window->isVisible());
        EXPECT_TRUE(window->languageAction(QStringLiteral("zh_CN"))->isChecked());
        EXPECT_FALSE(window->languageAction(QStringLiteral("en"))->isChecked());

        // The old window goes, and with it its connections to the bridges.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        EXPECT_TRUE(first.isNull());
        EXPECT_EQ(mainWindowCount(), 1);

        // What the bridge had delivered is shown at once, and new ticks arrive.
        EXPECT_EQ(window->connectionBar()->stateText(),
                  QCoreApplication::translate("scb::ConnectionBar", "Live"));
        const uint32_t online = bridge.snapshot()->aggregates.fleet.chipsOnline;
        ASSERT_GE(online, 10'000u);
        EXPECT_EQ(window->overviewPage()->chipsTile()->valueText(), formatLargeNumber(online));
        EXPECT_TRUE(window->overviewPage()->chipsTile()->valueText().contains(QStringLiteral("万")))
            << window->overviewPage()->chipsTile()->valueText().toStdString();
        // History asked by the new window's charts is answered to them.
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return fleetSeries(window) && fleetSeries(window)->count() >= 2; }, 30'000));

        // Back to English, and again: one window at a time, never two.
        window->languageAction(QStringLiteral("en"))->trigger();
        ASSERT_TRUE(replaced.wait(10'000));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        EXPECT_EQ(mainWindowCount(), 1);
        EXPECT_EQ(host.window()->tabs()->tabText(0), QStringLiteral("Overview"));
        EXPECT_EQ(host.window()->overviewPage()->chipsTile()->valueText(),
                  formatCount(bridge.snapshot()->aggregates.fleet.chipsOnline));
        EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(),
                  QStringLiteral("en"));

        // The language shown already: kept, nothing rebuilt.
        MainWindow *current = host.window();
        host.switchLanguage(QStringLiteral("en"));
        host.switchLanguage(QStringLiteral("fr"));
        EXPECT_EQ(host.window(), current);
        EXPECT_EQ(replaced.count(), 2);
    }
    EXPECT_EQ(mainWindowCount(), 0);
    QSettings().remove(QStringLiteral("ui/language"));
    QLocale::setDefault(saved);
}

// ---------------------------------------------------------------- figures

TEST(Formatting, LargeNumbersInChineseUseWanAndYi)
{
    const auto zh = [](double v) {
        return formatLargeNumber(v, kChinese);
    };
    EXPECT_EQ(zh(0), QStringLiteral("0"));
    EXPECT_EQ(zh(-0.0), QStringLiteral("0"));
    EXPECT_EQ(zh(-5), QStringLiteral("-5"));
    EXPECT_EQ(zh(9'999), QStringLiteral("9,999"));
    EXPECT_EQ(zh(10'000), QStringLiteral("1万"));
    EXPECT_EQ(zh(31'710), QStringLiteral("3.17万"));
    EXPECT_EQ(zh(200'000), QStringLiteral("20万"));
    EXPECT_EQ(zh(-31'710), QStringLiteral("-3.17万"));
    EXPECT_EQ(zh(12'345'678), QStringLiteral("1234.57万"));
    EXPECT_EQ(zh(99'999'999), QStringLiteral("1亿")); // not "10000万"
    EXPECT_EQ(zh(100'000'000), QStringLiteral("1亿"));
    EXPECT_EQ(zh(1.2e9), QStringLiteral("12亿"));
    EXPECT_EQ(zh(1.5e12), QStringLiteral("1.5万亿"));
    EXPECT_EQ(zh(9'999.999), QStringLiteral("1万"));
    EXPECT_EQ(zh(2.5), QStringLiteral("2.5"));
    EXPECT_EQ(zh(std::nan("")), QStringLiteral("—"));
    EXPECT_EQ(zh(std::numeric_limits<double>::infinity()), QStringLiteral("—"));
    // Words or not: Chinese always in 万 / 亿.
    EXPECT_EQ(formatLargeNumber(200'000, kChinese, LargeNumberWords::Yes), QStringLiteral("20万"));
    // The UI's locale when none is given.
    const QLocale saved;
    QLocale::setDefault(kChinese);
    EXPECT_EQ(formatLargeNumber(31'710), QStringLiteral("3.17万"));
    QLocale::setDefault(saved);
}

TEST(Formatting, LargeNumbersInEnglishAreGroupedOrInWords)
{
    const auto en = [](double v) {
        return formatLargeNumber(v, kEnglish);
    };
    EXPECT_EQ(en(0), QStringLiteral("0"));
    EXPECT_EQ(en(-5), QStringLiteral("-5"));
    EXPECT_EQ(en(9'999), QStringLiteral("9,999"));
    EXPECT_EQ(en(10'000), QStringLiteral("10,000"));
    EXPECT_EQ(en(200'000), QStringLiteral("200,000"));
    EXPECT_EQ(en(99'999'999), QStringLiteral("99,999,999"));
    EXPECT_EQ(en(100'000'000), QStringLiteral("100,000,000"));
    EXPECT_EQ(en(-1'234'567), QStringLiteral("-1,234,567"));
    EXPECT_EQ(en(2.5), QStringLiteral("2.5"));
    EXPECT_EQ(en(std::nan("")), QStringLiteral("—"));

    const auto words = [](double v) {
        return formatLargeNumber(v, kEnglish, LargeNumberWords::Yes);
    };
    EXPECT_EQ(words(0), QStringLiteral("0"));
    EXPECT_EQ(words(9'999), QStringLiteral("9,999"));
    EXPECT_EQ(words(10'000), QStringLiteral("10,000"));
    EXPECT_EQ(words(99'999'999), QStringLiteral("100 million"));
    EXPECT_EQ(words(100'000'000), QStringLiteral("100 million"));
    EXPECT_EQ(words(999'999'999), QStringLiteral("1 billion"));
    EXPECT_EQ(words(1.2e9), QStringLiteral("1.2 billion"));
    EXPECT_EQ(words(-2.5e6), QStringLiteral("-2.5 million"));
    EXPECT_EQ(words(std::nan("")), QStringLiteral("—"));
}

TEST(Formatting, YuanInHundredMillionsAndDatesFollowTheLanguage)
{
    EXPECT_EQ(formatHundredMillionYuan(1'000, kChinese), QStringLiteral("1000亿元"));
    EXPECT_EQ(formatHundredMillionYuan(862.5, kChinese), QStringLiteral("862.5亿元"));
    EXPECT_EQ(formatHundredMillionYuan(0.5, kChinese), QStringLiteral("5000万元"));
    EXPECT_EQ(formatHundredMillionYuan(1'000, kEnglish), QStringLiteral("100 billion yuan"));
    EXPECT_EQ(formatHundredMillionYuan(std::nan(""), kEnglish), QStringLiteral("—"));

    const QDate date(2026, 11, 26);
    EXPECT_EQ(formatDate(date, kChinese), QStringLiteral("2026年11月26日"));
    EXPECT_EQ(formatDate(date, kEnglish), QStringLiteral("November 26, 2026"));
    EXPECT_EQ(formatDate(QDate(), kEnglish), QStringLiteral("—"));
}

} // namespace
} // namespace scb
