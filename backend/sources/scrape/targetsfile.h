#pragma once

#include "core/status.h"

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace scb {

// One exporter to scrape, from a file_sd_configs group.
struct ScrapeTarget
{
    std::string address;                  // "10.1.0.7:9400" (host:port, [v6]:port)
    std::string center;                   // label center (required)
    std::string exporter;                 // label exporter: "dcgm", "npu" or a user mapping's name
    std::string rack;                     // label rack, optional
    std::string metricsPath = "/metrics"; // label __metrics_path__
    std::string scheme = "http";          // label __scheme__: http or https
    std::map<std::string, std::string> labels; // every label of the group, as written
    size_t line = 0;                           // where the group starts in the file, for messages

    std::string url() const { return scheme + "://" + address + metricsPath; }
};

// Reads a targets file in Prometheus' file_sd_configs form, JSON or YAML:
//
//   [ { "targets": ["10.1.0.7:9400", "10.1.0.8:9400"],
//       "labels": { "center": "Gui'an Huawei Cloud", "exporter": "dcgm",
//                   "rack": "A03", "__metrics_path__": "/metrics" } } ]
//
// Checks every group and target: a non-empty list, targets as host:port
// with a port in 1..65535, `center` and `exporter` present and not empty,
// `__metrics_path__` starting with '/', `__scheme__` http or https, no
// target twice. Errors name the file, the line and the field:
// "targets.json:4: labels.center: required". A file of no groups is valid
// (a server with nothing to scrape yet).
Result<std::vector<ScrapeTarget>> loadTargetsFile(const std::string &path);
Result<std::vector<ScrapeTarget>> parseTargetsText(std::string_view text,
                                                   const std::string &nameForErrors);

// The text of a targets or mapping file. A file over 64 MiB, or one that is
// not a regular file, is refused without reading it; errors read
// "targets.json: cannot read: No such file or directory".
Result<std::string> readConfigFile(const std::string &path);

} // namespace scb
