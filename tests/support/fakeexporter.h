#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace scb::testing {

// A fake dcgm-exporter or npu-exporter served over real HTTP on loopback
// (cpp-httplib), for the scrape source's tests and benchmark. Its pages
// are in the exporter's own format and label names (dcgm: gpu, UUID,
// modelName, Hostname; npu: id, vdie_id, model_name), built from the chips
// the test sets. One server can serve many hosts: each host is its own
// path, /host/<name>/metrics, so a benchmark can stand up 25,000 targets
// without 25,000 listening sockets.
class FakeExporter
{
public:
    enum class Kind { Dcgm, Npu };
    enum class Mode {
        Normal,
        Hang, // accept, never answer (until stop)
        Error500,
        Garbage, // 200 with bytes that are not exposition text
        Huge,    // 200 with a valid page padded with comments to ~100 MB
        Partial, // 200, the page cut in the middle of a line
    };

    struct Chip
    {
        int index = 0;          // gpu / id label
        std::string uuid;       // "GPU-8f1f4d06-…" (dcgm) or any text (npu vdie_id)
        std::string model;      // "NVIDIA H100 80GB HBM3", "Ascend910B"
        double utilization = 0; // %
        double memoryUsedMiB = 0;
        double memoryFreeMiB = 0; // dcgm: FB_FREE; npu: total - used
        double powerW = 0;
        double temperatureC = 0;
        double xid = 0;             // dcgm only
        double eccDbe = 0;          // dcgm only
        double throttleReasons = 0; // dcgm only
        double health = 1;          // npu only: 1 healthy, 0 unhealthy
    };

    struct Host
    {
        std::string name; // Hostname label and path segment
        std::vector<Chip> chips;
        Mode mode = Mode::Normal;
    };

    explicit FakeExporter(Kind kind);
    ~FakeExporter(); // stops

    // Listens on 127.0.0.1 on a free port; false if it could not.
    bool start();
    void stop();
    int port() const;
    std::string address() const; // "127.0.0.1:<port>"

    // Replaces or adds a host; thread-safe, takes effect on the next request.
    void setHost(const Host &host);
    void removeHost(const std::string &name);
    void setMode(const std::string &host, Mode mode);
    // The path a host is served at: "/host/<name>/metrics".
    static std::string pathOf(const std::string &host);
    // The page a host serves right now (Normal mode), as the test's reference.
    std::string page(const std::string &host) const;
    uint64_t requests() const;

    // A host of `chips` chips with distinct, deterministic values from `seed`.
    static Host makeHost(Kind kind, const std::string &name, int chips, uint32_t seed);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace scb::testing
