#pragma once

// How scb-bench reports: progress and figures on stderr beside their targets,
// and one JSON object of every figure for --json.

#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace scb {

inline double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

inline void say(const std::string &line)
{
    std::fprintf(stderr, "%s\n", line.c_str());
    std::fflush(stderr);
}

inline std::string fixed(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

inline std::string millions(double valuesPerS)
{
    return fixed(valuesPerS / 1e6, 2) + " M values/s";
}

inline std::string verdict(bool met)
{
    return met ? "  [met]" : "  [missed]";
}

// The figures, in the order they are printed; values are JSON text.
class JsonObject
{
public:
    void add(const std::string &key, double value, int decimals)
    {
        m_fields.emplace_back(key, std::isfinite(value) ? fixed(value, decimals) : "null");
    }
    void add(const std::string &key, uint64_t value)
    {
        m_fields.emplace_back(key, std::to_string(value));
    }
    std::string text() const
    {
        std::string out = "{";
        for (size_t i = 0; i < m_fields.size(); ++i) {
            out += (i ? ",\"" : "\"") + m_fields[i].first + "\":" + m_fields[i].second;
        }
        return out + "}";
    }

private:
    std::vector<std::pair<std::string, std::string>> m_fields;
};

} // namespace scb
