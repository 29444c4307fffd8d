#pragma once

// Conversions between the generated scb.v1 messages and the core types.
// Private to backend/rpc: it includes generated code, so only backend/rpc
// .cpp files and tests include it.

#include "core/fleettick.h"
#include "core/inventory.h"
#include "core/status.h"
#include "stats/statistics.h"

#include "scb/v1/statistics.pb.h"
#include "scb/v1/telemetry.pb.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace scb {

// --- values on the wire ------------------------------------------------------
// Metric values travel as uint32. Every value a FleetTick holds is either
// kNoData or within metricLimits() (all ≥ 0), so the mapping is lossless:
// kNoData <-> 0xFFFFFFFF ("no data"), v >= 0 <-> v. The same rule is written
// in the .proto comment of SampleChunk.
inline constexpr uint32_t kWireNoData = 0xFFFFFFFFu;

constexpr uint32_t valueToWire(int32_t value)
{
    return value < 0 ? kWireNoData : static_cast<uint32_t>(value);
}

// kNoData for kWireNoData, else the value widened to int64, so a receiver can
// range-check it (metricLimits) without an overflow: anything above
// INT32_MAX is out of range for every metric.
constexpr int64_t wireToValue(uint32_t wire)
{
    return wire == kWireNoData ? int64_t(kNoData) : int64_t(wire);
}

// --- inventory ---------------------------------------------------------------
// Sizes an inventory from the wire may have before it is even validated.
inline constexpr size_t kMaxWireModels = 4096;
inline constexpr size_t kMaxWireNameBytes = 1024;   // names, vendors, locations
inline constexpr size_t kMaxWireSourceBytes = 4096; // Inventory.source

void toProto(const Inventory &inventory, v1::Inventory *out);

// Treats `in` as untrusted: bounds every count and string, requires 16-byte
// UUIDs, then runs validateInventory(). The error says what was wrong.
Result<Inventory> fromProto(const v1::Inventory &in);

// --- ticks -------------------------------------------------------------------
inline constexpr uint32_t kMaxChunkChips = 32'768;
inline constexpr size_t kMaxChunkBytes = size_t(1) << 20; // serialized, per chunk

struct ChunkingStats
{
    size_t droppedEvents = 0; // chip out of range or unknown kind
};

// Splits a tick into SampleChunks of at most `maxChips` chips, each
// serializing to at most `maxBytes` (a chunk is halved until it fits; a
// single chip whose events alone do not fit keeps only the events that do).
// Each event goes into the chunk that holds its chip, in the tick's order.
// A tick of zero chips gives one chunk with no chips, so the tick is still
// announced.
std::vector<v1::SampleChunk> tickToChunks(const FleetTick &tick,
                                          bool replay,
                                          uint32_t maxChips = kMaxChunkChips,
                                          size_t maxBytes = kMaxChunkBytes,
                                          ChunkingStats *stats = nullptr);

// --- statistics ----------------------------------------------------------------
// Datasets and observations convert field by field; neither direction
// validates (validateDataset / validateObservation do, where the input is
// untrusted). An enum value this build does not know (a newer peer's)
// becomes Unspecified rather than refusing the dataset.
void toProto(const Dataset &dataset, v1::Dataset *out);
Dataset fromProto(const v1::Dataset &in);
void toProto(const Observation &observation, v1::Observation *out);
Observation fromProto(const v1::Observation &in);
void toProto(const Facet &facet, v1::Facet *out);
Facet fromProto(const v1::Facet &in);

// ListDatasetsRequest limits, checked before anything is looked up.
inline constexpr size_t kMaxQueryBytes = 1000;
inline constexpr uint32_t kDefaultPageSize = 50;
inline constexpr uint32_t kMaxPageSize = 1000;
inline constexpr size_t kMaxFilterValues = 100;      // per filter field
inline constexpr size_t kMaxFilterValueBytes = 1000; // per value
inline constexpr size_t kMaxPageTokenDigits = 10;    // a uint32 offset

// A request as the query it asks for, checked as untrusted input: page_size
// 0 -> 50, 1..1000, else an error; page_token empty or the decimal offset
// (digits only, fits uint32); level, annotation and access keys known;
// query at most 1,000 bytes; sort and title_language ("", "en", "zh") known;
// at most 100 values of 1,000 bytes per filter. The error names the field
// and the value (shortened), for an INVALID_ARGUMENT.
Result<DatasetQuery> fromProto(const v1::ListDatasetsRequest &in);
// The request for a query: page_token from offset (empty for 0), page_size
// from limit.
void toProto(const DatasetQuery &query, v1::ListDatasetsRequest *out);

// A page token: the decimal offset of the next page. Empty: no offset.
std::string pageToken(uint32_t offset);
// false unless `token` is 1..10 digits (no sign, spaces or other text) of
// a value that fits uint32.
bool parsePageToken(std::string_view token, uint32_t *offset);

// A value as an error message may quote it: at most `maxBytes` bytes, cut
// on a UTF-8 character boundary, control characters as '?', "…" when cut.
std::string quoteForMessage(std::string_view value, size_t maxBytes = 64);

} // namespace scb
