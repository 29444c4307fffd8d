#include "sources/scrape/pagereader.h"

#include <algorithm>
#include <cmath>

namespace scb {

MappingIndex::MappingIndex(const ExporterMapping &mapping)
    : m_mapping(mapping)
{
    for (const MetricBinding &binding : mapping.metrics)
        m_byLength.push_back(&binding);
    std::sort(m_byLength.begin(), m_byLength.end(), [](const auto *a, const auto *b) {
        return a->metric.size() != b->metric.size() ? a->metric.size() < b->metric.size()
                                                    : a->metric < b->metric;
    });
}

const MetricBinding *MappingIndex::find(std::string_view metric) const
{
    // A dozen names: a binary search on (size, name) touches three or four,
    // and most pages' unmapped metrics already differ in length.
    auto it = std::lower_bound(m_byLength.begin(), m_byLength.end(), metric,
                               [](const MetricBinding *b, std::string_view m) {
                                   return b->metric.size() != m.size() ? b->metric.size() < m.size()
                                                                       : b->metric < m;
                               });
    return it != m_byLength.end() && (*it)->metric == metric ? *it : nullptr;
}

PageReader::PageReader(const MappingIndex &index)
    : m_index(index)
{
}

void PageReader::attach(ExpositionParser &parser) const
{
    const MappingIndex *index = &m_index;
    parser.setMetricFilter(
        [index](std::string_view metric) { return index->find(metric) != nullptr; });
}

std::string_view PageReader::firstLabel(const ExpositionSample &sample,
                                        const std::vector<std::string> &names) const
{
    for (const std::string &name : names)
        if (sample.hasLabel(name))
            return sample.label(name);
    return {};
}

ChipReading &PageReader::chipFor(std::string_view id)
{
    // Pages list a host's chips metric by metric, so the chip of the
    // previous sample is rarely the one wanted: a short scan, 8 chips a host.
    for (ChipReading &chip : m_chips)
        if (chip.id == id)
            return chip;
    ChipReading &chip = m_chips.emplace_back();
    chip.id = std::string(id);
    return chip;
}

void PageReader::onSample(const ExpositionSample &sample)
{
    const MetricBinding *binding = m_index.find(sample.metric);
    if (!binding)
        return;
    const ExporterMapping &mapping = m_index.mapping();
    const std::string_view id = firstLabel(sample, mapping.chipIdLabels);
    if (id.empty()) {
        ++m_withoutId;
        return;
    }
    ChipReading &chip = chipFor(id);
    if (chip.uuidText.empty())
        chip.uuidText = std::string(firstLabel(sample, mapping.uuidLabels));
    if (chip.model.empty())
        chip.model = std::string(firstLabel(sample, mapping.modelLabels));
    if (chip.host.empty())
        chip.host = std::string(firstLabel(sample, mapping.hostLabels));
    // NaN stays NaN: "no data", decided when the value is quantized.
    chip.fields[static_cast<size_t>(binding->field)] = sample.value * binding->scale;
}

} // namespace scb
