#include "sources/scrape/exportermapping.h"

#include "tempdir.h"

#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace scb {
namespace {

// Each metric on an exposition page, with the label names of its first sample.
std::map<std::string, std::set<std::string>> fixtureMetrics(const std::string &name)
{
    std::ifstream in(std::string(SCB_FIXTURES_DIR) + "/" + name);
    EXPECT_TRUE(in.good()) << name;
    std::map<std::string, std::set<std::string>> metrics;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        const size_t nameEnd = line.find_first_of("{ ");
        std::set<std::string> &labels = metrics[line.substr(0, nameEnd)];
        if (nameEnd == std::string::npos || line[nameEnd] != '{' || !labels.empty())
            continue;
        // name="value",…: the fixtures' values hold no quotes or commas.
        std::stringstream list(line.substr(nameEnd + 1, line.find('}') - nameEnd - 1));
        std::string pair;
        while (std::getline(list, pair, ','))
            labels.insert(pair.substr(0, pair.find('=')));
    }
    return metrics;
}

const MetricBinding *bindingOf(const ExporterMapping &mapping, const std::string &metric)
{
    for (const MetricBinding &b : mapping.metrics)
        if (b.metric == metric)
            return &b;
    return nullptr;
}

bool hasAnyOf(const std::set<std::string> &labels, const std::vector<std::string> &names)
{
    for (const std::string &name : names)
        if (labels.count(name))
            return true;
    return false;
}

std::vector<std::pair<std::string, ChipField>> fieldsOf(const ExporterMapping &mapping)
{
    std::vector<std::pair<std::string, ChipField>> fields;
    for (const MetricBinding &b : mapping.metrics)
        fields.emplace_back(b.metric, b.field);
    return fields;
}

void expectSameMapping(const ExporterMapping &a, const ExporterMapping &b)
{
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.vendor, b.vendor);
    EXPECT_EQ(a.chipIdLabels, b.chipIdLabels);
    EXPECT_EQ(a.uuidLabels, b.uuidLabels);
    EXPECT_EQ(a.modelLabels, b.modelLabels);
    EXPECT_EQ(a.hostLabels, b.hostLabels);
    EXPECT_EQ(a.memoryUnit, b.memoryUnit);
    EXPECT_EQ(a.healthyCodes, b.healthyCodes);
    EXPECT_EQ(a.unknownHealthCodes, b.unknownHealthCodes);
    EXPECT_EQ(a.throttleMask, b.throttleMask);
    ASSERT_EQ(a.metrics.size(), b.metrics.size());
    for (size_t i = 0; i < a.metrics.size(); ++i) {
        EXPECT_EQ(a.metrics[i].metric, b.metrics[i].metric);
        EXPECT_EQ(a.metrics[i].field, b.metrics[i].field);
        EXPECT_DOUBLE_EQ(a.metrics[i].scale, b.metrics[i].scale);
    }
}

TEST(ChipFieldKey, EveryFieldHasItsKeyAndBack)
{
    const std::vector<std::string> keys{"utilization",      "memory_used",  "memory_free",
                                        "memory_reserved",  "memory_total", "power",
                                        "temperature",      "xid_code",     "ecc_dbe_total",
                                        "throttle_reasons", "health",       "power_limit"};
    ASSERT_EQ(keys.size(), size_t(kChipFieldCount));
    for (int i = 0; i < kChipFieldCount; ++i) {
        EXPECT_EQ(chipFieldKey(ChipField(i)), keys[size_t(i)]);
        ChipField field = ChipField::PowerLimit;
        ASSERT_TRUE(chipFieldFromKey(keys[size_t(i)], field)) << keys[size_t(i)];
        EXPECT_EQ(field, ChipField(i));
    }
    EXPECT_EQ(chipFieldKey(ChipField::Power), "power");
    EXPECT_EQ(chipFieldKey(ChipField::ThrottleReasons), "throttle_reasons");
}

TEST(ChipFieldKey, UnknownKeysAreRefusedAndLeaveTheFieldAlone)
{
    for (const char *key : {"", "Utilization", "power ", "watts", "memory", "throttle"}) {
        ChipField field = ChipField::Health;
        EXPECT_FALSE(chipFieldFromKey(key, field)) << key;
        EXPECT_EQ(field, ChipField::Health) << key;
    }
}

TEST(BuiltInMappings, DcgmReadsEveryMetricOfTheT4FixtureThatWeMap)
{
    const ExporterMapping &dcgm = dcgmExporterMapping();
    const auto page = fixtureMetrics("dcgm-exporter-t4.prom");
    ASSERT_EQ(page.size(), 6u);
    // Encoder and decoder load say nothing the dashboard shows.
    const std::set<std::string> notMapped{"DCGM_FI_DEV_ENC_UTIL", "DCGM_FI_DEV_DEC_UTIL"};
    for (const auto &[metric, labels] : page) {
        SCOPED_TRACE(metric);
        EXPECT_EQ(bindingOf(dcgm, metric) == nullptr, notMapped.count(metric) == 1);
        // The page's labels are the ones the mapping looks for.
        EXPECT_TRUE(hasAnyOf(labels, dcgm.chipIdLabels));
        EXPECT_TRUE(hasAnyOf(labels, dcgm.uuidLabels));
        EXPECT_TRUE(hasAnyOf(labels, dcgm.modelLabels));
        EXPECT_TRUE(hasAnyOf(labels, dcgm.hostLabels));
    }
    const std::map<std::string, ChipField> onThePage{
        {"DCGM_FI_DEV_GPU_UTIL", ChipField::Utilization},
        {"DCGM_FI_DEV_FB_USED", ChipField::MemoryUsed},
        {"DCGM_FI_DEV_GPU_TEMP", ChipField::Temperature},
        {"DCGM_FI_DEV_POWER_USAGE", ChipField::Power}};
    for (const auto &[metric, field] : onThePage) {
        SCOPED_TRACE(metric);
        EXPECT_EQ(page.count(metric), 1u);
        const MetricBinding *binding = bindingOf(dcgm, metric);
        ASSERT_NE(binding, nullptr);
        EXPECT_EQ(binding->field, field);
        EXPECT_EQ(binding->scale, 1.0);
    }
}

TEST(BuiltInMappings, DcgmMapsItsCountersInMiBWithTheSlowdownBitsOfNvml)
{
    const ExporterMapping &dcgm = dcgmExporterMapping();
    EXPECT_EQ(dcgm.name, "dcgm");
    EXPECT_EQ(dcgm.vendor, "NVIDIA");
    EXPECT_EQ(dcgm.chipIdLabels, std::vector<std::string>{"gpu"});
    EXPECT_EQ(dcgm.uuidLabels, std::vector<std::string>{"UUID"});
    EXPECT_EQ(dcgm.modelLabels, std::vector<std::string>{"modelName"});
    EXPECT_EQ(dcgm.hostLabels, (std::vector<std::string>{"Hostname", "hostname"}));
    EXPECT_EQ(dcgm.memoryUnit, ExporterMapping::MemoryUnit::MiB);
    const std::vector<std::pair<std::string, ChipField>> expected{
        {"DCGM_FI_DEV_GPU_UTIL", ChipField::Utilization},
        {"DCGM_FI_DEV_FB_USED", ChipField::MemoryUsed},
        {"DCGM_FI_DEV_FB_FREE", ChipField::MemoryFree},
        {"DCGM_FI_DEV_FB_RESERVED", ChipField::MemoryReserved},
        {"DCGM_FI_DEV_POWER_USAGE", ChipField::Power},
        {"DCGM_FI_DEV_GPU_TEMP", ChipField::Temperature},
        {"DCGM_FI_DEV_XID_ERRORS", ChipField::XidCode},
        {"DCGM_FI_DEV_ECC_DBE_VOL_TOTAL", ChipField::EccDbeTotal},
        {"DCGM_FI_DEV_CLOCK_THROTTLE_REASONS", ChipField::ThrottleReasons},
        {"DCGM_FI_DEV_CLOCKS_EVENT_REASONS", ChipField::ThrottleReasons},
        {"DCGM_FI_DEV_POWER_MGMT_LIMIT", ChipField::PowerLimit}};
    EXPECT_EQ(fieldsOf(dcgm), expected);
    // nvmlClocksThrottleReasons: SW power cap, HW slowdown, sync boost, SW
    // thermal, HW thermal, HW power brake; not idle, applications clocks or
    // display clock.
    EXPECT_EQ(dcgm.throttleMask, 0xFCu);
    for (uint64_t notSlowing : {0x1u, 0x2u, 0x100u})
        EXPECT_EQ(dcgm.throttleMask & notSlowing, 0u) << notSlowing;
    EXPECT_TRUE(dcgm.healthyCodes.empty());
}

TEST(BuiltInMappings, NpuReadsEveryMetricOfThe910bFixtureThatWeMap)
{
    const ExporterMapping &npu = npuExporterMapping();
    const auto page = fixtureMetrics("npu-exporter-910b.prom");
    ASSERT_EQ(page.size(), 6u);
    // The chip's name with value 1: its model comes from the labels.
    const std::set<std::string> notMapped{"npu_chip_info_name"};
    for (const auto &[metric, labels] : page) {
        SCOPED_TRACE(metric);
        EXPECT_TRUE(metric.starts_with("npu_chip_info_"));
        EXPECT_EQ(bindingOf(npu, metric) == nullptr, notMapped.count(metric) == 1);
        EXPECT_TRUE(hasAnyOf(labels, npu.chipIdLabels));
        EXPECT_TRUE(hasAnyOf(labels, npu.uuidLabels));
        EXPECT_TRUE(hasAnyOf(labels, npu.modelLabels));
    }
    const std::map<std::string, ChipField> onThePage{
        {"npu_chip_info_utilization", ChipField::Utilization},
        {"npu_chip_info_temperature", ChipField::Temperature},
        {"npu_chip_info_power", ChipField::Power},
        {"npu_chip_info_hbm_total_memory", ChipField::MemoryTotal},
        {"npu_chip_info_hbm_used_memory", ChipField::MemoryUsed}};
    for (const auto &[metric, field] : onThePage) {
        SCOPED_TRACE(metric);
        EXPECT_EQ(page.count(metric), 1u);
        const MetricBinding *binding = bindingOf(npu, metric);
        ASSERT_NE(binding, nullptr);
        EXPECT_EQ(binding->field, field);
    }
}

TEST(BuiltInMappings, NpuReadsHbmHealthAndNoHostLabel)
{
    const ExporterMapping &npu = npuExporterMapping();
    EXPECT_EQ(npu.name, "npu");
    EXPECT_EQ(npu.vendor, "Huawei");
    EXPECT_EQ(npu.chipIdLabels, (std::vector<std::string>{"id", "npuID"}));
    EXPECT_EQ(npu.uuidLabels, (std::vector<std::string>{"vdie_id", "uuid"}));
    EXPECT_EQ(npu.modelLabels, (std::vector<std::string>{"model_name", "modelName", "name"}));
    EXPECT_TRUE(npu.hostLabels.empty());
    EXPECT_EQ(npu.memoryUnit, ExporterMapping::MemoryUnit::Auto);
    const MetricBinding *health = bindingOf(npu, "npu_chip_info_health_status");
    ASSERT_NE(health, nullptr);
    EXPECT_EQ(health->field, ChipField::Health);
    EXPECT_EQ(npu.healthyCodes, std::vector<int64_t>{1});
    EXPECT_EQ(npu.unknownHealthCodes, (std::vector<int64_t>{-1, 4294967295}));
    // The chip's DDR, not its HBM: never the memory the dashboard shows.
    EXPECT_EQ(bindingOf(npu, "npu_chip_info_used_memory"), nullptr);
    EXPECT_EQ(bindingOf(npu, "npu_chip_info_total_memory"), nullptr);
    EXPECT_EQ(npu.metrics.size(), 6u);
    EXPECT_EQ(npu.throttleMask, 0u);
}

TEST(BuiltInMappings, AreOneObjectEach)
{
    EXPECT_EQ(&dcgmExporterMapping(), &dcgmExporterMapping());
    EXPECT_EQ(&npuExporterMapping(), &npuExporterMapping());
}

TEST(MappingSet, StartsWithTheBuiltInsAndFindsByExactName)
{
    const MappingSet set;
    EXPECT_EQ(set.names(), (std::vector<std::string>{"dcgm", "npu"}));
    ASSERT_NE(set.find("dcgm"), nullptr);
    EXPECT_EQ(set.find("dcgm")->vendor, "NVIDIA");
    ASSERT_NE(set.find("npu"), nullptr);
    EXPECT_EQ(set.find("npu")->vendor, "Huawei");
    for (const char *name : {"DCGM", "dcg", "dcgm ", "", "rocm"})
        EXPECT_EQ(set.find(name), nullptr) << name;
}

TEST(MappingSet, AddAppendsANewNameAndReplacesAKnownOneInPlace)
{
    MappingSet set;
    ExporterMapping rocm;
    rocm.name = "rocm";
    rocm.vendor = "AMD";
    set.add(rocm);
    EXPECT_EQ(set.names(), (std::vector<std::string>{"dcgm", "npu", "rocm"}));
    ASSERT_NE(set.find("rocm"), nullptr);
    EXPECT_EQ(set.find("rocm")->vendor, "AMD");

    ExporterMapping ownDcgm = dcgmExporterMapping();
    ownDcgm.vendor = "NVIDIA (site counters)";
    ownDcgm.metrics = {{"DCGM_FI_DEV_GPU_UTIL", ChipField::Utilization, 0.01}};
    set.add(ownDcgm);
    EXPECT_EQ(set.names(), (std::vector<std::string>{"dcgm", "npu", "rocm"}));
    ASSERT_NE(set.find("dcgm"), nullptr);
    EXPECT_EQ(set.find("dcgm")->vendor, "NVIDIA (site counters)");
    EXPECT_EQ(set.find("dcgm")->metrics.size(), 1u);
    // The built-in itself is untouched.
    EXPECT_EQ(dcgmExporterMapping().vendor, "NVIDIA");
    EXPECT_EQ(dcgmExporterMapping().metrics.size(), 11u);
}

// The example of exportermapping.h, as written there.
const char *const kHeaderExample = R"(
  - name: rocm                        # the targets file's exporter label
    vendor: AMD
    chip_id_labels: [gpu_id]
    uuid_labels: [serial_number]      # optional
    model_labels: [card_model]        # optional
    host_labels: [hostname]           # optional
    memory_unit: bytes                # MiB (default), bytes or auto
    healthy_codes: [1]                # optional, with unknown_health_codes
    throttle_mask: 0xEC               # optional
    metrics:
      gpu_gfx_activity: utilization
      gpu_power_usage: {field: power, scale: 0.000001}
)";

std::vector<ExporterMapping> mappings(const std::string &text, const std::string &name = "m.yaml")
{
    Result<std::vector<ExporterMapping>> result = parseMappingText(text, name);
    EXPECT_TRUE(result.ok()) << result.error();
    return result.ok() ? *result : std::vector<ExporterMapping>();
}

std::string errorOf(const std::string &text)
{
    Result<std::vector<ExporterMapping>> result = parseMappingText(text, "m.yaml");
    return result.ok() ? "(accepted)" : result.error();
}

TEST(MappingFile, ReadsTheHeaderExample)
{
    const std::vector<ExporterMapping> read = mappings(kHeaderExample);
    ASSERT_EQ(read.size(), 1u);
    const ExporterMapping &m = read[0];
    EXPECT_EQ(m.name, "rocm");
    EXPECT_EQ(m.vendor, "AMD");
    EXPECT_EQ(m.chipIdLabels, std::vector<std::string>{"gpu_id"});
    EXPECT_EQ(m.uuidLabels, std::vector<std::string>{"serial_number"});
    EXPECT_EQ(m.modelLabels, std::vector<std::string>{"card_model"});
    EXPECT_EQ(m.hostLabels, std::vector<std::string>{"hostname"});
    EXPECT_EQ(m.memoryUnit, ExporterMapping::MemoryUnit::Bytes);
    EXPECT_EQ(m.healthyCodes, std::vector<int64_t>{1});
    EXPECT_TRUE(m.unknownHealthCodes.empty());
    EXPECT_EQ(m.throttleMask, 0xECu);
    ASSERT_EQ(m.metrics.size(), 2u);
    EXPECT_EQ(m.metrics[0].metric, "gpu_gfx_activity");
    EXPECT_EQ(m.metrics[0].field, ChipField::Utilization);
    EXPECT_EQ(m.metrics[0].scale, 1.0);
    EXPECT_EQ(m.metrics[1].metric, "gpu_power_usage");
    EXPECT_EQ(m.metrics[1].field, ChipField::Power);
    EXPECT_DOUBLE_EQ(m.metrics[1].scale, 0.000001);
}

TEST(MappingFile, YamlAndJsonOfTheSameContentGiveTheSameMappings)
{
    const std::string json = R"([
  {"name": "rocm", "vendor": "AMD", "chip_id_labels": ["gpu_id"],
   "uuid_labels": ["serial_number"], "model_labels": ["card_model"],
   "host_labels": ["hostname"], "memory_unit": "bytes", "healthy_codes": [1],
   "throttle_mask": 236,
   "metrics": {"gpu_gfx_activity": "utilization",
               "gpu_power_usage": {"field": "power", "scale": 1e-6}}},
  {"name": "gaudi", "chip_id_labels": ["Serial", "ID"], "memory_unit": "auto",
   "healthy_codes": [0], "unknown_health_codes": [-1, 255],
   "metrics": {"habanalabs_utilization": "utilization",
               "habanalabs_health": "health",
               "habanalabs_memory_used_bytes": "memory_used"}}
]
)";
    const std::string yaml = std::string(kHeaderExample) + R"(
  - name: gaudi
    chip_id_labels:
      - Serial
      - ID
    memory_unit: Auto
    healthy_codes: [0]
    unknown_health_codes: [-1, 0xFF]
    metrics:
      habanalabs_utilization: utilization
      habanalabs_health: {field: health}
      habanalabs_memory_used_bytes: memory_used
)";
    const std::vector<ExporterMapping> fromJson = mappings(json, "m.json");
    const std::vector<ExporterMapping> fromYaml = mappings(yaml);
    ASSERT_EQ(fromJson.size(), 2u);
    ASSERT_EQ(fromYaml.size(), 2u);
    for (size_t i = 0; i < 2; ++i) {
        SCOPED_TRACE(fromJson[i].name);
        expectSameMapping(fromJson[i], fromYaml[i]);
    }
    EXPECT_EQ(fromJson[1].unknownHealthCodes, (std::vector<int64_t>{-1, 255}));
    EXPECT_EQ(fromJson[1].memoryUnit, ExporterMapping::MemoryUnit::Auto);
}

TEST(MappingFile, OptionalKeysHaveTheirDefaults)
{
    const std::vector<ExporterMapping> read =
        mappings("- name: x-1\n  chip_id_labels: [card]\n  metrics: {temp_c: temperature}\n");
    ASSERT_EQ(read.size(), 1u);
    const ExporterMapping &m = read[0];
    EXPECT_EQ(m.name, "x-1");
    EXPECT_EQ(m.vendor, "");
    EXPECT_TRUE(m.uuidLabels.empty());
    EXPECT_TRUE(m.modelLabels.empty());
    EXPECT_TRUE(m.hostLabels.empty());
    EXPECT_EQ(m.memoryUnit, ExporterMapping::MemoryUnit::MiB);
    EXPECT_TRUE(m.healthyCodes.empty());
    EXPECT_EQ(m.throttleMask, 0u);
    ASSERT_EQ(m.metrics.size(), 1u);
    EXPECT_EQ(m.metrics[0].field, ChipField::Temperature);
    EXPECT_EQ(m.metrics[0].scale, 1.0);
    for (const char *empty : {"", "[]", "# no mappings yet\n"})
        EXPECT_TRUE(mappings(empty).empty()) << empty;
}

TEST(MappingFile, IntegersAreDecimalOrHexNeverOctal)
{
    const std::string text = "- name: x\n  chip_id_labels: [c]\n  metrics: {m: health}\n"
                             "  healthy_codes: [010, 0x10, -3]\n  throttle_mask: ";
    EXPECT_EQ(mappings(text + "0xFC\n").at(0).throttleMask, 0xFCu);
    EXPECT_EQ(mappings(text + "0XfC\n").at(0).throttleMask, 0xFCu);
    EXPECT_EQ(mappings(text + "252\n").at(0).throttleMask, 252u);
    EXPECT_EQ(mappings(text + "010\n").at(0).throttleMask, 10u);
    EXPECT_EQ(mappings(text + "18446744073709551615\n").at(0).throttleMask, ~uint64_t(0));
    EXPECT_EQ(mappings(text + "0\n").at(0).healthyCodes, (std::vector<int64_t>{10, 16, -3}));
}

struct Rejection
{
    const char *why;
    std::string text;
    std::string error;
};

const std::string kHead = "- name: rocm\n  chip_id_labels: [gpu_id]\n";

TEST(MappingFile, RejectsMalformedMappingsNamingLineAndField)
{
    const std::vector<Rejection> cases{
        {"top level a map", "name: rocm\n",
         "m.yaml:1: top level: expected a list of mappings, got a map"},
        {"a mapping a string", "- rocm\n",
         "m.yaml:1: [0]: expected a mapping {name: ..., chip_id_labels: [...], metrics: {...}}, "
         "got 'rocm'"},
        {"a typo in a key", kHead + "  metrics: {a: power}\n  host_label: [hostname]\n",
         "m.yaml:4: host_label: unknown key"},
        {"a key twice", kHead + "  metrics: {a: power}\n  vendor: A\n  vendor: B\n",
         "m.yaml:5: vendor: given twice in one mapping"},
        {"no name", "- chip_id_labels: [gpu_id]\n  metrics: {a: power}\n",
         "m.yaml:1: name: required"},
        {"an empty name", "- name: ''\n  chip_id_labels: [g]\n  metrics: {a: power}\n",
         "m.yaml:1: name: expected letters, digits, '_' or '-', got ''"},
        {"a name with a space", "- chip_id_labels: [g]\n  metrics: {a: power}\n  name: rocm 6\n",
         "m.yaml:3: name: expected letters, digits, '_' or '-', got 'rocm 6'"},
        {"a vendor list", kHead + "  metrics: {a: power}\n  vendor: [AMD]\n",
         "m.yaml:4: vendor: expected text, got a list"},
        {"no chip id labels", "- name: rocm\n  metrics: {a: power}\n",
         "m.yaml:1: chip_id_labels: required"},
        {"empty chip id labels", "- name: rocm\n  metrics: {a: power}\n  chip_id_labels: []\n",
         "m.yaml:3: chip_id_labels: needs at least one label name"},
        {"chip id labels a string", "- name: rocm\n  chip_id_labels: gpu\n  metrics: {a: power}\n",
         "m.yaml:2: chip_id_labels: expected a list of label names, got 'gpu'"},
        {"an empty label name", kHead + "  metrics: {a: power}\n  uuid_labels: [serial, '']\n",
         "m.yaml:4: uuid_labels[1]: expected a label name, got ''"},
        {"two mappings of one name",
         kHead + "  metrics: {a: power}\n" + kHead + "  metrics: {b: power}\n",
         "m.yaml:4: name: 'rocm' is already defined at line 1"},
        {"YAML syntax", kHead + "  metrics: {a: power\n", "m.yaml:4: end of map flow not found"},
    };
    for (const Rejection &c : cases)
        EXPECT_EQ(errorOf(c.text), c.error) << c.why;
}

TEST(MappingFile, RejectsBadMetricsNamingLineAndField)
{
    const std::string fields = "utilization, memory_used, memory_free, memory_reserved, "
                               "memory_total, power, temperature, xid_code, ecc_dbe_total, "
                               "throttle_reasons, health, power_limit";
    const std::vector<Rejection> cases{
        {"no metrics", kHead, "m.yaml:1: metrics: required"},
        {"empty metrics", kHead + "  metrics: {}\n",
         "m.yaml:3: metrics: needs at least one metric"},
        {"metrics a list", kHead + "  metrics: [power]\n",
         "m.yaml:3: metrics: expected a map of metric names to fields, got a list"},
        {"the header's unknown field",
         "- name: rocm\n  vendor: AMD\n  chip_id_labels: [gpu_id]\n  memory_unit: bytes\n"
         "  metrics:\n    gpu_gfx_activity: utilization\n"
         "    gpu_power_usage: {field: watts, scale: 0.000001}\n",
         "m.yaml:7: metrics.gpu_power_usage: unknown field 'watts' (known: " + fields + ")"},
        {"a field in capitals", kHead + "  metrics:\n    a: Power\n",
         "m.yaml:4: metrics.a: unknown field 'Power' (known: " + fields + ")"},
        {"a field as a list", kHead + "  metrics:\n    a: [power]\n",
         "m.yaml:4: metrics.a: unknown field a list (known: " + fields + ")"},
        {"a metric name with a space", kHead + "  metrics:\n    gpu power: power\n",
         "m.yaml:4: metrics: expected a metric name, got 'gpu power'"},
        {"a metric twice", kHead + "  metrics:\n    a: power\n    a: temperature\n",
         "m.yaml:5: metrics.a: given twice"},
        {"an unknown key in a binding", kHead + "  metrics:\n    a: {field: power, scal: 2}\n",
         "m.yaml:4: metrics.a.scal: unknown key (field or scale)"},
        {"a binding without a field", kHead + "  metrics:\n    a: {scale: 2}\n",
         "m.yaml:4: metrics.a.field: required"},
        {"a health metric without healthy codes", kHead + "  metrics:\n    a: health\n",
         "m.yaml:3: healthy_codes: required when a metric maps to health"},
    };
    for (const Rejection &c : cases)
        EXPECT_EQ(errorOf(c.text), c.error) << c.why;
}

TEST(MappingFile, RejectsBadNumbersAndUnits)
{
    const std::string head = kHead + "  metrics:\n    a: {field: power, scale: ";
    for (const char *scale : {"0", "-1", "abc", ".inf", ".nan", "inf", "nan", "1e999", "''"}) {
        const std::string got = std::string(scale) == "''" ? "" : scale;
        EXPECT_EQ(errorOf(head + scale + "}\n"),
                  "m.yaml:4: metrics.a.scale: expected a number above 0, got '" + got + "'");
    }
    EXPECT_EQ(errorOf(head + "[1]}\n"),
              "m.yaml:4: metrics.a.scale: expected a number above 0, got a list");
    const std::string body = kHead + "  metrics: {a: power}\n";
    for (const char *mask : {"lots", "-1", "0x", "0x-4", "1.5", "18446744073709551616"})
        EXPECT_EQ(errorOf(body + "  throttle_mask: " + mask + "\n"),
                  "m.yaml:4: throttle_mask: expected an integer such as 0xFC, got '" +
                      std::string(mask) + "'");
    EXPECT_EQ(errorOf(body + "  memory_unit: GiB\n"),
              "m.yaml:4: memory_unit: expected MiB, bytes or auto, got 'GiB'");
    EXPECT_EQ(errorOf(body + "  healthy_codes: [1, ok]\n"),
              "m.yaml:4: healthy_codes[1]: expected an integer, got 'ok'");
    EXPECT_EQ(errorOf(body + "  unknown_health_codes: [1.5]\n"),
              "m.yaml:4: unknown_health_codes[0]: expected an integer, got '1.5'");
    EXPECT_EQ(errorOf(body + "  healthy_codes: 1\n"),
              "m.yaml:4: healthy_codes: expected a list of integers, got '1'");
}

TEST(MappingFile, LoadsAFileIntoAMappingSet)
{
    test::TempDir dir;
    dir.write("mapping.yaml", kHeaderExample);
    Result<std::vector<ExporterMapping>> loaded = loadMappingFile(dir.file("mapping.yaml"));
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    MappingSet set;
    for (ExporterMapping &m : *loaded)
        set.add(std::move(m));
    EXPECT_EQ(set.names(), (std::vector<std::string>{"dcgm", "npu", "rocm"}));
    ASSERT_NE(set.find("rocm"), nullptr);
    EXPECT_EQ(set.find("rocm")->throttleMask, 0xECu);

    dir.write("bad.yaml", kHead);
    Result<std::vector<ExporterMapping>> bad = loadMappingFile(dir.file("bad.yaml"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error(), dir.file("bad.yaml") + ":1: metrics: required");

    const std::string missing = dir.file("missing.yaml");
    Result<std::vector<ExporterMapping>> none = loadMappingFile(missing);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error(), missing + ": cannot read: " + std::strerror(ENOENT));
}

} // namespace
} // namespace scb
