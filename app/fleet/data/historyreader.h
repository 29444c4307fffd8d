#pragma once

#include "core/metrics.h"
#include "store/historystore.h"

#include <QFuture>
#include <QMetaType>
#include <QString>
#include <QThreadPool>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace scb {

// A chart's question to the store: one aggregate field over [fromMs, toMs],
// for the fleet and optionally every center, at most maxPoints per series.
struct HistoryRequest
{
    AggregateField field = AggregateField::UtilizationMean;
    bool perCenter = true;
    int64_t fromMs = 0;
    int64_t toMs = 0;
    int maxPoints = 1000;
};

struct HistorySeries
{
    int scope = kFleetScope; // kFleetScope or a center index
    std::vector<SeriesPoint> points;
};

struct HistoryResult
{
    HistoryRequest request;
    std::vector<HistorySeries> series;
    QString error;
};

// One chip's history: every metric over a range, and its events.
struct ChipHistoryRequest
{
    uint32_t chip = 0;
    int64_t fromMs = 0;
    int64_t toMs = 0;
    int maxPoints = 1000;
    uint64_t serial = 0; // tells the answers of successive requests apart
};

struct ChipHistoryResult
{
    ChipHistoryRequest request;
    std::array<std::vector<SeriesPoint>, kMetricCount> metrics;
    std::vector<HistoryStore::StoredEvent> events;
    QString error;
};

// Events per chip over a range, for the table of chips with most errors.
struct EventCountsRequest
{
    int64_t fromMs = 0;
    int64_t toMs = 0;
    uint64_t serial = 0; // tells the answers of successive requests apart
};

struct EventCountsResult
{
    EventCountsRequest request;
    // Every chip with events in the range, most errors first
    // (HistoryStore::queryEventCounts()).
    std::vector<ChipEventCounts> rows;
    QString error;
};

// Answers history questions from the store on threads of its own. Each of
// its threads opens the history file once, read-only, and keeps it for the
// next question (a chart refreshing every few seconds does not pay an open,
// a schema check and a statement cache each time). The futures resolve on
// one of those threads; callers continue on theirs with QFuture::then(context, ...).
//
// Thread contract: the functions are called on the GUI thread; the queries
// run on the reader's pool, never on the caller's thread. The destructor
// waits for the questions in flight and closes the connections.
class HistoryReader
{
public:
    explicit HistoryReader(std::string dbPath, int threads = 2);
    ~HistoryReader();
    HistoryReader(const HistoryReader &) = delete;
    HistoryReader &operator=(const HistoryReader &) = delete;

    // One aggregate field for the fleet and, when perCenter, for each of
    // centers centers.
    QFuture<HistoryResult> history(const HistoryRequest &request, int centers);
    // Every metric of one chip over a range, and its newest events.
    QFuture<ChipHistoryResult> chipHistory(const ChipHistoryRequest &request);
    // Every chip with events in the range, most errors first.
    QFuture<EventCountsResult> eventCounts(const EventCountsRequest &request);

private:
    const std::string m_dbPath;
    QThreadPool m_pool;
};

} // namespace scb

Q_DECLARE_METATYPE(scb::HistoryResult)
Q_DECLARE_METATYPE(scb::HistoryRequest)
Q_DECLARE_METATYPE(scb::ChipHistoryResult)
Q_DECLARE_METATYPE(scb::ChipHistoryRequest)
Q_DECLARE_METATYPE(scb::EventCountsResult)
