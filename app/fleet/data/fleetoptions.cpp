#include "fleetoptions.h"

#include <QDir>
#include <QStandardPaths>

namespace scb {

QString defaultDatabasePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/scb-dashboard");
    return dir + QStringLiteral("/history.db");
}

} // namespace scb
