// scb-dashboard as a user runs it: bad flags, help and version, with no display at all.
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessRun runDashboard(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SCB_DASHBOARD_EXE), args);
    ProcessRun run;
    if (!process.waitForFinished(30'000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

TEST(DashboardCommandLine, BadFlagsExitTwoWithOneLine)
{
    for (const QStringList &args : {QStringList{"--bogus"}, QStringList{"--server", "nonsense"},
                                    QStringList{"--sim-chips", "-5"}}) {
        const ProcessRun run = runDashboard(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(' ').toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        EXPECT_TRUE(run.err.startsWith(QLatin1String("scb-dashboard: "))) << run.err.toStdString();
    }
}

TEST(DashboardCommandLine, HelpAndVersionNeedNoDisplay)
{
    const ProcessRun help = runDashboard({"--help", "--lang", "en"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QLatin1String("--server")));
    // The usage line names the program (no "<executable_name>").
    EXPECT_TRUE(help.out.contains(QLatin1String("scb-dashboard [options]")))
        << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QLatin1String("Show this help.")));
    // In Chinese where asked, Qt's own words too.
    const ProcessRun zh = runDashboard({"--help", "--lang", "zh_CN"});
    EXPECT_EQ(zh.exitCode, 0);
    EXPECT_TRUE(zh.out.contains(QStringLiteral("显示本帮助"))) << zh.out.toStdString();
    EXPECT_TRUE(zh.out.contains(QStringLiteral("选项"))) << zh.out.toStdString();
    const ProcessRun version = runDashboard({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QLatin1String("scb-dashboard ")));
}

TEST(DashboardCommandLine, NoDisplaySaysSoInOneLine)
{
    const ProcessRun run = runDashboard({});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QLatin1String("no display"))) << run.err.toStdString();
    EXPECT_EQ(run.err.count('\n'), 1);
}

} // namespace
