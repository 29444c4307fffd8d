#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace scb {

// One label of a sample, as the page wrote it (value unescaped).
struct ExpositionLabel
{
    std::string_view name;
    std::string_view value;
};

// One sample line. The views point into the parser's buffers: valid only
// during the handler call.
struct ExpositionSample
{
    std::string_view metric;
    std::span<const ExpositionLabel> labels;
    double value = 0; // NaN and ±Inf included, as written
    bool hasTimestamp = false;
    int64_t timestampMs = 0; // 0.0.4: integer ms; OpenMetrics: seconds, converted

    // The value of a label, or an empty view when absent.
    std::string_view label(std::string_view name) const
    {
        for (const ExpositionLabel &l : labels)
            if (l.name == name)
                return l.value;
        return {};
    }
    bool hasLabel(std::string_view name) const
    {
        for (const ExpositionLabel &l : labels)
            if (l.name == name)
                return true;
        return false;
    }
};

struct ExpositionStats
{
    uint64_t bytes = 0;
    uint64_t lines = 0;
    uint64_t samples = 0;        // handed to the handler
    uint64_t skippedSamples = 0; // well-formed, refused by the metric filter
    uint64_t errors = 0;         // lines that are not valid exposition text
    uint64_t firstErrorLine = 0; // 1-based; 0 when there is no error
    std::string firstError;      // "line 12: expected '=' after label name"
    bool sawEof = false;         // OpenMetrics "# EOF"
};

// The Prometheus text exposition format 0.0.4 and OpenMetrics 1.0 text,
// parsed as it arrives: feed() any slices of the page (a line may span
// slices), then finish(). No regex, no allocation per line once the buffers
// have grown; a malformed line is counted, named in the stats and skipped,
// the rest of the page still parsed.
//
// Accepted: comments (# HELP and # TYPE in any order, # HELP without
// # TYPE, # UNIT, any other "# ..."), blank lines, CRLF, label values with
// \\ \" \n escapes, a trailing comma in the label set, values as decimal
// or hexadecimal-free floats, NaN, +Inf, -Inf, an optional timestamp
// (0.0.4: integer milliseconds; OpenMetrics: seconds, maybe fractional),
// OpenMetrics exemplars ("# {...} v [ts]" after the value, ignored) and
// "# EOF" (anything after it is an error).
//
// Not thread-safe; one parser per page at a time (reset() between pages).
class ExpositionParser
{
public:
    enum class Dialect { Prometheus004, OpenMetrics };
    using Handler = std::function<void(const ExpositionSample &)>;
    // Returns whether samples of this metric are wanted; others are checked
    // only as far as their name, then skipped (counted in skippedSamples).
    using MetricFilter = std::function<bool(std::string_view metric)>;

    explicit ExpositionParser(Dialect dialect = Dialect::Prometheus004);

    void setDialect(Dialect dialect) { m_dialect = dialect; }
    Dialect dialect() const { return m_dialect; }
    void setMetricFilter(MetricFilter filter) { m_filter = std::move(filter); }

    void feed(std::string_view bytes, const Handler &handler);
    void finish(const Handler &handler);
    void reset(); // stats and buffers, for the next page

    const ExpositionStats &stats() const { return m_stats; }

    // The dialect a Content-Type header names ("application/openmetrics-text"
    // → OpenMetrics; anything else, 0.0.4).
    static Dialect dialectForContentType(std::string_view contentType);

private:
    struct Cursor;
    void parseLine(std::string_view line, const Handler &handler);
    bool parseLabels(Cursor &cursor);
    bool readLabelValue(Cursor &cursor, std::string_view &value);
    void parseComment(std::string_view line);
    void fail(const char *why);

    Dialect m_dialect;
    MetricFilter m_filter;
    ExpositionStats m_stats;
    std::string m_carry;  // the unfinished last line of the previous slice
    std::string m_values; // unescaped label values of the current line
    std::vector<ExpositionLabel> m_labels;
    bool m_skippingLongLine = false; // dropping the rest of a line over the length limit
};

} // namespace scb
