#include "timerange.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace scb {

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

struct PresetEntry
{
    qint64 spanMs;
    const char *key;
    const char *label;
};
// The context is the class's full name: that is where tr() looks them up.
constexpr PresetEntry kPresets[] = {
    {15 * kMinuteMs, "15m", QT_TRANSLATE_NOOP("scb::TimeRangeController", "15 min")},
    {kHourMs, "1h", QT_TRANSLATE_NOOP("scb::TimeRangeController", "1 h")},
    {6 * kHourMs, "6h", QT_TRANSLATE_NOOP("scb::TimeRangeController", "6 h")},
    {kDayMs, "24h", QT_TRANSLATE_NOOP("scb::TimeRangeController", "24 h")},
    {7 * kDayMs, "7d", QT_TRANSLATE_NOOP("scb::TimeRangeController", "7 d")},
    {30 * kDayMs, "30d", QT_TRANSLATE_NOOP("scb::TimeRangeController", "30 d")},
};
constexpr int kPresetCount = int(std::size(kPresets));
static_assert(TimeRangeController::kDefaultPreset < kPresetCount);

constexpr int kRefreshChoicesMs[] = {0, 5'000, 10'000, 30'000, 60'000, 300'000};

const char kPresetKey[] = "timeRange/preset";
const char kRefreshKey[] = "timeRange/refreshMs";

} // namespace

// TimeRange ------------------------------------------------------------------------------------

TimeRange TimeRange::relative(qint64 spanMs)
{
    TimeRange range;
    range.kind = Relative;
    range.spanMs = spanMs;
    return range;
}

TimeRange TimeRange::absolute(qint64 fromMs, qint64 toMs)
{
    TimeRange range;
    range.kind = Absolute;
    range.spanMs = toMs - fromMs;
    range.fromMs = fromMs;
    range.toMs = toMs;
    return range;
}

std::pair<qint64, qint64> TimeRange::resolve(qint64 nowMs) const
{
    if (kind == Relative)
        return {nowMs - spanMs, nowMs};
    return {fromMs, toMs};
}

QString TimeRange::label(const QLocale &locale) const
{
    if (kind == Relative) {
        switch (spanMs) {
        case 15 * kMinuteMs:
            return tr("Last 15 minutes");
        case kHourMs:
            return tr("Last hour");
        case 6 * kHourMs:
            return tr("Last 6 hours");
        case kDayMs:
            return tr("Last 24 hours");
        case 7 * kDayMs:
            return tr("Last 7 days");
        case 30 * kDayMs:
            return tr("Last 30 days");
        default:
            break;
        }
        // Any other span, in its largest whole unit.
        QString span;
        if (spanMs > 0 && spanMs % kDayMs == 0)
            span = tr("%1 d").arg(spanMs / kDayMs);
        else if (spanMs > 0 && spanMs % kHourMs == 0)
            span = tr("%1 h").arg(spanMs / kHourMs);
        else if (spanMs > 0 && spanMs % kMinuteMs == 0)
            span = tr("%1 min").arg(spanMs / kMinuteMs);
        else
            span = tr("%1 s").arg(spanMs / 1000);
        return tr("Last %1").arg(span);
    }

    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs);
    const int thisYear = QDate::currentDate().year();
    const bool withYear = from.date().year() != thisYear || to.date().year() != thisYear;
    const QString dateFormat = withYear ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM");
    const QString timeFormat =
        toMs - fromMs < 10 * kMinuteMs ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    const QString fromText = locale.toString(from, dateFormat + u' ' + timeFormat);
    const QString toText = from.date() == to.date()
                               ? locale.toString(to, timeFormat)
                               : locale.toString(to, dateFormat + u' ' + timeFormat);
    return tr("%1 – %2").arg(fromText, toText);
}

bool operator==(const TimeRange &a, const TimeRange &b)
{
    if (a.kind != b.kind)
        return false;
    if (a.kind == TimeRange::Relative)
        return a.spanMs == b.spanMs;
    return a.fromMs == b.fromMs && a.toMs == b.toMs;
}

// TimeRangeController --------------------------------------------------------------------------

QList<TimeRangeController::Preset> TimeRangeController::presets()
{
    QList<Preset> list;
    for (const PresetEntry &entry : kPresets)
        list.append({entry.spanMs, QLatin1String(entry.key), tr(entry.label)});
    return list;
}

QList<int> TimeRangeController::refreshChoicesMs()
{
    return QList<int>(std::begin(kRefreshChoicesMs), std::end(kRefreshChoicesMs));
}

QString TimeRangeController::refreshLabel(int ms)
{
    if (ms <= 0)
        return tr("Off");
    if (ms % 60'000 == 0)
        return tr("%1 min").arg(ms / 60'000);
    if (ms % 1000 == 0)
        return tr("%1 s").arg(ms / 1000);
    return tr("%1 ms").arg(ms);
}

std::optional<TimeRange>
TimeRangeController::validatedAbsolute(qint64 fromMs, qint64 toMs, QString *whyNot)
{
    auto fail = [whyNot](QString reason) {
        if (whyNot)
            *whyNot = std::move(reason);
        return std::optional<TimeRange>();
    };
    // The bounds first: they keep the subtractions below from overflowing.
    if (fromMs < kEarliestMs || toMs < kEarliestMs)
        return fail(tr("Times before 1 January 2000 are not supported."));
    if (fromMs > kLatestMs || toMs > kLatestMs)
        return fail(tr("Times after 1 January 2100 are not supported."));
    if (fromMs >= toMs)
        return fail(tr("The start must be before the end."));
    if (toMs - fromMs < kMinSpanMs)
        return fail(tr("The range must be at least %1 seconds long.").arg(kMinSpanMs / 1000));
    if (whyNot)
        whyNot->clear();
    return TimeRange::absolute(std::max(fromMs, toMs - kMaxSpanMs), toMs);
}

TimeRangeController::TimeRangeController(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_history{TimeRange::relative(kPresets[kDefaultPreset].spanMs)}
    , m_refreshTimer(new QTimer(this))
    , m_settings(settings)
{
    connect(m_refreshTimer, &QTimer::timeout, this, &TimeRangeController::refreshRequested);
    readSettings();
    if (m_refreshMs > 0)
        m_refreshTimer->start(m_refreshMs);
}

void TimeRangeController::readSettings()
{
    if (!m_settings)
        return;
    // Whatever is there may have been edited by hand or written by another
    // version: only exact known values are taken.
    const QVariant preset = m_settings->value(QLatin1String(kPresetKey));
    if (preset.typeId() == QMetaType::QString || preset.typeId() == QMetaType::QByteArray) {
        const QString key = preset.toString();
        for (const PresetEntry &entry : kPresets)
            if (key == QLatin1String(entry.key))
                m_history.front() = TimeRange::relative(entry.spanMs);
    }
    const QVariant refresh = m_settings->value(QLatin1String(kRefreshKey));
    bool ok = false;
    qint64 ms = -1;
    switch (refresh.typeId()) {
    case QMetaType::QString: // what an INI file gives back
    case QMetaType::QByteArray:
        ms = refresh.toString().toLongLong(&ok);
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        ms = refresh.toLongLong(&ok);
        break;
    default:
        break;
    }
    if (ok && std::ranges::find(kRefreshChoicesMs, ms) != std::end(kRefreshChoicesMs))
        m_refreshMs = int(ms);
}

int TimeRangeController::presetIndex() const
{
    if (range().kind != TimeRange::Relative)
        return -1;
    for (int i = 0; i < kPresetCount; ++i)
        if (kPresets[i].spanMs == range().spanMs)
            return i;
    return -1;
}

bool TimeRangeController::setPreset(int index)
{
    if (index < 0 || index >= kPresetCount)
        return false;
    go(TimeRange::relative(kPresets[index].spanMs));
    return true;
}

bool TimeRangeController::setAbsolute(qint64 fromMs, qint64 toMs)
{
    const std::optional<TimeRange> range = validatedAbsolute(fromMs, toMs);
    if (!range)
        return false;
    go(*range);
    return true;
}

bool TimeRangeController::zoomTo(qint64 aMs, qint64 bMs)
{
    qint64 fromMs = std::min(aMs, bMs);
    qint64 toMs = std::max(aMs, bMs);
    if (fromMs < kEarliestMs || toMs > kLatestMs)
        return false;
    if (toMs - fromMs < kMinSpanMs) {
        const qint64 centre = fromMs + (toMs - fromMs) / 2;
        fromMs = std::max(centre - kMinSpanMs / 2, kEarliestMs);
        toMs = fromMs + kMinSpanMs;
        if (toMs > kLatestMs) {
            toMs = kLatestMs;
            fromMs = toMs - kMinSpanMs;
        }
    }
    return setAbsolute(fromMs, toMs);
}

bool TimeRangeController::back()
{
    if (!canGoBack())
        return false;
    --m_index;
    becameCurrent();
    return true;
}

bool TimeRangeController::forward()
{
    if (!canGoForward())
        return false;
    ++m_index;
    becameCurrent();
    return true;
}

bool TimeRangeController::setRefreshIntervalMs(int ms)
{
    if (ms != 0 && (ms < kMinRefreshMs || ms > kMaxRefreshMs))
        return false;
    if (ms == m_refreshMs)
        return true;
    m_refreshMs = ms;
    if (ms > 0)
        m_refreshTimer->start(ms);
    else
        m_refreshTimer->stop();
    if (m_settings)
        m_settings->setValue(QLatin1String(kRefreshKey), ms);
    emit refreshIntervalChanged(ms);
    return true;
}

void TimeRangeController::refreshNow()
{
    if (m_refreshTimer->isActive())
        m_refreshTimer->start();
    emit refreshRequested();
}

void TimeRangeController::go(const TimeRange &range)
{
    if (range == this->range())
        return;
    m_history.resize(size_t(m_index) + 1); // a new range drops the forward history
    m_history.push_back(range);
    if (m_history.size() > size_t(kHistoryLimit))
        m_history.erase(m_history.begin(), m_history.end() - kHistoryLimit);
    m_index = int(m_history.size()) - 1;
    becameCurrent();
}

void TimeRangeController::becameCurrent()
{
    const int preset = presetIndex();
    if (m_settings && preset >= 0)
        m_settings->setValue(QLatin1String(kPresetKey), QLatin1String(kPresets[preset].key));
    if (m_refreshTimer->isActive())
        m_refreshTimer->start(); // the new range is queried anyway
    emit rangeChanged(range());
    emit historyChanged();
}

} // namespace scb
