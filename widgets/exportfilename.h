#pragma once

#include <QString>

class QDateTime;

namespace scb {

// A file name that says when it was made, for save dialogs:
// "alerts-20261126-0740.csv" (local time).
QString timestampedFileName(const QString &stem, const QString &suffix, const QDateTime &at);
QString timestampedFileName(const QString &stem, const QString &suffix);

} // namespace scb
