#include "rpc/common/protoconvert.h"

#include "core/metrics.h"

#include <google/protobuf/io/coded_stream.h>

#include <algorithm>
#include <climits>
#include <numeric>
#include <string>

namespace scb {

namespace {

using google::protobuf::io::CodedOutputStream;

// SampleChunk.events is field 20, length-delimited: a two-byte tag.
constexpr size_t kEventTagBytes = 2;

google::protobuf::RepeatedField<uint32_t> *wireColumn(v1::SampleChunk &chunk, Metric metric)
{
    switch (metric) {
    case Metric::Utilization:
        return chunk.mutable_utilization_pct();
    case Metric::MemoryUsed:
        return chunk.mutable_memory_used_mib();
    case Metric::Power:
        return chunk.mutable_power_watts();
    case Metric::Temperature:
        return chunk.mutable_temperature_c();
    case Metric::State:
        return chunk.mutable_state();
    }
    return nullptr;
}

bool validEventKind(EventKind kind)
{
    const auto value = static_cast<int>(kind);
    return value >= static_cast<int>(EventKind::Xid) &&
           value <= static_cast<int>(EventKind::Throttle) && v1::EventKind_IsValid(value);
}

Status checkName(const std::string &value, const char *what, size_t index, size_t limit)
{
    if (value.size() > limit)
        return Status::error(std::string(what) + " " + std::to_string(index) + ": longer than " +
                             std::to_string(limit) + " bytes");
    return {};
}

void fillChunk(const FleetTick &tick,
               bool replay,
               uint32_t first,
               uint32_t count,
               const std::vector<uint32_t> &eventOrder,
               size_t eventBegin,
               size_t eventEnd,
               v1::SampleChunk &chunk)
{
    chunk.Clear();
    chunk.set_unix_ms(tick.unixMs);
    chunk.set_inventory_version(tick.inventoryVersion);
    chunk.set_first_chip(first);
    chunk.set_tick_chip_count(tick.chipCount());
    chunk.set_replay(replay);
    for (Metric metric : kAllMetrics) {
        const int32_t *in = tick.column(metric).data() + first;
        auto *out = wireColumn(chunk, metric);
        out->Resize(int(count), 0);
        uint32_t *dst = out->mutable_data();
        for (uint32_t i = 0; i < count; ++i)
            dst[i] = valueToWire(in[i]);
    }
    chunk.mutable_events()->Reserve(int(eventEnd - eventBegin));
    for (size_t e = eventBegin; e < eventEnd; ++e) {
        const ChipEvent &event = tick.events[eventOrder[e]];
        auto *wire = chunk.add_events();
        wire->set_chip(event.chip);
        wire->set_kind(static_cast<v1::EventKind>(event.kind));
        wire->set_code(event.code);
    }
}

} // namespace

void toProto(const Inventory &inventory, v1::Inventory *out)
{
    out->Clear();
    out->set_version(inventory.version);
    out->set_source(inventory.source);
    out->mutable_centers()->Reserve(int(inventory.centers.size()));
    for (const Center &center : inventory.centers) {
        auto *wire = out->add_centers();
        wire->set_name(center.name);
        wire->set_location(center.location);
    }
    out->mutable_models()->Reserve(int(inventory.models.size()));
    for (const ChipModel &model : inventory.models) {
        auto *wire = out->add_models();
        wire->set_name(model.name);
        wire->set_vendor(model.vendor);
        wire->set_memory_mib(model.memoryMiB);
        wire->set_tdp_watts(model.tdpWatts);
    }
    out->mutable_nodes()->Reserve(int(inventory.nodes.size()));
    for (const Node &node : inventory.nodes) {
        auto *wire = out->add_nodes();
        wire->set_name(node.name);
        wire->set_center_index(node.center);
        wire->set_rack(node.rack);
        wire->set_first_chip(node.firstChip);
        wire->set_chip_count(node.chipCount);
        wire->set_model_index(node.model);
    }
    auto *uuids = out->mutable_chip_uuids();
    uuids->Reserve(int(inventory.chipUuids.size()));
    for (const Uuid &uuid : inventory.chipUuids)
        uuids->Add()->assign(reinterpret_cast<const char *>(uuid.data()), uuid.size());
}

Result<Inventory> fromProto(const v1::Inventory &in)
{
    // Counts first, before anything is allocated from them.
    if (size_t(in.chip_uuids_size()) > kMaxChips)
        return Status::error("inventory: " + std::to_string(in.chip_uuids_size()) +
                             " chips, more than the limit of " + std::to_string(kMaxChips));
    if (size_t(in.nodes_size()) > kMaxChips)
        return Status::error("inventory: " + std::to_string(in.nodes_size()) +
                             " nodes, more than the limit of " + std::to_string(kMaxChips));
    if (size_t(in.centers_size()) > kMaxCenters)
        return Status::error("inventory: " + std::to_string(in.centers_size()) +
                             " centers, more than the limit of " + std::to_string(kMaxCenters));
    if (size_t(in.models_size()) > kMaxWireModels)
        return Status::error("inventory: " + std::to_string(in.models_size()) +
                             " chip models, more than the limit of " +
                             std::to_string(kMaxWireModels));
    if (in.source().size() > kMaxWireSourceBytes)
        return Status::error("inventory: source longer than " +
                             std::to_string(kMaxWireSourceBytes) + " bytes");

    Inventory out;
    out.version = in.version();
    out.source = in.source();
    out.centers.reserve(size_t(in.centers_size()));
    for (int i = 0; i < in.centers_size(); ++i) {
        const auto &wire = in.centers(i);
        for (const auto *text : {&wire.name(), &wire.location()})
            if (Status s = checkName(*text, "inventory: center", size_t(i), kMaxWireNameBytes); !s)
                return s;
        out.centers.push_back({wire.name(), wire.location()});
    }
    out.models.reserve(size_t(in.models_size()));
    for (int i = 0; i < in.models_size(); ++i) {
        const auto &wire = in.models(i);
        for (const auto *text : {&wire.name(), &wire.vendor()})
            if (Status s = checkName(*text, "inventory: chip model", size_t(i), kMaxWireNameBytes);
                !s)
                return s;
        out.models.push_back({wire.name(), wire.vendor(), wire.memory_mib(), wire.tdp_watts()});
    }
    out.nodes.reserve(size_t(in.nodes_size()));
    for (int i = 0; i < in.nodes_size(); ++i) {
        const auto &wire = in.nodes(i);
        if (Status s = checkName(wire.name(), "inventory: node", size_t(i), kMaxWireNameBytes); !s)
            return s;
        out.nodes.push_back({wire.name(), wire.center_index(), wire.rack(), wire.first_chip(),
                             wire.chip_count(), wire.model_index()});
    }
    out.chipUuids.resize(size_t(in.chip_uuids_size()));
    for (int i = 0; i < in.chip_uuids_size(); ++i) {
        const std::string &bytes = in.chip_uuids(i);
        if (bytes.size() != out.chipUuids[size_t(i)].size())
            return Status::error("inventory: chip " + std::to_string(i) + ": UUID of " +
                                 std::to_string(bytes.size()) + " bytes, expected 16");
        std::copy(bytes.begin(), bytes.end(), out.chipUuids[size_t(i)].begin());
    }
    if (std::string problem = validateInventory(out); !problem.empty())
        return Status::error("inventory: " + problem);
    return out;
}

std::vector<v1::SampleChunk> tickToChunks(
    const FleetTick &tick, bool replay, uint32_t maxChips, size_t maxBytes, ChunkingStats *stats)
{
    const uint32_t chips = tick.chipCount();
    maxChips = std::max<uint32_t>(maxChips, 1);

    // Events ordered by chip (stable: the tick's order within a chip), the
    // invalid ones left out, so each chunk takes one contiguous run.
    std::vector<uint32_t> eventOrder;
    eventOrder.reserve(tick.events.size());
    for (uint32_t i = 0; i < tick.events.size(); ++i) {
        const ChipEvent &event = tick.events[i];
        if (event.chip < chips && validEventKind(event.kind))
            eventOrder.push_back(i);
    }
    if (stats)
        stats->droppedEvents += tick.events.size() - eventOrder.size();
    std::stable_sort(eventOrder.begin(), eventOrder.end(), [&tick](uint32_t a, uint32_t b) {
        return tick.events[a].chip < tick.events[b].chip;
    });
    auto eventsBefore = [&](uint32_t chip, size_t from) {
        return size_t(std::lower_bound(eventOrder.begin() + ptrdiff_t(from), eventOrder.end(), chip,
                                       [&tick](uint32_t index, uint32_t c) {
                                           return tick.events[index].chip < c;
                                       }) -
                      eventOrder.begin());
    };

    std::vector<v1::SampleChunk> chunks;
    chunks.reserve(chips / maxChips + 1);
    uint32_t first = 0;
    size_t eventBegin = 0;
    do {
        uint32_t count = std::min(maxChips, chips - first);
        v1::SampleChunk chunk;
        for (;;) {
            const size_t eventEnd = eventsBefore(first + count, eventBegin);
            fillChunk(tick, replay, first, count, eventOrder, eventBegin, eventEnd, chunk);
            if (chunk.ByteSizeLong() <= maxBytes) {
                eventBegin = eventEnd;
                break;
            }
            if (count > 1) {
                count /= 2;
                continue;
            }
            // One chip with more events than a chunk holds: keep what fits.
            auto *events = chunk.mutable_events();
            size_t total = chunk.ByteSizeLong();
            int keep = events->size();
            while (keep > 0 && total > maxBytes) {
                const size_t size = events->Get(keep - 1).ByteSizeLong();
                total -= kEventTagBytes + CodedOutputStream::VarintSize64(size) + size;
                --keep;
            }
            events->DeleteSubrange(keep, events->size() - keep);
            if (stats)
                stats->droppedEvents += eventEnd - eventBegin - size_t(events->size());
            eventBegin = eventEnd;
            break;
        }
        chunks.push_back(std::move(chunk));
        first += count;
    } while (first < chips);
    return chunks;
}

// --- statistics ----------------------------------------------------------------

namespace {

template<typename Enum> Enum enumFromWire(int value, int max)
{
    return value >= 0 && value <= max ? static_cast<Enum>(value) : Enum::Unspecified;
}

void copyStrings(const std::vector<std::string> &from,
                 google::protobuf::RepeatedPtrField<std::string> *to)
{
    to->Reserve(int(from.size()));
    for (const auto &value : from)
        to->Add()->assign(value);
}

std::vector<std::string> copyStrings(const google::protobuf::RepeatedPtrField<std::string> &from)
{
    return {from.begin(), from.end()};
}

// One filter field of a request: bounded, and each value known when `known`
// is given.
Status readFilter(const char *field,
                  const google::protobuf::RepeatedPtrField<std::string> &values,
                  bool (*known)(std::string_view),
                  const char *expected,
                  std::vector<std::string> *out)
{
    if (size_t(values.size()) > kMaxFilterValues)
        return Status::error(std::string(field) + ": more than " +
                             std::to_string(kMaxFilterValues) + " values (" +
                             std::to_string(values.size()) + ")");
    out->reserve(size_t(values.size()));
    for (const std::string &value : values) {
        if (value.size() > kMaxFilterValueBytes)
            return Status::error(std::string(field) + ": a value longer than " +
                                 std::to_string(kMaxFilterValueBytes) + " bytes");
        if (known && !known(value))
            return Status::error(std::string(field) + ": unknown value '" + quoteForMessage(value) +
                                 "' (expected " + expected + ")");
        out->push_back(value);
    }
    return {};
}

bool knownLevel(std::string_view key)
{
    DatasetLevel level = DatasetLevel::Unspecified;
    return parseLevel(key, &level) && level != DatasetLevel::Unspecified;
}

bool knownAnnotation(std::string_view key)
{
    AnnotationStatus annotation = AnnotationStatus::Unspecified;
    return parseAnnotation(key, &annotation) && annotation != AnnotationStatus::Unspecified;
}

bool knownAccess(std::string_view key)
{
    AccessRights access = AccessRights::Unspecified;
    return parseAccess(key, &access) && access != AccessRights::Unspecified;
}

DatasetQuery::Sort sortFromWire(v1::ListDatasetsRequest::Sort sort)
{
    switch (sort) {
    case v1::ListDatasetsRequest::SORT_TITLE:
        return DatasetQuery::Sort::TitleAsc;
    case v1::ListDatasetsRequest::SORT_MODIFIED_DESC:
        return DatasetQuery::Sort::ModifiedDesc;
    case v1::ListDatasetsRequest::SORT_ISSUED_DESC:
        return DatasetQuery::Sort::IssuedDesc;
    case v1::ListDatasetsRequest::SORT_SIZE_DESC:
        return DatasetQuery::Sort::SizeDesc;
    case v1::ListDatasetsRequest::SORT_RECORDS_DESC:
        return DatasetQuery::Sort::RecordsDesc;
    default:
        return DatasetQuery::Sort::Relevance;
    }
}

v1::ListDatasetsRequest::Sort sortToWire(DatasetQuery::Sort sort)
{
    switch (sort) {
    case DatasetQuery::Sort::Relevance:
        return v1::ListDatasetsRequest::SORT_RELEVANCE;
    case DatasetQuery::Sort::TitleAsc:
        return v1::ListDatasetsRequest::SORT_TITLE;
    case DatasetQuery::Sort::ModifiedDesc:
        return v1::ListDatasetsRequest::SORT_MODIFIED_DESC;
    case DatasetQuery::Sort::IssuedDesc:
        return v1::ListDatasetsRequest::SORT_ISSUED_DESC;
    case DatasetQuery::Sort::SizeDesc:
        return v1::ListDatasetsRequest::SORT_SIZE_DESC;
    case DatasetQuery::Sort::RecordsDesc:
        return v1::ListDatasetsRequest::SORT_RECORDS_DESC;
    }
    return v1::ListDatasetsRequest::SORT_RELEVANCE;
}

} // namespace

void toProto(const Dataset &dataset, v1::Dataset *out)
{
    out->set_identifier(dataset.identifier);
    out->mutable_title()->set_zh(dataset.title.zh);
    out->mutable_title()->set_en(dataset.title.en);
    out->mutable_description()->set_zh(dataset.description.zh);
    out->mutable_description()->set_en(dataset.description.en);
    copyStrings(dataset.keywords, out->mutable_keywords());
    out->set_publisher(dataset.publisher);
    out->set_theme(dataset.theme);
    out->set_level(static_cast<v1::DatasetLevel>(dataset.level));
    out->set_license(dataset.license);
    out->set_access_rights(static_cast<v1::AccessRights>(dataset.access));
    copyStrings(dataset.formats, out->mutable_formats());
    out->set_byte_size(dataset.byteSize);
    out->set_record_count(dataset.recordCount);
    out->set_temporal_start(dataset.temporalStart);
    out->set_temporal_end(dataset.temporalEnd);
    out->set_update_frequency(dataset.updateFrequency);
    out->set_annotation(static_cast<v1::AnnotationStatus>(dataset.annotation));
    out->set_issued(dataset.issued);
    out->set_modified(dataset.modified);
    out->set_landing_page(dataset.landingPage);
    out->set_source(dataset.source);
}

Dataset fromProto(const v1::Dataset &in)
{
    Dataset dataset;
    dataset.identifier = in.identifier();
    dataset.title = {in.title().zh(), in.title().en()};
    dataset.description = {in.description().zh(), in.description().en()};
    dataset.keywords = copyStrings(in.keywords());
    dataset.publisher = in.publisher();
    dataset.theme = in.theme();
    dataset.level = enumFromWire<DatasetLevel>(in.level(), v1::DatasetLevel_MAX);
    dataset.license = in.license();
    dataset.access = enumFromWire<AccessRights>(in.access_rights(), v1::AccessRights_MAX);
    dataset.formats = copyStrings(in.formats());
    dataset.byteSize = in.byte_size();
    dataset.recordCount = in.record_count();
    dataset.temporalStart = in.temporal_start();
    dataset.temporalEnd = in.temporal_end();
    dataset.updateFrequency = in.update_frequency();
    dataset.annotation = enumFromWire<AnnotationStatus>(in.annotation(), v1::AnnotationStatus_MAX);
    dataset.issued = in.issued();
    dataset.modified = in.modified();
    dataset.landingPage = in.landing_page();
    dataset.source = in.source();
    return dataset;
}

void toProto(const Observation &observation, v1::Observation *out)
{
    out->set_series(observation.series);
    out->set_period(observation.period);
    out->set_category(observation.category);
    out->set_value(observation.value);
    out->set_unit(observation.unit);
    out->set_source(observation.source);
}

Observation fromProto(const v1::Observation &in)
{
    return {in.series(), in.period(), in.category(), in.value(), in.unit(), in.source()};
}

void toProto(const Facet &facet, v1::Facet *out)
{
    out->set_field(facet.field);
    out->mutable_counts()->Reserve(int(facet.counts.size()));
    for (const FacetCount &count : facet.counts) {
        auto *wire = out->add_counts();
        wire->set_value(count.value);
        wire->set_count(count.count);
    }
}

Facet fromProto(const v1::Facet &in)
{
    Facet facet;
    facet.field = in.field();
    facet.counts.reserve(size_t(in.counts_size()));
    for (const auto &count : in.counts())
        facet.counts.push_back({count.value(), count.count()});
    return facet;
}

Result<DatasetQuery> fromProto(const v1::ListDatasetsRequest &in)
{
    DatasetQuery query;
    if (in.query().size() > kMaxQueryBytes)
        return Status::error("query: longer than " + std::to_string(kMaxQueryBytes) + " bytes (" +
                             std::to_string(in.query().size()) + ")");
    query.text = in.query();
    if (in.page_size() < 0 || uint32_t(in.page_size()) > kMaxPageSize)
        return Status::error(
            "page_size: expected 0 (the default, " + std::to_string(kDefaultPageSize) + ") or 1.." +
            std::to_string(kMaxPageSize) + ", got " + std::to_string(in.page_size()));
    query.limit = in.page_size() == 0 ? kDefaultPageSize : uint32_t(in.page_size());
    if (!in.page_token().empty() && !parsePageToken(in.page_token(), &query.offset))
        return Status::error("page_token: not a token this server gave: '" +
                             quoteForMessage(in.page_token()) + "'");
    if (!v1::ListDatasetsRequest::Sort_IsValid(in.sort()))
        return Status::error("sort: unknown value " + std::to_string(int(in.sort())));
    query.sort = sortFromWire(in.sort());
    if (in.title_language() == "zh")
        query.titleInChinese = true;
    else if (!in.title_language().empty() && in.title_language() != "en")
        return Status::error("title_language: expected 'zh' or 'en', got '" +
                             quoteForMessage(in.title_language()) + "'");
    query.withFacets = !in.skip_facets();

    Status status = readFilter("themes", in.themes(), nullptr, nullptr, &query.themes);
    if (status)
        status = readFilter("levels", in.levels(), knownLevel, "national, provincial, municipal",
                            &query.levels);
    if (status)
        status = readFilter("publishers", in.publishers(), nullptr, nullptr, &query.publishers);
    if (status)
        status = readFilter("formats", in.formats(), nullptr, nullptr, &query.formats);
    if (status)
        status = readFilter("annotations", in.annotations(), knownAnnotation,
                            "raw, annotated, benchmark", &query.annotations);
    if (status)
        status = readFilter("licenses", in.licenses(), nullptr, nullptr, &query.licenses);
    if (status)
        status = readFilter("access", in.access(), knownAccess, "public, restricted, non-public",
                            &query.access);
    if (!status)
        return status;
    return query;
}

void toProto(const DatasetQuery &query, v1::ListDatasetsRequest *out)
{
    out->set_query(query.text);
    copyStrings(query.themes, out->mutable_themes());
    copyStrings(query.levels, out->mutable_levels());
    copyStrings(query.publishers, out->mutable_publishers());
    copyStrings(query.formats, out->mutable_formats());
    copyStrings(query.annotations, out->mutable_annotations());
    copyStrings(query.licenses, out->mutable_licenses());
    copyStrings(query.access, out->mutable_access());
    out->set_sort(sortToWire(query.sort));
    out->set_title_language(query.titleInChinese ? "zh" : "en");
    out->set_page_size(int32_t(std::min<uint32_t>(query.limit, INT32_MAX)));
    out->set_page_token(pageToken(query.offset));
    out->set_skip_facets(!query.withFacets);
}

std::string pageToken(uint32_t offset)
{
    return offset == 0 ? std::string() : std::to_string(offset);
}

bool parsePageToken(std::string_view token, uint32_t *offset)
{
    if (token.empty() || token.size() > kMaxPageTokenDigits)
        return false;
    uint64_t value = 0;
    for (char c : token) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + uint64_t(c - '0');
    }
    if (value > UINT32_MAX)
        return false;
    *offset = uint32_t(value);
    return true;
}

std::string quoteForMessage(std::string_view value, size_t maxBytes)
{
    size_t end = value.size();
    const bool cut = end > maxBytes;
    if (cut) {
        end = maxBytes;
        // Back up to the start of a character: continuation bytes are 10xxxxxx.
        while (end > 0 && (static_cast<unsigned char>(value[end]) & 0xC0) == 0x80)
            --end;
    }
    std::string out;
    out.reserve(end + 3);
    for (size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        out.push_back(c < 0x20 || c == 0x7F ? '?' : char(c));
    }
    if (cut)
        out += "\u2026";
    return out;
}

} // namespace scb
