#include "chipdetailview.h"
#include "chartstyle.h"

#include "chartexport.h"
#include "formatting.h"
#include "tableexport.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace scb {

namespace {

struct MetricChart
{
    Metric metric;
    const char *title;
};
// The unit goes into the title: Qt Charts passes label formats through
// printf as Latin-1, which mangles "°".
constexpr MetricChart kCharts[] = {
    {Metric::Utilization, QT_TRANSLATE_NOOP("scb::ChipDetailView", "Utilization, %")},
    {Metric::Temperature, QT_TRANSLATE_NOOP("scb::ChipDetailView", "Temperature, °C")},
    {Metric::Power, QT_TRANSLATE_NOOP("scb::ChipDetailView", "Power, W")},
    {Metric::MemoryUsed, QT_TRANSLATE_NOOP("scb::ChipDetailView", "Memory used, MiB")},
};

} // namespace

ChipDetailView::ChipDetailView(QWidget *parent)
    : QWidget(parent)
    , m_identity(new QLabel(this))
    , m_now(new QLabel(this))
    , m_status(new QLabel(this))
    , m_events(new QStandardItemModel(0, 3, this))
    , m_eventTable(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_identity->setTextFormat(Qt::RichText);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_now->setTextFormat(Qt::RichText);
    m_now->setWordWrap(true);
    layout->addWidget(m_identity);
    layout->addWidget(m_now);

    auto *grid = new QGridLayout;
    for (size_t i = 0; i < m_charts.size(); ++i) {
        Chart &c = m_charts[i];
        c.metric = kCharts[i].metric;
        auto *chart = new QChart;
        chart->setTitle(tr(kCharts[i].title));
        chart->legend()->hide();
        chart->setMargins(QMargins(4, 4, 4, 4));
        c.mean = new QLineSeries(chart);
        c.low = new QLineSeries(chart);
        c.high = new QLineSeries(chart);
        auto *band = new QAreaSeries(c.high, c.low);
        QColor bandColor(0x1f, 0x77, 0xb4, 60);
        band->setBrush(bandColor);
        band->setPen(Qt::NoPen);
        QPen meanPen(QColor(0x1f, 0x77, 0xb4));
        meanPen.setWidthF(1.5);
        c.mean->setPen(meanPen);
        chart->addSeries(band);
        chart->addSeries(c.mean);
        c.time = new QDateTimeAxis(chart);
        c.time->setFormat(QStringLiteral("HH:mm"));
        c.time->setTickCount(5);
        c.value = new QValueAxis(chart);
        c.value->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(c.time, Qt::AlignBottom);
        chart->addAxis(c.value, Qt::AlignLeft);
        for (QAbstractSeries *series :
             {static_cast<QAbstractSeries *>(band), static_cast<QAbstractSeries *>(c.mean)}) {
            series->attachAxis(c.time);
            series->attachAxis(c.value);
        }
        c.view = new QChartView(chart, this);
        c.view->setRenderHint(QPainter::Antialiasing);
        new ChartExport(c.view, QString());
        c.view->setMinimumHeight(110);
        grid->addWidget(c.view, int(i / 2), int(i % 2));
    }
    layout->addLayout(grid, 3);

    auto *eventsTitle = new QLabel(tr("Events in this range"), this);
    QFont bold = eventsTitle->font();
    bold.setBold(true);
    eventsTitle->setFont(bold);
    layout->addWidget(eventsTitle);
    m_events->setHorizontalHeaderLabels({tr("Time"), tr("Event"), tr("What to do")});
    m_eventTable->setModel(m_events);
    m_eventTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventTable->verticalHeader()->hide();
    m_eventTable->horizontalHeader()->setStretchLastSection(true);
    m_eventTable->setMinimumHeight(60);
    layout->addWidget(m_eventTable, 1);
    layout->addWidget(m_status);
    auto *exporter = new TableExport(m_eventTable, QStringLiteral("chip-events"));
    connect(exporter, &TableExport::message, m_status, &QLabel::setText);
}

void ChipDetailView::setInventory(std::shared_ptr<const Inventory> inventory,
                                  std::shared_ptr<const InventoryIndex> index)
{
    m_inventory = std::move(inventory);
    m_index = index ? std::move(index)
                    : std::make_shared<const InventoryIndex>(InventoryIndex::build(*m_inventory));
    m_snapshot.reset();
    updateHeader();
}

void ChipDetailView::showChip(uint32_t chip, int64_t fromMs, int64_t toMs, bool live)
{
    m_chip = chip;
    for (Chart &c : m_charts) {
        c.mean->clear();
        c.low->clear();
        c.high->clear();
    }
    m_events->removeRows(0, m_events->rowCount());
    setRange(fromMs, toMs, live);
    updateHeader();
}

void ChipDetailView::setRange(int64_t fromMs, int64_t toMs, bool live)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_live = live;
    updateAxes();
    request();
}

void ChipDetailView::request()
{
    if (!m_inventory || m_chip >= m_inventory->chipCount())
        return;
    ChipHistoryRequest r;
    r.chip = m_chip;
    r.fromMs = m_fromMs;
    r.toMs = m_toMs;
    // About one point per two pixels of the widest chart.
    r.maxPoints = std::clamp(m_charts[0].view->width() / 2, 100, 2000);
    r.serial = ++m_serial;
    m_status->setText(tr("Loading history…"));
    emit historyRequested(r);
}

void ChipDetailView::applyHistory(const ChipHistoryResult &result)
{
    if (result.request.serial != m_serial || result.request.chip != m_chip)
        return; // an older request's answer
    if (!result.error.isEmpty()) {
        m_status->setText(tr("History could not be read: %1").arg(result.error));
        return;
    }
    for (Chart &c : m_charts) {
        const auto &points = result.metrics[static_cast<size_t>(c.metric)];
        QList<QPointF> mean, low, high;
        mean.reserve(qsizetype(points.size()));
        low.reserve(qsizetype(points.size()));
        high.reserve(qsizetype(points.size()));
        for (const SeriesPoint &p : points) {
            mean.append(QPointF(double(p.unixMs), p.avg));
            low.append(QPointF(double(p.unixMs), p.min));
            high.append(QPointF(double(p.unixMs), p.max));
        }
        c.mean->replace(mean);
        c.low->replace(low);
        c.high->replace(high);
    }
    m_events->removeRows(0, m_events->rowCount());
    // Newest first: what happened last matters most at 3 a.m.
    for (auto it = result.events.rbegin(); it != result.events.rend(); ++it) {
        const ChipEvent &e = it->event;
        QList<QStandardItem *> row;
        row << new QStandardItem(formatDateTime(it->unixMs))
            << new QStandardItem(chipEventText(int(e.kind), e.code))
            << new QStandardItem(chipEventAction(int(e.kind), e.code));
        m_events->appendRow(row);
    }
    m_eventTable->resizeColumnToContents(0);
    m_eventTable->resizeColumnToContents(1);
    updateAxes();
    m_status->setText(result.events.empty()
                          ? tr("No events in this range.")
                          : tr("%n event(s) in this range.", nullptr, int(result.events.size())));
}

void ChipDetailView::setSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot || !m_inventory || snapshot->inventory->version != m_inventory->version)
        return;
    m_snapshot = snapshot;
    const FleetTick &tick = *snapshot->tick;
    if (m_chip >= tick.chipCount())
        return;
    if (m_live) {
        const int64_t span = m_toMs - m_fromMs;
        m_toMs = std::max(m_toMs, tick.unixMs);
        m_fromMs = m_toMs - span;
        for (Chart &c : m_charts) {
            const int32_t v = tick.column(c.metric)[m_chip];
            if (v == kNoData)
                continue;
            const QPointF p(double(tick.unixMs), double(v));
            c.mean->append(p);
            c.low->append(p);
            c.high->append(p);
            // Points that slid out of the range go, so the series stays bounded.
            while (c.mean->count() > 0 && c.mean->at(0).x() < double(m_fromMs)) {
                c.mean->remove(0);
                c.low->remove(0);
                c.high->remove(0);
            }
        }
        updateAxes();
    }
    updateHeader();
}

void ChipDetailView::updateAxes()
{
    for (Chart &c : m_charts) {
        c.time->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs),
                         QDateTime::fromMSecsSinceEpoch(std::max(m_toMs, m_fromMs + 1000)));
        c.time->setFormat(m_toMs - m_fromMs > 2 * 86'400'000LL ? QStringLiteral("MM-dd HH:mm")
                                                               : QStringLiteral("HH:mm"));
        double top = 0;
        for (const QPointF &p : c.high->points())
            top = std::max(top, p.y());
        if (c.metric == Metric::Utilization)
            c.value->setRange(0, 100);
        else if (c.metric == Metric::Temperature)
            c.value->setRange(0, std::ceil(std::max(100.0, top)));
        else // round ticks (0, 100, 200, 300 W), not quarters of the top (77, 155, 232)
            charts::fitValueAxis(c.value, std::max(top, 1.0));
    }
}

void ChipDetailView::updateHeader()
{
    if (!m_inventory || m_chip >= m_inventory->chipCount()) {
        m_identity->setText(tr("No chip selected."));
        m_now->clear();
        return;
    }
    const Inventory &inv = *m_inventory;
    const QLocale locale;
    const Node *node =
        m_chip < m_index->chipNode.size() ? &inv.nodes[m_index->chipNode[m_chip]] : nullptr;
    QString model;
    QString nodeName;
    QString centerName;
    if (node) {
        nodeName = QString::fromStdString(node->name).toHtmlEscaped();
        if (node->center < inv.centers.size())
            centerName = QString::fromStdString(inv.centers[node->center].name).toHtmlEscaped();
        if (node->model < inv.models.size())
            model = QString::fromStdString(inv.models[node->model].vendor + " " +
                                           inv.models[node->model].name)
                        .toHtmlEscaped();
    }
    m_identity->setText(tr("<b>Chip %1</b> · %2 · %3 · node %4 · %5")
                            .arg(locale.toString(m_chip),
                                 QString::fromStdString(formatUuid(inv.chipUuids[m_chip])), model,
                                 nodeName, centerName));
    if (!m_snapshot || m_chip >= m_snapshot->tick->chipCount()) {
        m_now->setText(tr("No live values yet."));
        return;
    }
    const FleetTick &tick = *m_snapshot->tick;
    const auto show = [&](Metric m, const QString &unit) {
        const int32_t v = tick.column(m)[m_chip];
        return v == kNoData ? tr("no data") : unit.arg(locale.toString(v));
    };
    m_now->setText(tr("Now (%1): utilization %2 · temperature %3 · power %4 · memory %5 · "
                      "<b>%6</b>")
                       .arg(formatClock(tick.unixMs), show(Metric::Utilization, tr("%1 %")),
                            show(Metric::Temperature, tr("%1 °C")), show(Metric::Power, tr("%1 W")),
                            show(Metric::MemoryUsed, tr("%1 MiB")),
                            chipStateText(tick.column(Metric::State)[m_chip]).toHtmlEscaped()));
}

ChipDetailView::Chart *ChipDetailView::chartFor(Metric metric)
{
    for (Chart &c : m_charts) {
        if (c.metric == metric)
            return &c;
    }
    return nullptr;
}

QChartView *ChipDetailView::chartView(Metric metric) const
{
    for (const Chart &c : m_charts) {
        if (c.metric == metric)
            return c.view;
    }
    return nullptr;
}

QLineSeries *ChipDetailView::meanSeries(Metric metric) const
{
    for (const Chart &c : m_charts) {
        if (c.metric == metric)
            return c.mean;
    }
    return nullptr;
}

} // namespace scb
