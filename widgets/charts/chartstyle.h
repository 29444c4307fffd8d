#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractAxis;
class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QWidget;
class QXYSeries;

// Chart making shared by every chart of the dashboard: colours, round axes,
// category names that survive CJK fonts, reference lines and tool tips.
namespace scb::charts {

constexpr int kMinChartHeight = 240;

// Okabe–Ito colours, colour-blind safe, in the dashboard's order.
QColor colour(int i);
// Reference lines: targets in vermillion, published figures in black.
QColor targetColour();
QColor publishedColour();

// A round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) at
// least value.
double niceCeiling(double value);

// A chart view with a title, the legend below, localized numbers, and no
// series yet.
QChartView *makeChartView(const QString &title, QWidget *parent);
// Labels drawn whole: Qt Charts elides a category's label to "…" once the
// rows are a little tighter than its padding wants, though the text fits.
void untruncate(QChart *chart);
// Every category of a vertical category axis named. Qt Charts hides a label
// whose box (line height and padding) would touch the next one's, so in
// Chinese (CJK fonts stand 1.45 em tall) a dozen bars in a 200-pixel chart
// lose every other name though the glyphs fit. The axis' own labels turn
// transparent (they still size the margin) and one scene item names each
// category beside its bars, skipping names only where the glyphs themselves
// would overlap. The item goes with the axis.
void nameEveryCategory(QChart *chart, QBarCategoryAxis *axis);
// Horizontal bars' axes, attached: the categories down the left, each one
// named (nameEveryCategory()), and valueAxis(valueTitle, max) along the bottom.
void attachHorizontalBarAxes(QChart *chart,
                             QAbstractBarSeries *bars,
                             const QStringList &categories,
                             const QString &valueTitle,
                             double max);
// How many categories' names nameEveryCategory() draws now.
int namedCategoryCount(const QChart *chart);
// Removes (and deletes) every series and axis of the chart.
void clearChart(QChart *chart);
// A value axis from 0 (or below, for negative values) to a round top above
// max, with whole-number labels and the title.
QValueAxis *valueAxis(const QString &title, double max, double min = 0);
// Sets an axis to that range and ticks: 0 (or a round bottom below min) to a
// round top above max, five or so intervals of a round size.
void fitValueAxis(QValueAxis *axis, double max, double min = 0);

// Shows the text for the hovered point / bar as a tool tip.
void tooltipOnHover(QXYSeries *series, std::function<QString(const QPointF &)> text);
void tooltipOnHover(QBarSet *set, std::function<QString(int index)> text);

// A horizontal line at y across [x0, x1] for a target or a figure; its tool
// tip is toolTip, else its name.
QLineSeries *referenceLine(QChart *chart,
                           const QString &name,
                           double y,
                           double x0,
                           double x1,
                           const QColor &colour,
                           Qt::PenStyle style,
                           QAbstractAxis *xAxis,
                           QAbstractAxis *yAxis,
                           const QString &toolTip = QString());
// Published figures as markers (a star-like diamond), the citation in the
// tool tip.
QScatterSeries *publishedMarkers(QChart *chart,
                                 const QList<QPointF> &points,
                                 const QStringList &citations,
                                 QAbstractAxis *xAxis,
                                 QAbstractAxis *yAxis);

} // namespace scb::charts
