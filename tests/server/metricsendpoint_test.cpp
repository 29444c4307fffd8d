// scb-telemetryd's /metrics: the exposition writer's exact text, and the
// HTTP endpoint scraped over real HTTP on loopback.

#include "server/metricsendpoint.h"
#include "sources/scrape/expositionwriter.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <arpa/inet.h>
#include <atomic>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <netinet/in.h>
#include <random>
#include <sys/socket.h>
#include <unistd.h>

using namespace scb;
using namespace std::chrono_literals;

namespace {

// Three times what stop() takes at most (the endpoint's one-second
// keep-alive), and below httplib's default of five seconds that it replaces:
// the bound that says "prompt" without timing anything closely.
constexpr auto kPrompt = 3s;

std::string number(double value)
{
    std::string out;
    ExpositionWriter::appendNumber(out, value);
    return out;
}

// A TCP connection to the endpoint that sends nothing: a client that holds a
// connection open.
class IdleConnection
{
public:
    explicit IdleConnection(int port)
        : m_fd(socket(AF_INET, SOCK_STREAM, 0))
    {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(uint16_t(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected =
            m_fd >= 0 && connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    }
    ~IdleConnection()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    IdleConnection(const IdleConnection &) = delete;
    IdleConnection &operator=(const IdleConnection &) = delete;
    bool connected() const { return m_connected; }

private:
    int m_fd;
    bool m_connected = false;
};

struct Endpoint : ::testing::Test
{
    std::atomic<int> renders{0};
    MetricsEndpoint endpoint{[this] {
        ExpositionWriter w;
        w.family("scb_renders_total", "Pages rendered.", "counter");
        w.sample("scb_renders_total", {}, double(++renders));
        return w.take();
    }};

    httplib::Client client() const
    {
        httplib::Client c("127.0.0.1", endpoint.port());
        c.set_connection_timeout(5);
        c.set_read_timeout(5);
        return c;
    }
};

} // namespace

// --- ExpositionWriter -------------------------------------------------------

TEST(ExpositionWriter, FamilyWritesHelpThenType)
{
    ExpositionWriter w;
    w.family("scb_up", "Whether \"it\" is up.", "gauge");
    EXPECT_EQ(w.text(), "# HELP scb_up Whether \"it\" is up.\n# TYPE scb_up gauge\n");
}

TEST(ExpositionWriter, HelpEscapesBackslashAndNewlineOnly)
{
    ExpositionWriter w;
    w.helpOnly("m", "a\\b\nc \"d\"");
    EXPECT_EQ(w.text(), "# HELP m a\\\\b\\nc \"d\"\n"); // no # TYPE line
}

TEST(ExpositionWriter, LabelValuesAreEscaped)
{
    ExpositionWriter w;
    w.sample("m", {{"path", "C:\\data"}, {"say", "\"hi\"\nbye"}, {"empty", ""}}, 1);
    EXPECT_EQ(w.text(), "m{path=\"C:\\\\data\",say=\"\\\"hi\\\"\\nbye\",empty=\"\"} 1\n");
    EXPECT_EQ(ExpositionWriter::escapeLabelValue("a\\\"\n"), "a\\\\\\\"\\n");
    EXPECT_EQ(ExpositionWriter::escapeLabelValue("Gui'an {x}"), "Gui'an {x}");
}

TEST(ExpositionWriter, SamplesWithoutLabelsWithTimestampsAndRawLabels)
{
    ExpositionWriter w;
    w.sample("up", {}, 1);
    w.sample("m", {{"a", "b"}}, 0.5, 1'700'000'000'123);
    w.sampleRaw("r", "a=\"1\",b=\"2\"", -2);
    w.sampleRaw("bare", "", 3);
    EXPECT_EQ(w.text(), "up 1\nm{a=\"b\"} 0.5 1700000000123\nr{a=\"1\",b=\"2\"} -2\nbare 3\n");
    const std::string taken = w.take();
    EXPECT_FALSE(taken.empty());
    w.sample("after", {}, 1);
    EXPECT_EQ(w.text(), "after 1\n");
}

TEST(ExpositionWriter, IntegersHaveNoDecimalPoint)
{
    EXPECT_EQ(number(0), "0");
    EXPECT_EQ(number(42), "42");
    EXPECT_EQ(number(-7), "-7");
    EXPECT_EQ(number(81559), "81559");
    EXPECT_EQ(number(9007199254740992.0), "9007199254740992"); // 2^53
}

TEST(ExpositionWriter, FractionsAreShortest)
{
    EXPECT_EQ(number(15.507), "15.507");
    EXPECT_EQ(number(0.1), "0.1");
    EXPECT_EQ(number(-0.25), "-0.25");
    EXPECT_EQ(number(1e-9), "1e-09");
    EXPECT_EQ(number(0.1 + 0.2), "0.30000000000000004");
}

TEST(ExpositionWriter, NotANumberAndInfinities)
{
    EXPECT_EQ(number(std::numeric_limits<double>::quiet_NaN()), "NaN");
    EXPECT_EQ(number(std::numeric_limits<double>::infinity()), "+Inf");
    EXPECT_EQ(number(-std::numeric_limits<double>::infinity()), "-Inf");
    ExpositionWriter w;
    w.sample("m", {{"a", "b"}}, -std::numeric_limits<double>::infinity());
    EXPECT_EQ(w.text(), "m{a=\"b\"} -Inf\n");
}

TEST(ExpositionWriter, NumbersReadBackExactly)
{
    std::mt19937_64 random(20261205);
    for (int i = 0; i < 10'000; ++i) {
        // Any finite double, from its bits: tiny, huge and subnormal ones too.
        const double value = std::bit_cast<double>(random());
        if (!std::isfinite(value))
            continue;
        const std::string text = number(value);
        EXPECT_EQ(std::bit_cast<uint64_t>(std::strtod(text.c_str(), nullptr)),
                  std::bit_cast<uint64_t>(value))
            << text;
    }
}

// --- MetricsEndpoint --------------------------------------------------------

TEST_F(Endpoint, ServesTheRenderedPageWithItsContentType)
{
    ASSERT_TRUE(endpoint.start("127.0.0.1:0").ok());
    ASSERT_GT(endpoint.port(), 0);
    auto c = client();
    auto first = c.Get("/metrics");
    ASSERT_TRUE(first) << httplib::to_string(first.error());
    EXPECT_EQ(first->status, 200);
    EXPECT_EQ(first->get_header_value("Content-Type"), "text/plain; version=0.0.4; charset=utf-8");
    EXPECT_EQ(first->body, "# HELP scb_renders_total Pages rendered.\n"
                           "# TYPE scb_renders_total counter\n"
                           "scb_renders_total 1\n");
    // Rendered per request, not cached.
    auto second = c.Get("/metrics");
    ASSERT_TRUE(second);
    EXPECT_NE(second->body.find("scb_renders_total 2\n"), std::string::npos) << second->body;
    auto head = c.Head("/metrics");
    ASSERT_TRUE(head);
    EXPECT_EQ(head->status, 200);
    EXPECT_TRUE(head->body.empty());
    EXPECT_EQ(endpoint.requests(), 3u);
}

TEST_F(Endpoint, AnswersOnlyMetricsAndOnlyGetAndHead)
{
    ASSERT_TRUE(endpoint.start("127.0.0.1:0").ok());
    auto c = client();
    for (const char *path : {"/", "/metrics/", "/metricsx", "/favicon.ico"}) {
        auto r = c.Get(path);
        ASSERT_TRUE(r) << path;
        EXPECT_EQ(r->status, 404) << path;
    }
    auto post = c.Post("/metrics", "x", "text/plain");
    ASSERT_TRUE(post);
    EXPECT_EQ(post->status, 405);
    EXPECT_EQ(post->get_header_value("Allow"), "GET, HEAD");
    auto del = c.Delete("/metrics");
    ASSERT_TRUE(del);
    EXPECT_EQ(del->status, 405);
    EXPECT_EQ(renders.load(), 0);       // no page rendered for any of them
    EXPECT_EQ(endpoint.requests(), 0u); // nor counted as served
}

TEST_F(Endpoint, ABadListenAddressIsNamed)
{
    const Status status = endpoint.start("x");
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.message(), "--metrics-listen: expected host:port, got 'x'");
    for (const char *bad :
         {"", "127.0.0.1", "127.0.0.1:", ":9464", "127.0.0.1:http", "127.0.0.1:70000",
          "127.0.0.1:-1", "127.0.0.1:94 64", "::1:9464", "[::1]9464", "[::1]:", "[]:9464"}) {
        const Status s = endpoint.start(bad);
        ASSERT_FALSE(s.ok()) << bad;
        EXPECT_EQ(s.message(),
                  "--metrics-listen: expected host:port, got '" + std::string(bad) + "'");
    }
    EXPECT_EQ(endpoint.port(), 0);
}

TEST_F(Endpoint, APortInUseIsAnError)
{
    ASSERT_TRUE(endpoint.start("127.0.0.1:0").ok());
    const std::string taken = "127.0.0.1:" + std::to_string(endpoint.port());
    MetricsEndpoint second([] { return std::string(); });
    const Status status = second.start(taken);
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.message().find("cannot listen on " + taken), std::string::npos)
        << status.message();
    EXPECT_NE(status.message().find(std::strerror(EADDRINUSE)), std::string::npos)
        << status.message();
    // The first one still serves.
    auto r = client().Get("/metrics");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
}

TEST_F(Endpoint, AnAddressNotOnThisMachineIsAnError)
{
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): never a local address.
    const Status status = endpoint.start("192.0.2.1:0");
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.message().find("192.0.2.1:0"), std::string::npos) << status.message();
    EXPECT_NE(status.message().find(std::strerror(EADDRNOTAVAIL)), std::string::npos)
        << status.message();
}

TEST_F(Endpoint, ListensOnBracketedIpv6)
{
    const Status status = endpoint.start("[::1]:0");
    if (!status.ok())
        GTEST_SKIP() << "no IPv6 loopback here: " << status.message();
    httplib::Client c("::1", endpoint.port());
    c.set_connection_timeout(5);
    auto r = c.Get("/metrics");
    ASSERT_TRUE(r) << httplib::to_string(r.error());
    EXPECT_EQ(r->status, 200);
}

TEST_F(Endpoint, StopsAndStartsAgain)
{
    ASSERT_TRUE(endpoint.start("127.0.0.1:0").ok());
    const int port = endpoint.port();
    ASSERT_TRUE(client().Get("/metrics"));
    endpoint.stop();
    endpoint.stop(); // idempotent
    httplib::Client gone("127.0.0.1", port);
    gone.set_connection_timeout(2);
    EXPECT_FALSE(gone.Get("/metrics"));
    // The same port again: nothing of the first listener lingers.
    ASSERT_TRUE(endpoint.start("127.0.0.1:" + std::to_string(port)).ok());
    EXPECT_EQ(endpoint.port(), port);
    auto r = client().Get("/metrics");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
}

TEST_F(Endpoint, StopRightAfterStartReturns)
{
    // httplib's own stop() is lost if it comes before its accepting thread
    // runs; a daemon that fails right after start() must still exit.
    for (int i = 0; i < 50; ++i) {
        MetricsEndpoint scoped([] { return std::string("x 1\n"); });
        ASSERT_TRUE(scoped.start("127.0.0.1:0").ok());
    }
}

TEST_F(Endpoint, DestructorStops)
{
    int port = 0;
    {
        MetricsEndpoint scoped([] { return std::string("x 1\n"); });
        ASSERT_TRUE(scoped.start("127.0.0.1:0").ok());
        port = scoped.port();
        ASSERT_TRUE(httplib::Client("127.0.0.1", port).Get("/metrics"));
    }
    httplib::Client gone("127.0.0.1", port);
    gone.set_connection_timeout(2);
    EXPECT_FALSE(gone.Get("/metrics"));
}

TEST_F(Endpoint, StopIsPromptWhileClientsHoldConnectionsOpen)
{
    ASSERT_TRUE(endpoint.start("127.0.0.1:0").ok());
    // Two connections kept alive after a request: each holds one of the two
    // workers for sure when stop() comes. And one that never sends a byte.
    auto keptAlive = client();
    keptAlive.set_keep_alive(true);
    ASSERT_TRUE(keptAlive.Get("/metrics"));
    auto alsoKeptAlive = client();
    alsoKeptAlive.set_keep_alive(true);
    ASSERT_TRUE(alsoKeptAlive.Get("/metrics"));
    IdleConnection idle(endpoint.port());
    ASSERT_TRUE(idle.connected());
    const auto start = std::chrono::steady_clock::now();
    endpoint.stop();
    EXPECT_LT(std::chrono::steady_clock::now() - start, kPrompt);
}
