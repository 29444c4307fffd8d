#include "appoptions.h"

#include <gtest/gtest.h>

namespace scb {
namespace {

AppOptions parse(QStringList args)
{
    args.prepend(QStringLiteral("scb-dashboard"));
    return parseAppOptions(args);
}

TEST(AppOptions, DefaultsStartTheEmbeddedSimulator)
{
    const AppOptions options = parse({});
    EXPECT_EQ(options.action, AppOptions::Action::Run);
    EXPECT_TRUE(options.server.isEmpty());
    EXPECT_TRUE(options.dbPath.isEmpty());
    EXPECT_EQ(options.simChips, 80'000);
}

TEST(AppOptions, AcceptsServerAndDatabase)
{
    const AppOptions options = parse({"--server", "10.1.2.3:50051", "--db", "/tmp/x.db"});
    EXPECT_EQ(options.action, AppOptions::Action::Run);
    EXPECT_EQ(options.server, "10.1.2.3:50051");
    EXPECT_EQ(options.dbPath, "/tmp/x.db");
    EXPECT_EQ(parse({"--server=[::1]:50051"}).server, "[::1]:50051");
    EXPECT_EQ(parse({"--server", "telemetry.example:443"}).action, AppOptions::Action::Run);
}

TEST(AppOptions, RejectsBadInputWithOneLine)
{
    const QList<QStringList> bad = {
        {"--bogus"},
        {"--server"},
        {"--server", "no-port"},
        {"--server", "host:0"},
        {"--server", "host:70000"},
        {"--server", "host:50051; rm -rf /"},
        {"--db", ""},
        {"--sim-chips", "abc"},
        {"--sim-chips", "0"},
        {"--sim-chips", "5000000"},
        {"--sim-centers", "-1"},
        {"--sim-seed", "x"},
        {"stray-argument"},
    };
    for (const QStringList &args : bad) {
        const AppOptions options = parse(args);
        EXPECT_EQ(options.action, AppOptions::Action::Error) << args.join(' ').toStdString();
        EXPECT_FALSE(options.error.isEmpty());
        EXPECT_FALSE(options.error.contains('\n')) << options.error.toStdString();
    }
}

TEST(AppOptions, HelpAndVersion)
{
    const AppOptions help = parse({"--help"});
    EXPECT_EQ(help.action, AppOptions::Action::ShowHelp);
    for (const char *flag : {"--server", "--db", "--help", "--version", "--sim-chips"})
        EXPECT_TRUE(help.helpText.contains(QLatin1String(flag))) << flag;
    EXPECT_EQ(parse({"--version"}).action, AppOptions::Action::ShowVersion);
}

TEST(AppOptions, ModeOptionChoosesTheSummaryScreen)
{
    const QString exe = QStringLiteral("scb-dashboard");
    EXPECT_EQ(parseAppOptions({exe}).mode, AppOptions::Mode::Operator);
    const AppOptions summary =
        parseAppOptions({exe, QStringLiteral("--mode"), QStringLiteral("summary")});
    EXPECT_EQ(summary.action, AppOptions::Action::Run);
    EXPECT_EQ(summary.mode, AppOptions::Mode::Summary);
    EXPECT_EQ(parseAppOptions({exe, QStringLiteral("--mode=operator")}).mode,
              AppOptions::Mode::Operator);
    const AppOptions bad =
        parseAppOptions({exe, QStringLiteral("--mode"), QStringLiteral("kiosk")});
    EXPECT_EQ(bad.action, AppOptions::Action::Error);
    EXPECT_TRUE(bad.error.contains(QStringLiteral("kiosk")));
}

} // namespace
} // namespace scb
