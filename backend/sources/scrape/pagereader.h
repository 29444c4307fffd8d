#pragma once

#include "sources/scrape/exportermapping.h"
#include "sources/scrape/exposition.h"

#include <array>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace scb {

// What one page said about one chip, in the exporter's units (the mapping's
// scale applied). NaN: the page had no (valid) value for that field.
struct ChipReading
{
    std::string id;       // the chip id label's value ("0", "7")
    std::string uuidText; // the uuid label's value, when the page has one
    std::string model;
    std::string host;
    std::array<double, kChipFieldCount> fields;

    ChipReading() { fields.fill(std::numeric_limits<double>::quiet_NaN()); }
    double field(ChipField f) const { return fields[static_cast<size_t>(f)]; }
};

// A mapping turned into lookups for one page after another: which metric
// names are wanted (the parser's filter), and which field each one fills.
class MappingIndex
{
public:
    explicit MappingIndex(const ExporterMapping &mapping);
    const ExporterMapping &mapping() const { return m_mapping; }
    // The binding for a metric, or null when the mapping does not use it.
    const MetricBinding *find(std::string_view metric) const;

private:
    const ExporterMapping &m_mapping;
    std::vector<const MetricBinding *> m_byLength; // sorted by (size, name)
};

// Collects a page's samples into one ChipReading per chip id. A sample
// without any of the mapping's chip id labels is counted, not guessed.
class PageReader
{
public:
    explicit PageReader(const MappingIndex &index);

    void onSample(const ExpositionSample &sample);
    std::vector<ChipReading> take() { return std::move(m_chips); }
    uint64_t samplesWithoutChipId() const { return m_withoutId; }
    // Installs the index's filter on a parser, so unmapped lines are skipped.
    void attach(ExpositionParser &parser) const;

private:
    ChipReading &chipFor(std::string_view id);
    std::string_view firstLabel(const ExpositionSample &sample,
                                const std::vector<std::string> &names) const;

    const MappingIndex &m_index;
    std::vector<ChipReading> m_chips;
    uint64_t m_withoutId = 0;
};

} // namespace scb
