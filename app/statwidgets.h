#pragma once

#include "statisticsbridge.h"
#include "statlabels.h"

#include <QChartView>
#include <QLabel>
#include <QWidget>

#include <functional>
#include <span>
#include <vector>

class QAbstractAxis;
class QAbstractBarSeries;
class QBarCategoryAxis;
class QGridLayout;
class QVBoxLayout;
class QBarSet;
class QLineSeries;
class QScatterSeries;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QValueAxis;
class QXYSeries;

namespace scb {

class ObservationTableModel;
class TableExport;

// What the three statistics panels share: the freshness line, the table of
// observations, chart making and the checks an observation passes before it
// is drawn.

// "Catalog from server, fetched 3 min ago" (see StatLabels::freshness()),
// kept current as the data ages; shown in the warning colour when the data
// is not fresh from the server.
class FreshnessLine : public QLabel
{
    Q_OBJECT
public:
    explicit FreshnessLine(StatLabels::Subject subject, QWidget *parent = nullptr);
    void setState(const StatisticsState &state);
    // When the data shown was fetched (0: take the state's).
    void setFetchedUnixMs(qint64 unixMs);
    // Says it again for the time now.
    void refresh();

private:
    StatLabels::Subject m_subject;
    StatisticsState m_state;
    qint64 m_fetchedUnixMs = 0;
    QTimer *m_timer;
};

// A panel's observations as a table: a text filter, sortable columns, copy
// (Ctrl+C) and CSV export of the rows shown.
class ObservationTablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ObservationTablePanel(QWidget *parent = nullptr);

    void setObservations(std::vector<Observation> observations);

    // The rows shown (filtered, sorted) as CSV (see tableToCsv()).
    QByteArray csv() const;
    // Writes csv() to path; false (and the reason in the status line) on failure.
    bool exportCsv(const QString &path);
    QString statusText() const;

    ObservationTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *exportButton() const { return m_exportButton; }

private:
    void updateStatus();

    ObservationTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QPushButton *m_copyButton;
    QPushButton *m_exportButton;
    QTableView *m_table;
    TableExport *m_export;
    QLabel *m_status;
    QString m_lastMessage; // of the last copy or export
};

// How a series' observations must look to be drawn.
struct SeriesSpec
{
    const char *key;
    bool monthly;     // period "YYYY-MM", else "YYYY"
    bool categorized; // category required, else empty
};

// The observations of known series that pass validateObservation() and
// their series' form, in period order; the first of duplicates (same series,
// period and category) is kept. *ignored counts the others.
std::vector<Observation> selectObservations(const std::vector<Observation> &observations,
                                            std::span<const SeriesSpec> specs,
                                            int *ignored);

// Chart making for the statistics panels.
namespace statcharts {

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

// "2024-03" → 2024 + 2/12: months on a continuous axis in years.
double monthX(const std::string &period);
// "2024" → 2024; 0 for anything else.
int yearOf(const std::string &period);

// Feeds a series page from the bridge (may be null: tests feed the page):
// its answers go to page->applySeries(), its state to page->applyState(),
// and changed data is asked for again. The page is every connection's
// context, so they go with it (the bridge outlives windows rebuilt in
// another language).
// The frame the two series pages share, added to layout: the summary line
// (larger, bold), the synthetic-data note (amber, hidden until needed), then
// a splitter with the charts in a scrolling grid on the left and the table
// on the right. Returns the grid, for the page's charts.
QGridLayout *
layOutSeriesPage(QVBoxLayout *layout, QLabel *summary, QLabel *note, ObservationTablePanel *table);

template<typename Page> void followSeries(Page *page, StatisticsBridge *bridge)
{
    if (!bridge)
        return;
    QObject::connect(bridge, &StatisticsBridge::seriesReady, page, &Page::applySeries);
    QObject::connect(bridge, &StatisticsBridge::stateChanged, page, &Page::applyState);
    QObject::connect(bridge, &StatisticsBridge::dataChanged, page,
                     [bridge] { bridge->requestSeries(); });
    page->applyState(bridge->state());
    bridge->requestSeries();
}

} // namespace statcharts

} // namespace scb
