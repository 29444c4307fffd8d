#include "chartstyle.h"

#include "chartexport.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsObject>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPointer>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace scb::charts {

QColor colour(int i)
{
    static constexpr QRgb kColours[] = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                                        0x56B4E9, 0xF0E442, 0x999999};
    return QColor::fromRgb(kColours[size_t(std::max(i, 0)) % std::size(kColours)]);
}

QColor targetColour()
{
    return QColor(0xD5, 0x5E, 0x00);
}

QColor publishedColour()
{
    return QColor(0x11, 0x11, 0x11);
}

double niceCeiling(double value)
{
    if (!(value > 0) || !std::isfinite(value))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (step * magnitude >= value)
            return step * magnitude;
    return 10 * magnitude;
}

QChartView *makeChartView(const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setLocalizeNumbers(true);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(kMinChartHeight);
    new ChartExport(view, QString()); // named after the title when saved
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void untruncate(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes())
        axis->setTruncateLabels(false);
}

namespace {

// The names of a vertical category axis, drawn over the chart (see
// nameEveryCategory()).
class CategoryNamesItem : public QGraphicsObject
{
public:
    CategoryNamesItem(QChart *chart, QBarCategoryAxis *axis, QColor colour)
        : QGraphicsObject(chart)
        , m_chart(chart)
        , m_axis(axis)
        , m_colour(std::move(colour))
    {
        setObjectName(QStringLiteral("categoryNames"));
        setZValue(10); // over the plot area's background and grid
        connect(chart, &QChart::plotAreaChanged, this, [this] {
            prepareGeometryChange();
            update();
        });
        connect(axis, &QBarCategoryAxis::categoriesChanged, this, [this] { update(); });
        connect(axis, &QBarCategoryAxis::rangeChanged, this, [this] { update(); });
        connect(axis, &QObject::destroyed, this, &QObject::deleteLater);
    }

    QRectF boundingRect() const override { return m_chart->rect(); }

    // Every how many categories is named, rows spacing pixels apart.
    int stride(qreal spacing) const
    {
        if (!(spacing > 0))
            return 1;
        // The glyphs' own height (about 0.7 of a CJK line, 0.75 of a Latin
        // one) against the rows' spacing.
        const QFontMetricsF metrics(m_axis->labelsFont());
        return std::max(1, int(std::ceil(metrics.height() * 0.72 / spacing)));
    }

    // The categories shown, bottom first.
    QStringList shownCategories() const
    {
        if (!m_axis)
            return {};
        const QStringList all = m_axis->categories();
        const qsizetype first = std::max<qsizetype>(0, all.indexOf(m_axis->min()));
        const qsizetype last = all.indexOf(m_axis->max());
        return last >= first ? all.mid(first, last - first + 1) : all;
    }

    int namedCount() const
    {
        const QStringList shown = shownCategories();
        if (shown.isEmpty())
            return 0;
        const int step = stride(m_chart->plotArea().height() / qreal(shown.size()));
        return int((shown.size() + step - 1) / step);
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QStringList shown = shownCategories();
        const QRectF plot = m_chart->plotArea();
        if (shown.isEmpty() || plot.isEmpty())
            return;
        const qreal spacing = plot.height() / qreal(shown.size());
        const int step = stride(spacing);
        painter->setFont(m_axis->labelsFont());
        painter->setPen(m_colour);
        constexpr qreal kGap = 6; // between the names and the axis line
        for (qsizetype i = 0; i < shown.size(); i += step) {
            const qreal y = plot.bottom() - (qreal(i) + 0.5) * spacing;
            const QRectF box(0, y - spacing, plot.left() - kGap, 2 * spacing);
            painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter, shown[i]);
        }
    }

private:
    QChart *m_chart;
    QPointer<QBarCategoryAxis> m_axis;
    QColor m_colour;
};

} // namespace

void nameEveryCategory(QChart *chart, QBarCategoryAxis *axis)
{
    const QColor colour = axis->labelsBrush().color();
    axis->setLabelsBrush(Qt::transparent);
    new CategoryNamesItem(chart, axis, colour.alpha() > 0 ? colour : QColor(Qt::black));
}

void attachHorizontalBarAxes(QChart *chart,
                             QAbstractBarSeries *bars,
                             const QStringList &categories,
                             const QString &valueTitle,
                             double max)
{
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    nameEveryCategory(chart, categoryAxis);
    QValueAxis *values = valueAxis(valueTitle, max);
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(values);
}

int namedCategoryCount(const QChart *chart)
{
    int count = 0;
    for (const QGraphicsItem *child : chart->childItems())
        if (auto *item = dynamic_cast<const CategoryNamesItem *>(child))
            count += item->namedCount();
    return count;
}

QValueAxis *valueAxis(const QString &title, double max, double min)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    fitValueAxis(axis, max, min);
    return axis;
}

void fitValueAxis(QValueAxis *axis, double max, double min)
{
    // The step first, 1, 2, 2.5 or 5 times a power of ten for about five
    // intervals over the values and some headroom; then the ends on whole
    // steps: 0–80 by 20, not 0–80 by 16.
    double high = std::isfinite(max) ? std::max(max, 0.0) * 1.08 : 1.0;
    const double low = std::isfinite(min) ? std::min(min, 0.0) * 1.08 : 0.0;
    if (!(high > low))
        high = low + 1; // nothing to show yet: still an axis
    const double rough = (high - low) / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    const double top = std::max(step, std::ceil(high / step - 1e-9) * step);
    const double bottom = std::floor(low / step + 1e-9) * step;
    axis->setRange(bottom, top);
    axis->setTickCount(std::clamp(int(std::round((top - bottom) / step)) + 1, 2, 11));
    axis->setLabelFormat(step >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

void tooltipOnHover(QXYSeries *series, std::function<QString(const QPointF &)> text)
{
    QObject::connect(series, &QXYSeries::hovered, series,
                     [text = std::move(text)](const QPointF &point, bool state) {
                         if (state)
                             QToolTip::showText(QCursor::pos(), text(point));
                         else
                             QToolTip::hideText();
                     });
}

void tooltipOnHover(QBarSet *set, std::function<QString(int index)> text)
{
    QObject::connect(set, &QBarSet::hovered, set, [text = std::move(text)](bool state, int index) {
        if (state)
            QToolTip::showText(QCursor::pos(), text(index));
        else
            QToolTip::hideText();
    });
}

QLineSeries *referenceLine(QChart *chart,
                           const QString &name,
                           double y,
                           double x0,
                           double x1,
                           const QColor &colour,
                           Qt::PenStyle style,
                           QAbstractAxis *xAxis,
                           QAbstractAxis *yAxis,
                           const QString &toolTip)
{
    auto *line = new QLineSeries;
    line->setName(name);
    QPen pen(colour);
    pen.setWidthF(2);
    pen.setStyle(style);
    line->setPen(pen);
    line->append(x0, y);
    line->append(x1, y);
    chart->addSeries(line);
    line->attachAxis(xAxis);
    line->attachAxis(yAxis);
    const QString tip = toolTip.isEmpty() ? name : toolTip;
    tooltipOnHover(line, [tip](const QPointF &) { return tip; });
    return line;
}

QScatterSeries *publishedMarkers(QChart *chart,
                                 const QList<QPointF> &points,
                                 const QStringList &citations,
                                 QAbstractAxis *xAxis,
                                 QAbstractAxis *yAxis)
{
    auto *markers = new QScatterSeries;
    markers->setName(QCoreApplication::translate("scb::StatCharts", "Published figure"));
    markers->setMarkerShape(QScatterSeries::MarkerShapeStar);
    markers->setMarkerSize(16);
    markers->setColor(publishedColour());
    markers->setBorderColor(Qt::white);
    markers->append(points);
    chart->addSeries(markers);
    markers->attachAxis(xAxis);
    markers->attachAxis(yAxis);
    tooltipOnHover(markers, [points, citations](const QPointF &p) {
        // The nearest marker's citation.
        qsizetype best = -1;
        double bestDistance = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const double d = std::hypot(points[i].x() - p.x(), (points[i].y() - p.y()) / 1e6);
            if (best < 0 || d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best >= 0 && best < citations.size() ? citations[best] : QString();
    });
    return markers;
}

} // namespace scb::charts
