#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace scb {

// Writes the Prometheus text exposition format 0.0.4: one family at a time
// (# HELP, # TYPE, then its samples), label values escaped (\\ \" \n),
// numbers in the shortest form that reads back exactly (NaN, +Inf, -Inf).
// What scb-telemetryd's /metrics serves and what the tests' fake exporters
// serve.
class ExpositionWriter
{
public:
    using Labels = std::initializer_list<std::pair<std::string_view, std::string_view>>;

    // type: "gauge", "counter", "untyped"
    void family(std::string_view name, std::string_view help, std::string_view type);
    // A # HELP line with no # TYPE (the format allows it; npu-exporter does it).
    void helpOnly(std::string_view name, std::string_view help);
    void sample(std::string_view name, Labels labels, double value);
    void sample(std::string_view name, Labels labels, double value, int64_t timestampMs);
    // A label set given as text already escaped and joined (`a="1",b="2"`),
    // for writers that repeat one set for many metrics.
    void sampleRaw(std::string_view name, std::string_view joinedLabels, double value);

    static std::string escapeLabelValue(std::string_view value);
    static void appendNumber(std::string &out, double value);

    const std::string &text() const { return m_text; }
    std::string take() { return std::move(m_text); }
    void reserve(size_t bytes) { m_text.reserve(bytes); }

private:
    std::string m_text;
};

} // namespace scb
