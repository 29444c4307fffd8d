#include "sources/scrape/scraperound.h"

#include <curl/curl.h>

#include <algorithm>
#include <chrono>

namespace scb {

namespace {

using Clock = std::chrono::steady_clock;

// A transfer is not started with less than this left of the round: it could
// not finish, and its target is better reported as not scraped in time.
constexpr int kMinTransferMs = 50;

bool curlReady()
{
    // curl_global_init is not thread-safe before 7.84; a function-local static is.
    static const bool ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    return ready;
}

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

} // namespace

struct ScrapeRound::Transfer
{
    CURL *easy = nullptr;
    ExpositionParser parser;
    std::unique_ptr<PageReader> reader;
    ExpositionParser::Handler handler;
    PageResult *result = nullptr;
    size_t maxBytes = 0;
    bool overflow = false;
    bool dialectKnown = false;
    Clock::time_point started;
    char errorText[CURL_ERROR_SIZE] = {};

    static size_t onBody(char *data, size_t size, size_t count, void *user)
    {
        auto *t = static_cast<Transfer *>(user);
        const size_t bytes = size * count;
        if (!t->dialectKnown) {
            char *contentType = nullptr;
            if (curl_easy_getinfo(t->easy, CURLINFO_CONTENT_TYPE, &contentType) == CURLE_OK &&
                contentType)
                t->parser.setDialect(ExpositionParser::dialectForContentType(contentType));
            t->dialectKnown = true;
        }
        t->result->bytes += bytes;
        if (t->result->bytes > t->maxBytes) {
            t->overflow = true;
            return 0; // CURLE_WRITE_ERROR: the transfer stops here
        }
        t->parser.feed({data, bytes}, t->handler);
        return bytes;
    }
};

struct ScrapeRound::Impl
{
    CURLM *multi = nullptr;
    curl_slist *headers = nullptr;
    std::vector<std::unique_ptr<Transfer>> transfers;
};

ScrapeRound::ScrapeRound(ScrapeLimits limits)
    : m_limits(std::move(limits))
    , d(std::make_unique<Impl>())
{
    m_limits.maxConnections = std::clamp(m_limits.maxConnections, 1, 4096);
    m_limits.timeoutMs = std::max(m_limits.timeoutMs, 100);
    if (!curlReady())
        return;
    d->multi = curl_multi_init();
    curl_multi_setopt(d->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, long(m_limits.maxConnections));
    curl_multi_setopt(d->multi, CURLMOPT_MAXCONNECTS, long(m_limits.maxConnections));
    // Prometheus' own Accept: the classic text format first, OpenMetrics understood.
    d->headers = curl_slist_append(
        d->headers, "Accept: text/plain;version=0.0.4;q=0.9,application/openmetrics-text;"
                    "version=1.0.0;q=0.5,*/*;q=0.1");
    for (int i = 0; i < m_limits.maxConnections; ++i) {
        auto t = std::make_unique<Transfer>();
        t->easy = curl_easy_init();
        if (!t->easy)
            break;
        t->handler = [raw = t.get()](const ExpositionSample &s) {
            raw->reader->onSample(s);
        };
        t->maxBytes = m_limits.maxPageBytes;
        CURL *e = t->easy;
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Transfer::onBody);
        curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
        curl_easy_setopt(e, CURLOPT_PRIVATE, t.get());
        curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errorText);
        curl_easy_setopt(e, CURLOPT_FAILONERROR, 1L);
        curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING,
                         "gzip"); // inflated bytes count against the limit
        curl_easy_setopt(e, CURLOPT_USERAGENT, m_limits.userAgent.c_str());
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, d->headers);
        curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(m_limits.timeoutMs, 3000)));
        d->transfers.push_back(std::move(t));
    }
}

ScrapeRound::~ScrapeRound()
{
    for (auto &t : d->transfers)
        if (t->easy)
            curl_easy_cleanup(t->easy);
    if (d->multi)
        curl_multi_cleanup(d->multi);
    curl_slist_free_all(d->headers);
}

namespace {

std::string failureText(CURLcode code, CURL *easy, const char *errorText, int timeoutMs)
{
    if (code == CURLE_OPERATION_TIMEDOUT)
        return "timed out after " + std::to_string(timeoutMs) + " ms";
    if (code == CURLE_HTTP_RETURNED_ERROR) {
        long status = 0;
        curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
        return "HTTP " + std::to_string(status);
    }
    if (errorText && errorText[0])
        return errorText;
    return curl_easy_strerror(code);
}

} // namespace

std::vector<PageResult> ScrapeRound::run(const std::vector<const ScrapeTarget *> &targets,
                                         const std::vector<const MappingIndex *> &indexes)
{
    std::vector<PageResult> results(targets.size());
    if (!d->multi || d->transfers.empty()) {
        for (PageResult &r : results)
            r.error = "the HTTP client could not start (libcurl)";
        return results;
    }
    const Clock::time_point deadline = Clock::now() + std::chrono::milliseconds(m_limits.timeoutMs);
    std::vector<Transfer *> idle;
    for (auto &t : d->transfers)
        idle.push_back(t.get());
    size_t next = 0;
    size_t active = 0;
    for (;;) {
        while (next < targets.size() && !idle.empty()) {
            const int leftMs = int(msBetween(Clock::now(), deadline));
            if (leftMs < kMinTransferMs)
                break;
            Transfer *t = idle.back();
            idle.pop_back();
            PageResult &r = results[next];
            t->result = &r;
            t->reader = std::make_unique<PageReader>(*indexes[next]);
            t->parser.reset();
            t->parser.setDialect(ExpositionParser::Dialect::Prometheus004);
            t->reader->attach(t->parser);
            t->overflow = false;
            t->dialectKnown = false;
            t->errorText[0] = '\0';
            t->started = Clock::now();
            curl_easy_setopt(t->easy, CURLOPT_URL, targets[next]->url().c_str());
            curl_easy_setopt(t->easy, CURLOPT_TIMEOUT_MS, long(leftMs));
            curl_multi_add_handle(d->multi, t->easy);
            ++active;
            ++next;
        }
        if (active == 0)
            break;
        int running = 0;
        curl_multi_perform(d->multi, &running);
        int queued = 0;
        while (CURLMsg *msg = curl_multi_info_read(d->multi, &queued)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            Transfer *t = nullptr;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
            finish(*t, msg->data.result);
            curl_multi_remove_handle(d->multi, t->easy);
            idle.push_back(t);
            --active;
        }
        if (active > 0 && (next >= targets.size() || idle.empty()))
            curl_multi_poll(d->multi, nullptr, 0, 100, nullptr);
    }
    for (size_t i = next; i < targets.size(); ++i)
        results[i].error = "not scraped: the round's " + std::to_string(m_limits.timeoutMs) +
                           " ms ran out before its turn (raise --scrape-connections)";
    return results;
}

void ScrapeRound::finish(Transfer &t, int curlCode)
{
    const auto code = static_cast<CURLcode>(curlCode);
    PageResult &r = *t.result;
    r.ms = msBetween(t.started, Clock::now());
    if (t.overflow) {
        r.error = "page over " + std::to_string(m_limits.maxPageBytes >> 20) + " MiB: refused";
    } else if (code != CURLE_OK) {
        r.error = failureText(code, t.easy, t.errorText, int(r.ms + 0.5));
    } else {
        t.parser.finish(t.handler);
        r.chips = t.reader->take();
        r.ok = !r.chips.empty() || t.parser.stats().errors == 0;
        if (!r.ok)
            r.error = "not exposition text: " + t.parser.stats().firstError;
    }
    r.parse = t.parser.stats();
    r.samplesWithoutChipId = t.reader->samplesWithoutChipId();
    t.reader.reset();
}

} // namespace scb
