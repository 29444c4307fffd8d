#pragma once

#include "statisticsbridge.h"
#include "statlabels.h"

#include <QChartView>
#include <QColor>
#include <QLabel>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <span>
#include <vector>

class QAbstractAxis;
class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
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

// "2024-03" → 2024 + 2/12: months on a continuous axis in years.
double monthX(const std::string &period);
// "2024" → 2024; 0 for anything else.
int yearOf(const std::string &period);

// A line 2.5 pixels wide in that colour.
QLineSeries *thickLine(const QString &name, const QColor &colour);
// A thickLine() with its points drawn and labelled (labelFormat: "@yPoint").
QLineSeries *labelledLine(const QString &name, const QColor &colour, const QString &labelFormat);

// A chart's published (not synthetic) figures, marked with their citations.
class PublishedFigures
{
public:
    // Kept when o is published.
    void add(const QPointF &at, const Observation &o);
    // charts::publishedMarkers() for them; null when none is published.
    QScatterSeries *mark(QChart *chart, QAbstractAxis *xAxis, QAbstractAxis *yAxis) const;

private:
    QList<QPointF> m_points;
    QStringList m_citations;
};

// Tool tips for observations drawn in order: bar i of set, or the point at
// x = i of series. A null entry (no figure that year) has none. The tips
// keep copies: they outlive the observations.
void tooltipsFrom(QBarSet *set,
                  const std::vector<const Observation *> &observations,
                  std::function<QString(const Observation &)> text);
void tooltipsFrom(QXYSeries *series,
                  const std::vector<const Observation *> &observations,
                  std::function<QString(const Observation &)> text);

} // namespace statcharts

} // namespace scb
