#pragma once

#include "core/status.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace scb {

// What one exporter metric means for a chip, before quantization.
enum class ChipField : uint8_t {
    Utilization,     // percent
    MemoryUsed,      // in the mapping's memory unit
    MemoryFree,      // in the mapping's memory unit (total = used + free [+ reserved])
    MemoryReserved,  // in the mapping's memory unit
    MemoryTotal,     // in the mapping's memory unit
    Power,           // W (fractions allowed)
    Temperature,     // °C
    XidCode,         // the last XID error number (DCGM_FI_DEV_XID_ERRORS)
    EccDbeTotal,     // uncorrectable ECC errors, a counter (DCGM_FI_DEV_ECC_DBE_VOL_TOTAL)
    ThrottleReasons, // clock throttle / clock event reason bits (DCGM)
    Health,          // a health code; see ExporterMapping::healthyCodes
    PowerLimit,      // W: the model's power limit, when the exporter shows one
};
inline constexpr int kChipFieldCount = 12;

std::string_view chipFieldKey(ChipField field); // "utilization", "memory_used", …
bool chipFieldFromKey(std::string_view key, ChipField &field);

struct MetricBinding
{
    std::string metric; // exposition metric name, e.g. "DCGM_FI_DEV_GPU_UTIL"
    ChipField field = ChipField::Utilization;
    double scale = 1.0; // multiplied into the value before the field's unit applies
};

// How an exporter's page maps onto chips: which labels identify a chip,
// which metrics carry which field, in which units. Built in for
// dcgm-exporter and npu-exporter; a user mapping file adds others.
struct ExporterMapping
{
    enum class MemoryUnit : uint8_t {
        MiB,
        Bytes,
        // MiB, unless the chip's total (or used) memory is too large to be
        // MiB of one device (over 4 TiB): then bytes. npu-exporter reports
        // HBM in MB in v5 and in bytes in some later builds.
        Auto,
    };

    std::string name;   // the targets file's `exporter` label: "dcgm", "npu", …
    std::string vendor; // "NVIDIA", "Huawei"
    // Label names, each list tried in order; the first label present wins.
    std::vector<std::string> chipIdLabels; // the chip's index on its host ("gpu"; "id", "npuID")
    std::vector<std::string> uuidLabels;   // a stable chip identity ("UUID"; "vdie_id", "uuid")
    std::vector<std::string> modelLabels;  // "modelName"; "model_name", "modelName"
    std::vector<std::string> hostLabels;   // "Hostname", "hostname"
    std::vector<MetricBinding> metrics;
    MemoryUnit memoryUnit = MemoryUnit::MiB;
    // Health codes (ChipField::Health): a value in healthyCodes is healthy,
    // one in unknownHealthCodes is "no data", any other is a health fault.
    std::vector<int64_t> healthyCodes;
    std::vector<int64_t> unknownHealthCodes;
    // ThrottleReasons bits that mean "throttled" (not idle, not a clock
    // setting): DCGM's SW power cap, HW slowdown, SW/HW thermal, power brake.
    uint64_t throttleMask = 0;
};

// dcgm-exporter's default counters (NVIDIA/dcgm-exporter etc/default-counters.csv).
const ExporterMapping &dcgmExporterMapping();
// Huawei Ascend npu-exporter, v5 and v6 label names.
const ExporterMapping &npuExporterMapping();

// The built-in mappings plus those of a user's mapping file, by name.
class MappingSet
{
public:
    MappingSet(); // dcgm and npu
    // Adds or replaces (a user mapping may redefine "dcgm").
    void add(ExporterMapping mapping);
    const ExporterMapping *find(std::string_view name) const;
    std::vector<std::string> names() const;

private:
    std::vector<ExporterMapping> m_mappings;
};

// Reads a mapping file (YAML or JSON, one list of mappings):
//
//   - name: rocm                        # the targets file's exporter label
//     vendor: AMD
//     chip_id_labels: [gpu_id]
//     uuid_labels: [serial_number]      # optional
//     model_labels: [card_model]        # optional
//     host_labels: [hostname]           # optional
//     memory_unit: bytes                # MiB (default), bytes or auto
//     healthy_codes: [1]                # optional, with unknown_health_codes
//     throttle_mask: 0xEC               # optional
//     metrics:
//       gpu_gfx_activity: utilization
//       gpu_power_usage: {field: power, scale: 0.000001}
//
// Errors name the file, the line and the field:
// "mapping.yaml:7: metrics.gpu_power_usage: unknown field 'watts'".
Result<std::vector<ExporterMapping>> loadMappingFile(const std::string &path);
Result<std::vector<ExporterMapping>> parseMappingText(std::string_view text,
                                                      const std::string &nameForErrors);

} // namespace scb
