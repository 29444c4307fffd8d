#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QModelIndex;

namespace scb {

// Tables out of the dashboard, as the operator sees them: every column of
// model (a sorted, filtered proxy exports what it shows), DisplayRole text.

// RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs read
// Chinese right): the header row, then the rows; CRLF line ends; a field
// holding a comma, a double quote, CR or LF is enclosed in double quotes, its
// quotes doubled.
QByteArray tableToCsv(const QAbstractItemModel *model);

// One CSV field, quoted where RFC 4180 needs it.
QString csvField(const QString &text);

// The given rows (of the top level) as tab-separated text for the clipboard,
// one line per row ending in "\n", no header; tabs and line breaks inside a
// cell become spaces. Rows out of range are skipped.
QString tableRowsToText(const QAbstractItemModel *model, const QList<int> &rows);

// Writes tableToCsv(model) to path, all or nothing (QSaveFile); false with
// the reason in *error.
bool writeCsvFile(const QString &path, const QAbstractItemModel *model, QString *error);

// Puts tableRowsToText(model, rows) on the clipboard; false when rows is empty.
bool copyRowsToClipboard(const QAbstractItemModel *model, const QList<int> &rows);

// Whether any column of the row shows text (DisplayRole, case-insensitive):
// the free-text filter of the dashboard's tables. An empty text matches.
bool rowContainsText(const QAbstractItemModel *model,
                     int row,
                     const QModelIndex &parent,
                     const QString &text);

} // namespace scb
