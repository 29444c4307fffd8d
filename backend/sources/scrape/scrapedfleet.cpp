#include "sources/scrape/scrapedfleet.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <unordered_set>

namespace scb {

namespace {

constexpr size_t kMaxName = 255;   // of names taken from pages and files
constexpr size_t kMaxModels = 255; // the inventory allows 256; the last is "other"
constexpr double kMiBPerByte = 1.0 / (1024.0 * 1024.0);
constexpr int64_t kXidStateMs = 60'000; // CHIP_STATE_XID_EVENT: "in the last minute"

std::string clip(std::string_view text)
{
    return std::string(text.substr(0, kMaxName));
}

uint64_t fnv1a(std::string_view text, uint64_t hash = 0xcbf29ce484222325ull)
{
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001b3ull;
    }
    return hash;
}

uint64_t mix(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// The host of "host:port", "[v6]:port".
std::string hostOf(const std::string &address)
{
    if (address.starts_with('[')) {
        const size_t close = address.find(']');
        return address.substr(1, close == std::string::npos ? std::string::npos : close - 1);
    }
    return address.substr(0, address.rfind(':'));
}

// Numeric chip ids sort as numbers ("2" before "10"), others after them as text.
bool idLess(const std::string &a, const std::string &b)
{
    uint64_t na = 0;
    uint64_t nb = 0;
    const bool aNum = std::from_chars(a.data(), a.data() + a.size(), na).ptr == a.data() + a.size();
    const bool bNum = std::from_chars(b.data(), b.data() + b.size(), nb).ptr == b.data() + b.size();
    if (aNum != bNum)
        return aNum;
    return aNum ? na < nb : a < b;
}

bool parseHexUuid(std::string_view text, Uuid &out)
{
    for (std::string_view prefix : {"GPU-", "MIG-", "NPU-"})
        if (text.starts_with(prefix))
            text.remove_prefix(prefix.size());
    int digits = 0;
    for (char c : text) {
        if (c == '-')
            continue;
        int v = 0;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        else
            return false;
        if (digits == 32)
            return false;
        out[size_t(digits / 2)] = uint8_t(digits % 2 ? (out[size_t(digits / 2)] | v) : v << 4);
        ++digits;
    }
    return digits == 32;
}

// A rack label as a number: "12" is 12; other spellings ("A03") are numbered
// in the order the center's targets name them, from 1.
uint32_t rackNumber(const std::string &rack, std::vector<std::string> &seen)
{
    if (rack.empty())
        return 0;
    uint32_t n = 0;
    const auto [end, ec] = std::from_chars(rack.data(), rack.data() + rack.size(), n);
    if (ec == std::errc() && end == rack.data() + rack.size())
        return n;
    auto it = std::find(seen.begin(), seen.end(), rack);
    if (it == seen.end())
        it = seen.insert(seen.end(), rack);
    return uint32_t(it - seen.begin()) + 1;
}

double memoryMiB(double value, const ExporterMapping &mapping, double total)
{
    if (!std::isfinite(value))
        return value;
    switch (mapping.memoryUnit) {
    case ExporterMapping::MemoryUnit::MiB:
        return value;
    case ExporterMapping::MemoryUnit::Bytes:
        return value * kMiBPerByte;
    case ExporterMapping::MemoryUnit::Auto:
        break;
    }
    // No device has 4 TiB; a figure beyond that many MiB is bytes.
    const double probe = std::isfinite(total) ? total : value;
    return probe > double(metricLimits(Metric::MemoryUsed).max) ? value * kMiBPerByte : value;
}

int32_t quantize(double value, Metric metric, ValueCounters &counters)
{
    if (std::isnan(value)) {
        ++counters.missing;
        return kNoData;
    }
    const MetricLimits limits = metricLimits(metric);
    if (!std::isfinite(value) || value < limits.min - 0.5 || value > limits.max + 0.5) {
        ++counters.invalid;
        return kNoData;
    }
    return int32_t(std::clamp<long long>(std::llround(value), limits.min, limits.max));
}

bool contains(const std::vector<int64_t> &codes, int64_t code)
{
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

} // namespace

Uuid ScrapedFleet::chipUuid(const std::string &uuidText,
                            const std::string &targetUrl,
                            const std::string &chipId)
{
    Uuid uuid{};
    if (parseHexUuid(uuidText, uuid))
        return uuid;
    const std::string key = uuidText.empty() ? targetUrl + "#" + chipId : "uuid:" + uuidText;
    const uint64_t high = mix(fnv1a(key));
    const uint64_t low = mix(fnv1a(key, high) ^ 0x9e3779b97f4a7c15ull);
    for (int b = 0; b < 8; ++b) {
        uuid[size_t(b)] = uint8_t(high >> (56 - 8 * b));
        uuid[size_t(8 + b)] = uint8_t(low >> (56 - 8 * b));
    }
    uuid[6] = uint8_t((uuid[6] & 0x0f) | 0x80); // version 8: custom (RFC 9562)
    uuid[8] = uint8_t((uuid[8] & 0x3f) | 0x80); // RFC variant
    return uuid;
}

void ScrapedFleet::setTargets(const std::vector<ScrapeTarget> &targets, const MappingSet &mappings)
{
    std::vector<ScrapedTarget> next;
    next.reserve(targets.size());
    for (const ScrapeTarget &target : targets) {
        ScrapedTarget scraped;
        auto old = std::find_if(m_targets.begin(), m_targets.end(), [&](const ScrapedTarget &t) {
            return t.target.url() == target.url();
        });
        if (old != m_targets.end())
            scraped = std::move(*old);
        else
            scraped.node = clip(hostOf(target.address));
        scraped.target = target;
        scraped.mapping = mappings.find(target.exporter);
        next.push_back(std::move(scraped));
    }
    m_targets = std::move(next);
    m_layoutChanged = true;
}

uint32_t ScrapedFleet::modelOf(const ScrapedTarget &target, const ChipReading &chip)
{
    const ExporterMapping &mapping = *target.mapping;
    const std::string name =
        chip.model.empty() ? "unknown " + mapping.name + " chip" : clip(chip.model);
    auto it = std::find_if(m_models.begin(), m_models.end(), [&](const ChipModel &m) {
        return m.name == name && m.vendor == mapping.vendor;
    });
    if (it == m_models.end()) {
        if (m_models.size() >= kMaxModels)
            return uint32_t(kMaxModels - 1);
        it = m_models.insert(m_models.end(), ChipModel{name, clip(mapping.vendor), 0, 0});
    }
    // A model's memory and power limit are learned once, from the first
    // chip that shows them: the inventory must not change with every page.
    if (it->memoryMiB == 0) {
        const double used = chip.field(ChipField::MemoryUsed);
        const double free = chip.field(ChipField::MemoryFree);
        const double reserved = chip.field(ChipField::MemoryReserved);
        double total = chip.field(ChipField::MemoryTotal);
        if (!std::isfinite(total) && std::isfinite(used) && std::isfinite(free))
            total = used + free + (std::isfinite(reserved) ? reserved : 0);
        const double mib = memoryMiB(total, mapping, total);
        if (std::isfinite(mib) && mib >= 1 && mib <= metricLimits(Metric::MemoryUsed).max) {
            it->memoryMiB = uint32_t(std::llround(mib));
            m_layoutChanged = true;
        }
    }
    const double limit = chip.field(ChipField::PowerLimit);
    if (it->tdpWatts == 0 && std::isfinite(limit) && limit >= 1 &&
        limit <= metricLimits(Metric::Power).max) {
        it->tdpWatts = uint32_t(std::llround(limit));
        m_layoutChanged = true;
    }
    return uint32_t(it - m_models.begin());
}

bool ScrapedFleet::learnChips(ScrapedTarget &target, const std::vector<ChipReading> &chips)
{
    bool changed = false;
    for (ScrapedChip &chip : target.chips)
        chip.onPage = false;
    for (const ChipReading &reading : chips) {
        if (!reading.host.empty() && target.node != clip(reading.host)) {
            target.node = clip(reading.host);
            changed = true;
        }
        const Uuid uuid = chipUuid(reading.uuidText, target.target.url(), reading.id);
        const uint32_t model = modelOf(target, reading);
        auto it = std::find_if(target.chips.begin(), target.chips.end(),
                               [&](const ScrapedChip &c) { return c.id == reading.id; });
        if (it == target.chips.end()) {
            ScrapedChip chip;
            chip.id = clip(reading.id);
            it = target.chips.insert(target.chips.end(), chip);
            changed = true;
        }
        if (it->pageUuid != uuid || it->model != model) {
            // A chip replaced in its slot is a new chip: its history is not the old one's.
            const std::string id = it->id;
            *it = ScrapedChip{};
            it->id = id;
            it->pageUuid = it->uuid = uuid;
            it->model = model;
            changed = true;
        }
        it->onPage = true;
    }
    if (changed)
        std::sort(target.chips.begin(), target.chips.end(),
                  [](const ScrapedChip &a, const ScrapedChip &b) { return idLess(a.id, b.id); });
    return changed;
}

void ScrapedFleet::rebuildInventory(ValueCounters &counters)
{
    auto inventory = std::make_shared<Inventory>();
    m_chipAt.clear();
    std::vector<std::string> centers;
    for (const ScrapedTarget &t : m_targets)
        if (std::find(centers.begin(), centers.end(), t.target.center) == centers.end())
            centers.push_back(t.target.center);
    std::unordered_set<std::string_view> uuids;
    for (uint32_t c = 0; c < centers.size() && c < kMaxCenters; ++c) {
        Center center{clip(centers[c]), {}};
        std::vector<std::string> racks;
        for (uint32_t ti = 0; ti < m_targets.size(); ++ti) {
            ScrapedTarget &t = m_targets[ti];
            if (t.target.center != centers[c])
                continue;
            if (center.location.empty() && t.target.labels.count("location"))
                center.location = clip(t.target.labels.at("location"));
            const uint32_t rack = rackNumber(t.target.rack, racks);
            // One node a model: a host of two chip models is two nodes.
            std::vector<uint32_t> models;
            for (const ScrapedChip &chip : t.chips)
                if (std::find(models.begin(), models.end(), chip.model) == models.end())
                    models.push_back(chip.model);
            for (uint32_t model : models) {
                Node node{t.node, c, rack, inventory->chipCount(), 0, model};
                if (models.size() > 1)
                    node.name = clip(t.node + " (" + m_models[model].name + ")");
                for (uint32_t ci = 0; ci < t.chips.size(); ++ci) {
                    ScrapedChip &chip = t.chips[ci];
                    if (chip.model != model || inventory->chipCount() >= kMaxChips)
                        continue;
                    chip.uuid = chip.pageUuid;
                    const std::string_view key(reinterpret_cast<const char *>(chip.uuid.data()),
                                               16);
                    if (uuids.count(key)) {
                        // Two pages claim one chip (a host listed twice under two
                        // names?): the second gets an identity of its own.
                        ++counters.duplicateUuids;
                        chip.uuid = chipUuid({}, t.target.url() + "#duplicate", chip.id);
                    }
                    uuids.insert({reinterpret_cast<const char *>(chip.uuid.data()), 16});
                    inventory->chipUuids.push_back(chip.uuid);
                    m_chipAt.emplace_back(ti, ci);
                    ++node.chipCount;
                }
                if (node.chipCount > 0)
                    inventory->nodes.push_back(std::move(node));
            }
        }
        inventory->centers.push_back(std::move(center));
    }
    if (inventory->chipUuids.empty()) {
        m_inventory = nullptr;
        return;
    }
    inventory->models = m_models;
    inventory->source = describe();
    if (m_inventory) {
        inventory->version = m_inventory->version;
        if (*inventory == *m_inventory)
            return;
    }
    uint64_t hash = fnv1a(inventory->source);
    for (const Center &c : inventory->centers)
        hash = fnv1a(c.location, fnv1a(c.name, hash));
    for (const ChipModel &m : inventory->models)
        hash =
            mix(fnv1a(m.vendor, fnv1a(m.name, hash)) ^ (uint64_t(m.memoryMiB) << 20 ^ m.tdpWatts));
    for (const Node &n : inventory->nodes)
        hash = mix(fnv1a(n.name, hash) ^ (uint64_t(n.center) << 48 ^ uint64_t(n.rack) << 32 ^
                                          uint64_t(n.model) << 24 ^ n.chipCount));
    for (const Uuid &u : inventory->chipUuids)
        hash = fnv1a({reinterpret_cast<const char *>(u.data()), u.size()}, hash);
    inventory->version = (mix(hash) >> 1) | 1; // non-zero, and positive as a signed 64-bit column
    m_inventory = std::move(inventory);
}

std::string ScrapedFleet::describe() const
{
    return "scrape: " + std::to_string(m_targets.size()) +
           (m_targets.size() == 1 ? " target" : " targets");
}

void ScrapedFleet::apply(std::vector<PageResult> &pages,
                         int64_t unixMs,
                         FleetTick &out,
                         ValueCounters &counters)
{
    for (size_t i = 0; i < m_targets.size() && i < pages.size(); ++i) {
        m_targets[i].up = pages[i].ok;
        if (pages[i].ok && learnChips(m_targets[i], pages[i].chips))
            m_layoutChanged = true;
    }
    if (m_layoutChanged) {
        m_layoutChanged = false;
        rebuildInventory(counters);
    }
    out = FleetTick{};
    out.unixMs = unixMs;
    if (!m_inventory)
        return;
    out.inventoryVersion = m_inventory->version;
    out.resize(m_inventory->chipCount());
    for (uint32_t index = 0; index < m_chipAt.size(); ++index) {
        const auto [ti, ci] = m_chipAt[index];
        ScrapedTarget &target = m_targets[ti];
        ScrapedChip &chip = target.chips[ci];
        const ChipReading *reading = nullptr;
        if (ti < pages.size() && pages[ti].ok && chip.onPage)
            for (const ChipReading &r : pages[ti].chips)
                if (r.id == chip.id) {
                    reading = &r;
                    break;
                }
        writeChip(target, chip, reading, index, unixMs, out, counters);
    }
}

void ScrapedFleet::writeChip(const ScrapedTarget &target,
                             ScrapedChip &chip,
                             const ChipReading *reading,
                             uint32_t index,
                             int64_t unixMs,
                             FleetTick &out,
                             ValueCounters &counters)
{
    if (!reading) {
        // Offline: state 0 and no data, as the simulator's offline nodes.
        out.column(Metric::State)[index] = 0;
        if (chip.online)
            out.events.push_back({index, EventKind::Offline, 0});
        chip.online = false;
        return;
    }
    const ExporterMapping &mapping = *target.mapping;
    if (!chip.online && chip.everOnline)
        out.events.push_back({index, EventKind::Online, 0});
    chip.online = chip.everOnline = true;

    const double total = reading->field(ChipField::MemoryTotal);
    out.column(Metric::Utilization)[index] =
        quantize(reading->field(ChipField::Utilization), Metric::Utilization, counters);
    out.column(Metric::MemoryUsed)[index] =
        quantize(memoryMiB(reading->field(ChipField::MemoryUsed), mapping, total),
                 Metric::MemoryUsed, counters);
    out.column(Metric::Power)[index] =
        quantize(reading->field(ChipField::Power), Metric::Power, counters);
    out.column(Metric::Temperature)[index] =
        quantize(reading->field(ChipField::Temperature), Metric::Temperature, counters);

    int32_t state = ChipState::Online;
    const double reasons = reading->field(ChipField::ThrottleReasons);
    const uint64_t throttleBits = std::isfinite(reasons) && reasons >= 0 && reasons < 1.8e19
                                      ? uint64_t(reasons) & mapping.throttleMask
                                      : 0;
    if (throttleBits) {
        state |= ChipState::Throttled;
        if (!chip.throttled)
            out.events.push_back({index, EventKind::Throttle, uint32_t(throttleBits)});
    }
    chip.throttled = throttleBits != 0;

    const double dbe = reading->field(ChipField::EccDbeTotal);
    if (std::isfinite(dbe) && dbe >= 0) {
        if (dbe > 0)
            state |= ChipState::EccError;
        if (chip.dbeKnown && dbe > chip.lastDbe)
            out.events.push_back({index, EventKind::EccDoubleBit,
                                  uint32_t(std::min(dbe - chip.lastDbe, 4294967295.0))});
        chip.lastDbe = dbe;
        chip.dbeKnown = true;
    }
    // The XID gauge holds the last error's number: a change is a new error.
    // The value seen first is history, not news.
    const double xid = reading->field(ChipField::XidCode);
    if (std::isfinite(xid) && xid >= 0 && xid < 4294967296.0) {
        if (chip.xidKnown && xid != chip.lastXid && xid != 0) {
            out.events.push_back({index, EventKind::Xid, uint32_t(xid)});
            chip.xidUntilMs = unixMs + kXidStateMs;
        }
        chip.lastXid = xid;
        chip.xidKnown = true;
    }
    if (unixMs < chip.xidUntilMs)
        state |= ChipState::XidEvent;

    const double health = reading->field(ChipField::Health);
    if (std::isfinite(health) && std::fabs(health) < 9.2e18) {
        const int64_t code = std::llround(health);
        if (!contains(mapping.healthyCodes, code) && !contains(mapping.unknownHealthCodes, code))
            state |= ChipState::HealthFault;
    }
    out.column(Metric::State)[index] = state;
}

} // namespace scb
