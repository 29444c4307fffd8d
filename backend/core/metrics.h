#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace scb {

// The per-chip metrics of a fleet tick, quantized to integers. The order is
// the column order everywhere: ticks, the store, the codecs.
enum class Metric : uint8_t {
    Utilization = 0, // percent, 0..100
    MemoryUsed = 1,  // MiB
    Power = 2,       // W
    Temperature = 3, // °C
    State = 4,       // ChipState bits
};
inline constexpr int kMetricCount = 5;
inline constexpr std::array<Metric, kMetricCount> kAllMetrics{
    Metric::Utilization, Metric::MemoryUsed, Metric::Power, Metric::Temperature, Metric::State};

// A value the server did not send or that failed validation.
inline constexpr int32_t kNoData = -1;

// Bits of Metric::State; equal to scb.v1.ChipStateBit.
namespace ChipState {
inline constexpr int32_t Online = 1;
inline constexpr int32_t Throttled = 2;
inline constexpr int32_t EccError = 4;
inline constexpr int32_t XidEvent = 8;
inline constexpr int32_t HealthFault = 16;
inline constexpr int32_t Maintenance = 32;
inline constexpr int32_t AllBits = 63;
inline constexpr int32_t FaultBits = EccError | XidEvent | HealthFault;
} // namespace ChipState

// Plausibility limits: a value outside [min, max] is rejected as absurd.
struct MetricLimits
{
    int32_t min;
    int32_t max;
};
constexpr MetricLimits metricLimits(Metric m)
{
    switch (m) {
    case Metric::Utilization:
        return {0, 100};
    case Metric::MemoryUsed:
        return {0, 4 * 1024 * 1024}; // 4 TiB of device memory
    case Metric::Power:
        return {0, 5000};
    case Metric::Temperature:
        return {0, 150};
    case Metric::State:
        return {0, ChipState::AllBits};
    }
    return {0, 0};
}

constexpr std::string_view metricKey(Metric m)
{
    switch (m) {
    case Metric::Utilization:
        return "utilization_pct";
    case Metric::MemoryUsed:
        return "memory_used_mib";
    case Metric::Power:
        return "power_watts";
    case Metric::Temperature:
        return "temperature_c";
    case Metric::State:
        return "state";
    }
    return {};
}

} // namespace scb
