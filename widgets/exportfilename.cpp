#include "exportfilename.h"

#include <QDateTime>

namespace scb {

QString timestampedFileName(const QString &stem, const QString &suffix, const QDateTime &at)
{
    return QStringLiteral("%1-%2.%3")
        .arg(stem, at.toString(QStringLiteral("yyyyMMdd-HHmm")), suffix);
}

QString timestampedFileName(const QString &stem, const QString &suffix)
{
    return timestampedFileName(stem, suffix, QDateTime::currentDateTime());
}

} // namespace scb
