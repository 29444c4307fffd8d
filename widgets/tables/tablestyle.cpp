#include "tablestyle.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

namespace scb {

namespace {

constexpr int kCellPadding = 16; // the style's margins on both sides, and some air

} // namespace

void setUpTable(QTableView *table, QAbstractItemView::SelectionMode selection, int rowPadding)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(selection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setDefaultSectionSize(QFontMetrics(table->font()).lineSpacing() +
                                                   rowPadding);
}

int columnWidthFor(const QTableView *table, const QString &sample)
{
    return QFontMetrics(table->font()).horizontalAdvance(sample) + kCellPadding;
}

} // namespace scb
