#pragma once

// Shared by the stats tests: a temporary folder and a valid dataset to vary.

#include "stats/statistics.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace scb::test {

// A folder of its own per test, removed afterwards.
class TempDir
{
public:
    TempDir()
    {
        const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
        std::string name = std::string(info ? info->test_suite_name() : "suite") + "-" +
                           (info ? info->name() : "test");
        for (char &c : name) {
            if (c == '/')
                c = '_';
        }
        m_path = std::filesystem::temp_directory_path() /
                 ("scb-stats-" + std::to_string(::getpid()) + "-" + name);
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;

    std::string file(const std::string &name) const { return (m_path / name).string(); }
    std::string path() const { return m_path.string(); }
    void write(const std::string &name, const std::string &bytes) const
    {
        std::ofstream out(m_path / name, std::ios::binary | std::ios::trunc);
        out << bytes;
    }

private:
    std::filesystem::path m_path;
};

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
