#include "historychart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace scb {

namespace {

// Distinct, colour-blind-safe hues (Okabe–Ito) for centers; the fleet is drawn dark and dashed.
const QColor kCenterColours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                 QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                 QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                 QColor(0xF0, 0xE4, 0x42)};

// A round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) at least `value`: an axis
// top.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (step * magnitude >= value)
            return step * magnitude;
    return 10 * magnitude;
}

} // namespace

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
    m_valueAxis->setRange(0, m_config.fixedMax > 0 ? m_config.fixedMax : 1);
    m_valueAxis->setLabelFormat(m_config.axisLabelFormat);
    m_valueAxis->setTickCount(6);
    c->addAxis(m_timeAxis, Qt::AlignBottom);
    c->addAxis(m_valueAxis, Qt::AlignLeft);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
    slideAxis(m_nowMs);
}

void HistoryChart::setInventory(std::shared_ptr<const Inventory> inventory)
{
    m_inventory = std::move(inventory);
    chart()->removeAllSeries();
    m_series.clear();
    const int groups = m_config.perCenter ? int(m_inventory->centers.size()) : 0;
    for (int scope = kFleetScope; scope < groups; ++scope) {
        auto *series = new QLineSeries(chart());
        if (scope == kFleetScope) {
            series->setName(tr("Whole fleet"));
            QPen pen(m_config.perCenter ? QColor(0x33, 0x33, 0x33) : kCenterColours[0]);
            pen.setWidthF(2.5);
            if (m_config.perCenter)
                pen.setStyle(Qt::DashLine);
            series->setPen(pen);
        } else {
            series->setName(QString::fromStdString(m_inventory->centers[size_t(scope)].name));
            QPen pen(kCenterColours[size_t(scope) % std::size(kCenterColours)]);
            pen.setWidthF(1.8);
            series->setPen(pen);
        }
        chart()->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
        m_series.push_back(series);
    }
    requestHistory();
}

void HistoryChart::setRangeMinutes(int minutes)
{
    if (minutes == m_rangeMinutes || minutes <= 0)
        return;
    m_rangeMinutes = minutes;
    m_timeAxis->setFormat(minutes > 360 ? QStringLiteral("ddd HH:mm") : QStringLiteral("HH:mm"));
    slideAxis(m_nowMs);
    requestHistory();
}

QLineSeries *HistoryChart::seriesFor(int scope) const
{
    const size_t i = size_t(scope + 1);
    return i < m_series.size() ? m_series[i] : nullptr;
}

void HistoryChart::slideAxis(int64_t nowMs)
{
    const int64_t rangeMs = int64_t(m_rangeMinutes) * 60'000;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(nowMs - rangeMs),
                         QDateTime::fromMSecsSinceEpoch(nowMs));
}

void HistoryChart::fitValueAxis()
{
    if (m_config.fixedMax > 0)
        return;
    double top = 0;
    for (const QLineSeries *series : m_series)
        for (const QPointF &p : series->points())
            top = std::max(top, p.y());
    const double nice = niceCeiling(top * 1.1);
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
    request.toMs = m_nowMs;
    request.fromMs = m_nowMs - int64_t(m_rangeMinutes) * 60'000;
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
        QLineSeries *series = seriesFor(h.scope);
        if (!series)
            continue;
        QList<QPointF> points;
        points.reserve(qsizetype(h.points.size()));
        for (const SeriesPoint &p : h.points)
            points.append(QPointF(double(p.unixMs), p.avg * m_config.historyScale));
        // Keep live points that arrived while the query ran.
        for (const QPointF &p : series->points())
            if (p.x() > double(r.toMs))
                points.append(p);
        series->replace(points);
    }
    fitValueAxis();
}

void HistoryChart::appendLive(const Snapshot &snapshot)
{
    m_nowMs = snapshot.tick->unixMs;
    slideAxis(m_nowMs);
    const double t = double(snapshot.tick->unixMs);
    const int64_t rangeMs = int64_t(m_rangeMinutes) * 60'000;
    // One chart point per ~1/2000 of the range: a live tick inside the last
    // point's bucket replaces it instead of growing the series.
    const double bucketMs = std::max<double>(1000.0, double(rangeMs) / 2000.0);
    const double oldest = t - double(rangeMs);
    const auto add = [&](QLineSeries *series, const GroupAggregate &g) {
        const double value = m_config.liveValue(g);
        if (!series || std::isnan(value))
            return;
        const QPointF point(t, value);
        const int n = series->count();
        if (n > 0 && std::floor(series->at(n - 1).x() / bucketMs) == std::floor(t / bucketMs))
            series->replace(n - 1, point);
        else
            series->append(point);
        int stale = 0;
        while (stale < series->count() && series->at(stale).x() < oldest)
            ++stale;
        if (stale > 0)
            series->removePoints(0, stale);
    };
    add(seriesFor(kFleetScope), snapshot.aggregates.fleet);
    if (m_config.perCenter)
        for (size_t c = 0; c < snapshot.aggregates.centers.size(); ++c)
            add(seriesFor(int(c)), snapshot.aggregates.centers[c]);
    if (m_config.fixedMax <= 0 && !m_series.empty() && m_series[0]->count() > 0 &&
        m_series[0]->at(m_series[0]->count() - 1).y() > m_valueAxis->max())
        fitValueAxis();
}

} // namespace scb
