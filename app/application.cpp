#include "application.h"

#include "appoptions.h"
#include "fleetbridge.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QTranslator>

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

void installTranslations(QApplication &app)
{
    const QLocale locale;
    // English is the source language, but its plural forms live in scb_en.qm.
    // Install it first: Qt asks the newest translator first and falls back to
    // older ones, so the locale's translation wins wherever it has an entry.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/scb_en.qm")))
        QApplication::installTranslator(english);
    auto *ours = new QTranslator(&app);
    if (locale.language() != QLocale::English &&
        ours->load(locale, QStringLiteral("scb"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
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
    case AppOptions::Action::ShowHelp:
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    case AppOptions::Action::ShowVersion:
        std::printf("scb-dashboard %s\n", SCB_VERSION);
        return 0;
    case AppOptions::Action::Run:
        break;
    }
    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "scb-dashboard: no display (DISPLAY and WAYLAND_DISPLAY are unset): "
                     "run it from a desktop session or under xvfb-run; the telemetry server "
                     "runs without one (scb-telemetryd --help)\n");
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    installTranslations(app);

    FleetBridge bridge(options);
    MainWindow window(&bridge);
    // Operators run it full-screen; without a window manager (Xvfb) fill the screen ourselves.
    if (const QScreen *screen = window.screen())
        window.resize(screen->availableGeometry().size());
    window.showMaximized();
    bridge.start();
    return QApplication::exec();
}

} // namespace scb
