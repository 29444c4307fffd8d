#include "application.h"

#include "appoptions.h"
#include "fleetbridge.h"
#include "language.h"
#include "mainwindow.h"
#include "reportcommand.h"
#include "statisticsbridge.h"
#include "summaryscreen.h"
#include "windowhost.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>

#include <cstdio>

namespace scb {

namespace {

bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int runDashboard(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("scb-dashboard"));
    QCoreApplication::setOrganizationName(QStringLiteral("scb"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCB_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const AppOptions options = parseAppOptions(arguments);
    switch (options.action) {
    case AppOptions::Action::Error:
        std::fprintf(stderr, "scb-dashboard: %s (see --help)\n", qPrintable(options.error));
        return 2;
    case AppOptions::Action::ShowHelp: {
        // In the language the app would show (--lang, else Settings ›
        // Language, else the system's), with the usage line naming the
        // program: both want an application object, and a QCoreApplication
        // needs no display.
        QCoreApplication core(argc, argv);
        Translations translations;
        translations.apply(effectiveLanguage(options.language, QSettings()));
        std::fputs(qPrintable(parseAppOptions(arguments).helpText), stdout);
        return 0;
    }
    case AppOptions::Action::ShowVersion:
        std::printf("scb-dashboard %s\n", SCB_VERSION);
        return 0;
    case AppOptions::Action::Run:
        break;
    }
    // --report: a PDF and exit, before any window and whatever the display.
    if (!options.reportPath.isEmpty())
        return runReportCommand(options, argc, argv);
    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "scb-dashboard: no display (DISPLAY and WAYLAND_DISPLAY are unset): "
                     "run it from a desktop session or under xvfb-run; the telemetry server "
                     "runs without one (scb-telemetryd --help)\n");
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    // --lang for this run, else Settings → Language, else the system's.
    Translations translations;
    translations.apply(effectiveLanguage(options.language, QSettings()));

    FleetBridge bridge(options);
    StatisticsBridge statistics(StatisticsBridge::cachePathFor(bridge.databasePath()));
    if (options.mode == AppOptions::Mode::Summary) {
        // The meeting-room screen alone: no main window, Esc quits.
        QSettings settings;
        SummaryScreen screen(&bridge, &statistics, &settings);
        QObject::connect(&bridge, &FleetBridge::started, &statistics,
                         [&] { statistics.setServer(bridge.serverAddress()); });
        QObject::connect(&screen, &SummaryScreen::leaveRequested, &app, &QCoreApplication::quit);
        screen.showFullScreenOn(nullptr);
        bridge.start();
        return QApplication::exec();
    }
    // Settings → Language rebuilds the window in the new language on the same bridges.
    WindowHost host(&bridge, &statistics, &translations);
    {
        MainWindow *window = host.window();
        // Operators run it full-screen; without a window manager (Xvfb) fill the screen ourselves.
        if (const QScreen *screen = window->screen())
            window->resize(screen->availableGeometry().size());
        window->showMaximized();
    }
    bridge.start();
    return QApplication::exec();
}

} // namespace scb
