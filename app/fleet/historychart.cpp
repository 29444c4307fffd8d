#include "historychart.h"
#include "chartstyle.h"

#include "chartexport.h"
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QValueAxis>

#include <cmath>

namespace scb {

namespace {

// Distinct, colour-blind-safe hues (Okabe–Ito) for centers; the fleet is drawn dark and dashed.
constexpr QRgb kCenterColours[] = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                                   0x56B4E9, 0xD55E00, 0xF0E442};

} // namespace

HistoryChart::Config HistoryChart::utilizationPerCenter()
{
    Config config;
    config.field = AggregateField::UtilizationMean;
    config.perCenter = true;
    config.liveValue = [](const GroupAggregate &g) {
        return g.utilizationCount ? g.utilizationMean() : std::nan("");
    };
    config.axisLabelFormat = QStringLiteral("%d %%");
    config.fixedMax = 100;
    return config;
}

HistoryChart::Config HistoryChart::fleetPower()
{
    Config config;
    config.field = AggregateField::PowerWatts;
    config.perCenter = false;
    config.liveValue = [](const GroupAggregate &g) {
        return double(g.powerWatts) / 1e6;
    };
    config.historyScale = 1e-6;
    config.axisLabelFormat = QStringLiteral("%.1f MW");
    return config;
}

HistoryChart::Config HistoryChart::hottestTemperature()
{
    Config config;
    config.field = AggregateField::TemperatureMaxC;
    config.perCenter = true;
    config.liveValue = [](const GroupAggregate &g) {
        return g.chipsOnline ? double(g.temperatureMaxC) : std::nan("");
    };
    config.axisLabelFormat = QStringLiteral("%d");
    config.minMax = 100; // the 83 / 87 °C alert thresholds stay in view
    config.valueTitle = tr("°C");
    return config;
}

HistoryChart::HistoryChart(Config config, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_config(std::move(config))
    , m_timeAxis(new QDateTimeAxis(chart()))
    , m_valueAxis(new QValueAxis(chart()))
{
    QChart *c = chart();
    c->legend()->setAlignment(Qt::AlignRight);
    c->legend()->setVisible(m_config.perCenter);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(7);
    m_valueAxis->setRange(0, m_config.fixedMax > 0 ? m_config.fixedMax
                             : m_config.minMax > 0 ? m_config.minMax
                                                   : 1);
    m_valueAxis->setLabelFormat(m_config.axisLabelFormat);
    if (!m_config.valueTitle.isEmpty())
        m_valueAxis->setTitleText(m_config.valueTitle);
    m_valueAxis->setTickCount(6);
    c->addAxis(m_timeAxis, Qt::AlignBottom);
    c->addAxis(m_valueAxis, Qt::AlignLeft);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(120);
    // Drag across the chart to zoom into that stretch of time.
    setRubberBand(QChartView::HorizontalRubberBand);
    setToolTip(tr("Drag across the chart to zoom into that time; right-click to save it"));
    new ChartExport(this, QString());
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
    slideAxis(m_nowMs);
}

void HistoryChart::setInventory(std::shared_ptr<const Inventory> inventory)
{
    m_inventory = std::move(inventory);
    chart()->removeAllSeries();
    m_groups.clear();
    const int groups = m_config.perCenter ? int(m_inventory->centers.size()) : 0;
    for (int scope = kFleetScope; scope < groups; ++scope) {
        Group group;
        group.name = scope == kFleetScope
                         ? tr("Whole fleet")
                         : QString::fromStdString(m_inventory->centers[size_t(scope)].name);
        group.pen = penOf(scope);
        m_groups.push_back(std::move(group));
        addSegment(m_groups.back());
    }
    requestHistory();
}

QPen HistoryChart::penOf(int scope) const
{
    QPen pen;
    if (scope == kFleetScope) {
        pen = QPen(m_config.perCenter ? QColor(0x33, 0x33, 0x33)
                                      : QColor::fromRgb(kCenterColours[0]));
        pen.setWidthF(2.5);
        if (m_config.perCenter)
            pen.setStyle(Qt::DashLine);
    } else {
        QColor colour = QColor::fromRgb(kCenterColours[size_t(scope) % std::size(kCenterColours)]);
        const bool faint = m_focusCenter >= 0 && scope != m_focusCenter;
        if (faint)
            colour.setAlpha(60);
        pen = QPen(colour);
        pen.setWidthF(faint ? 1.2 : (m_focusCenter == scope ? 3.0 : 1.8));
    }
    return pen;
}

void HistoryChart::setLegendVisible(bool visible)
{
    chart()->legend()->setVisible(visible && m_config.perCenter);
}

void HistoryChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // One time label per ~80 px, so a narrow chart's labels are not cut to "0…".
    const int ticks = std::clamp(int(chart()->plotArea().width() / 80), 2, 7);
    if (m_timeAxis->tickCount() != ticks)
        m_timeAxis->setTickCount(ticks);
}

void HistoryChart::setFocusCenter(int center)
{
    if (center == m_focusCenter)
        return;
    m_focusCenter = center;
    for (int scope = 0; size_t(scope + 1) < m_groups.size(); ++scope) {
        Group &g = m_groups[size_t(scope + 1)];
        g.pen = penOf(scope);
        for (QLineSeries *series : g.segments)
            series->setPen(g.pen);
    }
}

HistoryChart::Group *HistoryChart::group(int scope)
{
    const size_t i = size_t(scope + 1);
    return i < m_groups.size() ? &m_groups[i] : nullptr;
}

const std::vector<QLineSeries *> &HistoryChart::segments(int scope) const
{
    static const std::vector<QLineSeries *> none;
    const size_t i = size_t(scope + 1);
    return i < m_groups.size() ? m_groups[i].segments : none;
}

QLineSeries *HistoryChart::addSegment(Group &group)
{
    auto *series = new QLineSeries(chart());
    series->setName(group.name);
    series->setPen(group.pen);
    chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
    group.segments.push_back(series);
    showOneLegendMarker(group);
    return series;
}

void HistoryChart::showOneLegendMarker(Group &group)
{
    for (size_t i = 0; i < group.segments.size(); ++i)
        for (QLegendMarker *marker : chart()->legend()->markers(group.segments[i]))
            marker->setVisible(i == 0);
}

// Splits the points into stretches at every gap and gives each its own series.
void HistoryChart::setPoints(Group &group, const QList<QPointF> &points)
{
    std::vector<QList<QPointF>> stretches(1);
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i > 0 && points[i].x() - points[i - 1].x() > gapMs())
            stretches.emplace_back();
        stretches.back().append(points[i]);
    }
    while (group.segments.size() > stretches.size()) {
        chart()->removeSeries(group.segments.back());
        delete group.segments.back();
        group.segments.pop_back();
    }
    while (group.segments.size() < stretches.size())
        addSegment(group);
    for (size_t i = 0; i < stretches.size(); ++i)
        group.segments[i]->replace(stretches[i]);
    showOneLegendMarker(group);
}

double HistoryChart::gapMs() const
{
    // Three buckets of the chart's resolution, and never under a few ticks.
    const double bucketMs = double(m_absolute ? m_toMs - m_fromMs : m_rangeMs) / 2000.0;
    return std::max(3.0 * bucketMs, 5'000.0);
}

void HistoryChart::setRange(const TimeRange &range)
{
    const bool absolute = !range.isLive();
    if (absolute == m_absolute &&
        (absolute ? range.fromMs == m_fromMs && range.toMs == m_toMs : range.spanMs == m_rangeMs))
        return;
    m_absolute = absolute;
    if (absolute) {
        m_fromMs = range.fromMs;
        m_toMs = range.toMs;
        m_rangeMs = range.toMs - range.fromMs;
    } else if (range.spanMs > 0) {
        m_rangeMs = range.spanMs;
    }
    const int64_t spanMs = absolute ? m_toMs - m_fromMs : m_rangeMs;
    m_timeAxis->setFormat(spanMs > 2 * 86'400'000LL  ? QStringLiteral("MM-dd HH:mm")
                          : spanMs > 6 * 3'600'000LL ? QStringLiteral("ddd HH:mm")
                                                     : QStringLiteral("HH:mm"));
    // A new range: what is drawn belongs to the old one.
    for (Group &g : m_groups)
        setPoints(g, {});
    slideAxis(m_nowMs);
    requestHistory();
}

void HistoryChart::slideAxis(int64_t nowMs)
{
    const int64_t from = m_absolute ? m_fromMs : nowMs - m_rangeMs;
    const int64_t to = m_absolute ? m_toMs : nowMs;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
}

void HistoryChart::mouseReleaseEvent(QMouseEvent *event)
{
    // The right button opens the chart's menu (ChartExport); Qt Charts would
    // also zoom out on its release.
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    // The rubber band has zoomed the axes: hand the new range to whoever
    // owns the page's range, which sets it on every chart (this one too).
    QChartView::mouseReleaseEvent(event);
    const qint64 from = m_timeAxis->min().toMSecsSinceEpoch();
    const qint64 to = m_timeAxis->max().toMSecsSinceEpoch();
    const qint64 shownFrom = m_absolute ? m_fromMs : m_nowMs - m_rangeMs;
    const qint64 shownTo = m_absolute ? m_toMs : m_nowMs;
    if (from != shownFrom || to != shownTo) {
        chart()->zoomReset();
        slideAxis(m_nowMs);
        emit zoomRequested(from, to);
    }
}

void HistoryChart::fitValueAxis()
{
    if (m_config.fixedMax > 0)
        return;
    double top = 0;
    for (const Group &group : m_groups)
        for (const QLineSeries *series : group.segments)
            for (const QPointF &p : series->points())
                top = std::max(top, p.y());
    const double nice = charts::niceCeiling(std::max(top * 1.1, m_config.minMax));
    if (m_valueAxis->max() != nice)
        m_valueAxis->setRange(0, nice);
}

void HistoryChart::requestHistory()
{
    if (!m_inventory)
        return;
    HistoryRequest request;
    request.field = m_config.field;
    request.perCenter = m_config.perCenter;
    request.toMs = m_absolute ? m_toMs : m_nowMs;
    request.fromMs = m_absolute ? m_fromMs : m_nowMs - m_rangeMs;
    request.maxPoints = std::clamp(width(), 200, 2000);
    m_lastRequest = request;
    emit historyRequested(request);
}

void HistoryChart::applyHistory(const HistoryResult &result)
{
    // Only the answer to the newest request: an older one may be for another range or field.
    const HistoryRequest &r = result.request;
    if (!m_inventory || r.field != m_lastRequest.field || r.perCenter != m_lastRequest.perCenter ||
        r.fromMs != m_lastRequest.fromMs || r.toMs != m_lastRequest.toMs)
        return;
    for (const HistorySeries &h : result.series) {
        Group *g = group(h.scope);
        if (!g)
            continue;
        QList<QPointF> points;
        points.reserve(qsizetype(h.points.size()));
        for (const SeriesPoint &p : h.points)
            points.append(QPointF(double(p.unixMs), p.avg * m_config.historyScale));
        // Keep live points that arrived while the query ran.
        for (const QLineSeries *series : g->segments)
            for (const QPointF &p : series->points())
                if (p.x() > double(r.toMs))
                    points.append(p);
        setPoints(*g, points);
    }
    fitValueAxis();
}

void HistoryChart::appendLive(const Snapshot &snapshot)
{
    m_nowMs = snapshot.tick->unixMs;
    if (m_absolute)
        return; // a fixed range: refreshed by request, not by ticks
    slideAxis(m_nowMs);
    const double t = double(snapshot.tick->unixMs);
    const int64_t rangeMs = m_rangeMs;
    // One chart point per ~1/2000 of the range: a live tick inside the last
    // point's bucket replaces it instead of growing the series.
    const double bucketMs = std::max<double>(1000.0, double(rangeMs) / 2000.0);
    const double oldest = t - double(rangeMs);
    const auto add = [&](Group *g, const GroupAggregate &aggregate) {
        const double value = m_config.liveValue(aggregate);
        if (!g || std::isnan(value))
            return;
        const QPointF point(t, value);
        QLineSeries *last = g->segments.back();
        const int n = last->count();
        if (n > 0 && std::floor(last->at(n - 1).x() / bucketMs) == std::floor(t / bucketMs))
            last->replace(n - 1, point);
        else if (n > 0 && t - last->at(n - 1).x() > gapMs())
            addSegment(*g)->append(point);
        else
            last->append(point);
        // Drop what scrolled out of the range, and stretches left empty by it.
        while (!g->segments.empty()) {
            QLineSeries *first = g->segments.front();
            int stale = 0;
            while (stale < first->count() && first->at(stale).x() < oldest)
                ++stale;
            if (stale > 0)
                first->removePoints(0, stale);
            if (first->count() > 0 || g->segments.size() == 1)
                break;
            chart()->removeSeries(first);
            delete first;
            g->segments.erase(g->segments.begin());
            showOneLegendMarker(*g);
        }
        if (m_config.fixedMax <= 0 && value > m_valueAxis->max())
            fitValueAxis();
    };
    add(group(kFleetScope), snapshot.aggregates.fleet);
    if (m_config.perCenter)
        for (size_t c = 0; c < snapshot.aggregates.centers.size(); ++c)
            add(group(int(c)), snapshot.aggregates.centers[c]);
}

} // namespace scb
