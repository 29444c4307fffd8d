#pragma once

#include <QAbstractItemView>
#include <QString>

class QTableView;

namespace scb {

// The dashboard's tables look and behave alike: whole rows selected (in the
// mode given), read only, alternating row colours, one line per cell elided
// on the right, no row numbers, headers that do not light up with the
// selection, and rows rowPadding pixels taller than a line of text.
void setUpTable(QTableView *table, QAbstractItemView::SelectionMode selection, int rowPadding);

// A column width for text as wide as sample in the table's font, with the
// cell's padding; for n characters, pass QString(n, QLatin1Char('0')).
int columnWidthFor(const QTableView *table, const QString &sample);
inline int columnWidthFor(const QTableView *table, int digits)
{
    return columnWidthFor(table, QString(digits, QLatin1Char('0')));
}

} // namespace scb
