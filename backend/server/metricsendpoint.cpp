#include "server/metricsendpoint.h"

#include <httplib.h>

#include <atomic>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstring>
#include <netdb.h>
#include <optional>
#include <sys/socket.h>
#include <thread>

namespace scb {

namespace {

constexpr const char *kContentType = "text/plain; version=0.0.4; charset=utf-8";
// A watchdog endpoint, scraped every few seconds by one Prometheus: two
// workers are plenty, and each connection holds one while it lives.
constexpr size_t kWorkers = 2;
// A client that stalls mid-request or mid-response loses its worker after this.
constexpr time_t kIoTimeoutS = 5;
// cpp-httplib's stop() waits for every connection's worker, and an idle
// keep-alive connection keeps its worker until this runs out: short, so that
// stop() stays prompt (a scrape every 5 s or more gains nothing from reuse).
constexpr time_t kKeepAliveS = 1;

struct ListenAddress
{
    std::string host;
    int port = 0;
};

// "host:port" or "[v6]:port"; an IPv6 address must be bracketed, since its
// own colons would make the port ambiguous.
std::optional<ListenAddress> parseListen(const std::string &listen)
{
    ListenAddress address;
    std::string_view portText;
    if (listen.starts_with('[')) {
        const size_t close = listen.find("]:");
        if (close == std::string::npos)
            return std::nullopt;
        address.host = listen.substr(1, close - 1);
        portText = std::string_view(listen).substr(close + 2);
    } else {
        const size_t colon = listen.find(':');
        if (colon == std::string::npos || listen.find(':', colon + 1) != std::string::npos)
            return std::nullopt;
        address.host = listen.substr(0, colon);
        portText = std::string_view(listen).substr(colon + 1);
    }
    const char *end = portText.data() + portText.size();
    const auto [last, ec] = std::from_chars(portText.data(), end, address.port);
    if (address.host.empty() || portText.empty() || ec != std::errc() || last != end ||
        address.port < 0 || address.port > 65535)
        return std::nullopt;
    return address;
}

// cpp-httplib only says false when it cannot resolve the host; ask the
// resolver ourselves for the reason.
std::string resolveError(const ListenAddress &address)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo *found = nullptr;
    const std::string port = std::to_string(address.port);
    const int rc = getaddrinfo(address.host.c_str(), port.c_str(), &hints, &found);
    if (found)
        freeaddrinfo(found);
    return rc == 0 ? std::string() : gai_strerror(rc);
}

// httplib's default options add SO_REUSEPORT, which lets a second process
// bind the same port without an error; a daemon must fail loudly instead.
// SO_REUSEADDR alone still allows a restart over TIME_WAIT connections.
void listenSocketOptions(socket_t sock)
{
    const int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
}

} // namespace

struct MetricsEndpoint::Impl
{
    Render render;
    std::unique_ptr<httplib::Server> server;
    std::thread thread;
    int port = 0;
    std::atomic<uint64_t> requests{0};

    httplib::Server::HandlerResponse answer(const httplib::Request &request,
                                            httplib::Response &response);
};

httplib::Server::HandlerResponse MetricsEndpoint::Impl::answer(const httplib::Request &request,
                                                               httplib::Response &response)
{
    // Answered here, before httplib's routing, so that every path and
    // method gets exactly one of three answers.
    if (request.path != "/metrics") {
        response.status = 404;
        response.set_content("not found: the page is /metrics\n", "text/plain");
    } else if (request.method != "GET" && request.method != "HEAD") {
        response.status = 405;
        response.set_header("Allow", "GET, HEAD");
        response.set_content("only GET and HEAD\n", "text/plain");
    } else {
        response.status = 200;
        response.set_content(render(), kContentType);
        ++requests; // pages served: what a watcher of the watcher counts
    }
    return httplib::Server::HandlerResponse::Handled;
}

MetricsEndpoint::MetricsEndpoint(Render render)
    : d(std::make_unique<Impl>())
{
    d->render = std::move(render);
}

MetricsEndpoint::~MetricsEndpoint()
{
    stop();
}

Status MetricsEndpoint::start(const std::string &listen)
{
    stop(); // start() on a running endpoint moves it
    const std::optional<ListenAddress> address = parseListen(listen);
    if (!address)
        return Status::error("--metrics-listen: expected host:port, got '" + listen + "'");
    auto server = std::make_unique<httplib::Server>();
    server->new_task_queue = [] {
        return new httplib::ThreadPool(kWorkers);
    };
    server->set_read_timeout(kIoTimeoutS, 0);
    server->set_write_timeout(kIoTimeoutS, 0);
    server->set_keep_alive_timeout(kKeepAliveS);
    server->set_tcp_nodelay(true); // headers and body go out apart: no 40 ms Nagle wait
    server->set_socket_options(listenSocketOptions);
    Impl *impl = d.get();
    server->set_pre_routing_handler(
        [impl](const httplib::Request &request, httplib::Response &response) {
            return impl->answer(request, response);
        });

    errno = 0;
    int bound = address->port;
    if (address->port == 0)
        bound = server->bind_to_any_port(address->host);
    else if (!server->bind_to_port(address->host, address->port))
        bound = -1;
    const int bindErrno = errno;
    if (bound <= 0) {
        std::string why = bindErrno ? std::strerror(bindErrno) : resolveError(*address);
        return Status::error("cannot listen on " + listen +
                             " for /metrics: " + (why.empty() ? std::string("bind failed") : why));
    }
    // Bound means listening: connections queue from here on, so start() can
    // return before the accepting thread runs.
    d->port = bound;
    d->server = std::move(server);
    d->thread = std::thread([impl] { impl->server->listen_after_bind(); });
    // httplib's stop() does nothing until the accepting thread has marked the
    // server running: a stop() before that would leave the thread in accept()
    // and the join in stop() waiting forever. Wait the moment it takes.
    while (!d->server->is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return {};
}

void MetricsEndpoint::stop()
{
    if (!d->server)
        return;
    // Closes the listening socket; the join then waits for the workers,
    // at most kKeepAliveS for an idle connection, kIoTimeoutS for a stalled one.
    d->server->stop();
    if (d->thread.joinable())
        d->thread.join();
    d->server.reset();
    d->port = 0;
}

int MetricsEndpoint::port() const
{
    return d->port;
}

uint64_t MetricsEndpoint::requests() const
{
    return d->requests.load();
}

} // namespace scb
