#include "sources/scrape/targetsfile.h"

#include "sources/scrape/yamlnodes.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

namespace scb {

namespace {

using yamlnodes::describe;
using yamlnodes::lineOf;

// Far above any real fleet's list (100 000 targets are a few MB of JSON),
// and yaml-cpp holds many times a file's size while it reads it.
constexpr off_t kMaxConfigBytes = off_t(64) << 20;

// Thrown by fail(): reading stops at the first problem, and a tree walk is
// shorter without a status checked after every step.
struct TargetsError
{
    std::string message;
};

bool isHostChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '-' || c == '_';
}

// What is wrong with `address` as host:port or [IPv6]:port; "" if nothing.
std::string addressProblem(std::string_view address)
{
    const std::string got = ", got '" + std::string(address) + "'";
    if (address.find("://") != std::string_view::npos)
        return "expected host:port (the scheme goes in label __scheme__)" + got;
    std::string_view host;
    std::string_view port;
    if (address.starts_with('[')) {
        const size_t close = address.find("]:");
        if (close == std::string_view::npos)
            return "expected [IPv6 address]:port" + got;
        host = address.substr(1, close - 1);
        port = address.substr(close + 2);
        if (host.find(':') == std::string_view::npos ||
            host.find_first_not_of("0123456789abcdefABCDEF:.") != std::string_view::npos)
            return "expected [IPv6 address]:port" + got;
    } else {
        const size_t colon = address.find(':');
        if (colon == std::string_view::npos ||
            address.find(':', colon + 1) != std::string_view::npos)
            return "expected host:port" + got;
        host = address.substr(0, colon);
        port = address.substr(colon + 1);
        if (host.empty() || !std::all_of(host.begin(), host.end(), isHostChar))
            return "expected host:port" + got;
    }
    int number = 0;
    const char *end = port.data() + port.size();
    const auto parsed = std::from_chars(port.data(), end, number);
    if (port.empty() || port.size() > 5 || parsed.ec != std::errc() || parsed.ptr != end ||
        number < 1 || number > 65535)
        return "expected a port in 1..65535" + got;
    return {};
}

// One file's groups, in order; remembers every target to refuse repeats.
class TargetsReader
{
public:
    explicit TargetsReader(const std::string &file)
        : m_file(file)
    {
    }

    void readGroup(const YAML::Node &group, size_t index);
    std::vector<ScrapeTarget> take() { return std::move(m_targets); }

private:
    [[noreturn]] void fail(size_t line, const std::string &field, const std::string &what) const
    {
        throw TargetsError{m_file + ":" + std::to_string(line) + ": " + field + ": " + what};
    }
    void readLabels(const YAML::Node &labels, size_t keyLine, ScrapeTarget &group) const;
    void readRequiredLabels(const YAML::Node &labels, size_t keyLine, ScrapeTarget &group) const;
    void readTargets(const YAML::Node &targets, size_t keyLine, const ScrapeTarget &group);

    const std::string &m_file;
    std::map<std::string, size_t> m_seen; // address + metrics path → its line
    std::vector<ScrapeTarget> m_targets;
};

void TargetsReader::readGroup(const YAML::Node &group, size_t index)
{
    const size_t groupLine = lineOf(group, 1);
    if (!group.IsMap())
        fail(groupLine, "[" + std::to_string(index) + "]",
             "expected a group {targets: [...], labels: {...}}, got " + describe(group));
    // Lines of the keys, 0 while absent; errors about a value point at its key.
    size_t targetsLine = 0;
    size_t labelsLine = 0;
    for (const auto &entry : group) {
        const std::string key = entry.first.Scalar();
        const size_t keyLine = lineOf(entry.first, groupLine);
        if (key != "targets" && key != "labels")
            fail(keyLine, key, "unknown key (a group has targets and labels)");
        size_t &line = key == "targets" ? targetsLine : labelsLine;
        if (line != 0)
            fail(keyLine, key, "given twice in one group");
        line = keyLine;
    }
    if (targetsLine == 0)
        fail(groupLine, "targets", "required");
    if (labelsLine == 0)
        fail(groupLine, "labels.center", "required");
    ScrapeTarget shared;
    shared.line = groupLine;
    readLabels(group["labels"], labelsLine, shared);
    readTargets(group["targets"], targetsLine, shared);
}

void TargetsReader::readLabels(const YAML::Node &labels, size_t keyLine, ScrapeTarget &group) const
{
    if (!labels.IsMap())
        fail(lineOf(labels, keyLine), "labels",
             "expected a map of label names to values, got " + describe(labels));
    for (const auto &entry : labels) {
        const std::string name = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
        const size_t nameLine = lineOf(entry.first, keyLine);
        if (name.empty())
            fail(nameLine, "labels", "expected a label name, got " + describe(entry.first));
        // Numbers and booleans are scalars too: kept as written ("rack: 3").
        if (!entry.second.IsScalar())
            fail(lineOf(entry.second, nameLine), "labels." + name,
                 "expected a text value, got " + describe(entry.second));
        if (!group.labels.emplace(name, entry.second.Scalar()).second)
            fail(nameLine, "labels." + name, "given twice");
    }
    readRequiredLabels(labels, keyLine, group);
}

void TargetsReader::readRequiredLabels(const YAML::Node &labels,
                                       size_t keyLine,
                                       ScrapeTarget &group) const
{
    auto value = [&](const char *name, std::string &out) {
        const auto it = group.labels.find(name);
        if (it == group.labels.end())
            return false;
        out = it->second;
        return true;
    };
    // A label's own line when it is there; the labels key's line when not.
    auto lineOfLabel = [&](const char *name) {
        return lineOf(labels[name], keyLine);
    };
    auto require = [&](const char *name, std::string &out) {
        if (!value(name, out))
            fail(keyLine, std::string("labels.") + name, "required");
        if (out.empty())
            fail(lineOfLabel(name), std::string("labels.") + name, "must not be empty");
    };
    require("center", group.center);
    require("exporter", group.exporter);
    value("rack", group.rack);
    if (value("__metrics_path__", group.metricsPath) &&
        (!group.metricsPath.starts_with('/') ||
         std::any_of(group.metricsPath.begin(), group.metricsPath.end(),
                     [](unsigned char c) { return c <= ' ' || c == 0x7F; })))
        fail(lineOfLabel("__metrics_path__"), "labels.__metrics_path__",
             "expected a path starting with '/', got '" + group.metricsPath + "'");
    if (value("__scheme__", group.scheme) && group.scheme != "http" && group.scheme != "https")
        fail(lineOfLabel("__scheme__"), "labels.__scheme__",
             "expected http or https, got '" + group.scheme + "'");
}

void TargetsReader::readTargets(const YAML::Node &targets,
                                size_t keyLine,
                                const ScrapeTarget &group)
{
    if (!targets.IsSequence())
        fail(lineOf(targets, keyLine), "targets",
             "expected a list of host:port, got " + describe(targets));
    if (targets.size() == 0)
        fail(lineOf(targets, keyLine), "targets", "empty: a group needs at least one host:port");
    size_t index = 0;
    for (const YAML::Node &target : targets) {
        const std::string field = "targets[" + std::to_string(index++) + "]";
        const size_t line = lineOf(target, keyLine);
        if (!target.IsScalar())
            fail(line, field, "expected host:port, got " + describe(target));
        ScrapeTarget scraped = group;
        scraped.address = target.Scalar();
        if (std::string problem = addressProblem(scraped.address); !problem.empty())
            fail(line, field, problem);
        // The scheme is left out: http and https to one address and path
        // would still be the same exporter scraped twice.
        const auto [seen, added] = m_seen.emplace(scraped.address + scraped.metricsPath, line);
        if (!added)
            fail(line, field,
                 "'" + scraped.address + scraped.metricsPath + "' is already listed at line " +
                     std::to_string(seen->second));
        m_targets.push_back(std::move(scraped));
    }
}

} // namespace

Result<std::vector<ScrapeTarget>> parseTargetsText(std::string_view text,
                                                   const std::string &nameForErrors)
{
    try {
        const YAML::Node root = YAML::Load(std::string(text));
        if (root.IsNull())
            return std::vector<ScrapeTarget>(); // nothing to scrape yet
        if (!root.IsSequence())
            return Status::error(nameForErrors + ":" + std::to_string(lineOf(root, 1)) +
                                 ": top level: expected a list of target groups, got " +
                                 describe(root));
        TargetsReader reader(nameForErrors);
        size_t index = 0;
        for (const YAML::Node &group : root)
            reader.readGroup(group, index++);
        return reader.take();
    } catch (const TargetsError &e) {
        return Status::error(e.message);
    } catch (const YAML::Exception &e) {
        return Status::error(nameForErrors + ":" + std::to_string(std::max(e.mark.line, 0) + 1) +
                             ": " + e.msg);
    }
}

Result<std::vector<ScrapeTarget>> loadTargetsFile(const std::string &path)
{
    Result<std::string> text = readConfigFile(path);
    if (!text)
        return text.status();
    return parseTargetsText(*text, path);
}

Result<std::string> readConfigFile(const std::string &path)
{
    auto cannotRead = [&](int error) {
        return Status::error(path + ": cannot read: " + std::strerror(error));
    };
    struct stat info
    {
    };
    if (::stat(path.c_str(), &info) != 0)
        return cannotRead(errno);
    if (S_ISDIR(info.st_mode))
        return cannotRead(EISDIR);
    // A FIFO or a device could block or never end.
    if (!S_ISREG(info.st_mode))
        return Status::error(path + ": cannot read: not a regular file");
    const auto tooLarge = [&] {
        return Status::error(path + ": " + std::to_string(info.st_size) +
                             " bytes; a targets or mapping file may have at most 64 MiB");
    };
    if (info.st_size > kMaxConfigBytes)
        return tooLarge();
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return cannotRead(errno);
    std::string text(size_t(info.st_size), '\0');
    in.read(text.data(), std::streamsize(text.size()));
    text.resize(size_t(in.gcount()));
    // It may have grown since stat(): what is there now, still within the limit.
    char more[4096];
    while (in.read(more, sizeof more) || in.gcount() > 0) {
        text.append(more, size_t(in.gcount()));
        if (off_t(text.size()) > kMaxConfigBytes)
            return tooLarge();
    }
    if (in.bad())
        return cannotRead(errno);
    return text;
}

} // namespace scb
