#include "timerange.h"
#include "timerangebar.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace scb {

// For GoogleTest's failure messages.
void PrintTo(const TimeRange &range, std::ostream *os)
{
    if (range.kind == TimeRange::Relative)
        *os << "relative " << range.spanMs << " ms";
    else
        *os << "absolute " << range.fromMs << ".." << range.toMs << " ms";
}

namespace {

using Controller = TimeRangeController;

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

qint64 localMs(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second)).toMSecsSinceEpoch();
}

// A moment well inside the supported years.
const qint64 kT0 = localMs(2024, 5, 10, 12, 0);

TEST(TimeRange, ResolvesRelativeAgainstNowAndAbsoluteAsIs)
{
    const TimeRange relative = TimeRange::relative(15 * kMinute);
    EXPECT_TRUE(relative.isLive());
    EXPECT_EQ(relative.resolve(kT0), std::make_pair(kT0 - 15 * kMinute, kT0));
    EXPECT_EQ(relative.resolve(kT0 + 1000), std::make_pair(kT0 - 15 * kMinute + 1000, kT0 + 1000));

    const TimeRange absolute = TimeRange::absolute(kT0 - kHour, kT0);
    EXPECT_FALSE(absolute.isLive());
    EXPECT_EQ(absolute.durationMs(), kHour);
    EXPECT_EQ(absolute.resolve(kT0 + kDay), std::make_pair(kT0 - kHour, kT0));

    EXPECT_EQ(TimeRange::relative(kHour), TimeRange::relative(kHour));
    EXPECT_FALSE(TimeRange::relative(kHour) == TimeRange::relative(2 * kHour));
    EXPECT_FALSE(TimeRange::relative(kHour) == TimeRange::absolute(kT0 - kHour, kT0));
    EXPECT_FALSE(TimeRange::absolute(kT0 - kHour, kT0) ==
                 TimeRange::absolute(kT0 - kHour, kT0 + 1));
}

TEST(TimeRange, Labels)
{
    const QLocale c = QLocale::c();
    EXPECT_EQ(TimeRange::relative(15 * kMinute).label(c), "Last 15 minutes");
    EXPECT_EQ(TimeRange::relative(kHour).label(c), "Last hour");
    EXPECT_EQ(TimeRange::relative(7 * kDay).label(c), "Last 7 days");
    EXPECT_EQ(TimeRange::relative(30 * kDay).label(c), "Last 30 days");
    EXPECT_EQ(TimeRange::relative(2 * kDay).label(c), "Last 2 d");
    EXPECT_EQ(TimeRange::relative(90 * kMinute).label(c), "Last 90 min");

    const int year = QDate::currentDate().year();
    EXPECT_EQ(TimeRange::absolute(localMs(year, 3, 12, 14, 0), localMs(year, 3, 13, 2, 0)).label(c),
              QString::fromUtf8("12 Mar 14:00 – 13 Mar 02:00"));
    EXPECT_EQ(
        TimeRange::absolute(localMs(year, 3, 12, 14, 0), localMs(year, 3, 12, 16, 30)).label(c),
        QString::fromUtf8("12 Mar 14:00 – 16:30"));
    EXPECT_EQ(TimeRange::absolute(localMs(2001, 3, 12, 14, 0), localMs(2001, 3, 13, 2, 0)).label(c),
              QString::fromUtf8("12 Mar 2001 14:00 – 13 Mar 2001 02:00"));
    EXPECT_EQ(TimeRange::absolute(localMs(2001, 3, 12, 14, 0, 5), localMs(2001, 3, 12, 14, 0, 35))
                  .label(c),
              QString::fromUtf8("12 Mar 2001 14:00:05 – 14:00:35"));
}

TEST(TimeRangeController, StartsLiveAtOneHour)
{
    Controller controller;
    EXPECT_EQ(controller.presetIndex(), Controller::kDefaultPreset);
    EXPECT_EQ(controller.range(), TimeRange::relative(kHour));
    EXPECT_TRUE(controller.isLive());
    EXPECT_FALSE(controller.canGoBack());
    EXPECT_FALSE(controller.canGoForward());
    EXPECT_EQ(controller.refreshIntervalMs(), 0);

    const QList<Controller::Preset> presets = Controller::presets();
    ASSERT_EQ(presets.size(), 6);
    const qint64 spans[] = {15 * kMinute, kHour, 6 * kHour, kDay, 7 * kDay, 30 * kDay};
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(presets[i].spanMs, spans[i]);
        EXPECT_FALSE(presets[i].label.isEmpty());
    }
    EXPECT_EQ(Controller::refreshChoicesMs(),
              QList<int>({0, 5'000, 10'000, 30'000, 60'000, 300'000}));
}

TEST(TimeRangeController, PresetsChangeTheRangeOnce)
{
    Controller controller;
    QSignalSpy changed(&controller, &Controller::rangeChanged);
    QSignalSpy history(&controller, &Controller::historyChanged);

    EXPECT_TRUE(controller.setPreset(4));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<TimeRange>(), TimeRange::relative(7 * kDay));
    EXPECT_EQ(history.count(), 1);
    EXPECT_EQ(controller.presetIndex(), 4);
    EXPECT_TRUE(controller.isLive());

    // The same preset again is no new range, and no history entry.
    EXPECT_TRUE(controller.setPreset(4));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(controller.historySize(), 2);

    for (int bad : {-1, 6, std::numeric_limits<int>::max(), std::numeric_limits<int>::min()})
        EXPECT_FALSE(controller.setPreset(bad)) << bad;
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(controller.presetIndex(), 4);
}

TEST(TimeRangeController, AbsoluteRangesAreValidatedAndClamped)
{
    Controller controller;
    QSignalSpy changed(&controller, &Controller::rangeChanged);
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    const qint64 y2000 = Controller::kEarliestMs;

    const std::pair<qint64, qint64> bad[] = {
        {kT0, kT0},                 // empty
        {kT0, kT0 - kHour},         // backwards
        {kT0, kT0 + 9'999},         // under 10 s
        {y2000 - 1, y2000 + kHour}, // starts before 2000
        {0, kT0},                   // the epoch
        {-kHour, kT0},              // before the epoch
        {kT0, Controller::kLatestMs + 1},
        {kMin, kMax},
        {kMax - 1, kMax},
        {kMin, kMin + kHour},
    };
    for (const auto &[from, to] : bad) {
        QString why;
        EXPECT_FALSE(Controller::validatedAbsolute(from, to, &why)) << from << " " << to;
        EXPECT_FALSE(why.isEmpty());
        EXPECT_FALSE(controller.setAbsolute(from, to)) << from << " " << to;
    }
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(controller.range(), TimeRange::relative(kHour));
    EXPECT_EQ(controller.historySize(), 1);

    EXPECT_TRUE(controller.setAbsolute(kT0, kT0 + 10'000)); // exactly the shortest
    EXPECT_EQ(controller.range(), TimeRange::absolute(kT0, kT0 + 10'000));
    EXPECT_FALSE(controller.isLive());
    EXPECT_EQ(controller.presetIndex(), -1);
    EXPECT_TRUE(controller.setAbsolute(y2000, y2000 + kDay)); // the first day allowed

    // Over 400 days: the 400 days up to the end.
    EXPECT_TRUE(controller.setAbsolute(y2000, kT0));
    EXPECT_EQ(controller.range(), TimeRange::absolute(kT0 - 400 * kDay, kT0));
    EXPECT_TRUE(controller.setAbsolute(kT0 - 400 * kDay, kT0)); // the same: no change
    EXPECT_EQ(changed.count(), 3);
}

TEST(TimeRangeController, ZoomTakesEitherDirectionAndWidensShortDrags)
{
    Controller controller;
    EXPECT_TRUE(controller.zoomTo(kT0, kT0 - 20 * kMinute)); // dragged right to left
    EXPECT_EQ(controller.range(), TimeRange::absolute(kT0 - 20 * kMinute, kT0));
    EXPECT_FALSE(controller.isLive());

    EXPECT_TRUE(controller.zoomTo(kT0 - 1000, kT0 + 1000));
    EXPECT_EQ(controller.range(), TimeRange::absolute(kT0 - 5000, kT0 + 5000));
    EXPECT_TRUE(controller.zoomTo(kT0 + 3 * kMinute, kT0 + 3 * kMinute)); // a click, no drag
    EXPECT_EQ(controller.range(),
              TimeRange::absolute(kT0 + 3 * kMinute - 5000, kT0 + 3 * kMinute + 5000));

    // At the earliest supported time, widening stays inside.
    const qint64 y2000 = Controller::kEarliestMs;
    EXPECT_TRUE(controller.zoomTo(y2000, y2000 + 10));
    EXPECT_EQ(controller.range(), TimeRange::absolute(y2000, y2000 + 10'000));

    const int size = controller.historySize();
    EXPECT_FALSE(controller.zoomTo(0, 5));
    EXPECT_FALSE(
        controller.zoomTo(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()));
    EXPECT_EQ(controller.historySize(), size);
}

TEST(TimeRangeController, BackAndForwardLikeABrowser)
{
    Controller controller;
    const TimeRange a = controller.range();
    controller.setPreset(0);
    const TimeRange b = controller.range();
    controller.setPreset(2);
    const TimeRange c = controller.range();
    EXPECT_TRUE(controller.canGoBack());
    EXPECT_FALSE(controller.canGoForward());

    QSignalSpy changed(&controller, &Controller::rangeChanged);
    QSignalSpy history(&controller, &Controller::historyChanged);
    EXPECT_TRUE(controller.back());
    EXPECT_EQ(controller.range(), b);
    EXPECT_TRUE(controller.back());
    EXPECT_EQ(controller.range(), a);
    EXPECT_FALSE(controller.canGoBack());
    EXPECT_TRUE(controller.canGoForward());
    EXPECT_FALSE(controller.back());
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(history.count(), 2);
    EXPECT_EQ(changed.at(1).at(0).value<TimeRange>(), a);

    EXPECT_TRUE(controller.forward());
    EXPECT_EQ(controller.range(), b);
    EXPECT_TRUE(controller.canGoForward());

    // A new range from here drops c, which was ahead.
    EXPECT_TRUE(controller.zoomTo(kT0 - kHour, kT0));
    EXPECT_FALSE(controller.canGoForward());
    EXPECT_FALSE(controller.forward());
    EXPECT_EQ(controller.historySize(), 3);
    EXPECT_TRUE(controller.back());
    EXPECT_EQ(controller.range(), b);
    EXPECT_TRUE(controller.forward());
    EXPECT_FALSE(controller.range() == c);
    EXPECT_EQ(controller.range(), TimeRange::absolute(kT0 - kHour, kT0));

    // Going back to a preset is live again.
    EXPECT_TRUE(controller.back());
    EXPECT_TRUE(controller.isLive());
    EXPECT_EQ(controller.presetIndex(), 0);
}

TEST(TimeRangeController, HistoryIsBounded)
{
    Controller controller;
    for (int i = 1; i <= 60; ++i)
        ASSERT_TRUE(controller.setAbsolute(kT0 + i * kMinute, kT0 + i * kMinute + kHour));
    EXPECT_EQ(controller.historySize(), Controller::kHistoryLimit);
    int steps = 0;
    while (controller.back())
        ++steps;
    EXPECT_EQ(steps, Controller::kHistoryLimit - 1);
    // 61 ranges were current; the oldest 11 (the first preset among them) are gone.
    EXPECT_EQ(controller.range(),
              TimeRange::absolute(kT0 + 11 * kMinute, kT0 + 11 * kMinute + kHour));
    EXPECT_FALSE(controller.isLive());
}

TEST(TimeRangeController, LiveRangesFollowTheClockFrozenOnesDoNot)
{
    Controller controller;
    controller.setPreset(1);
    EXPECT_TRUE(controller.isLive());
    const auto [from1, to1] = controller.resolve(kT0);
    const auto [from2, to2] = controller.resolve(kT0 + kMinute);
    EXPECT_EQ(to1, kT0);
    EXPECT_EQ(to2 - to1, kMinute);
    EXPECT_EQ(from2 - from1, kMinute);

    controller.setAbsolute(kT0 - kHour, kT0);
    EXPECT_FALSE(controller.isLive());
    EXPECT_EQ(controller.resolve(kT0 + kDay), controller.resolve(kT0));
    EXPECT_EQ(controller.resolve(kT0 + kDay), std::make_pair(kT0 - kHour, kT0));
}

TEST(TimeRangeController, RefreshTimerFiresForBothKindsAndStops)
{
    Controller controller;
    QSignalSpy refresh(&controller, &Controller::refreshRequested);
    QSignalSpy interval(&controller, &Controller::refreshIntervalChanged);

    for (int bad : {-1, 1, Controller::kMinRefreshMs - 1, Controller::kMaxRefreshMs + 1})
        EXPECT_FALSE(controller.setRefreshIntervalMs(bad)) << bad;
    EXPECT_EQ(controller.refreshIntervalMs(), 0);
    EXPECT_EQ(interval.count(), 0);

    QTest::qWait(50);
    EXPECT_EQ(refresh.count(), 0); // off by default

    ASSERT_TRUE(controller.setRefreshIntervalMs(20));
    EXPECT_EQ(controller.refreshIntervalMs(), 20);
    ASSERT_EQ(interval.count(), 1);
    EXPECT_EQ(interval.at(0).at(0).toInt(), 20);
    EXPECT_TRUE(refresh.wait(5000)); // relative
    controller.setAbsolute(kT0 - kHour, kT0);
    refresh.clear();
    EXPECT_TRUE(refresh.wait(5000)); // absolute

    ASSERT_TRUE(controller.setRefreshIntervalMs(0));
    refresh.clear();
    QTest::qWait(100);
    EXPECT_EQ(refresh.count(), 0);

    controller.refreshNow();
    EXPECT_EQ(refresh.count(), 1);
}

// QSettings in an INI file of its own.
struct SettingsFile
{
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("scb.ini")); }
};

TEST(TimeRangeController, SavesPresetAndRefreshInterval)
{
    SettingsFile file;
    ASSERT_TRUE(file.dir.isValid());
    {
        QSettings settings(file.path(), QSettings::IniFormat);
        Controller controller(&settings);
        EXPECT_EQ(controller.presetIndex(), Controller::kDefaultPreset);
        controller.setPreset(4);
        ASSERT_TRUE(controller.setRefreshIntervalMs(30'000));
        controller.setAbsolute(kT0 - kHour, kT0); // not saved: the preset stays
    }
    {
        QSettings settings(file.path(), QSettings::IniFormat);
        EXPECT_EQ(settings.value("timeRange/preset").toString(), "7d");
        Controller controller(&settings);
        EXPECT_EQ(controller.presetIndex(), 4);
        EXPECT_TRUE(controller.isLive());
        EXPECT_EQ(controller.refreshIntervalMs(), 30'000);
        EXPECT_FALSE(controller.canGoBack());
        QSignalSpy refresh(&controller, &Controller::refreshRequested);
        // Back to a preset saves it too.
        controller.setPreset(0);
        controller.back();
        ASSERT_TRUE(controller.setRefreshIntervalMs(0));
    }
    {
        QSettings settings(file.path(), QSettings::IniFormat);
        Controller controller(&settings);
        EXPECT_EQ(controller.presetIndex(), 4);
        EXPECT_EQ(controller.refreshIntervalMs(), 0);
    }
}

TEST(TimeRangeController, HostileSettingsFallBackToDefaults)
{
    const QList<QVariant> presets = {
        QString(),
        QStringLiteral("bogus"),
        QStringLiteral("1H"),
        QStringLiteral(" 7d"),
        QStringLiteral("7d\n"),
        QString::fromUtf8("7d\0", 3),
        QStringLiteral("4"),
        4,
        -1,
        1e300,
        QStringList{QStringLiteral("7d"), QStringLiteral("1h")},
        QVariantMap{{QStringLiteral("7d"), 1}},
        QByteArray(100'000, 'x'),
    };
    const QList<QVariant> refreshes = {
        QString(),
        QStringLiteral("-5000"),
        QStringLiteral("20"), // accepted from code, not from settings
        QStringLiteral("5000x"),
        QStringLiteral("5e3"),
        QStringLiteral("99999999999999999999999"),
        -5000,
        1,
        std::numeric_limits<qint64>::min(),
        5000.5,
        std::nan(""),
        QStringList{QStringLiteral("5000"), QStringLiteral("10000")},
        true,
    };
    SettingsFile file;
    ASSERT_TRUE(file.dir.isValid());
    for (qsizetype i = 0; i < std::max(presets.size(), refreshes.size()); ++i) {
        {
            QSettings settings(file.path(), QSettings::IniFormat);
            settings.setValue("timeRange/preset", presets.value(i));
            settings.setValue("timeRange/refreshMs", refreshes.value(i));
        }
        QSettings settings(file.path(), QSettings::IniFormat);
        Controller controller(&settings);
        EXPECT_EQ(controller.presetIndex(), Controller::kDefaultPreset) << i;
        EXPECT_EQ(controller.refreshIntervalMs(), 0) << i;
    }

    // Bytes no QSettings wrote, in the same place.
    {
        QFile raw(file.path());
        ASSERT_TRUE(raw.open(QIODevice::WriteOnly | QIODevice::Truncate));
        raw.write("[timeRange]\npreset=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\xffjunk)\n"
                  "refreshMs=@Variant(\\0\\0\\0\\x2\\xff\\xff\\xff\\xff)\n\xff\xfe\x01garbage=\n");
    }
    {
        QSettings settings(file.path(), QSettings::IniFormat);
        Controller controller(&settings);
        EXPECT_EQ(controller.presetIndex(), Controller::kDefaultPreset);
        EXPECT_EQ(controller.refreshIntervalMs(), 0);
    }

    // What an edited file may rightly hold is taken.
    {
        QFile raw(file.path());
        ASSERT_TRUE(raw.open(QIODevice::WriteOnly | QIODevice::Truncate));
        raw.write("[timeRange]\npreset=30d\nrefreshMs=10000\n");
    }
    QSettings settings(file.path(), QSettings::IniFormat);
    Controller controller(&settings);
    EXPECT_EQ(controller.presetIndex(), 5);
    EXPECT_EQ(controller.refreshIntervalMs(), 10'000);
}

template<typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

TEST(TimeRangeBar, ButtonsDriveTheController)
{
    Controller controller;
    TimeRangeBar bar(&controller);
    bar.show();
    auto *back = child<QToolButton>(bar, "timeRangeBack");
    auto *forward = child<QToolButton>(bar, "timeRangeForward");
    auto *quarter = child<QToolButton>(bar, "timeRangePreset0");
    auto *hour = child<QToolButton>(bar, "timeRangePreset1");
    auto *month = child<QToolButton>(bar, "timeRangePreset5");
    ASSERT_TRUE(back && forward && quarter && hour && month);
    EXPECT_EQ(bar.findChild<QToolButton *>("timeRangePreset6"), nullptr);

    EXPECT_TRUE(hour->isChecked());
    EXPECT_FALSE(back->isEnabled());
    EXPECT_FALSE(forward->isEnabled());
    EXPECT_EQ(bar.labelText(), TimeRange::relative(kHour).label());

    quarter->click();
    EXPECT_EQ(controller.presetIndex(), 0);
    EXPECT_TRUE(quarter->isChecked());
    EXPECT_FALSE(hour->isChecked());
    EXPECT_TRUE(back->isEnabled());
    EXPECT_EQ(bar.labelText(), TimeRange::relative(15 * kMinute).label());

    month->click();
    back->click();
    EXPECT_EQ(controller.presetIndex(), 0);
    EXPECT_TRUE(quarter->isChecked());
    EXPECT_TRUE(forward->isEnabled());
    back->click();
    EXPECT_EQ(controller.presetIndex(), 1);
    EXPECT_TRUE(hour->isChecked());
    EXPECT_FALSE(back->isEnabled());
    forward->click();
    forward->click();
    EXPECT_EQ(controller.presetIndex(), 5);
    EXPECT_FALSE(forward->isEnabled());

    // An absolute range from elsewhere (a chart drag) checks no preset.
    ASSERT_TRUE(controller.zoomTo(kT0 - kHour, kT0));
    for (QAbstractButton *preset : {quarter, hour, month})
        EXPECT_FALSE(preset->isChecked());
    EXPECT_EQ(bar.labelText(), controller.range().label());
    hour->click();
    EXPECT_EQ(controller.presetIndex(), 1);
    EXPECT_TRUE(controller.isLive());
}

TEST(TimeRangeBar, RefreshComboFollowsAndSetsTheInterval)
{
    Controller controller;
    TimeRangeBar bar(&controller);
    auto *combo = child<QComboBox>(bar, "timeRangeRefresh");
    ASSERT_TRUE(combo);
    ASSERT_EQ(combo->count(), Controller::refreshChoicesMs().size());
    EXPECT_EQ(combo->currentData().toInt(), 0);

    combo->setCurrentIndex(combo->findData(5'000));
    EXPECT_EQ(controller.refreshIntervalMs(), 5'000);
    controller.setRefreshIntervalMs(60'000);
    EXPECT_EQ(combo->currentData().toInt(), 60'000);
    controller.setRefreshIntervalMs(20); // not offered: nothing shown as chosen
    EXPECT_EQ(combo->currentIndex(), -1);
    EXPECT_EQ(controller.refreshIntervalMs(), 20);
    combo->setCurrentIndex(0);
    EXPECT_EQ(controller.refreshIntervalMs(), 0);
}

TEST(TimeRangeBar, CustomDialogValidatesAndSetsAnAbsoluteRange)
{
    Controller controller;
    TimeRangeBar bar(&controller);
    bar.show();
    auto *custom = child<QToolButton>(bar, "timeRangeCustom");
    ASSERT_TRUE(custom);
    custom->click();
    TimeRangeDialog *dialog = bar.customDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->isValid()); // it opens on the current range
    custom->click();
    EXPECT_EQ(bar.customDialog(), dialog); // one at a time

    const QDateTime from(QDate(2024, 3, 12), QTime(14, 0));
    const QDateTime to(QDate(2024, 3, 13), QTime(2, 0));
    dialog->fromEdit()->setDateTime(to);
    dialog->toEdit()->setDateTime(from);
    EXPECT_FALSE(dialog->isValid());
    EXPECT_FALSE(dialog->okButton()->isEnabled());
    EXPECT_FALSE(dialog->message().isEmpty());

    dialog->fromEdit()->setDateTime(from.addYears(-2));
    dialog->toEdit()->setDateTime(to);
    EXPECT_TRUE(dialog->okButton()->isEnabled());
    EXPECT_TRUE(dialog->message().contains("400")) << dialog->message().toStdString();

    dialog->fromEdit()->setDateTime(from);
    EXPECT_TRUE(dialog->okButton()->isEnabled());
    EXPECT_TRUE(dialog->message().isEmpty());
    EXPECT_TRUE(controller.isLive()); // nothing happens before OK
    dialog->okButton()->click();
    EXPECT_EQ(controller.range(),
              TimeRange::absolute(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()));
    EXPECT_EQ(bar.labelText(), controller.range().label());
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return bar.customDialog() == nullptr; })); // deleted once closed

    // Cancel leaves the range alone.
    custom->click();
    ASSERT_NE(bar.customDialog(), nullptr);
    bar.customDialog()->toEdit()->setDateTime(to.addDays(1));
    bar.customDialog()->reject();
    EXPECT_EQ(controller.range(),
              TimeRange::absolute(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()));
}

TEST(TimeRangeBar, StaysCompact)
{
    Controller controller;
    TimeRangeBar bar(&controller);
    // The widest label: two days in another year.
    controller.setAbsolute(localMs(2001, 12, 30, 23, 59), localMs(2002, 1, 1, 0, 0));
    bar.adjustSize();
    ::testing::Test::RecordProperty("widthPx", bar.sizeHint().width());
    EXPECT_LT(bar.sizeHint().width(), 800) << bar.labelText().toStdString();
}

} // namespace
} // namespace scb
