#include "sources/scrape/exposition.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace scb {
namespace {

// A sample copied out of the parser's buffers.
struct Seen
{
    std::string metric;
    std::map<std::string, std::string> labels;
    double value = 0;
    bool hasTimestamp = false;
    int64_t timestampMs = 0;
};

struct Parsed
{
    std::vector<Seen> samples;
    ExpositionStats stats;
};

ExpositionParser::Handler collectInto(std::vector<Seen> &out)
{
    return [&out](const ExpositionSample &s) {
        Seen seen{std::string(s.metric), {}, s.value, s.hasTimestamp, s.timestampMs};
        for (const ExpositionLabel &l : s.labels)
            seen.labels.emplace(std::string(l.name), std::string(l.value));
        out.push_back(std::move(seen));
    };
}

// Feeds `text` in slices of `slice` bytes (every split point is exercised
// with slice 1).
Parsed parse(std::string_view text,
             ExpositionParser::Dialect dialect = ExpositionParser::Dialect::Prometheus004,
             size_t slice = 0)
{
    ExpositionParser parser(dialect);
    Parsed parsed;
    const auto handler = collectInto(parsed.samples);
    if (slice == 0)
        slice = text.size() ? text.size() : 1;
    for (size_t at = 0; at < text.size(); at += slice)
        parser.feed(text.substr(at, slice), handler);
    parser.finish(handler);
    parsed.stats = parser.stats();
    return parsed;
}

std::string readFixture(const std::string &name)
{
    std::ifstream in(std::string(SCB_FIXTURES_DIR) + "/" + name, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(ExpositionParser, ReadsTheDcgmExporterFixture)
{
    const std::string page = readFixture("dcgm-exporter-t4.prom");
    ASSERT_FALSE(page.empty());
    const Parsed parsed = parse(page);
    EXPECT_EQ(parsed.stats.errors, 0u) << parsed.stats.firstError;
    ASSERT_EQ(parsed.samples.size(), 6u);
    const Seen &power = parsed.samples[5];
    EXPECT_EQ(power.metric, "DCGM_FI_DEV_POWER_USAGE");
    EXPECT_DOUBLE_EQ(power.value, 15.507);
    EXPECT_EQ(power.labels.at("UUID"), "GPU-8f1f4d06-07fd-27a7-52d5-e58aa060d256");
    EXPECT_EQ(power.labels.at("modelName"), "Tesla T4");
    EXPECT_EQ(power.labels.at("hostname"), "hami-workshop");
    EXPECT_EQ(power.labels.at("gpu"), "0");
    EXPECT_EQ(power.labels.at("pod"), "gpu-test");
    EXPECT_EQ(parsed.samples[4].metric, "DCGM_FI_DEV_GPU_TEMP");
    EXPECT_EQ(parsed.samples[4].value, 43);
}

TEST(ExpositionParser, ReadsTheNpuExporterFixtureWithHelpButNoType)
{
    const Parsed parsed = parse(readFixture("npu-exporter-910b.prom"));
    EXPECT_EQ(parsed.stats.errors, 0u) << parsed.stats.firstError;
    ASSERT_EQ(parsed.samples.size(), 6u);
    EXPECT_EQ(parsed.samples[1].metric, "npu_chip_info_utilization");
    EXPECT_EQ(parsed.samples[1].value, 36);
    EXPECT_EQ(parsed.samples[1].labels.at("npuID"), "0");
    EXPECT_EQ(parsed.samples[1].labels.at("namespace"), "");
    EXPECT_EQ(parsed.samples[5].metric, "npu_chip_info_hbm_used_memory");
    EXPECT_EQ(parsed.samples[5].value, 8192);
}

TEST(ExpositionParser, SlicesAnywhereGiveTheSameSamples)
{
    const std::string page = readFixture("dcgm-exporter-t4.prom") +
                             "esc{a=\"x\\\"y\\\\z\\nw\"} 1\r\nlast 2 1700000000000\n";
    const Parsed whole = parse(page);
    for (size_t slice : {1u, 2u, 3u, 7u, 64u}) {
        const Parsed sliced = parse(page, ExpositionParser::Dialect::Prometheus004, slice);
        ASSERT_EQ(sliced.samples.size(), whole.samples.size()) << "slice " << slice;
        for (size_t i = 0; i < whole.samples.size(); ++i) {
            EXPECT_EQ(sliced.samples[i].metric, whole.samples[i].metric);
            EXPECT_EQ(sliced.samples[i].labels, whole.samples[i].labels);
            EXPECT_EQ(sliced.samples[i].value, whole.samples[i].value);
        }
        EXPECT_EQ(sliced.stats.errors, 0u) << sliced.stats.firstError;
    }
}

TEST(ExpositionParser, UnescapesLabelValues)
{
    const Parsed parsed =
        parse("m{a=\"q\\\"uote\",b=\"back\\\\slash\",c=\"new\\nline\",d=\"plain\",} 1\n");
    ASSERT_EQ(parsed.samples.size(), 1u) << parsed.stats.firstError;
    EXPECT_EQ(parsed.samples[0].labels.at("a"), "q\"uote");
    EXPECT_EQ(parsed.samples[0].labels.at("b"), "back\\slash");
    EXPECT_EQ(parsed.samples[0].labels.at("c"), "new\nline");
    EXPECT_EQ(parsed.samples[0].labels.at("d"), "plain");
}

TEST(ExpositionParser, ReadsSpecialValuesAndTimestamps)
{
    const Parsed parsed = parse("a NaN\nb +Inf\nc -Inf\nd 1.5e3 1700000000123\ne -0.25\nf +7\n");
    ASSERT_EQ(parsed.samples.size(), 6u) << parsed.stats.firstError;
    EXPECT_TRUE(std::isnan(parsed.samples[0].value));
    EXPECT_EQ(parsed.samples[1].value, INFINITY);
    EXPECT_EQ(parsed.samples[2].value, -INFINITY);
    EXPECT_EQ(parsed.samples[3].value, 1500);
    EXPECT_TRUE(parsed.samples[3].hasTimestamp);
    EXPECT_EQ(parsed.samples[3].timestampMs, 1700000000123);
    EXPECT_FALSE(parsed.samples[0].hasTimestamp);
    EXPECT_EQ(parsed.samples[4].value, -0.25);
    EXPECT_EQ(parsed.samples[5].value, 7);
}

TEST(ExpositionParser, OpenMetricsTimestampsAreSecondsAndEofEndsThePage)
{
    const std::string page = "# TYPE g gauge\n# UNIT g celsius\ng{x=\"1\"} 3 1700000000.5\n"
                             "c_total 4 # {trace_id=\"abc\"} 1 1700000000\n# EOF\n";
    const Parsed parsed = parse(page, ExpositionParser::Dialect::OpenMetrics);
    EXPECT_EQ(parsed.stats.errors, 0u) << parsed.stats.firstError;
    EXPECT_TRUE(parsed.stats.sawEof);
    ASSERT_EQ(parsed.samples.size(), 2u);
    EXPECT_EQ(parsed.samples[0].timestampMs, 1700000000500);
    EXPECT_EQ(parsed.samples[1].metric, "c_total");
    EXPECT_EQ(parsed.samples[1].value, 4);

    const Parsed after = parse(page + "late 1\n", ExpositionParser::Dialect::OpenMetrics);
    EXPECT_EQ(after.samples.size(), 2u);
    EXPECT_EQ(after.stats.errors, 1u);
    EXPECT_NE(after.stats.firstError.find("after # EOF"), std::string::npos);

    const Parsed noNewline = parse("g 1\n# EOF", ExpositionParser::Dialect::OpenMetrics);
    EXPECT_TRUE(noNewline.stats.sawEof);
    EXPECT_EQ(noNewline.stats.errors, 0u) << noNewline.stats.firstError;
}

TEST(ExpositionParser, BadLinesAreCountedNamedAndSkipped)
{
    const std::string page = "good 1\n"
                             "{a=\"1\"} 2\n"           // 2: no metric name
                             "m{a=\"1\" 3\n"           // 3: no closing brace
                             "m{a=1} 4\n"              // 4: unquoted value
                             "m{a=\"x\\q\"} 5\n"       // 5: unknown escape
                             "m{a=\"1\",a=\"2\"} 6\n"  // 6: label twice
                             "m abc\n"                 // 7: not a number
                             "m 1 2 3\n"               // 8: trailing text
                             "m inf\n"                 // 9: wrong spelling
                             "# TYPE m sideways\n"     // 10: unknown type
                             "m{a=\"unterminated} 1\n" // 11
                             "fine{b=\"2\"} 7\n";
    const Parsed parsed = parse(page);
    ASSERT_EQ(parsed.samples.size(), 2u);
    EXPECT_EQ(parsed.samples[0].metric, "good");
    EXPECT_EQ(parsed.samples[1].metric, "fine");
    EXPECT_EQ(parsed.stats.errors, 10u);
    EXPECT_EQ(parsed.stats.firstErrorLine, 2u);
    EXPECT_EQ(parsed.stats.firstError, "line 2: expected a metric name");
    EXPECT_EQ(parsed.stats.lines, 12u);
}

TEST(ExpositionParser, APageCutShortIsAnErrorNotAShorterValue)
{
    // "m 45" cut after "m 4" must not become the value 4.
    const Parsed parsed = parse("a 1\nm 4");
    ASSERT_EQ(parsed.samples.size(), 1u);
    EXPECT_EQ(parsed.stats.errors, 1u);
    EXPECT_NE(parsed.stats.firstError.find("cut short"), std::string::npos);
}

TEST(ExpositionParser, GarbageNeverCrashesAndNeverYieldsSamplesOfNoName)
{
    std::string garbage;
    uint32_t x = 12345;
    for (int i = 0; i < 200'000; ++i) {
        x = x * 1103515245u + 12345u;
        garbage.push_back(static_cast<char>(x >> 24));
    }
    std::vector<Seen> samples;
    ExpositionParser parser;
    parser.feed(garbage, collectInto(samples));
    parser.finish(collectInto(samples));
    EXPECT_GT(parser.stats().errors, 0u);
    for (const Seen &s : samples)
        EXPECT_FALSE(s.metric.empty());
}

TEST(ExpositionParser, ALineOverTheLimitIsSkippedWithoutBufferingIt)
{
    ExpositionParser parser;
    std::vector<Seen> samples;
    const auto handler = collectInto(samples);
    parser.feed("before 1\nhuge{a=\"", handler);
    const std::string chunk(64 * 1024, 'x');
    for (int i = 0; i < 40; ++i) // 2.5 MiB in one line
        parser.feed(chunk, handler);
    parser.feed("\"} 1\nafter 2\n", handler);
    parser.finish(handler);
    ASSERT_EQ(samples.size(), 2u);
    EXPECT_EQ(samples[1].metric, "after");
    EXPECT_EQ(parser.stats().errors, 1u);
    EXPECT_NE(parser.stats().firstError.find("longer than 1 MiB"), std::string::npos);
}

TEST(ExpositionParser, TheFilterSkipsUnwantedMetricsBeforeTheirLabels)
{
    ExpositionParser parser;
    parser.setMetricFilter([](std::string_view m) { return m.starts_with("DCGM_FI_DEV_GPU"); });
    std::vector<Seen> samples;
    parser.feed(readFixture("dcgm-exporter-t4.prom") + "DCGM_FI_DEV_X{broken\n",
                collectInto(samples));
    parser.finish(collectInto(samples));
    ASSERT_EQ(samples.size(), 2u);
    EXPECT_EQ(samples[0].metric, "DCGM_FI_DEV_GPU_UTIL");
    EXPECT_EQ(samples[1].metric, "DCGM_FI_DEV_GPU_TEMP");
    EXPECT_EQ(parser.stats().skippedSamples, 5u);
    EXPECT_EQ(parser.stats().errors, 0u); // a skipped line is not read past its name
}

TEST(ExpositionParser, ResetStartsAFreshPage)
{
    ExpositionParser parser;
    std::vector<Seen> samples;
    parser.feed("a 1\npartial{", collectInto(samples));
    parser.reset();
    parser.feed("b 2\n", collectInto(samples));
    parser.finish(collectInto(samples));
    ASSERT_EQ(samples.size(), 2u);
    EXPECT_EQ(samples[1].metric, "b");
    EXPECT_EQ(parser.stats().errors, 0u);
    EXPECT_EQ(parser.stats().samples, 1u);
}

TEST(ExpositionParser, ContentTypeNamesTheDialect)
{
    EXPECT_EQ(ExpositionParser::dialectForContentType(
                  "application/openmetrics-text; version=1.0.0; charset=utf-8"),
              ExpositionParser::Dialect::OpenMetrics);
    EXPECT_EQ(ExpositionParser::dialectForContentType("text/plain; version=0.0.4"),
              ExpositionParser::Dialect::Prometheus004);
    EXPECT_EQ(ExpositionParser::dialectForContentType(""),
              ExpositionParser::Dialect::Prometheus004);
}

} // namespace
} // namespace scb
