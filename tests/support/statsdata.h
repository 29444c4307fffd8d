#pragma once

#include "tempdir.h"

// Statistics made up for the service, client and command-line tests: a
// catalog of any size, both series, and a data folder written as the loader
// reads it (backend/stats/statsfiles.h).

#include "stats/statistics.h"
#include "stats/statsfiles.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

namespace scb::test {

// A dataset per index, deterministic. Every 5th is meteorology with 气象
// (a two-character word) and "weather" in its texts; themes, levels,
// formats, annotations and access rights cycle so filters and facets have
// something to count.
inline Dataset catalogDataset(size_t i, const std::string &prefix = "gz-test-")
{
    static const std::array<const char *, 5> themes{"meteorology", "tourism", "electricity",
                                                    "government", "healthcare"};
    static const std::array<const char *, 5> zh{"贵阳市气象观测", "贵州省旅游景区客流量",
                                                "贵州电网负荷", "政务服务事项", "医院门诊量"};
    static const std::array<const char *, 5> en{
        "Guiyang weather observations", "Visitor counts at Guizhou tourist attractions",
        "Guizhou power grid load", "Government services", "Hospital outpatient visits"};
    static const std::array<const char *, 3> publishers{
        "Guizhou Provincial Big Data Development Administration", "Guiyang Meteorological Bureau",
        "China Southern Power Grid Guizhou"};
    static const std::array<DatasetLevel, 3> levels{
        DatasetLevel::National, DatasetLevel::Provincial, DatasetLevel::Municipal};
    static const std::array<AnnotationStatus, 3> annotations{
        AnnotationStatus::Raw, AnnotationStatus::Annotated, AnnotationStatus::Benchmark};
    static const std::array<AccessRights, 3> access{AccessRights::Public, AccessRights::Restricted,
                                                    AccessRights::NonPublic};
    char number[16];
    std::snprintf(number, sizeof number, "%04zu", i);
    Dataset d;
    d.identifier = prefix + number;
    d.title = {std::string(zh[i % 5]) + " " + number, std::string(en[i % 5]) + " " + number};
    d.description = {std::string("数据集 ") + zh[i % 5] + "，按日更新。",
                     std::string("Dataset of ") + en[i % 5] + ", updated daily."};
    d.keywords = {i % 5 == 0 ? "气象" : "数据", i % 5 == 0 ? "weather" : "data"};
    d.publisher = publishers[i % 3];
    d.theme = themes[i % 5];
    d.level = levels[i % 3];
    d.license = i % 2 ? "CC-BY-4.0" : "ODbL-1.0";
    d.access = access[(i / 2) % 3];
    d.formats = i % 4 == 0 ? std::vector<std::string>{"CSV", "JSON"}
                           : std::vector<std::string>{i % 4 == 1 ? "PARQUET" : "CSV"};
    d.byteSize = 1000 * (i + 1);
    d.recordCount = 10 * (i + 1);
    d.temporalStart = "2019-01-01";
    d.temporalEnd = "2023-12-31";
    d.updateFrequency = "daily";
    d.annotation = annotations[i % 3];
    char date[16];
    std::snprintf(date, sizeof date, "20%02zu-%02zu-%02zu", 19 + i % 5, 1 + i % 12, 1 + i % 28);
    d.issued = date;
    d.modified = date;
    d.landingPage = "https://data.example.gov.cn/dataset/" + d.identifier;
    d.source = "synthetic";
    return d;
}

inline std::vector<Dataset> catalog(size_t count, const std::string &prefix = "gz-test-")
{
    std::vector<Dataset> out;
    out.reserve(count);
    for (size_t i = 0; i < count; ++i)
        out.push_back(catalogDataset(i, prefix));
    return out;
}

inline std::vector<Observation> adoptionSeries()
{
    std::vector<Observation> out;
    for (int month = 1; month <= 12; ++month) {
        char period[8];
        std::snprintf(period, sizeof period, "2023-%02d", month);
        out.push_back({"enterprises_on_cloud", period, "", 20'000.0 + 700 * month, "enterprises",
                       "synthetic"});
    }
    out.push_back({"adoption_by_region", "2023", "gui_an", 4200, "enterprises", "synthetic"});
    out.push_back({"province_figure", "2024-03", "", 30'000, "enterprises",
                   "Guiyang / Gui'an New Area press release, March 2024"});
    return out;
}

inline std::vector<Observation> industrySeries()
{
    return {{"output_value", "2023", "", 1234.5, "100m_yuan", "synthetic"},
            {"growing_enterprises", "2023", "", 600, "enterprises",
             "Guiyang / Gui'an New Area press release, March 2024"},
            {"model_scenarios", "2024", "healthcare", 4, "scenarios", "synthetic"},
            {"model_scenarios_target", "2024", "", 20, "scenarios",
             "Guiyang / Gui'an New Area press release, March 2024"}};
}

inline StatisticsData statisticsData(size_t datasets,
                                     const std::string &version = "v1",
                                     const std::string &prefix = "gz-test-")
{
    StatisticsData data;
    data.datasets = catalog(datasets, prefix);
    data.adoption = adoptionSeries();
    data.industry = industrySeries();
    data.version = version;
    data.loadedUnixMs = 1'711'000'000'000;
    return data;
}

// --- the data folder --------------------------------------------------------

inline std::string csvField(const std::string &value)
{
    std::string out = "\"";
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

inline std::string joined(const std::vector<std::string> &values)
{
    std::string out;
    for (const auto &value : values)
        out += (out.empty() ? "" : ";") + value;
    return out;
}

inline std::string number(double value)
{
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::string("0");
}

inline constexpr const char *kDatasetHeader =
    "identifier,title_zh,title_en,description_zh,description_en,keywords,publisher,theme,level,"
    "license,access,formats,byte_size,record_count,temporal_start,temporal_end,update_frequency,"
    "annotation,issued,modified,landing_page,source\n";

inline std::string datasetRow(const Dataset &d)
{
    const std::vector<std::string> fields{d.identifier,
                                          d.title.zh,
                                          d.title.en,
                                          d.description.zh,
                                          d.description.en,
                                          joined(d.keywords),
                                          d.publisher,
                                          d.theme,
                                          std::string(levelKey(d.level)),
                                          d.license,
                                          std::string(accessKey(d.access)),
                                          joined(d.formats),
                                          std::to_string(d.byteSize),
                                          std::to_string(d.recordCount),
                                          d.temporalStart,
                                          d.temporalEnd,
                                          d.updateFrequency,
                                          std::string(annotationKey(d.annotation)),
                                          d.issued,
                                          d.modified,
                                          d.landingPage,
                                          d.source};
    std::string row;
    for (const auto &field : fields)
        row += (row.empty() ? "" : ",") + csvField(field);
    return row + "\n";
}

inline std::string observationRows(const std::vector<Observation> &observations)
{
    std::string text = "series,period,category,value,unit,source\n";
    for (const Observation &o : observations)
        text += csvField(o.series) + "," + csvField(o.period) + "," + csvField(o.category) + "," +
                number(o.value) + "," + csvField(o.unit) + "," + csvField(o.source) + "\n";
    return text;
}

inline void writeFile(const std::filesystem::path &path, const std::string &text)
{
    // Written aside and renamed, as an operator's deploy would: a reader
    // never sees half a file.
    const std::filesystem::path aside = path.string() + ".tmp";
    {
        std::ofstream out(aside, std::ios::binary | std::ios::trunc);
        out << text;
    }
    std::filesystem::rename(aside, path);
}

// Writes datasets.csv, adoption.csv and industry.csv; `extraDatasetRows`
// (raw CSV lines) are appended to datasets.csv, e.g. a broken record.
inline void writeDataFolder(const std::filesystem::path &folder,
                            const StatisticsData &data,
                            const std::string &extraDatasetRows = {})
{
    std::string datasets = kDatasetHeader;
    for (const Dataset &d : data.datasets)
        datasets += datasetRow(d);
    datasets += extraDatasetRows;
    writeFile(folder / "datasets.csv", datasets);
    writeFile(folder / "adoption.csv", observationRows(data.adoption));
    writeFile(folder / "industry.csv", observationRows(data.industry));
}

// A dataset record whose issued date is not a date: the loader skips it.
inline std::string badDatasetRow(const std::string &identifier = "gz-bad-0001")
{
    Dataset d = catalogDataset(1, "unused-");
    d.identifier = identifier;
    d.issued = "2024-13-01";
    return datasetRow(d);
}

} // namespace scb::test
