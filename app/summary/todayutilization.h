#pragma once

#include "historyreader.h"

#include <QPointF>

#include <vector>

namespace scb {

// Today's fleet utilization for the summary screen: the stored history from
// the start of the local day, then live points as snapshots come (one a
// minute at most). A request for a new day starts the line again.
class TodayUtilization
{
public:
    static constexpr qint64 kLivePointSpacingMs = 60'000;
    static constexpr int kMaxPoints = 288; // 5-minute buckets over a day

    static qint64 localDayStart(qint64 unixMs);

    // The request for the day of nowMs up to it, kept as the last one.
    HistoryRequest request(qint64 nowMs);
    // Takes the answer to the last request (history up to its end, live
    // points after it); false for another request's answer or a failure.
    bool take(const HistoryResult &result);
    // A live point, when it is today's and a minute or more after the last.
    void addLive(qint64 tickMs, double utilization);

    // The mean so far, NaN when unknown.
    double mean() const;
    const std::vector<QPointF> &points() const { return m_points; }
    const HistoryRequest &lastRequest() const { return m_request; }
    qint64 dayStartMs() const { return m_dayStartMs; }

private:
    HistoryRequest m_request;
    qint64 m_dayStartMs = 0;
    std::vector<QPointF> m_points; // (unix ms, utilization %), in time order
};

} // namespace scb
