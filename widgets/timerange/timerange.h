#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

class QTimer;

namespace scb {

// The time range the charts of a page show: either the last spanMs up to now
// (relative, live: the charts append ticks as they come) or a fixed
// [fromMs, toMs] (absolute, frozen). Times are Unix milliseconds.
struct TimeRange
{
    Q_DECLARE_TR_FUNCTIONS(scb::TimeRange)
public:
    enum Kind { Relative, Absolute };

    Kind kind = Relative;
    qint64 spanMs = 60 * 60'000; // Relative: the last spanMs up to now
    qint64 fromMs = 0;           // Absolute: from here ...
    qint64 toMs = 0;             // ... to here

    static TimeRange relative(qint64 spanMs);
    static TimeRange absolute(qint64 fromMs, qint64 toMs);

    bool isLive() const { return kind == Relative; }
    qint64 durationMs() const { return kind == Relative ? spanMs : toMs - fromMs; }
    // [from, to] at the given moment.
    std::pair<qint64, qint64> resolve(qint64 nowMs) const;
    // "Last 15 minutes", "Last 7 days", "12 Mar 14:00 – 13 Mar 02:00" (local
    // time; the year only where it is not this year's, seconds only for spans
    // under 10 minutes).
    QString label(const QLocale &locale = QLocale()) const;

    // Relative ranges compare by span, absolute ones by their ends.
    friend bool operator==(const TimeRange &a, const TimeRange &b);
};

// The one range that drives every chart of a page, and how it got there.
//
// - Presets: the last 15 min, 1 h, 6 h, 24 h, 7 d or 30 d (relative, live).
// - setAbsolute(): a custom range, validated; zoomTo(): a drag on a chart.
//   Both are absolute: the charts stop following live ticks.
// - back()/forward(): like a browser, over at most kHistoryLimit ranges; a new
//   range while back in the history drops the forward part.
// - Auto-refresh: every refreshIntervalMs() (0 = off) refreshRequested() asks
//   the charts to query their history again, for relative and absolute ranges
//   alike: live ticks keep a relative chart's newest edge current, but only a
//   query brings in what was stored late or filled in after a reconnect, and
//   an absolute range that reaches up to now has nothing else to grow it. The
//   timer starts over whenever the range changes, since a new range is queried
//   anyway.
//
// Given a QSettings, it reads the last preset and refresh interval from
// "timeRange/preset" and "timeRange/refreshMs" at construction (anything but a
// known preset key or an offered interval falls back to the default: 1 h,
// off) and writes them back when they change. Absolute ranges are not saved.
class TimeRangeController : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMinSpanMs = 10'000;                 // shorter zooms are widened
    static constexpr qint64 kMaxSpanMs = 400LL * 24 * 3'600'000; // longer ranges are clamped
    static constexpr qint64 kEarliestMs = 946'684'800'000LL;     // 2000-01-01T00:00:00Z
    static constexpr qint64 kLatestMs = 4'102'444'800'000LL;     // 2100-01-01T00:00:00Z
    static constexpr int kHistoryLimit = 50;                     // ranges kept for back/forward
    static constexpr int kDefaultPreset = 1;                     // 1 h
    static constexpr int kMinRefreshMs = 10;                     // setRefreshIntervalMs() floor
    static constexpr int kMaxRefreshMs = 24 * 3'600'000;         // ... and ceiling

    struct Preset
    {
        qint64 spanMs;
        QString key;   // stable, for the settings: "15m", "1h", ...
        QString label; // short, for a button: "15 min", "1 h", ...
    };
    static QList<Preset> presets();
    // The auto-refresh intervals offered, in ms, 0 (off) first.
    static QList<int> refreshChoicesMs();
    // "Off", "5 s", "1 min", ...
    static QString refreshLabel(int ms);

    // The absolute range [fromMs, toMs] as setAbsolute() would take it (a
    // span over kMaxSpanMs shortened to the kMaxSpanMs before toMs), or
    // nothing, with the reason in *whyNot, when it is unusable: from not
    // before to, a span under kMinSpanMs, or an end outside 2000..2100.
    static std::optional<TimeRange>
    validatedAbsolute(qint64 fromMs, qint64 toMs, QString *whyNot = nullptr);

    explicit TimeRangeController(QSettings *settings = nullptr, QObject *parent = nullptr);

    const TimeRange &range() const { return m_history[size_t(m_index)]; }
    bool isLive() const { return range().isLive(); }
    int presetIndex() const; // the current range's preset, or -1
    std::pair<qint64, qint64> resolve(qint64 nowMs) const { return range().resolve(nowMs); }

    // Each returns false, changing nothing, for an unusable argument. Asking
    // for the current range again changes nothing either (and returns true).
    bool setPreset(int index);
    bool setAbsolute(qint64 fromMs, qint64 toMs);
    // A drag on a chart from one time to another, either way round; a span
    // under kMinSpanMs is widened to it around its centre.
    bool zoomTo(qint64 aMs, qint64 bMs);

    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < int(m_history.size()); }
    int historySize() const { return int(m_history.size()); }
    bool back();
    bool forward();

    int refreshIntervalMs() const { return m_refreshMs; }
    // 0 (off) or kMinRefreshMs..kMaxRefreshMs; the bar offers refreshChoicesMs().
    bool setRefreshIntervalMs(int ms);
    // Emits refreshRequested() now and starts the interval over.
    void refreshNow();

signals:
    void rangeChanged(const scb::TimeRange &range);
    void historyChanged(); // canGoBack()/canGoForward() may have changed
    void refreshIntervalChanged(int ms);
    void refreshRequested();

private:
    void go(const TimeRange &range);
    void becameCurrent();
    void readSettings();

    std::vector<TimeRange> m_history; // never empty
    int m_index = 0;
    int m_refreshMs = 0;
    QTimer *m_refreshTimer;
    QPointer<QSettings> m_settings;
};

} // namespace scb

Q_DECLARE_METATYPE(scb::TimeRange)
