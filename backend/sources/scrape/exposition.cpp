#include "sources/scrape/exposition.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace scb {

namespace {

// A line longer than this is not a metric: an exporter gone wrong, or not an
// exporter. Its bytes are skipped up to the next newline, not buffered.
constexpr size_t kMaxLineBytes = size_t(1) << 20;

enum CharClass : uint8_t {
    kNameStart = 1,  // [a-zA-Z_:] of metric names
    kNameRest = 2,   // [a-zA-Z0-9_:]
    kLabelStart = 4, // [a-zA-Z_]
    kLabelRest = 8,  // [a-zA-Z0-9_]
};

constexpr std::array<uint8_t, 256> makeClasses()
{
    std::array<uint8_t, 256> table{};
    for (int c = 0; c < 256; ++c) {
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        uint8_t bits = 0;
        if (alpha || c == '_')
            bits |= kNameStart | kNameRest | kLabelStart | kLabelRest;
        if (digit)
            bits |= kNameRest | kLabelRest;
        if (c == ':')
            bits |= kNameStart | kNameRest;
        table[size_t(c)] = bits;
    }
    return table;
}
constexpr std::array<uint8_t, 256> kClasses = makeClasses();

} // namespace

// A cursor over one line; every step is bounds-checked.
struct ExpositionParser::Cursor
{
    const char *p;
    const char *end;

    bool atEnd() const { return p == end; }
    char peek() const { return p < end ? *p : '\0'; }
    void skipBlanks()
    {
        while (p < end && (*p == ' ' || *p == '\t'))
            ++p;
    }
    static bool is(char c, CharClass cls)
    {
        return (kClasses[static_cast<unsigned char>(c)] & cls) != 0;
    }
    // [start class][rest class]*; empty when the first char does not start one.
    std::string_view take(CharClass start, CharClass rest)
    {
        const char *begin = p;
        if (p < end && is(*p, start)) {
            ++p;
            while (p < end && is(*p, rest))
                ++p;
        }
        return {begin, size_t(p - begin)};
    }
    std::string_view token() // up to a blank or the end
    {
        const char *begin = p;
        while (p < end && *p != ' ' && *p != '\t')
            ++p;
        return {begin, size_t(p - begin)};
    }
};

namespace {

bool parseFloat(std::string_view text, double &out)
{
    if (text.empty())
        return false;
    // Prometheus writes these spellings; from_chars knows inf/nan but not a leading '+'.
    if (text == "NaN") {
        out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (text == "+Inf" || text == "Inf") {
        out = std::numeric_limits<double>::infinity();
        return true;
    }
    if (text == "-Inf") {
        out = -std::numeric_limits<double>::infinity();
        return true;
    }
    if (text.front() == '+')
        text.remove_prefix(1);
    if (text.empty() || !(std::isdigit(static_cast<unsigned char>(text.front())) ||
                          text.front() == '.' || text.front() == '-'))
        return false; // "inf", "nan", "infinity" in other spellings are not exposition text
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

bool parseTimestamp(std::string_view text, ExpositionParser::Dialect dialect, int64_t &ms)
{
    if (dialect == ExpositionParser::Dialect::Prometheus004) {
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), ms);
        return ec == std::errc() && end == text.data() + text.size();
    }
    double seconds = 0;
    if (!parseFloat(text, seconds) || !std::isfinite(seconds) || std::fabs(seconds) > 9.2e15)
        return false;
    ms = static_cast<int64_t>(std::llround(seconds * 1000.0));
    return true;
}

bool isKnownType(std::string_view type)
{
    for (std::string_view known : {"counter", "gauge", "histogram", "summary", "untyped", "unknown",
                                   "gaugehistogram", "stateset", "info"})
        if (type == known)
            return true;
    return false;
}

} // namespace

ExpositionParser::ExpositionParser(Dialect dialect)
    : m_dialect(dialect)
{
}

ExpositionParser::Dialect ExpositionParser::dialectForContentType(std::string_view contentType)
{
    return contentType.find("application/openmetrics-text") != std::string_view::npos
               ? Dialect::OpenMetrics
               : Dialect::Prometheus004;
}

void ExpositionParser::reset()
{
    m_stats = {};
    m_carry.clear();
    m_skippingLongLine = false;
}

void ExpositionParser::fail(const char *why)
{
    ++m_stats.errors;
    if (m_stats.firstErrorLine == 0) {
        m_stats.firstErrorLine = m_stats.lines;
        m_stats.firstError = "line " + std::to_string(m_stats.lines) + ": " + why;
    }
}

void ExpositionParser::feed(std::string_view bytes, const Handler &handler)
{
    m_stats.bytes += bytes.size();
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    while (p < end) {
        const char *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = newline ? newline : end;
        if (m_skippingLongLine) {
            if (newline)
                m_skippingLongLine = false;
        } else if (!newline) {
            if (m_carry.size() + size_t(end - p) > kMaxLineBytes) {
                ++m_stats.lines;
                fail("line longer than 1 MiB");
                m_carry.clear();
                m_skippingLongLine = true;
            } else {
                m_carry.append(p, end);
            }
        } else if (!m_carry.empty()) {
            m_carry.append(p, lineEnd);
            parseLine(m_carry, handler);
            m_carry.clear();
        } else {
            parseLine({p, size_t(lineEnd - p)}, handler);
        }
        p = newline ? newline + 1 : end;
    }
}

void ExpositionParser::finish(const Handler &handler)
{
    if (m_carry.empty())
        return;
    // OpenMetrics may end on "# EOF" without a newline; any other unfinished
    // last line is a page cut short, whose last value may be cut too.
    std::string_view last = m_carry;
    if (!last.empty() && last.back() == '\r')
        last.remove_suffix(1);
    if (last == "# EOF") {
        parseLine(last, handler);
    } else {
        ++m_stats.lines;
        fail("the page ends inside a line (cut short?)");
    }
    m_carry.clear();
}

void ExpositionParser::parseLine(std::string_view line, const Handler &handler)
{
    ++m_stats.lines;
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    if (m_stats.sawEof) {
        if (!line.empty())
            fail("text after # EOF");
        return;
    }
    if (line.empty())
        return;
    if (line.front() == '#') {
        parseComment(line);
        return;
    }
    Cursor c{line.data(), line.data() + line.size()};
    ExpositionSample sample;
    sample.metric = c.take(kNameStart, kNameRest);
    if (sample.metric.empty())
        return fail("expected a metric name");
    if (m_filter && !m_filter(sample.metric)) {
        ++m_stats.skippedSamples;
        return;
    }
    const char *afterName = c.p;
    c.skipBlanks();
    m_labels.clear();
    if (c.peek() == '{') {
        if (!parseLabels(c))
            return;
        afterName = c.p;
        c.skipBlanks();
    }
    if (c.p == afterName)
        return fail("expected a blank before the value");
    if (!parseFloat(c.token(), sample.value))
        return fail("expected a number, NaN, +Inf or -Inf as the value");
    c.skipBlanks();
    if (!c.atEnd() && c.peek() != '#') {
        if (!parseTimestamp(c.token(), m_dialect, sample.timestampMs))
            return fail("expected a timestamp after the value");
        sample.hasTimestamp = true;
        c.skipBlanks();
    }
    // An OpenMetrics exemplar ("# {trace_id=…} 1 ts") says nothing about the
    // chip; anything else after the value is not exposition text.
    if (!c.atEnd() && !(m_dialect == Dialect::OpenMetrics && c.peek() == '#'))
        return fail("unexpected text after the value");
    sample.labels = m_labels;
    ++m_stats.samples;
    handler(sample);
}

bool ExpositionParser::parseLabels(Cursor &c)
{
    m_labels.clear();
    m_values.clear();
    // Unescaped values are never longer than the line: with this room
    // reserved, appending never moves the views already handed out.
    m_values.reserve(size_t(c.end - c.p));
    ++c.p; // '{'
    for (;;) {
        c.skipBlanks();
        if (c.peek() == '}') {
            ++c.p;
            return true;
        }
        const std::string_view name = c.take(kLabelStart, kLabelRest);
        if (name.empty())
            return fail("expected a label name or '}'"), false;
        c.skipBlanks();
        if (c.peek() != '=')
            return fail("expected '=' after a label name"), false;
        ++c.p;
        c.skipBlanks();
        if (c.peek() != '"')
            return fail("expected '\"' to open a label value"), false;
        ++c.p;
        std::string_view value;
        if (!readLabelValue(c, value))
            return false;
        for (const ExpositionLabel &seen : m_labels)
            if (seen.name == name)
                return fail("a label named twice"), false;
        m_labels.push_back({name, value});
        c.skipBlanks();
        if (c.peek() == ',')
            ++c.p;
        else if (c.peek() != '}')
            return fail("expected ',' or '}' after a label value"), false;
    }
}

bool ExpositionParser::readLabelValue(Cursor &c, std::string_view &value)
{
    const char *begin = c.p;
    while (c.p < c.end && *c.p != '"' && *c.p != '\\')
        ++c.p;
    if (c.p < c.end && *c.p == '"') {
        value = {begin, size_t(c.p - begin)}; // the common case: no escapes, no copy
        ++c.p;
        return true;
    }
    const size_t start = m_values.size();
    m_values.append(begin, c.p);
    while (c.p < c.end && *c.p != '"') {
        if (*c.p != '\\') {
            m_values.push_back(*c.p++);
            continue;
        }
        if (c.p + 1 >= c.end)
            break;
        const char escaped = c.p[1];
        if (escaped == 'n')
            m_values.push_back('\n');
        else if (escaped == '\\' || escaped == '"')
            m_values.push_back(escaped);
        else
            return fail("unknown escape in a label value (only \\\\, \\\" and \\n)"), false;
        c.p += 2;
    }
    if (c.p >= c.end)
        return fail("a label value without its closing '\"'"), false;
    ++c.p;
    value = std::string_view(m_values).substr(start);
    return true;
}

void ExpositionParser::parseComment(std::string_view line)
{
    Cursor c{line.data() + 1, line.data() + line.size()};
    c.skipBlanks();
    const std::string_view keyword = c.token();
    if (keyword == "EOF" && m_dialect == Dialect::OpenMetrics && line == "# EOF") {
        m_stats.sawEof = true;
        return;
    }
    if (keyword == "EOF") {
        m_stats.sawEof = c.atEnd(); // 0.0.4 pages served as OpenMetrics by mistake still end here
        return;
    }
    if (keyword != "HELP" && keyword != "TYPE" && keyword != "UNIT")
        return; // any other comment
    c.skipBlanks();
    if (c.take(kNameStart, kNameRest).empty())
        return fail("expected a metric name after # HELP, # TYPE or # UNIT");
    if (keyword != "TYPE")
        return;
    c.skipBlanks();
    if (!isKnownType(c.token()))
        return fail("unknown metric type in # TYPE");
}

} // namespace scb
