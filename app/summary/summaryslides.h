#pragma once

#include "stats/datasetindex.h"

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

class QPainter;
class QRect;

namespace scb {

// What one slide says, in the UI's language: drawn by the screen, read by
// tests.
struct SummarySlide
{
    QString title;
    QString subtitle;     // the period or what the figure counts
    QString figure;       // the big number; "—" while there is none
    QString caption;      // beside the figure: "of 200,000 target"
    double progress = -1; // 0..1 for a progress bar to the target; < 0: none
    QString progressText; // "40 % of the target"
    QStringList details;  // one line each
    QString note;         // "(synthetic sample)" and the like; empty: none
};

// The drawing of the summary screen's slides: high contrast on a dark room
// screen, every size a multiple of 1 % of the height. The screen decides
// what is said; this draws it.
namespace summaryslides {

struct Layout
{
    QRectF page;    // inside the margins
    QRectF content; // between the heading and the footer
    QRectF footer;
    double unit = 10; // 1 % of the height: every size is a multiple of it
    QFont font;
};

// The slide's colour (a SummaryScreen::Slide).
QColor accent(int slide);
// The layout for a screen of that size.
Layout layoutFor(const QRect &rect, const QFont &font);
// The dark ground.
void paintBackground(QPainter &p, const QRect &rect);

// The heading, the figure, the progress bar, the details and the note, in
// the slide's colour. With a chart, the figure and its lines keep the left
// part; returns the rectangle left for the chart on the right (empty
// without).
QRectF paintSlide(
    QPainter &p, const Layout &l, const SummarySlide &s, const QColor &colour, bool withChart);

// Today's utilization (unix ms, %) from dayStartMs over 24 hours.
void paintTodayChart(QPainter &p,
                     const QRectF &rect,
                     const Layout &l,
                     const std::vector<QPointF> &today,
                     double dayStartMs,
                     const QColor &colour);
// The themes' dataset counts as bars, the largest first (at most a dozen).
void paintThemeBars(QPainter &p,
                    const QRectF &rect,
                    const Layout &l,
                    const std::vector<DatasetIndex::ThemeTotal> &themes,
                    const QColor &colour);

struct Footer
{
    QString baseName;
    int slide = 0;
    int slideCount = 1;
    QStringList status; // right-aligned: freshness, pause, clock
    bool stale = false; // the status in the warning colour
};

// The base's name on the left, the slide dots in the middle, the status on
// the right.
void paintFooter(QPainter &p, const Layout &l, const Footer &footer);

} // namespace summaryslides

} // namespace scb
