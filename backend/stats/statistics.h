#pragma once

// The base beyond its chips: the dataset catalog, enterprise cloud adoption
// and industry output. Plain C++ (no Qt, no generated code): the server
// loads these from data files, the RPC layer converts them to and from
// scb.v1 messages, the app caches and shows them.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace scb {

// A text in both languages the product speaks. Either may be empty; a
// reader falls back to the other.
struct LocalizedText
{
    std::string zh;
    std::string en;
    bool operator==(const LocalizedText &) const = default;
};

// Catalog level of a dataset: who publishes it.
enum class DatasetLevel : uint8_t { Unspecified = 0, National = 1, Provincial = 2, Municipal = 3 };
// How far a dataset is prepared for model training.
enum class AnnotationStatus : uint8_t { Unspecified = 0, Raw = 1, Annotated = 2, Benchmark = 3 };
// DCAT access rights (EU vocabulary access-right: PUBLIC, RESTRICTED, NON_PUBLIC).
enum class AccessRights : uint8_t { Unspecified = 0, Public = 1, Restricted = 2, NonPublic = 3 };

// Stable keys, as written in data files and sent over the wire.
std::string_view levelKey(DatasetLevel level); // "national", "provincial", "municipal", ""
std::string_view annotationKey(AnnotationStatus annotation); // "raw", "annotated", "benchmark", ""
std::string_view accessKey(AccessRights access); // "public", "restricted", "non-public", ""
// Inverse of the above; false for an unknown key (the value is left as is).
bool parseLevel(std::string_view key, DatasetLevel *level);
bool parseAnnotation(std::string_view key, AnnotationStatus *annotation);
bool parseAccess(std::string_view key, AccessRights *access);

// The themes of the base's catalog, as keys: tourism, electricity,
// government, meteorology, healthcare, industry, agriculture, transport,
// education, environment, finance, other. Data may carry other keys; these
// are the ones the app names in both languages.
const std::vector<std::string_view> &knownThemes();

// One dataset of the catalog, after DCAT (dcat:Dataset) and CKAN's package.
// Dates are ISO 8601 calendar dates "YYYY-MM-DD" (empty: unknown).
struct Dataset
{
    std::string identifier; // unique within the catalog; dct:identifier / CKAN name
    LocalizedText title;    // at least one language is required
    LocalizedText description;
    std::vector<std::string> keywords; // dcat:keyword
    std::string publisher;             // dct:publisher (name)
    std::string theme;                 // a theme key (see knownThemes())
    DatasetLevel level = DatasetLevel::Unspecified;
    std::string license; // dct:license: an SPDX-like id or a name, e.g. "CC-BY-4.0"
    AccessRights access = AccessRights::Unspecified;
    std::vector<std::string> formats; // distribution formats, upper case: "CSV", "JSON", "PARQUET"
    uint64_t byteSize = 0;            // total of the distributions; 0 unknown
    uint64_t recordCount = 0;         // 0 unknown
    std::string temporalStart;        // dct:temporal
    std::string temporalEnd;
    std::string updateFrequency; // dct:accrualPeriodicity, a key: "daily", "weekly",
                                 // "monthly", "quarterly", "annual", "irregular", "never"
    AnnotationStatus annotation = AnnotationStatus::Unspecified;
    std::string issued;      // dct:issued
    std::string modified;    // dct:modified
    std::string landingPage; // dcat:landingPage (URL)
    // Where the row comes from: "synthetic" for sample rows made up for the
    // demo, else a citation (publisher, document, date) or, for imported
    // rows, the file and portal they came from.
    std::string source;

    bool operator==(const Dataset &) const = default;
};

// Checks what a catalog relies on; empty when valid, else the first problem
// as "field: what is wrong" (e.g. "issued: not a date YYYY-MM-DD: 2024-13-01").
// Limits: identifier 1..200 bytes of [A-Za-z0-9._:-]; each text ≤ 20,000
// bytes of valid UTF-8; ≤ 64 keywords of 1..100 bytes; ≤ 32 non-empty
// formats; a title in at least one language; level, annotation and access
// one of their enumerators; byteSize and recordCount ≤ 2^63 - 1 (SQLite's
// integers); dates valid and temporalStart ≤ temporalEnd when both are given;
// landing page empty or http(s)://host... without spaces. Field names in the
// messages are the data files' column names ("title_en", "landing_page").
std::string validateDataset(const Dataset &dataset);

// One figure of a statistics series, in long ("tidy") form, as the data
// files hold them. Series keys, with their period and category forms:
//
// Cloud adoption (GetCloudAdoption):
//   enterprises_on_cloud   period "YYYY-MM"; enterprises using cloud services (cumulative)
//   new_adopters           period "YYYY-MM"; enterprises new to the cloud that month
//   adoption_by_industry   period "YYYY"; category an industry key; enterprises on the cloud
//   adoption_by_region     period "YYYY"; category a region key; enterprises on the cloud
//   above_size_rate        period "YYYY"; % of enterprises above designated size on the cloud
//   province_figure        period "YYYY-MM"; the province's published figure (30,000)
//   adoption_target        period "YYYY"; the target for that year
// Industry output (GetIndustryOutput):
//   output_value           period "YYYY"; big data electronic information industry, 100 M yuan
//   (亿元) software_revenue       period "YYYY"; software and IT services revenue, 100 M yuan
//   software_revenue_target period "YYYY"; its target (1,000 = 100 billion yuan)
//   growing_enterprises    period "YYYY"; growing enterprises introduced and cultivated
//   growing_enterprises_target period "YYYY"
//   model_scenarios        period "YYYY"; category a field key (industry, rural, healthcare,
//                          tourism, …); large-model application scenarios opened
//   model_scenarios_target period "YYYY"; scenarios to open in all fields
// Category keys are lower-case ASCII words joined by '_' (e.g. "gui_an",
// "nanming", "manufacturing"); the app names them in both languages.
struct Observation
{
    std::string series;
    std::string period;   // "YYYY" or "YYYY-MM"
    std::string category; // empty for a series' total
    double value = 0;
    std::string unit;   // "enterprises", "percent", "100m_yuan", "scenarios"
    std::string source; // "synthetic", or the citation of a published figure
    bool operator==(const Observation &) const = default;
    bool isSynthetic() const { return source == "synthetic"; }
};

// Empty when valid, else "field: what is wrong": series and unit keys
// [a-z0-9_]{1,64}, period "YYYY" (1990..2100) or "YYYY-MM", category empty
// or a key, value finite, source non-empty, ≤ 500 bytes of valid UTF-8.
std::string validateObservation(const Observation &observation);

// A catalog query. Filters are AND across fields and OR within one field
// (themes {a, b}: theme a or b). Facet counts follow the usual faceted-search
// rule: a field's counts apply every filter but that field's own, so a user
// sees what choosing another value would give.
struct DatasetQuery
{
    std::string text; // full text over titles, descriptions and keywords; empty: all
    std::vector<std::string> themes;
    std::vector<std::string> levels; // level keys
    std::vector<std::string> publishers;
    std::vector<std::string> formats;
    std::vector<std::string> annotations; // annotation keys
    std::vector<std::string> licenses;
    std::vector<std::string> access; // access keys
    enum class Sort : uint8_t {
        Relevance, // text match first (bm25); without text, as ModifiedDesc
        TitleAsc,
        ModifiedDesc,
        IssuedDesc,
        SizeDesc,
        RecordsDesc,
    };
    Sort sort = Sort::Relevance;
    bool titleInChinese = false; // TitleAsc orders by the Chinese title (else English)
    uint32_t offset = 0;
    uint32_t limit = 50; // 1..1000
    bool withFacets = true;
};

struct FacetCount
{
    std::string value;
    uint32_t count = 0;
    bool operator==(const FacetCount &) const = default;
};

// Counts of one field's values over the matching datasets, largest first,
// then by value.
struct Facet
{
    std::string field; // "theme", "level", "publisher", "format", "annotation", "license", "access"
    std::vector<FacetCount> counts;
    bool operator==(const Facet &) const = default;
};

struct DatasetPage
{
    std::vector<Dataset> datasets; // this page
    uint32_t total = 0;            // all matches
    std::vector<Facet> facets;     // when asked for
};

// What GetCloudAdoption / GetIndustryOutput answer, and what the app caches.
struct StatisticsSeries
{
    std::vector<Observation> observations;
    std::string version;      // of the server's data
    int64_t loadedUnixMs = 0; // when the server loaded it
};

} // namespace scb
