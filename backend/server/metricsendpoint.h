#pragma once

#include "core/status.h"

#include <functional>
#include <memory>
#include <string>

namespace scb {

// scb-telemetryd's own health, served over HTTP at /metrics in the
// exposition format (--metrics-listen), so that the base's Prometheus can
// watch the watcher. Any other path answers 404; only GET and HEAD.
//
// Thread-safety: start() and stop() from one thread; render runs on the
// endpoint's own threads, one request at a time, and must be thread-safe
// against whatever it reads.
class MetricsEndpoint
{
public:
    using Render = std::function<std::string()>; // the whole page, 0.0.4 text

    explicit MetricsEndpoint(Render render);
    ~MetricsEndpoint(); // stops

    // listen: "127.0.0.1:9464", "[::1]:9464", "0.0.0.0:9464"; port 0 picks a
    // free one (port() tells). Returns once listening, or why it cannot.
    Status start(const std::string &listen);
    void stop();
    int port() const;
    uint64_t requests() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace scb
