#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

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

QString defaultDatabasePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/scb-dashboard");
    return dir + QStringLiteral("/history.db");
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
    parser.addOptions({helpOption, versionOption, serverOption, dbOption, chipsOption,
                       centersOption, seedOption});

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
