#include "sources/scrape/exportermapping.h"

#include <algorithm>
#include <array>

namespace scb {

namespace {

// In ChipField's order: the mapping file's names of the fields.
constexpr std::array<std::string_view, kChipFieldCount> kFieldKeys{
    "utilization", "memory_used", "memory_free", "memory_reserved", "memory_total",
    "power",       "temperature", "xid_code",    "ecc_dbe_total",   "throttle_reasons",
    "health",      "power_limit"};
static_assert(static_cast<int>(ChipField::PowerLimit) == kChipFieldCount - 1,
              "a ChipField without a key");

} // namespace

std::string_view chipFieldKey(ChipField field)
{
    const auto index = static_cast<size_t>(field);
    return index < kFieldKeys.size() ? kFieldKeys[index] : std::string_view();
}

bool chipFieldFromKey(std::string_view key, ChipField &field)
{
    const auto it = std::find(kFieldKeys.begin(), kFieldKeys.end(), key);
    if (it == kFieldKeys.end())
        return false;
    field = static_cast<ChipField>(it - kFieldKeys.begin());
    return true;
}

const ExporterMapping &dcgmExporterMapping()
{
    // Units from NVIDIA/dcgm-exporter etc/default-counters.csv: GPU_UTIL in
    // %, FB_FREE and FB_USED in MiB, POWER_USAGE in W, GPU_TEMP in C,
    // XID_ERRORS "value of the last XID error encountered"; FB_RESERVED (MiB)
    // is in etc/dcp-metrics-included.csv. ECC_DBE_VOL_TOTAL (a counter),
    // CLOCK_THROTTLE_REASONS and POWER_MGMT_LIMIT (W) appear when an operator
    // enables them in the exporter's counters file. Newer DCGM releases name
    // the throttle field CLOCKS_EVENT_REASONS, as NVML renamed its reasons:
    // both names are read.
    static const ExporterMapping mapping = [] {
        ExporterMapping m;
        m.name = "dcgm";
        m.vendor = "NVIDIA";
        m.chipIdLabels = {"gpu"};
        m.uuidLabels = {"UUID"};
        m.modelLabels = {"modelName"};
        m.hostLabels = {"Hostname", "hostname"};
        m.memoryUnit = ExporterMapping::MemoryUnit::MiB;
        m.metrics = {
            {"DCGM_FI_DEV_GPU_UTIL", ChipField::Utilization, 1.0},
            {"DCGM_FI_DEV_FB_USED", ChipField::MemoryUsed, 1.0},
            {"DCGM_FI_DEV_FB_FREE", ChipField::MemoryFree, 1.0},
            {"DCGM_FI_DEV_FB_RESERVED", ChipField::MemoryReserved, 1.0},
            {"DCGM_FI_DEV_POWER_USAGE", ChipField::Power, 1.0},
            {"DCGM_FI_DEV_GPU_TEMP", ChipField::Temperature, 1.0},
            {"DCGM_FI_DEV_XID_ERRORS", ChipField::XidCode, 1.0},
            {"DCGM_FI_DEV_ECC_DBE_VOL_TOTAL", ChipField::EccDbeTotal, 1.0},
            {"DCGM_FI_DEV_CLOCK_THROTTLE_REASONS", ChipField::ThrottleReasons, 1.0},
            {"DCGM_FI_DEV_CLOCKS_EVENT_REASONS", ChipField::ThrottleReasons, 1.0},
            {"DCGM_FI_DEV_POWER_MGMT_LIMIT", ChipField::PowerLimit, 1.0},
        };
        // NVML's nvml.h, group nvmlClocksThrottleReasons (renamed
        // nvmlClocksEventReasons in later releases, same bit values): 0x4 SW
        // power cap, 0x8 HW slowdown, 0x10 sync boost, 0x20 SW thermal
        // slowdown, 0x40 HW thermal slowdown, 0x80 HW power brake slowdown
        // hold the clocks below what the load asks for. 0x1 GPU idle, 0x2
        // applications clocks setting and 0x100 display clock setting are the
        // chip resting or an operator's choice, not a slowdown.
        m.throttleMask = 0x4 | 0x8 | 0x10 | 0x20 | 0x40 | 0x80;
        return m;
    }();
    return mapping;
}

const ExporterMapping &npuExporterMapping()
{
    // Ascend/ascend-npu-exporter, collector/npu_collector.go: the chip's
    // label is "id" (other builds and the pages of some deployments write
    // "npuID"), its identity "vdie_id", its model "model_name". Its
    // getHealthCode() writes npu_chip_info_health_status 1 for a healthy chip
    // and 0 for an unhealthy one. -1 is the exporter's "could not read"
    // value (DefaultErrorValue), 4294967295 the same as an unsigned 32-bit
    // number: no data, not a fault. npu_chip_info_used_memory and
    // _total_memory are the chip's DDR (GetDeviceMemoryInfo), not its HBM:
    // left out. HBM is in MB in v5 and in bytes in some later builds: Auto
    // tells them apart.
    static const ExporterMapping mapping = [] {
        ExporterMapping m;
        m.name = "npu";
        m.vendor = "Huawei";
        m.chipIdLabels = {"id", "npuID"};
        m.uuidLabels = {"vdie_id", "uuid"};
        m.modelLabels = {"model_name", "modelName", "name"};
        // No host label: the scrape target names the host.
        m.memoryUnit = ExporterMapping::MemoryUnit::Auto;
        m.metrics = {
            {"npu_chip_info_utilization", ChipField::Utilization, 1.0},
            {"npu_chip_info_hbm_used_memory", ChipField::MemoryUsed, 1.0},
            {"npu_chip_info_hbm_total_memory", ChipField::MemoryTotal, 1.0},
            {"npu_chip_info_power", ChipField::Power, 1.0},
            {"npu_chip_info_temperature", ChipField::Temperature, 1.0},
            {"npu_chip_info_health_status", ChipField::Health, 1.0},
        };
        m.healthyCodes = {1};
        m.unknownHealthCodes = {-1, 4294967295};
        return m;
    }();
    return mapping;
}

MappingSet::MappingSet()
{
    m_mappings.push_back(dcgmExporterMapping());
    m_mappings.push_back(npuExporterMapping());
}

void MappingSet::add(ExporterMapping mapping)
{
    for (ExporterMapping &existing : m_mappings) {
        if (existing.name == mapping.name) {
            existing = std::move(mapping);
            return;
        }
    }
    m_mappings.push_back(std::move(mapping));
}

const ExporterMapping *MappingSet::find(std::string_view name) const
{
    for (const ExporterMapping &mapping : m_mappings)
        if (mapping.name == name)
            return &mapping;
    return nullptr;
}

std::vector<std::string> MappingSet::names() const
{
    std::vector<std::string> names;
    for (const ExporterMapping &mapping : m_mappings)
        names.push_back(mapping.name);
    return names;
}

} // namespace scb
