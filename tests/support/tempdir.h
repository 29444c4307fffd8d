#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <unistd.h>

namespace scb::test {

// A folder of its own per test, removed afterwards. Named after the test
// (a leftover says which test made it) plus the process and a random number,
// so that tests running in parallel never share one.
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
        std::random_device random;
        m_path =
            std::filesystem::temp_directory_path() /
            ("scb-" + name + "-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;

    const std::filesystem::path &path() const { return m_path; }
    std::string str() const { return m_path.string(); }
    // The path of a file in the folder.
    std::string file(const std::string &name) const { return (m_path / name).string(); }
    // Writes bytes to a file in the folder, replacing it.
    void write(const std::string &name, const std::string &bytes) const
    {
        std::ofstream out(m_path / name, std::ios::binary | std::ios::trunc);
        out << bytes;
    }

private:
    std::filesystem::path m_path;
};

} // namespace scb::test
