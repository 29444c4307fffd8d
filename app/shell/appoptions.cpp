#include "appoptions.h"

#include "language.h"
#include "report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRegularExpression>

namespace scb {

namespace {

bool parseBoundedInt(const QString &text, qint64 min, qint64 max, qint64 *value)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *value = v;
    return true;
}

} // namespace

bool isValidServerAddress(const QString &address)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.\-]*):(\d{1,5})$)"));
    const auto match = pattern.match(address);
    if (!match.hasMatch())
        return false;
    const int port = match.captured(2).toInt();
    return port >= 1 && port <= 65535;
}

AppOptions parseAppOptions(const QStringList &arguments)
{
    AppOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AppOptions", "Operations dashboard of a smart computing base: live accelerator fleet, "
                      "history, datasets, cloud adoption and industry output."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("AppOptions", "Show this help."));
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("AppOptions", "Show the version."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("AppOptions",
                                    "Telemetry server to connect to (host:port). Without it, an "
                                    "embedded fleet simulator is started in-process."),
        QStringLiteral("host:port"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("AppOptions", "History database file (default: %1).")
            .arg(defaultDatabasePath()),
        QStringLiteral("file"));
    const QCommandLineOption chipsOption(
        QStringLiteral("sim-chips"),
        QCoreApplication::translate("AppOptions",
                                    "Chips of the embedded simulator (default: 80000)."),
        QStringLiteral("n"));
    const QCommandLineOption centersOption(
        QStringLiteral("sim-centers"),
        QCoreApplication::translate("AppOptions",
                                    "Centers of the embedded simulator (default: 4)."),
        QStringLiteral("n"));
    const QCommandLineOption seedOption(
        QStringLiteral("sim-seed"),
        QCoreApplication::translate("AppOptions", "Seed of the embedded simulator (default: 1)."),
        QStringLiteral("n"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("AppOptions",
                                    "Language of the user interface for this run: zh_CN or en "
                                    "(default: the one chosen in Settings → Language, else the "
                                    "system's)."),
        QStringLiteral("code"));
    parser.addOptions({helpOption, versionOption, serverOption, dbOption, chipsOption,
                       centersOption, seedOption});
    parser.addOption(langOption);
    const QCommandLineOption modeOption(
        QStringLiteral("mode"),
        QCoreApplication::translate("AppOptions",
                                    "What to show: operator (the dashboard, default) or summary "
                                    "(full-screen slides for a meeting-room screen; Esc quits)."),
        QStringLiteral("mode"));
    parser.addOption(modeOption);
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        QCoreApplication::translate("AppOptions",
                                    "Write a PDF report to this file and exit, without a window "
                                    "or a display."),
        QStringLiteral("file.pdf"));
    const QCommandLineOption rangeOption(
        QStringLiteral("range"),
        QCoreApplication::translate("AppOptions",
                                    "Period of the report: 24h, 7d, 30d or FROM..TO (dates "
                                    "YYYY-MM-DD or local times YYYY-MM-DDTHH:MM; default: 24h)."),
        QStringLiteral("range"));
    const QCommandLineOption sectionsOption(
        QStringLiteral("sections"),
        QCoreApplication::translate("AppOptions",
                                    "Sections of the report, comma-separated: %1 (default: all).")
            .arg(reportSectionKeys().join(QLatin1Char(','))),
        QStringLiteral("list"));
    const QCommandLineOption paperOption(
        QStringLiteral("paper"),
        QCoreApplication::translate("AppOptions",
                                    "Paper size of the report: A4, A3 or Letter (default: A4)."),
        QStringLiteral("size"));
    const QCommandLineOption orientationOption(
        QStringLiteral("orientation"),
        QCoreApplication::translate(
            "AppOptions", "Orientation of the report: portrait or landscape (default: portrait)."),
        QStringLiteral("orientation"));
    parser.addOptions({reportOption, rangeOption, sectionsOption, paperOption, orientationOption});

    const auto fail = [&](const QString &message) {
        options.action = AppOptions::Action::Error;
        options.error = message;
        return options;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        options.action = AppOptions::Action::ShowHelp;
        options.helpText = parser.helpText();
        // The help in the language asked for, where it names one.
        if (parser.isSet(langOption))
            options.language = normalizeLanguage(parser.value(langOption));
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.action = AppOptions::Action::ShowVersion;
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("AppOptions", "Unexpected argument '%1'.")
                        .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(serverOption)) {
        options.server = parser.value(serverOption).trimmed();
        if (!isValidServerAddress(options.server))
            return fail(
                QCoreApplication::translate("AppOptions", "--server: expected host:port, got '%1'.")
                    .arg(parser.value(serverOption)));
    }
    if (parser.isSet(dbOption)) {
        options.dbPath = parser.value(dbOption);
        if (options.dbPath.trimmed().isEmpty())
            return fail(QCoreApplication::translate("AppOptions", "--db: the file name is empty."));
    }
    if (parser.isSet(langOption)) {
        options.language = normalizeLanguage(parser.value(langOption));
        if (options.language.isNull() || options.language.isEmpty())
            return fail(
                QCoreApplication::translate("AppOptions", "--lang: expected zh_CN or en, got '%1'.")
                    .arg(parser.value(langOption)));
    }
    if (parser.isSet(modeOption)) {
        const QString mode = parser.value(modeOption).trimmed().toLower();
        if (mode == QLatin1String("summary"))
            options.mode = AppOptions::Mode::Summary;
        else if (mode != QLatin1String("operator"))
            return fail(QCoreApplication::translate(
                            "AppOptions", "--mode: expected operator or summary, got '%1'.")
                            .arg(parser.value(modeOption)));
    }
    if (parser.isSet(reportOption)) {
        options.reportPath = parser.value(reportOption);
        if (options.reportPath.trimmed().isEmpty())
            return fail(
                QCoreApplication::translate("AppOptions", "--report: the file name is empty."));
    }
    const bool reportOnly = parser.isSet(rangeOption) || parser.isSet(sectionsOption) ||
                            parser.isSet(paperOption) || parser.isSet(orientationOption);
    if (reportOnly && options.reportPath.isEmpty())
        return fail(QCoreApplication::translate(
            "AppOptions", "--range, --sections, --paper and --orientation need --report."));
    if (parser.isSet(rangeOption)) {
        options.reportRange = parser.value(rangeOption).trimmed();
        qint64 from = 0, to = 0;
        const QString why =
            parseReportRange(options.reportRange, QDateTime::currentMSecsSinceEpoch(), &from, &to);
        if (!why.isEmpty())
            return fail(QStringLiteral("--range: ") + why);
    }
    if (parser.isSet(sectionsOption)) {
        const QString why =
            parseReportSections(parser.value(sectionsOption), &options.reportSections);
        if (!why.isEmpty())
            return fail(QStringLiteral("--sections: ") + why);
    }
    if (parser.isSet(paperOption)) {
        options.reportPaper = parser.value(paperOption).trimmed();
        QPageSize::PageSizeId size{};
        if (!parsePaperSize(options.reportPaper, &size))
            return fail(QCoreApplication::translate("AppOptions",
                                                    "--paper: expected A4, A3 or Letter, got '%1'.")
                            .arg(parser.value(paperOption)));
    }
    if (parser.isSet(orientationOption)) {
        const QString o = parser.value(orientationOption).trimmed().toLower();
        if (o != QLatin1String("portrait") && o != QLatin1String("landscape"))
            return fail(
                QCoreApplication::translate(
                    "AppOptions", "--orientation: expected portrait or landscape, got '%1'.")
                    .arg(parser.value(orientationOption)));
        options.reportLandscape = o == QLatin1String("landscape");
    }
    qint64 value = 0;
    if (parser.isSet(chipsOption)) {
        if (!parseBoundedInt(parser.value(chipsOption), 1, 1'000'000, &value))
            return fail(
                QCoreApplication::translate(
                    "AppOptions", "--sim-chips: expected an integer in 1..1000000, got '%1'.")
                    .arg(parser.value(chipsOption)));
        options.simChips = int(value);
    }
    if (parser.isSet(centersOption)) {
        if (!parseBoundedInt(parser.value(centersOption), 1, 64, &value))
            return fail(QCoreApplication::translate(
                            "AppOptions", "--sim-centers: expected an integer in 1..64, got '%1'.")
                            .arg(parser.value(centersOption)));
        options.simCenters = int(value);
    }
    if (parser.isSet(seedOption)) {
        bool ok = false;
        options.simSeed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            return fail(QCoreApplication::translate(
                            "AppOptions", "--sim-seed: expected a non-negative integer, got '%1'.")
                            .arg(parser.value(seedOption)));
    }
    return options;
}

} // namespace scb
