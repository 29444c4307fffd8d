#include "scrapebench.h"

#include "benchreport.h"

#include "fakeexporter.h"
#include "sources/scrape/exportermapping.h"
#include "sources/scrape/exposition.h"
#include "sources/scrape/pagereader.h"
#include "sources/scrape/scrapesource.h"

#include <curl/curl.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace scb {

namespace {

using Clock = std::chrono::steady_clock;
using testing::FakeExporter;

double threadCpuS()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Exporter pages as they are served: hosts of 8 chips, both kinds, repeated
// to about `bytes`.
std::string pages(size_t bytes)
{
    FakeExporter dcgm(FakeExporter::Kind::Dcgm);
    FakeExporter npu(FakeExporter::Kind::Npu);
    std::string one;
    for (uint32_t i = 0; i < 4; ++i) {
        const FakeExporter::Host g =
            FakeExporter::makeHost(FakeExporter::Kind::Dcgm, "g" + std::to_string(i), 8, i);
        const FakeExporter::Host n =
            FakeExporter::makeHost(FakeExporter::Kind::Npu, "n" + std::to_string(i), 8, 100 + i);
        dcgm.setHost(g);
        npu.setHost(n);
        one += dcgm.page(g.name) + npu.page(n.name);
    }
    std::string text;
    text.reserve(bytes + one.size());
    while (text.size() < bytes)
        text += one;
    return text;
}

double parseRate(const std::string &text, const MappingIndex *filter, int passes)
{
    ExpositionParser parser;
    uint64_t samples = 0;
    const ExpositionParser::Handler handler = [&samples](const ExpositionSample &s) {
        samples += s.labels.size() + 1;
    };
    std::unique_ptr<PageReader> reader;
    if (filter) {
        reader = std::make_unique<PageReader>(*filter);
        reader->attach(parser);
    }
    const auto start = Clock::now();
    for (int pass = 0; pass < passes; ++pass) {
        parser.reset();
        // 16 KiB slices: what curl hands the parser.
        for (size_t at = 0; at < text.size(); at += 16384)
            parser.feed(std::string_view(text).substr(at, 16384), handler);
        parser.finish(handler);
    }
    const double seconds = secondsSince(start);
    return samples > 0 ? double(text.size()) * passes / 1e6 / seconds : 0;
}

// The naive parser: one regex per line, labels by a second regex.
double regexRate(const std::string &text)
{
    const std::regex line(R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)(\s+(-?\d+))?$)");
    const std::regex label(R"re(([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)")re");
    std::istringstream in(text);
    std::string row;
    uint64_t samples = 0;
    const auto start = Clock::now();
    while (std::getline(in, row)) {
        if (row.empty() || row[0] == '#')
            continue;
        std::smatch m;
        if (!std::regex_match(row, m, line))
            continue;
        const std::string labels = m[3].str();
        for (auto it = std::sregex_iterator(labels.begin(), labels.end(), label);
             it != std::sregex_iterator(); ++it)
            ++samples;
        samples += std::strtod(m[4].str().c_str(), nullptr) >= 0 ? 1 : 0;
    }
    const double seconds = secondsSince(start);
    return samples > 0 ? double(text.size()) / 1e6 / seconds : 0;
}

double promtoolRate(const std::string &text, const std::string &workDir)
{
    if (std::system("command -v promtool >/dev/null 2>&1") != 0)
        return -1;
    const std::string path = workDir + "/scrape-bench.prom";
    std::ofstream(path, std::ios::binary) << text;
    const std::string command = "promtool check metrics < '" + path + "' >/dev/null 2>&1";
    const auto start = Clock::now();
    const int rc = std::system(command.c_str());
    const double seconds = secondsSince(start);
    std::filesystem::remove(path);
    // promtool exits 1 when its linter has remarks (on help texts, units):
    // it still parsed every line.
    return rc == -1 ? -1 : double(text.size()) / 1e6 / seconds;
}

// Sequential scrapes with a fresh connection each: the shell loop of curls.
double naiveRound(const std::vector<std::string> &urls)
{
    const auto start = Clock::now();
    for (const std::string &url : urls) {
        CURL *easy = curl_easy_init();
        std::string body;
        curl_easy_setopt(easy, CURLOPT_URL, url.c_str());
        curl_easy_setopt(
            easy, CURLOPT_WRITEFUNCTION, +[](char *data, size_t size, size_t count, void *user) {
                static_cast<std::string *>(user)->append(data, size * count);
                return size * count;
            });
        curl_easy_setopt(easy, CURLOPT_WRITEDATA, &body);
        curl_easy_perform(easy);
        curl_easy_cleanup(easy);
        ExpositionParser parser;
        parser.feed(body, [](const ExpositionSample &) {});
        parser.finish([](const ExpositionSample &) {});
    }
    return secondsSince(start);
}

void measureRound(ScrapeFigures &f, uint32_t targets, const std::string &workDir, bool quick)
{
    FakeExporter dcgm(FakeExporter::Kind::Dcgm);
    FakeExporter npu(FakeExporter::Kind::Npu);
    if (!dcgm.start() || !npu.start()) {
        f.error = "the fake exporters could not listen on loopback";
        return;
    }
    std::string file = "[\n";
    std::vector<std::string> urls;
    for (uint32_t i = 0; i < targets; ++i) {
        const bool gpu = i % 2 == 0;
        FakeExporter &e = gpu ? dcgm : npu;
        const std::string host = std::string(gpu ? "gpu-" : "npu-") + std::to_string(i);
        e.setHost(FakeExporter::makeHost(gpu ? FakeExporter::Kind::Dcgm : FakeExporter::Kind::Npu,
                                         host, 8, i));
        file += std::string(i ? ",\n" : "") + "{\"targets\": [\"" + e.address() +
                "\"], \"labels\": {\"center\": \"center-" + std::to_string(i % 4) +
                "\", \"exporter\": \"" + (gpu ? "dcgm" : "npu") + "\", \"__metrics_path__\": \"" +
                FakeExporter::pathOf(host) + "\"}}";
        urls.push_back("http://" + e.address() + FakeExporter::pathOf(host));
    }
    file += "\n]\n";
    const std::string path = workDir + "/scrape-bench-targets.json";
    std::ofstream(path) << file;

    ScrapeConfig config;
    config.targetsFile = path;
    config.limits.timeoutMs = 10'000;
    auto source = ScrapeSource::create(std::move(config));
    std::filesystem::remove(path);
    if (!source) {
        f.error = source.error();
        return;
    }
    // The first round opens the connections and learns the fleet; the one
    // measured is a steady one, as every round after the first.
    (*source)->inventory();
    FleetTick tick;
    const double cpu0 = threadCpuS();
    const auto start = Clock::now();
    (*source)->sample(0, tick);
    f.roundS = secondsSince(start);
    f.roundCpuS = threadCpuS() - cpu0;
    f.cpuPctOf15s = 100.0 * f.roundCpuS / 15.0;
    f.targets = targets;
    f.chips = tick.chipCount();
    for (const ScrapeTargetStatus &t : (*source)->stats().targets)
        f.targetsUp += t.up ? 1 : 0;

    f.naiveTargets = std::min<uint32_t>(targets, quick ? 200 : 2000);
    urls.resize(f.naiveTargets);
    f.naiveRoundS = naiveRound(urls) * double(targets) / double(f.naiveTargets);
}

} // namespace

ScrapeFigures measureScrape(uint32_t targets, const std::string &workDir, bool quick)
{
    ScrapeFigures f;
    const std::string text = pages(quick ? (size_t(8) << 20) : (size_t(64) << 20));
    f.pageBytes = text.size();
    f.parseMbPerS = parseRate(text, nullptr, quick ? 1 : 3);
    const MappingIndex dcgmIndex(dcgmExporterMapping());
    f.parseMappedMbPerS = parseRate(text, &dcgmIndex, quick ? 1 : 3);
    f.regexMbPerS = regexRate(text.substr(0, quick ? (size_t(1) << 20) : (size_t(8) << 20)));
    f.promtoolMbPerS = promtoolRate(text, workDir);
    measureRound(f, targets, workDir, quick);
    return f;
}

bool reportScrape(uint32_t targets, const std::string &workDir, bool quick, JsonObject &json)
{
    say("scrape: exporter pages parsed; then " + std::to_string(targets) +
        " fake exporters on loopback, one round ...");
    const ScrapeFigures f = measureScrape(targets, workDir, quick);
    if (!f.error.empty()) {
        say("scb-bench: scrape failed: " + f.error);
        return false;
    }
    const double ratio = f.parseMbPerS / f.regexMbPerS;
    say("  parse: " + fixed(f.parseMbPerS, 0) + " MB/s every label, " +
        fixed(f.parseMappedMbPerS, 0) + " MB/s as a scrape reads   target >= 200 MB/s" +
        verdict(f.parseMbPerS >= 200) + "; regex per line " + fixed(f.regexMbPerS, 1) + " MB/s (" +
        fixed(ratio, 1) + "x)   target >= 5x" + verdict(ratio >= 5) +
        (f.promtoolMbPerS > 0 ? "; promtool check metrics " + fixed(f.promtoolMbPerS, 1) + " MB/s"
                              : std::string("; promtool not found")));
    say("  round: " + std::to_string(f.targetsUp) + " of " + std::to_string(f.targets) +
        " targets up, " + std::to_string(f.chips) + " chips, " + fixed(f.roundS, 2) + " s, CPU " +
        fixed(f.roundCpuS, 2) + " s = " + fixed(f.cpuPctOf15s, 1) +
        " % of one core at a 15 s interval   target <= 25 %" + verdict(f.cpuPctOf15s <= 25) +
        "; one after another " + fixed(f.naiveRoundS, 1) + " s (" +
        (f.naiveTargets < f.targets ? "from " + std::to_string(f.naiveTargets) + " targets, "
                                    : "") +
        fixed(f.naiveRoundS / f.roundS, 1) + "x the round)");
    json.add("scrape_parse_mb_per_s", f.parseMbPerS, 1);
    json.add("scrape_parse_mapped_mb_per_s", f.parseMappedMbPerS, 1);
    json.add("regex_parse_mb_per_s", f.regexMbPerS, 2);
    json.add("promtool_parse_mb_per_s", f.promtoolMbPerS, 2);
    json.add("scrape_targets", uint64_t(f.targets));
    json.add("scrape_targets_up", uint64_t(f.targetsUp));
    json.add("scrape_round_s", f.roundS, 3);
    json.add("scrape_round_cpu_s", f.roundCpuS, 3);
    json.add("scrape_targets_cpu_pct", f.cpuPctOf15s, 2);
    if (f.targets == 25'000)
        json.add("scrape_25k_targets_cpu_pct", f.cpuPctOf15s, 2);
    json.add("scrape_naive_round_s", f.naiveRoundS, 2);
    return true;
}

} // namespace scb
