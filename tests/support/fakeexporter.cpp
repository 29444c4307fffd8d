#include "fakeexporter.h"

#include "sources/scrape/expositionwriter.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <sys/socket.h>
#include <thread>
#include <unordered_map>

namespace scb::testing {

namespace {

constexpr const char *kTextType = "text/plain; version=0.0.4; charset=utf-8";
constexpr size_t kHugePadBytes = size_t(100) << 20;
constexpr size_t kPadLineBytes = 1024;
constexpr size_t kPadBlockLines = 64; // the pad is written 64 KiB at a time
// cpp-httplib gives each connection a worker for as long as it is kept
// alive. A scraper holds a few hundred connections: enough workers that
// most get one at once, and a cap on requests per connection so that those
// queued behind a busy one get their turn within a fraction of a second.
constexpr size_t kWorkers = 64;
constexpr size_t kRequestsPerConnection = 100;
// Long enough to outlast a one-second scrape interval, short because
// stop() waits this long for a connection the scraper keeps idle.
constexpr time_t kKeepAliveS = 2;

const char *const kDcgmModel = "NVIDIA H100 80GB HBM3";
const char *const kNpuModel = "Ascend910B";

// splitmix64's finalizer: a well-mixed 64-bit value from any input.
uint64_t mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

uint64_t draw(uint32_t seed, uint64_t chip, uint64_t field)
{
    return mix(mix(mix(seed) + chip) + field);
}

std::string hexDigits(uint64_t value, int digits)
{
    char buffer[20];
    const uint64_t mask = digits >= 16 ? ~0ull : (1ull << (4 * digits)) - 1;
    std::snprintf(buffer, sizeof buffer, "%0*llx", digits,
                  static_cast<unsigned long long>(value & mask));
    return buffer;
}

std::string label(const char *name, const std::string &value)
{
    return std::string(name) + "=\"" + ExpositionWriter::escapeLabelValue(value) + "\"";
}

using Chip = FakeExporter::Chip;
using ChipValue = double (*)(const Chip &);

// One family as both exporters write it: the family's header lines, then one
// sample per chip with that chip's label set.
void writeFamily(ExpositionWriter &w,
                 const char *name,
                 const char *help,
                 const char *type,
                 const std::vector<Chip> &chips,
                 const std::vector<std::string> &labels,
                 ChipValue value)
{
    if (type)
        w.family(name, help, type);
    else
        w.helpOnly(name, help); // npu-exporter leaves out # TYPE for some
    for (size_t i = 0; i < chips.size(); ++i)
        w.sampleRaw(name, labels[i], value(chips[i]));
}

// dcgm-exporter's page: its label set (as in tests/fixtures/dcgm-exporter-t4.prom)
// and its default counters, one family (SM clock) that no mapping reads.
std::string dcgmPage(const FakeExporter::Host &host)
{
    std::vector<std::string> labels;
    for (const Chip &c : host.chips) {
        char bus[32];
        std::snprintf(bus, sizeof bus, "00000000:%02X:00.0", (0x18 + c.index) & 0xff);
        labels.push_back(label("gpu", std::to_string(c.index)) + "," + label("UUID", c.uuid) + "," +
                         label("pci_bus_id", bus) + "," +
                         label("device", "nvidia" + std::to_string(c.index)) + "," +
                         label("modelName", c.model) + "," + label("Hostname", host.name));
    }
    const auto &chips = host.chips;
    ExpositionWriter w;
    w.reserve(chips.size() * 9 * (labels.empty() ? 0 : labels[0].size() + 64));
    writeFamily(w, "DCGM_FI_DEV_SM_CLOCK", "SM clock frequency (in MHz).", "gauge", chips, labels,
                [](const Chip &c) { return 1755.0 - 15.0 * (c.index % 4); });
    writeFamily(w, "DCGM_FI_DEV_GPU_TEMP", "GPU temperature (in C).", "gauge", chips, labels,
                [](const Chip &c) { return c.temperatureC; });
    writeFamily(w, "DCGM_FI_DEV_POWER_USAGE", "Power draw (in W).", "gauge", chips, labels,
                [](const Chip &c) { return c.powerW; });
    writeFamily(w, "DCGM_FI_DEV_GPU_UTIL", "GPU utilization (in %).", "gauge", chips, labels,
                [](const Chip &c) { return c.utilization; });
    writeFamily(w, "DCGM_FI_DEV_FB_FREE", "Framebuffer memory free (in MiB).", "gauge", chips,
                labels, [](const Chip &c) { return c.memoryFreeMiB; });
    writeFamily(w, "DCGM_FI_DEV_FB_USED", "Framebuffer memory used (in MiB).", "gauge", chips,
                labels, [](const Chip &c) { return c.memoryUsedMiB; });
    writeFamily(w, "DCGM_FI_DEV_XID_ERRORS", "Value of the last XID error encountered.", "gauge",
                chips, labels, [](const Chip &c) { return c.xid; });
    writeFamily(w, "DCGM_FI_DEV_ECC_DBE_VOL_TOTAL",
                "Total number of double-bit volatile ECC errors.", "counter", chips, labels,
                [](const Chip &c) { return c.eccDbe; });
    writeFamily(w, "DCGM_FI_DEV_CLOCK_THROTTLE_REASONS", "Current clock throttle reasons.", "gauge",
                chips, labels, [](const Chip &c) { return c.throttleReasons; });
    return w.take();
}

// npu-exporter v5's page: its label set, HBM in MiB, and, as in
// tests/fixtures/npu-exporter-910b.prom, families with # HELP and no # TYPE.
std::string npuPage(const FakeExporter::Host &host)
{
    std::vector<std::string> labels;
    for (const Chip &c : host.chips) {
        char bus[32];
        std::snprintf(bus, sizeof bus, "0000:%02X:00.0", (0xc1 + c.index) & 0xff);
        labels.push_back(label("id", std::to_string(c.index)) + "," + label("model_name", c.model) +
                         "," + label("vdie_id", c.uuid) + "," + label("pcie_bus_info", bus) + "," +
                         label("namespace", "") + "," + label("pod_name", ""));
    }
    const auto &chips = host.chips;
    ExpositionWriter w;
    w.reserve(chips.size() * 7 * (labels.empty() ? 0 : labels[0].size() + 48));
    writeFamily(w, "npu_chip_info_name", "the Ascend npu name with value '1'", nullptr, chips,
                labels, [](const Chip &) { return 1.0; });
    writeFamily(w, "npu_chip_info_utilization", "the ai core utilization", nullptr, chips, labels,
                [](const Chip &c) { return c.utilization; });
    writeFamily(w, "npu_chip_info_temperature", "the npu temperature", "gauge", chips, labels,
                [](const Chip &c) { return c.temperatureC; });
    writeFamily(w, "npu_chip_info_power", "the npu power", "gauge", chips, labels,
                [](const Chip &c) { return c.powerW; });
    writeFamily(w, "npu_chip_info_hbm_used_memory", "the npu hbm used memory", "gauge", chips,
                labels, [](const Chip &c) { return c.memoryUsedMiB; });
    writeFamily(w, "npu_chip_info_hbm_total_memory", "the npu hbm total memory", "gauge", chips,
                labels, [](const Chip &c) { return c.memoryUsedMiB + c.memoryFreeMiB; });
    writeFamily(w, "npu_chip_info_health_status", "the npu health status", "gauge", chips, labels,
                [](const Chip &c) { return c.health; });
    return w.take();
}

// Where Partial cuts a page: halfway through a sample line near the middle,
// so the last line is a sample with neither its value nor its newline.
size_t partialCut(const std::string &page)
{
    size_t start = page.rfind('\n', page.size() / 2);
    start = start == std::string::npos ? 0 : start + 1;
    while (start < page.size() && page[start] == '#') {
        const size_t next = page.find('\n', start);
        if (next == std::string::npos)
            break;
        start = next + 1;
    }
    size_t end = page.find('\n', start);
    if (end == std::string::npos)
        end = page.size();
    return start + (end - start) / 2;
}

std::string garbageBody()
{
    // What a wrong service on the port might send: binary, no newlines
    // where a parser wants them, quotes and braces that never close.
    std::string body;
    for (int i = 0; i < 200; ++i) {
        body += std::string("\x01\x7f\xfe\x00{{{ ", 8);
        body += std::to_string(i * 7919);
        body += " }}\"=\n";
    }
    return body;
}

// Serves `size` bytes of a shared text: no copy per request, and httplib
// does not compress what a provider writes, so a scrape costs the fake
// little more than the socket write.
void serveShared(httplib::Response &response, std::shared_ptr<const std::string> text, size_t size)
{
    response.set_content_provider(size, kTextType,
                                  [text](size_t offset, size_t length, httplib::DataSink &sink) {
                                      return sink.write(text->data() + offset, length);
                                  });
}

} // namespace

struct FakeExporter::Impl
{
    struct Served
    {
        Mode mode = Mode::Normal;
        std::shared_ptr<const std::string> page; // rendered once, when set
        size_t partialBytes = 0;
    };

    Kind kind = Kind::Dcgm;
    std::unique_ptr<httplib::Server> server;
    std::thread thread;
    int port = 0;
    socket_t listenSocket = INVALID_SOCKET;
    std::atomic<uint64_t> requests{0};
    const std::shared_ptr<const std::string> garbage =
        std::make_shared<const std::string>(garbageBody());
    std::string padBlock; // kPadBlockLines comment lines of kPadLineBytes

    mutable std::mutex mutex;
    std::condition_variable changed; // a host's mode, the host set, or stopping
    std::unordered_map<std::string, Served> hosts;
    bool stopping = false;

    void configure(httplib::Server &s);
    httplib::Server::HandlerResponse answer(const httplib::Request &request,
                                            httplib::Response &response);
    void serveHost(const std::string &name, httplib::Response &response);
    void serve(Mode mode, const Served &served, httplib::Response &response) const;
    void serveHuge(const std::shared_ptr<const std::string> &page,
                   httplib::Response &response) const;
};

void FakeExporter::Impl::configure(httplib::Server &s)
{
    s.new_task_queue = [] {
        return new httplib::ThreadPool(kWorkers);
    };
    s.set_keep_alive_max_count(kRequestsPerConnection);
    s.set_keep_alive_timeout(kKeepAliveS);
    // httplib writes the headers and the body apart: with Nagle on, the
    // body waits for the client's delayed ACK, 40 ms a request.
    s.set_tcp_nodelay(true);
    s.set_socket_options([this](socket_t sock) {
        const int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        listenSocket = sock;
    });
    s.set_pre_routing_handler([this](const httplib::Request &request, httplib::Response &response) {
        return answer(request, response);
    });
}

httplib::Server::HandlerResponse FakeExporter::Impl::answer(const httplib::Request &request,
                                                            httplib::Response &response)
{
    ++requests;
    // /host/<name>/metrics, parsed by hand: no regex per request at 25,000 a round.
    constexpr std::string_view prefix = "/host/", suffix = "/metrics";
    const std::string &path = request.path;
    const bool shaped = path.size() > prefix.size() + suffix.size() && path.starts_with(prefix) &&
                        path.ends_with(suffix);
    const std::string name =
        shaped ? path.substr(prefix.size(), path.size() - prefix.size() - suffix.size())
               : std::string();
    if (!shaped || name.find('/') != std::string::npos) {
        response.status = 404;
        response.set_content("not found: try /host/<name>/metrics\n", "text/plain");
    } else if (request.method != "GET" && request.method != "HEAD") {
        response.status = 405;
        response.set_header("Allow", "GET, HEAD");
    } else {
        serveHost(name, response);
    }
    return httplib::Server::HandlerResponse::Handled;
}

void FakeExporter::Impl::serveHost(const std::string &name, httplib::Response &response)
{
    std::unique_lock lock(mutex);
    for (;;) {
        const auto it = hosts.find(name);
        if (it == hosts.end()) {
            response.status = 404;
            response.set_content("no such host\n", "text/plain");
            return;
        }
        if (stopping) {
            response.status = 503;
            return;
        }
        if (it->second.mode != Mode::Hang) {
            const Served served = it->second; // a shared_ptr copy: setHost may replace it
            lock.unlock();
            serve(served.mode, served, response);
            return;
        }
        // Hang: hold the worker and say nothing until the mode changes (then
        // answer as the new mode says) or the exporter stops.
        changed.wait(lock);
    }
}

void FakeExporter::Impl::serve(Mode mode, const Served &served, httplib::Response &response) const
{
    switch (mode) {
    case Mode::Normal:
    case Mode::Hang:
        serveShared(response, served.page, served.page->size());
        return;
    case Mode::Error500:
        response.status = 500;
        response.set_content("An error has occurred while serving metrics\n", "text/plain");
        return;
    case Mode::Garbage:
        serveShared(response, garbage, garbage->size());
        return;
    case Mode::Huge:
        serveHuge(served.page, response);
        return;
    case Mode::Partial:
        serveShared(response, served.page, served.partialBytes);
        return;
    }
}

void FakeExporter::Impl::serveHuge(const std::shared_ptr<const std::string> &page,
                                   httplib::Response &response) const
{
    // The page, then comment lines to 100 MiB more, streamed a block at a
    // time from one shared 64 KiB block: no 100 MB string, per request or
    // cached. httplib calls the provider again from where the last write ended.
    const std::string *pad = &padBlock;
    response.set_content_provider(
        page->size() + kHugePadBytes, kTextType,
        [page, pad](size_t offset, size_t length, httplib::DataSink &sink) {
            if (offset < page->size())
                return sink.write(page->data() + offset, std::min(length, page->size() - offset));
            const size_t at = (offset - page->size()) % pad->size();
            return sink.write(pad->data() + at, std::min(length, pad->size() - at));
        });
}

FakeExporter::FakeExporter(Kind kind)
    : d(std::make_unique<Impl>())
{
    d->kind = kind;
    const std::string line = "# " + std::string(kPadLineBytes - 3, 'x') + "\n";
    d->padBlock.reserve(line.size() * kPadBlockLines);
    for (size_t i = 0; i < kPadBlockLines; ++i)
        d->padBlock += line;
}

FakeExporter::~FakeExporter()
{
    stop();
}

bool FakeExporter::start()
{
    if (d->server)
        return true;
    {
        std::lock_guard lock(d->mutex);
        d->stopping = false;
    }
    auto server = std::make_unique<httplib::Server>();
    d->configure(*server);
    const int port = server->bind_to_any_port("127.0.0.1");
    if (port <= 0)
        return false;
    // httplib listens with a backlog of 5: a scraper opening a few hundred
    // connections at once would see SYNs dropped and retried a second later.
    // listen() again on the bound socket only raises the backlog.
    ::listen(d->listenSocket, SOMAXCONN);
    d->port = port;
    d->server = std::move(server);
    Impl *impl = d.get();
    d->thread = std::thread([impl] { impl->server->listen_after_bind(); });
    // httplib's stop() is a no-op until the accepting thread has marked the
    // server running; a stop() right after start() would then never return.
    while (!d->server->is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return true;
}

void FakeExporter::stop()
{
    if (!d->server)
        return;
    // The listening socket first, so that a worker finishing a request sees
    // the server stopping and closes its connection rather than waiting
    // for the next request; then wake the requests Hang is holding.
    d->server->stop();
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->changed.notify_all();
    if (d->thread.joinable())
        d->thread.join();
    d->server.reset();
    d->listenSocket = INVALID_SOCKET;
}

int FakeExporter::port() const
{
    return d->port;
}

std::string FakeExporter::address() const
{
    return "127.0.0.1:" + std::to_string(d->port);
}

std::string FakeExporter::pathOf(const std::string &host)
{
    return "/host/" + host + "/metrics";
}

void FakeExporter::setHost(const Host &host)
{
    // Rendered here, once, outside the lock: a request only copies a pointer.
    Impl::Served served;
    served.mode = host.mode;
    served.page =
        std::make_shared<const std::string>(d->kind == Kind::Dcgm ? dcgmPage(host) : npuPage(host));
    served.partialBytes = partialCut(*served.page);
    {
        std::lock_guard lock(d->mutex);
        d->hosts[host.name] = std::move(served);
    }
    d->changed.notify_all();
}

void FakeExporter::removeHost(const std::string &name)
{
    {
        std::lock_guard lock(d->mutex);
        d->hosts.erase(name);
    }
    d->changed.notify_all();
}

void FakeExporter::setMode(const std::string &host, Mode mode)
{
    {
        std::lock_guard lock(d->mutex);
        const auto it = d->hosts.find(host);
        if (it != d->hosts.end())
            it->second.mode = mode;
    }
    d->changed.notify_all();
}

std::string FakeExporter::page(const std::string &host) const
{
    std::lock_guard lock(d->mutex);
    const auto it = d->hosts.find(host);
    return it == d->hosts.end() ? std::string() : *it->second.page;
}

uint64_t FakeExporter::requests() const
{
    return d->requests.load();
}

FakeExporter::Host
FakeExporter::makeHost(Kind kind, const std::string &name, int chips, uint32_t seed)
{
    Host host;
    host.name = name;
    const bool dcgm = kind == Kind::Dcgm;
    const uint64_t totalMiB = dcgm ? 81559 : 65536; // H100 80GB's FB; 910B's 64 GB HBM
    // A base per host from the seed, then a stride per chip that is prime
    // to each range: values distinct chip to chip (for up to 61 chips),
    // so a value read for the wrong chip shows.
    const auto base = [seed](uint64_t field) {
        return draw(seed, 0xffff, field);
    };
    for (int i = 0; i < chips; ++i) {
        const auto k = uint64_t(i);
        Chip c;
        c.index = i;
        c.model = dcgm ? kDcgmModel : kNpuModel;
        if (dcgm)
            c.uuid = "GPU-" + hexDigits(draw(seed, k, 1), 8) + "-" +
                     hexDigits(draw(seed, k, 2), 4) + "-" + hexDigits(draw(seed, k, 3), 4) + "-" +
                     hexDigits(draw(seed, k, 4), 4) + "-" + hexDigits(draw(seed, k, 5), 12);
        else
            c.uuid = hexDigits(draw(seed, k, 1), 16) +
                     hexDigits(draw(seed, k, 2), 8); // vdie_id: any stable text
        c.utilization = double((base(6) + k * 37) % 101);
        c.memoryUsedMiB = double(1024 + (base(7) + k * 7919) % (totalMiB - 1024));
        c.memoryFreeMiB = double(totalMiB) - c.memoryUsedMiB;
        c.powerW = double(50'000 + (base(8) + k * 104'729) % 650'000) / 1000.0; // 50.000..699.999 W
        c.temperatureC = double(30 + (base(9) + k * 17) % 61);
        host.chips.push_back(std::move(c));
    }
    return host;
}

} // namespace scb::testing
