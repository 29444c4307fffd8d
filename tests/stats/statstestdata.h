#pragma once

#include "tempdir.h"

// Shared by the stats tests: a valid dataset to vary (TempDir: tests/support).

#include "stats/statistics.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace scb::test {

// A dataset that passes validateDataset().
inline Dataset validDataset(const std::string &identifier = "gz-tourism-2023")
{
    Dataset d;
    d.identifier = identifier;
    d.title = {"贵州旅游客流统计", "Guizhou tourist flows"};
    d.description = {"按月统计的景区客流", "Monthly visitor counts at scenic areas"};
    d.keywords = {"旅游", "tourism"};
    d.publisher = "Guizhou Provincial Big Data Bureau";
    d.theme = "tourism";
    d.level = DatasetLevel::Provincial;
    d.license = "CC-BY-4.0";
    d.access = AccessRights::Public;
    d.formats = {"CSV", "JSON"};
    d.byteSize = 1'048'576;
    d.recordCount = 12'000;
    d.temporalStart = "2023-01-01";
    d.temporalEnd = "2023-12-31";
    d.updateFrequency = "monthly";
    d.annotation = AnnotationStatus::Annotated;
    d.issued = "2024-01-15";
    d.modified = "2024-03-01";
    d.landingPage = "https://data.guizhou.gov.cn/tourism";
    d.source = "synthetic";
    return d;
}

inline Observation validObservation()
{
    return {"enterprises_on_cloud", "2024-03", "", 30000, "enterprises", "synthetic"};
}

} // namespace scb::test
