#include "sources/scrape/exportermapping.h"
#include "sources/scrape/targetsfile.h"

#include "sources/scrape/yamlnodes.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>

namespace scb {

namespace {

using yamlnodes::describe;
using yamlnodes::lineOf;

// Thrown by fail(): reading stops at the first problem, and a tree walk is
// shorter without a status checked after every step.
struct MappingError
{
    std::string message;
};

constexpr std::array<std::string_view, 11> kKeys{
    "name",        "vendor",      "chip_id_labels", "uuid_labels",          "model_labels",
    "host_labels", "memory_unit", "healthy_codes",  "unknown_health_codes", "throttle_mask",
    "metrics"};

// Decimal, or hex after 0x as YAML 1.2 writes it. yaml-cpp's own conversion
// would read "010" as octal 8.
template<typename T> bool parseInteger(std::string_view text, T &value)
{
    int base = 10;
    if (text.starts_with("0x") || text.starts_with("0X")) {
        text.remove_prefix(2);
        base = 16;
        if (text.starts_with('-'))
            return false;
    }
    const char *end = text.data() + text.size();
    const auto parsed = std::from_chars(text.data(), end, value, base);
    return !text.empty() && parsed.ec == std::errc() && parsed.ptr == end;
}

bool validMappingName(std::string_view name)
{
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_' || c == '-';
    });
}

// The exposition format's metric names: [a-zA-Z_:][a-zA-Z0-9_:]*.
bool validMetricName(std::string_view name)
{
    auto first = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
    };
    return !name.empty() && first(name.front()) &&
           std::all_of(name.begin(), name.end(),
                       [&](char c) { return first(c) || (c >= '0' && c <= '9'); });
}

// A scale multiplies every value: zero, negative or not finite is a mistake.
bool parseScale(const YAML::Node &node, double &scale)
{
    if (!node.IsScalar())
        return false;
    const std::string &text = node.Scalar();
    const char *end = text.data() + text.size();
    const auto parsed = std::from_chars(text.data(), end, scale);
    return !text.empty() && parsed.ec == std::errc() && parsed.ptr == end && std::isfinite(scale) &&
           scale > 0;
}

std::string fieldKeyList()
{
    std::string list;
    for (int i = 0; i < kChipFieldCount; ++i)
        list += std::string(i ? ", " : "") + std::string(chipFieldKey(ChipField(i)));
    return list;
}

// One mapping of the file: its keys by name, with their lines.
class MappingReader
{
public:
    MappingReader(const std::string &file, const YAML::Node &node, size_t index);
    ExporterMapping read() const;

private:
    [[noreturn]] void fail(size_t line, const std::string &field, const std::string &what) const
    {
        throw MappingError{m_file + ":" + std::to_string(line) + ": " + field + ": " + what};
    }
    // The value of `key` (an invalid node when absent) and where to report it.
    YAML::Node value(const char *key) const { return m_node[key]; }
    size_t lineOfKey(const char *key) const;
    size_t lineOfValue(const char *key) const { return lineOf(value(key), lineOfKey(key)); }

    std::vector<std::string> labelList(const char *key, bool required) const;
    std::vector<int64_t> codeList(const char *key) const;
    void readUnits(ExporterMapping &m) const;
    std::vector<MetricBinding> readMetrics() const;
    MetricBinding readBinding(const std::string &metric, const YAML::Node &to, size_t line) const;

    const std::string &m_file;
    const YAML::Node &m_node;
    size_t m_line = 1;
    std::map<std::string, size_t> m_keyLines;
};

MappingReader::MappingReader(const std::string &file, const YAML::Node &node, size_t index)
    : m_file(file)
    , m_node(node)
    , m_line(lineOf(node, 1))
{
    if (!node.IsMap())
        fail(m_line, "[" + std::to_string(index) + "]",
             "expected a mapping {name: ..., chip_id_labels: [...], metrics: {...}}, got " +
                 describe(node));
    // Every key known: a typo ("chip_id_label") must not pass as "absent".
    for (const auto &entry : node) {
        const std::string key = entry.first.Scalar();
        const size_t line = lineOf(entry.first, m_line);
        if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end())
            fail(line, key, "unknown key");
        if (!m_keyLines.emplace(key, line).second)
            fail(line, key, "given twice in one mapping");
    }
}

size_t MappingReader::lineOfKey(const char *key) const
{
    const auto it = m_keyLines.find(key);
    return it == m_keyLines.end() ? m_line : it->second;
}

ExporterMapping MappingReader::read() const
{
    ExporterMapping m;
    const YAML::Node name = value("name");
    if (!m_keyLines.count("name"))
        fail(m_line, "name", "required");
    if (!name.IsScalar() || !validMappingName(name.Scalar()))
        fail(lineOfValue("name"), "name",
             "expected letters, digits, '_' or '-', got " + describe(name));
    m.name = name.Scalar();
    if (m_keyLines.count("vendor")) {
        if (!value("vendor").IsScalar())
            fail(lineOfValue("vendor"), "vendor",
                 "expected text, got " + describe(value("vendor")));
        m.vendor = value("vendor").Scalar();
    }
    m.chipIdLabels = labelList("chip_id_labels", true);
    m.uuidLabels = labelList("uuid_labels", false);
    m.modelLabels = labelList("model_labels", false);
    m.hostLabels = labelList("host_labels", false);
    readUnits(m);
    m.metrics = readMetrics();
    const bool readsHealth =
        std::any_of(m.metrics.begin(), m.metrics.end(),
                    [](const MetricBinding &b) { return b.field == ChipField::Health; });
    // With no healthy code, every chip would read as a health fault.
    if (readsHealth && m.healthyCodes.empty())
        fail(lineOfKey("metrics"), "healthy_codes", "required when a metric maps to health");
    return m;
}

std::vector<std::string> MappingReader::labelList(const char *key, bool required) const
{
    std::vector<std::string> names;
    if (!m_keyLines.count(key)) {
        if (required)
            fail(m_line, key, "required");
        return names;
    }
    const YAML::Node list = value(key);
    if (!list.IsSequence())
        fail(lineOfValue(key), key, "expected a list of label names, got " + describe(list));
    size_t index = 0;
    for (const YAML::Node &name : list) {
        const std::string field = std::string(key) + "[" + std::to_string(index++) + "]";
        if (!name.IsScalar() || name.Scalar().empty())
            fail(lineOf(name, lineOfKey(key)), field,
                 "expected a label name, got " + describe(name));
        names.push_back(name.Scalar());
    }
    if (required && names.empty())
        fail(lineOfValue(key), key, "needs at least one label name");
    return names;
}

std::vector<int64_t> MappingReader::codeList(const char *key) const
{
    std::vector<int64_t> codes;
    if (!m_keyLines.count(key))
        return codes;
    const YAML::Node list = value(key);
    if (!list.IsSequence())
        fail(lineOfValue(key), key, "expected a list of integers, got " + describe(list));
    size_t index = 0;
    for (const YAML::Node &code : list) {
        const std::string field = std::string(key) + "[" + std::to_string(index++) + "]";
        int64_t number = 0;
        if (!code.IsScalar() || !parseInteger(code.Scalar(), number))
            fail(lineOf(code, lineOfKey(key)), field, "expected an integer, got " + describe(code));
        codes.push_back(number);
    }
    return codes;
}

void MappingReader::readUnits(ExporterMapping &m) const
{
    if (m_keyLines.count("memory_unit")) {
        const YAML::Node unit = value("memory_unit");
        std::string text = unit.IsScalar() ? unit.Scalar() : std::string();
        std::transform(text.begin(), text.end(), text.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        if (text == "mib")
            m.memoryUnit = ExporterMapping::MemoryUnit::MiB;
        else if (text == "bytes")
            m.memoryUnit = ExporterMapping::MemoryUnit::Bytes;
        else if (text == "auto")
            m.memoryUnit = ExporterMapping::MemoryUnit::Auto;
        else
            fail(lineOfValue("memory_unit"), "memory_unit",
                 "expected MiB, bytes or auto, got " + describe(unit));
    }
    m.healthyCodes = codeList("healthy_codes");
    m.unknownHealthCodes = codeList("unknown_health_codes");
    if (m_keyLines.count("throttle_mask")) {
        const YAML::Node mask = value("throttle_mask");
        if (!mask.IsScalar() || !parseInteger(mask.Scalar(), m.throttleMask))
            fail(lineOfValue("throttle_mask"), "throttle_mask",
                 "expected an integer such as 0xFC, got " + describe(mask));
    }
}

std::vector<MetricBinding> MappingReader::readMetrics() const
{
    if (!m_keyLines.count("metrics"))
        fail(m_line, "metrics", "required");
    const YAML::Node metrics = value("metrics");
    if (!metrics.IsMap())
        fail(lineOfValue("metrics"), "metrics",
             "expected a map of metric names to fields, got " + describe(metrics));
    if (metrics.size() == 0)
        fail(lineOfValue("metrics"), "metrics", "needs at least one metric");
    std::vector<MetricBinding> bindings;
    for (const auto &entry : metrics) {
        const std::string metric = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
        const size_t line = lineOf(entry.first, lineOfKey("metrics"));
        if (!validMetricName(metric))
            fail(line, "metrics", "expected a metric name, got " + describe(entry.first));
        if (std::any_of(bindings.begin(), bindings.end(),
                        [&](const MetricBinding &b) { return b.metric == metric; }))
            fail(line, "metrics." + metric, "given twice");
        bindings.push_back(readBinding(metric, entry.second, line));
    }
    return bindings;
}

// `utilization`, or `{field: power, scale: 0.001}`.
MetricBinding
MappingReader::readBinding(const std::string &metric, const YAML::Node &to, size_t line) const
{
    const std::string path = "metrics." + metric;
    MetricBinding binding;
    binding.metric = metric;
    YAML::Node key(to);
    if (to.IsMap()) {
        for (const auto &entry : to) {
            const std::string name = entry.first.Scalar();
            if (name != "field" && name != "scale")
                fail(lineOf(entry.first, line), path + "." + name, "unknown key (field or scale)");
        }
        if (!to["field"])
            fail(lineOf(to, line), path + ".field", "required");
        // reset(), not =: assigning to a yaml-cpp node rewrites the node it
        // refers to, here the document's own map.
        key.reset(to["field"]);
        if (const YAML::Node scale = to["scale"]; scale && !parseScale(scale, binding.scale))
            fail(lineOf(scale, line), path + ".scale",
                 "expected a number above 0, got " + describe(scale));
    }
    if (!key.IsScalar() || !chipFieldFromKey(key.Scalar(), binding.field))
        fail(lineOf(key, line), path,
             "unknown field " + describe(key) + " (known: " + fieldKeyList() + ")");
    return binding;
}

} // namespace

Result<std::vector<ExporterMapping>> parseMappingText(std::string_view text,
                                                      const std::string &nameForErrors)
{
    auto error = [&](size_t line, const std::string &what) {
        return Status::error(nameForErrors + ":" + std::to_string(line) + ": " + what);
    };
    try {
        const YAML::Node root = YAML::Load(std::string(text));
        std::vector<ExporterMapping> mappings;
        if (root.IsNull())
            return mappings;
        if (!root.IsSequence())
            return error(lineOf(root, 1),
                         "top level: expected a list of mappings, got " + describe(root));
        std::map<std::string, size_t> lines; // name → line, to refuse a name given twice
        size_t index = 0;
        for (const YAML::Node &node : root) {
            ExporterMapping mapping = MappingReader(nameForErrors, node, index++).read();
            const size_t line = lineOf(node["name"], 1);
            const auto [first, added] = lines.emplace(mapping.name, line);
            if (!added)
                return error(line, "name: '" + mapping.name + "' is already defined at line " +
                                       std::to_string(first->second));
            mappings.push_back(std::move(mapping));
        }
        return mappings;
    } catch (const MappingError &e) {
        return Status::error(e.message);
    } catch (const YAML::Exception &e) {
        return error(size_t(std::max(e.mark.line, 0)) + 1, e.msg);
    }
}

Result<std::vector<ExporterMapping>> loadMappingFile(const std::string &path)
{
    Result<std::string> text = readConfigFile(path);
    if (!text)
        return text.status();
    return parseMappingText(*text, path);
}

} // namespace scb
