#include "todayutilization.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scb {

qint64 TodayUtilization::localDayStart(qint64 unixMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(unixMs);
    return QDateTime(at.date(), QTime(0, 0)).toMSecsSinceEpoch();
}

HistoryRequest TodayUtilization::request(qint64 nowMs)
{
    HistoryRequest request;
    request.field = AggregateField::UtilizationMean;
    request.perCenter = false;
    request.fromMs = localDayStart(nowMs);
    request.toMs = nowMs;
    request.maxPoints = kMaxPoints;
    if (request.fromMs != m_dayStartMs) {
        m_dayStartMs = request.fromMs;
        m_points.clear();
    }
    m_request = request;
    return request;
}

bool TodayUtilization::take(const HistoryResult &result)
{
    const HistoryRequest &r = result.request;
    const HistoryRequest &mine = m_request;
    if (r.field != mine.field || r.perCenter != mine.perCenter || r.fromMs != mine.fromMs ||
        r.toMs != mine.toMs || r.maxPoints != mine.maxPoints || !result.error.isEmpty())
        return false;
    std::vector<QPointF> points;
    for (const HistorySeries &series : result.series) {
        if (series.scope != kFleetScope)
            continue;
        for (const SeriesPoint &point : series.points)
            if (point.unixMs >= r.fromMs && point.unixMs <= r.toMs && std::isfinite(point.avg))
                points.emplace_back(double(point.unixMs), std::clamp(point.avg, 0.0, 100.0));
    }
    // Live points that came after the query's end stay.
    for (const QPointF &point : m_points)
        if (point.x() > double(r.toMs))
            points.push_back(point);
    std::sort(points.begin(), points.end(),
              [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    m_points = std::move(points);
    return true;
}

void TodayUtilization::addLive(qint64 tickMs, double utilization)
{
    if (tickMs >= m_dayStartMs &&
        (m_points.empty() || tickMs >= m_points.back().x() + kLivePointSpacingMs))
        m_points.emplace_back(double(tickMs), std::clamp(utilization, 0.0, 100.0));
}

double TodayUtilization::mean() const
{
    if (m_points.empty())
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0;
    for (const QPointF &point : m_points)
        sum += point.y();
    return sum / double(m_points.size());
}

} // namespace scb
