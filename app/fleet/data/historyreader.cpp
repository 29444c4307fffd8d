#include "historyreader.h"

#include <QtConcurrent>

#include <memory>

namespace scb {

namespace {

// The newest events matter most; a chip rarely has more than a few.
constexpr size_t kMaxEvents = 500;

// This thread's read-only connection to path, opened on first use and kept
// until the thread ends (the reader's pool never lets its threads expire, so
// that is when the reader goes). A failed open is tried again next time.
Result<HistoryStore *> threadStore(const std::string &path)
{
    thread_local std::unique_ptr<HistoryStore> store;
    thread_local std::string storePath;
    if (!store || storePath != path) {
        store.reset();
        auto opened = HistoryStore::open(path, {}, /*readOnly=*/true);
        if (!opened)
            return opened.status();
        store = std::move(opened.value());
        storePath = path;
    }
    return store.get();
}

HistoryResult readHistory(HistoryStore &store, const HistoryRequest &request, int centers)
{
    HistoryResult result;
    result.request = request;
    for (int scope = kFleetScope; scope < centers; ++scope) {
        auto points = store.queryAggregate(scope, request.field, request.fromMs, request.toMs,
                                           request.maxPoints);
        if (!points) {
            result.error = QString::fromStdString(points.error());
            break;
        }
        result.series.push_back({scope, std::move(points.value())});
    }
    return result;
}

ChipHistoryResult readChipHistory(HistoryStore &store, const ChipHistoryRequest &request)
{
    ChipHistoryResult result;
    result.request = request;
    for (Metric m : kAllMetrics) {
        auto points =
            store.queryChip(request.chip, m, request.fromMs, request.toMs, request.maxPoints);
        if (!points) {
            result.error = QString::fromStdString(points.error());
            return result;
        }
        result.metrics[static_cast<size_t>(m)] = std::move(points.value());
    }
    auto events = store.queryEvents(request.chip, request.fromMs, request.toMs, kMaxEvents);
    if (!events)
        result.error = QString::fromStdString(events.error());
    else
        result.events = std::move(events.value());
    return result;
}

EventCountsResult readEventCounts(HistoryStore &store, const EventCountsRequest &request)
{
    EventCountsResult result;
    result.request = request;
    // Every chip with events: the table ranks them within its own scope and
    // filters, which a fleet-wide top N would cut short.
    auto rows = store.queryEventCounts(request.fromMs, request.toMs, kMaxChips);
    if (!rows)
        result.error = QString::fromStdString(rows.error());
    else
        result.rows = std::move(rows.value());
    return result;
}

// Runs read(store, request) on pool with this thread's connection; a file
// that cannot be opened answers with the reason.
template<typename ResultType, typename Request, typename Read>
QFuture<ResultType>
ask(QThreadPool *pool, const std::string &path, const Request &request, Read read)
{
    return QtConcurrent::run(pool, [path, request, read] {
        auto store = threadStore(path);
        if (!store) {
            ResultType failed;
            failed.request = request;
            failed.error = QString::fromStdString(store.error());
            return failed;
        }
        return read(*store.value(), request);
    });
}

} // namespace

HistoryReader::HistoryReader(std::string dbPath, int threads)
    : m_dbPath(std::move(dbPath))
{
    m_pool.setMaxThreadCount(std::max(1, threads));
    m_pool.setExpiryTimeout(-1); // the threads keep their connections until the reader goes
}

HistoryReader::~HistoryReader()
{
    m_pool.waitForDone();
}

QFuture<HistoryResult> HistoryReader::history(const HistoryRequest &request, int centers)
{
    return ask<HistoryResult>(&m_pool, m_dbPath, request,
                              [centers](HistoryStore &store, const HistoryRequest &r) {
                                  return readHistory(store, r, centers);
                              });
}

QFuture<ChipHistoryResult> HistoryReader::chipHistory(const ChipHistoryRequest &request)
{
    return ask<ChipHistoryResult>(&m_pool, m_dbPath, request, &readChipHistory);
}

QFuture<EventCountsResult> HistoryReader::eventCounts(const EventCountsRequest &request)
{
    return ask<EventCountsResult>(&m_pool, m_dbPath, request, &readEventCounts);
}

} // namespace scb
