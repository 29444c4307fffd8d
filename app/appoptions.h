#pragma once

#include <QString>
#include <QStringList>

namespace scb {

// What the command line asked for. Parsing never exits the process: main()
// decides what to print and which exit code to use.
struct AppOptions
{
    enum class Action { Run, ShowHelp, ShowVersion, Error };
    Action action = Action::Run;
    QString error;    // one line, when action == Error
    QString helpText; // when action == ShowHelp

    QString server; // "host:port"; empty: start the embedded simulator
    QString dbPath; // empty: the platform's app-data folder
    int simChips = 80'000;
    int simCenters = 4;
    quint64 simSeed = 1;
};

AppOptions parseAppOptions(const QStringList &arguments);

// Checks a gRPC target of the form host:port (IPv6 as [addr]:port).
bool isValidServerAddress(const QString &address);

QString defaultDatabasePath();

} // namespace scb
