#include "reportcommand.h"

#include "appoptions.h"
#include "language.h"
#include "report.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

#include <cstdio>

namespace scb {

namespace {

// A cron job's log gets one line: Qt's own notes (a missing XDG_RUNTIME_DIR
// under offscreen) are left out unless SCB_REPORT_VERBOSE is set.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg)
        std::fprintf(stderr, "scb-dashboard: %s\n", qPrintable(message));
}

} // namespace

int runReportCommand(const AppOptions &options, int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("SCB_REPORT_VERBOSE"))
        qInstallMessageHandler(quietMessages);
    // No display needed, whatever the caller's environment says.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    ReportRequest request;
    request.outputPath = options.reportPath;
    request.dbPath = options.dbPath.isEmpty() ? defaultDatabasePath() : options.dbPath;
    request.server = options.server;
    request.sections =
        options.reportSections.isEmpty() ? reportSectionKeys() : options.reportSections;
    QString language = effectiveLanguage(options.language, QSettings());
    if (language.isEmpty())
        language = QLocale::system().language() == QLocale::Chinese
                       ? QString::fromLatin1(kLanguageChinese)
                       : QString::fromLatin1(kLanguageEnglish);
    request.language = language;
    Translations translations;
    translations.apply(language);
    parsePaperSize(options.reportPaper, &request.page.size);
    request.page.orientation =
        options.reportLandscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    const QString why = parseReportRange(options.reportRange, QDateTime::currentMSecsSinceEpoch(),
                                         &request.fromMs, &request.toMs);
    if (!why.isEmpty()) {
        std::fprintf(stderr, "scb-dashboard: --range: %s\n", qPrintable(why));
        return 2;
    }
    const bool showProgress = !qEnvironmentVariableIsEmpty("SCB_REPORT_PROGRESS");
    const QString error = writeReport(request, [showProgress](int page, int pages) {
        if (showProgress) {
            std::printf("progress %d %d\n", page, pages);
            std::fflush(stdout);
        }
    });
    if (!error.isEmpty()) {
        std::fprintf(stderr, "scb-dashboard: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

} // namespace scb
