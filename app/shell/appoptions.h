#pragma once

#include "fleetoptions.h"

#include <QString>
#include <QStringList>

namespace scb {

// What the command line asked for (the fleet's part in FleetOptions). Parsing never exits the
// process: main() decides what to print and which exit code to use.
struct AppOptions : FleetOptions
{
    enum class Action { Run, ShowHelp, ShowVersion, Error };
    Action action = Action::Run;
    QString error;    // one line, when action == Error
    QString helpText; // when action == ShowHelp

    // --mode: the operators' main window, or the summary screen for a meeting room.
    enum class Mode { Operator, Summary };
    Mode mode = Mode::Operator;
    // --lang: "zh_CN" or "en" for this run (not saved); empty: the setting's.
    QString language;

    // --report FILE.pdf: write a report and exit, no window (see report.h).
    QString reportPath;
    QString reportRange = QStringLiteral("24h"); // --range, checked by parseReportRange()
    QStringList reportSections;                  // --sections; empty: every section
    QString reportPaper = QStringLiteral("A4");  // --paper: A4, A3, Letter
    bool reportLandscape = false;                // --orientation landscape
};

AppOptions parseAppOptions(const QStringList &arguments);

// Checks a gRPC target of the form host:port (IPv6 as [addr]:port).
bool isValidServerAddress(const QString &address);

} // namespace scb
