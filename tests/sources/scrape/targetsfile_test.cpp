#include "sources/scrape/targetsfile.h"

#include "tempdir.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace scb {
namespace {

// The example of targetsfile.h, as written there.
const char *const kHeaderExample = R"([ { "targets": ["10.1.0.7:9400", "10.1.0.8:9400"],
    "labels": { "center": "Gui'an Huawei Cloud", "exporter": "dcgm",
                "rack": "A03", "__metrics_path__": "/metrics" } } ]
)";

std::vector<ScrapeTarget> parsed(const std::string &text, const std::string &name = "t.yaml")
{
    Result<std::vector<ScrapeTarget>> result = parseTargetsText(text, name);
    EXPECT_TRUE(result.ok()) << result.error();
    return result.ok() ? *result : std::vector<ScrapeTarget>();
}

std::string errorOf(const std::string &text, const std::string &name = "t.yaml")
{
    Result<std::vector<ScrapeTarget>> result = parseTargetsText(text, name);
    return result.ok() ? "(accepted)" : result.error();
}

// Everything but the line, which differs between two layouts of one content.
void expectSameTargets(const std::vector<ScrapeTarget> &a, const std::vector<ScrapeTarget> &b)
{
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        SCOPED_TRACE("target " + std::to_string(i));
        EXPECT_EQ(a[i].address, b[i].address);
        EXPECT_EQ(a[i].center, b[i].center);
        EXPECT_EQ(a[i].exporter, b[i].exporter);
        EXPECT_EQ(a[i].rack, b[i].rack);
        EXPECT_EQ(a[i].metricsPath, b[i].metricsPath);
        EXPECT_EQ(a[i].scheme, b[i].scheme);
        EXPECT_EQ(a[i].labels, b[i].labels);
    }
}

TEST(TargetsFile, ReadsTheHeaderExample)
{
    const std::vector<ScrapeTarget> targets = parsed(kHeaderExample, "targets.json");
    ASSERT_EQ(targets.size(), 2u);
    EXPECT_EQ(targets[0].address, "10.1.0.7:9400");
    EXPECT_EQ(targets[1].address, "10.1.0.8:9400");
    for (const ScrapeTarget &t : targets) {
        EXPECT_EQ(t.center, "Gui'an Huawei Cloud");
        EXPECT_EQ(t.exporter, "dcgm");
        EXPECT_EQ(t.rack, "A03");
        EXPECT_EQ(t.metricsPath, "/metrics");
        EXPECT_EQ(t.scheme, "http");
        EXPECT_EQ(t.line, 1u);
        EXPECT_EQ(t.labels.size(), 4u);
    }
    EXPECT_EQ(targets[1].url(), "http://10.1.0.8:9400/metrics");
}

TEST(TargetsFile, YamlAndJsonOfTheSameContentGiveTheSameTargets)
{
    const std::string json = R"([
  {
    "targets": ["10.1.0.7:9400", "[fd00::7]:9400"],
    "labels": {"center": "Ulanqab", "exporter": "dcgm", "rack": "B1", "slot": 7}
  },
  {
    "targets": ["npu-07.example.cn:8082"],
    "labels": {"center": "Gui'an", "exporter": "npu", "__scheme__": "https",
               "__metrics_path__": "/npu/metrics"}
  }
]
)";
    const std::string yaml = R"(# the same two groups
- targets:
    - 10.1.0.7:9400
    - "[fd00::7]:9400"
  labels:
    center: Ulanqab
    exporter: dcgm
    rack: B1
    slot: 7
- targets: [npu-07.example.cn:8082]
  labels:
    center: Gui'an
    exporter: npu
    __scheme__: https
    __metrics_path__: /npu/metrics
)";
    const std::vector<ScrapeTarget> fromJson = parsed(json, "targets.json");
    const std::vector<ScrapeTarget> fromYaml = parsed(yaml, "targets.yaml");
    ASSERT_EQ(fromJson.size(), 3u);
    expectSameTargets(fromJson, fromYaml);
    EXPECT_EQ(fromJson[2].url(), "https://npu-07.example.cn:8082/npu/metrics");
    EXPECT_EQ(fromJson[0].labels.at("slot"), "7");
    // Lines: where each group starts.
    EXPECT_EQ(fromJson[0].line, 2u);
    EXPECT_EQ(fromJson[2].line, 6u);
    EXPECT_EQ(fromYaml[0].line, 2u);
    EXPECT_EQ(fromYaml[1].line, 2u);
    EXPECT_EQ(fromYaml[2].line, 10u);
}

TEST(TargetsFile, KeepsEveryLabelAsWrittenAndFillsDefaults)
{
    const std::vector<ScrapeTarget> targets = parsed(R"(- targets: [a:1]
  labels: {center: c, exporter: dcgm, rack: 3, on: true, ratio: 0.50, empty: "", hex: 0x1F}
)");
    ASSERT_EQ(targets.size(), 1u);
    const std::map<std::string, std::string> expected{
        {"center", "c"},   {"exporter", "dcgm"}, {"rack", "3"},  {"on", "true"},
        {"ratio", "0.50"}, {"empty", ""},        {"hex", "0x1F"}};
    EXPECT_EQ(targets[0].labels, expected);
    EXPECT_EQ(targets[0].rack, "3");
    EXPECT_EQ(targets[0].metricsPath, "/metrics");
    EXPECT_EQ(targets[0].scheme, "http");
    EXPECT_EQ(targets[0].url(), "http://a:1/metrics");
}

TEST(TargetsFile, AcceptsIpv6HostnamesAndThePortRange)
{
    const std::vector<ScrapeTarget> targets = parsed(R"(- targets:
    - "[::1]:9400"
    - "[::ffff:10.0.0.1]:9400"
    - gpu-node-07.dc1.example.com:1
    - node_7:65535
    - 10.0.0.1:9400
  labels: {center: c, exporter: npu}
)");
    ASSERT_EQ(targets.size(), 5u);
    EXPECT_EQ(targets[0].address, "[::1]:9400");
    EXPECT_EQ(targets[0].url(), "http://[::1]:9400/metrics");
    EXPECT_EQ(targets[2].address, "gpu-node-07.dc1.example.com:1");
    EXPECT_EQ(targets[3].address, "node_7:65535");
}

TEST(TargetsFile, TheSameAddressOnAnotherPathIsAnotherTarget)
{
    const std::vector<ScrapeTarget> targets = parsed(R"(- targets: [10.0.0.1:9400]
  labels: {center: c, exporter: dcgm}
- targets: [10.0.0.1:9400]
  labels: {center: c, exporter: npu, __metrics_path__: /npu}
)");
    ASSERT_EQ(targets.size(), 2u);
    EXPECT_EQ(targets[1].url(), "http://10.0.0.1:9400/npu");
}

TEST(TargetsFile, AFileOfNoGroupsIsValid)
{
    for (const char *text : {"[]", "", "# nothing to scrape yet\n", "[ ]\n"}) {
        Result<std::vector<ScrapeTarget>> result = parseTargetsText(text, "t.json");
        ASSERT_TRUE(result.ok()) << text << ": " << result.error();
        EXPECT_TRUE(result->empty()) << text;
    }
}

struct Rejection
{
    const char *why;
    std::string text;
    std::string error;
};

void expectRejections(const std::vector<Rejection> &cases)
{
    for (const Rejection &c : cases)
        EXPECT_EQ(errorOf(c.text), c.error) << c.why;
}

const std::string kLabels = "  labels: {center: c, exporter: dcgm}\n";

TEST(TargetsFile, RejectsMalformedGroupsNamingLineAndField)
{
    expectRejections({
        {"top level a map", "center: c\nexporter: dcgm\n",
         "t.yaml:1: top level: expected a list of target groups, got a map"},
        {"top level a string", "10.0.0.1:9400\n",
         "t.yaml:1: top level: expected a list of target groups, got '10.0.0.1:9400'"},
        {"a group not a map", "- targets: [a:1]\n" + kLabels + "- just-a-host:9400\n",
         "t.yaml:3: [1]: expected a group {targets: [...], labels: {...}}, got 'just-a-host:9400'"},
        {"unknown group key", "- targets: [a:1]\n  label: {center: c, exporter: dcgm}\n",
         "t.yaml:2: label: unknown key (a group has targets and labels)"},
        {"targets twice", "- targets: [a:1]\n" + kLabels + "  targets: [b:1]\n",
         "t.yaml:3: targets: given twice in one group"},
        {"no targets", "- labels: {center: c, exporter: dcgm}\n", "t.yaml:1: targets: required"},
        {"targets a string", "- targets: a:1\n" + kLabels,
         "t.yaml:1: targets: expected a list of host:port, got 'a:1'"},
        {"targets empty", "- targets: []\n" + kLabels,
         "t.yaml:1: targets: empty: a group needs at least one host:port"},
        {"a target a list", "- targets:\n    - a:1\n    - [b, 1]\n" + kLabels,
         "t.yaml:3: targets[1]: expected host:port, got a list"},
        {"a target a number", "- targets: [9400]\n" + kLabels,
         "t.yaml:1: targets[0]: expected host:port, got '9400'"},
        {"YAML syntax", "- targets: [a:1\n  labels: {\n",
         "t.yaml:2: end of sequence flow not found"},
    });
}

TEST(TargetsFile, RejectsMissingOrBadLabelsNamingLineAndField)
{
    expectRejections({
        {"no labels", "- targets: [a:1]\n", "t.yaml:1: labels.center: required"},
        {"labels a list", "- targets: [a:1]\n  labels: [center, c]\n",
         "t.yaml:2: labels: expected a map of label names to values, got a list"},
        {"no center", "- targets: [a:1]\n  labels:\n    exporter: dcgm\n",
         "t.yaml:2: labels.center: required"},
        {"empty center", "- targets: [a:1]\n  labels:\n    center: \"\"\n    exporter: dcgm\n",
         "t.yaml:3: labels.center: must not be empty"},
        {"no exporter", "- targets: [a:1]\n  labels:\n    center: c\n",
         "t.yaml:2: labels.exporter: required"},
        {"empty exporter", "- targets: [a:1]\n  labels:\n    center: c\n    exporter: ''\n",
         "t.yaml:4: labels.exporter: must not be empty"},
        {"a label twice", "- targets: [a:1]\n  labels:\n    center: c\n    center: d\n",
         "t.yaml:4: labels.center: given twice"},
        {"a list as a value", "- targets: [a:1]\n  labels:\n    center: c\n    rack: [1, 2]\n",
         "t.yaml:4: labels.rack: expected a text value, got a list"},
        {"null as a value", "- targets: [a:1]\n  labels: {center: c, exporter: dcgm, rack: null}\n",
         "t.yaml:2: labels.rack: expected a text value, got nothing"},
        {"relative metrics path",
         "- targets: [a:1]\n  labels:\n    center: c\n    exporter: dcgm\n"
         "    __metrics_path__: metrics\n",
         "t.yaml:5: labels.__metrics_path__: expected a path starting with '/', got 'metrics'"},
        {"metrics path with a space",
         "- targets: [a:1]\n  labels: {center: c, exporter: dcgm, __metrics_path__: \"/a b\"}\n",
         "t.yaml:2: labels.__metrics_path__: expected a path starting with '/', got '/a b'"},
        {"scheme ftp",
         "- targets: [a:1]\n  labels:\n    center: c\n    exporter: dcgm\n    __scheme__: ftp\n",
         "t.yaml:5: labels.__scheme__: expected http or https, got 'ftp'"},
        {"scheme in capitals",
         "- targets: [a:1]\n  labels: {center: c, exporter: d, __scheme__: HTTP}\n",
         "t.yaml:2: labels.__scheme__: expected http or https, got 'HTTP'"},
    });
}

TEST(TargetsFile, TheHeadersMessagesComeOut)
{
    const std::string json = R"([
  {
    "targets": ["10.1.0.7:9400"],
    "labels": {
      "exporter": "dcgm"
    }
  }
]
)";
    EXPECT_EQ(errorOf(json, "targets.json"), "targets.json:4: labels.center: required");
    const std::string yaml = R"(# GPU racks of one center
- labels:
    center: Gui'an
    exporter: dcgm
    rack: A03
  targets:
    - 10.0.0.7:9400
    - 10.0.0.8:9400
    - 10.0.0.1
)";
    EXPECT_EQ(errorOf(yaml, "targets.yaml"),
              "targets.yaml:9: targets[2]: expected host:port, got '10.0.0.1'");
}

TEST(TargetsFile, RejectsAddressesThatAreNotHostAndPort)
{
    const std::vector<std::pair<std::string, std::string>> cases{
        {"10.0.0.1", "expected host:port, got '10.0.0.1'"},
        {":9400", "expected host:port, got ':9400'"},
        {"a b:9400", "expected host:port, got 'a b:9400'"},
        {"::1:9400", "expected host:port, got '::1:9400'"},
        {"a:1:2", "expected host:port, got 'a:1:2'"},
        {"a/metrics:9400", "expected host:port, got 'a/metrics:9400'"},
        {"http://a:9400",
         "expected host:port (the scheme goes in label __scheme__), got 'http://a:9400'"},
        {"[::1]", "expected [IPv6 address]:port, got '[::1]'"},
        {"[::1]9400", "expected [IPv6 address]:port, got '[::1]9400'"},
        {"[]:9400", "expected [IPv6 address]:port, got '[]:9400'"},
        {"[a.b]:9400", "expected [IPv6 address]:port, got '[a.b]:9400'"},
        // A zone would need escaping in the URL (RFC 6874): not taken.
        {"[fe80::1%eth0]:9400", "expected [IPv6 address]:port, got '[fe80::1%eth0]:9400'"},
        {"a:0", "expected a port in 1..65535, got 'a:0'"},
        {"a:65536", "expected a port in 1..65535, got 'a:65536'"},
        {"a:", "expected a port in 1..65535, got 'a:'"},
        {"a:94x0", "expected a port in 1..65535, got 'a:94x0'"},
        {"a:-1", "expected a port in 1..65535, got 'a:-1'"},
        {"a:+1", "expected a port in 1..65535, got 'a:+1'"},
        {"a:0000080", "expected a port in 1..65535, got 'a:0000080'"},
        {"[::1]:0", "expected a port in 1..65535, got '[::1]:0'"},
    };
    for (const auto &[address, what] : cases) {
        const std::string text = "- targets: [a:1]\n" + kLabels +
                                 "- targets:\n    - b:2\n    - \"" + address + "\"\n" + kLabels;
        EXPECT_EQ(errorOf(text), "t.yaml:5: targets[1]: " + what) << address;
    }
}

TEST(TargetsFile, RejectsATargetListedTwiceAnywhere)
{
    expectRejections({
        {"twice in one group", "- targets:\n    - a:1\n    - b:1\n    - a:1\n" + kLabels,
         "t.yaml:4: targets[2]: 'a:1/metrics' is already listed at line 2"},
        {"in two groups", "- targets: [a:1, b:1]\n" + kLabels + "- targets: [c:1, b:1]\n" + kLabels,
         "t.yaml:3: targets[1]: 'b:1/metrics' is already listed at line 1"},
        {"the same path written out",
         "- targets: [a:1]\n" + kLabels +
             "- targets: [a:1]\n  labels: {center: d, exporter: npu, __metrics_path__: /metrics}\n",
         "t.yaml:3: targets[0]: 'a:1/metrics' is already listed at line 1"},
        {"over http and https",
         "- targets: [a:1]\n" + kLabels +
             "- targets: [a:1]\n  labels: {center: c, exporter: dcgm, __scheme__: https}\n",
         "t.yaml:3: targets[0]: 'a:1/metrics' is already listed at line 1"},
    });
}

TEST(TargetsFile, LoadsAFileAndNamesItInErrors)
{
    test::TempDir dir;
    dir.write("targets.yaml", "- targets: [10.0.0.1:9400]\n" + kLabels);
    Result<std::vector<ScrapeTarget>> loaded = loadTargetsFile(dir.file("targets.yaml"));
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    ASSERT_EQ(loaded->size(), 1u);
    EXPECT_EQ((*loaded)[0].url(), "http://10.0.0.1:9400/metrics");

    dir.write("bad.json", "[\n  {\"targets\": [\"10.0.0.1\"], \"labels\": {}}\n]\n");
    Result<std::vector<ScrapeTarget>> bad = loadTargetsFile(dir.file("bad.json"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error(), dir.file("bad.json") + ":2: labels.center: required");
}

TEST(TargetsFile, ReportsFilesThatCannotBeRead)
{
    test::TempDir dir;
    const std::string missing = dir.file("targets.json");
    Result<std::vector<ScrapeTarget>> result = loadTargetsFile(missing);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error(), missing + ": cannot read: " + std::strerror(ENOENT));

    result = loadTargetsFile(dir.str());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error(), dir.str() + ": cannot read: " + std::strerror(EISDIR));

    result = loadTargetsFile("/dev/null");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error(), "/dev/null: cannot read: not a regular file");
}

TEST(TargetsFile, RefusesAFileOver64MiBWithoutReadingIt)
{
    test::TempDir dir;
    const std::string path = dir.file("huge.json");
    dir.write("huge.json", "[]");
    // Sparse: no 64 MiB are written, and none would parse as a list.
    std::filesystem::resize_file(path, (uintmax_t(64) << 20) + 1);
    Result<std::vector<ScrapeTarget>> result = loadTargetsFile(path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error(),
              path + ": 67108865 bytes; a targets or mapping file may have at most 64 MiB");
}

} // namespace
} // namespace scb
