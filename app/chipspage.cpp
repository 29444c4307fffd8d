#include "chipspage.h"

#include "formatting.h"
#include "heatmapview.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace scb {

namespace {

struct RangePreset
{
    int minutes;
    const char *label;
};
constexpr RangePreset kRanges[] = {
    {15, QT_TRANSLATE_NOOP("ChipsPage", "15 min")},
    {60, QT_TRANSLATE_NOOP("ChipsPage", "1 h")},
    {360, QT_TRANSLATE_NOOP("ChipsPage", "6 h")},
    {1440, QT_TRANSLATE_NOOP("ChipsPage", "24 h")},
};

// Distinct, colour-blind-safe hues (Okabe–Ito) for centers; the fleet is drawn dark and thick.
const QColor kCenterColours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                 QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                 QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                 QColor(0xF0, 0xE4, 0x42)};

QString stateText(int32_t state)
{
    if (state == kNoData)
        return ChipsPage::tr("no data");
    QStringList parts;
    parts << ((state & ChipState::Online) ? ChipsPage::tr("online") : ChipsPage::tr("offline"));
    if (state & ChipState::Maintenance)
        parts << ChipsPage::tr("maintenance");
    if (state & ChipState::Throttled)
        parts << ChipsPage::tr("throttled");
    if (state & ChipState::EccError)
        parts << ChipsPage::tr("ECC error");
    if (state & ChipState::XidEvent)
        parts << ChipsPage::tr("XID event");
    if (state & ChipState::HealthFault)
        parts << ChipsPage::tr("health fault");
    return parts.join(QStringLiteral(", "));
}

} // namespace

ChipsPage::ChipsPage(QWidget *parent)
    : QWidget(parent)
    , m_heatmap(new HeatmapView(this))
    , m_heatmapTitle(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
    , m_rangeButtons(new QButtonGroup(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_heatmapTitle->setText(tr("Fleet heatmap — utilization of every chip, by center and node"));
    QFont titleFont = m_heatmapTitle->font();
    titleFont.setBold(true);
    m_heatmapTitle->setFont(titleFont);
    layout->addWidget(m_heatmapTitle);
    layout->addWidget(m_heatmap, 3);

    auto *chartHeader = new QHBoxLayout;
    auto *chartTitle = new QLabel(tr("Mean utilization per center"), this);
    chartTitle->setFont(titleFont);
    chartHeader->addWidget(chartTitle);
    chartHeader->addStretch(1);
    for (const RangePreset &preset : kRanges) {
        auto *button = new QToolButton(this);
        button->setText(tr(preset.label));
        button->setCheckable(true);
        button->setChecked(preset.minutes == m_rangeMinutes);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_rangeButtons->addButton(button, preset.minutes);
        chartHeader->addWidget(button);
    }
    m_rangeButtons->setExclusive(true);
    connect(m_rangeButtons, &QButtonGroup::idClicked, this, &ChipsPage::setRangeMinutes);
    layout->addLayout(chartHeader);

    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(7);
    m_valueAxis->setRange(0, 100);
    m_valueAxis->setLabelFormat(QStringLiteral("%d %%"));
    m_valueAxis->setTickCount(6);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);
    layout->addWidget(m_chartView, 2);

    m_heatmap->setToolTipProvider([this](int cell) { return chipToolTip(cell); });
    slideAxis(QDateTime::currentMSecsSinceEpoch());
}

void ChipsPage::setRangeMinutes(int minutes)
{
    if (auto *button = m_rangeButtons->button(minutes))
        button->setChecked(true);
    if (minutes == m_rangeMinutes)
        return;
    m_rangeMinutes = minutes;
    m_timeAxis->setFormat(minutes > 360 ? QStringLiteral("ddd HH:mm") : QStringLiteral("HH:mm"));
    slideAxis(m_snapshot ? m_snapshot->tick->unixMs : QDateTime::currentMSecsSinceEpoch());
    requestHistory();
}

void ChipsPage::setInventory(std::shared_ptr<const Inventory> inventory)
{
    m_inventory = std::move(inventory);
    m_snapshot.reset();
    QList<HeatmapGroup> groups;
    const InventoryIndex index = InventoryIndex::build(*m_inventory);
    for (size_t c = 0; c < m_inventory->centers.size(); ++c) {
        HeatmapGroup group;
        group.label = QString::fromStdString(m_inventory->centers[c].name);
        group.firstCell = int(index.centerFirstChip[c]);
        group.cellCount = int(index.centerFirstChip[c + 1] - index.centerFirstChip[c]);
        group.cellsPerUnit = 8;
        groups << group;
    }
    m_heatmap->setGroups(groups);

    m_chart->removeAllSeries();
    m_series.clear();
    for (int scope = kFleetScope; scope < int(m_inventory->centers.size()); ++scope) {
        auto *series = new QLineSeries(m_chart);
        if (scope == kFleetScope) {
            series->setName(tr("Whole fleet"));
            QPen pen(QColor(0x33, 0x33, 0x33));
            pen.setWidthF(2.5);
            pen.setStyle(Qt::DashLine);
            series->setPen(pen);
        } else {
            series->setName(QString::fromStdString(m_inventory->centers[size_t(scope)].name));
            QPen pen(kCenterColours[size_t(scope) % std::size(kCenterColours)]);
            pen.setWidthF(1.8);
            series->setPen(pen);
        }
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
        m_series.push_back(series);
    }
    requestHistory();
}

QLineSeries *ChipsPage::seriesFor(int scope) const
{
    const size_t i = size_t(scope + 1);
    return i < m_series.size() ? m_series[i] : nullptr;
}

void ChipsPage::setSnapshot(SnapshotPtr snapshot)
{
    if (!snapshot || !m_inventory || snapshot->inventory->version != m_inventory->version ||
        snapshot->tick->chipCount() != m_inventory->chipCount())
        return;
    m_snapshot = std::move(snapshot);
    const auto &utilization = m_snapshot->tick->column(Metric::Utilization);
    m_heatmap->setValues(utilization.data(), qsizetype(utilization.size()));
    slideAxis(m_snapshot->tick->unixMs);
    appendLive(*m_snapshot);
}

void ChipsPage::slideAxis(int64_t nowMs)
{
    const int64_t rangeMs = int64_t(m_rangeMinutes) * 60'000;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(nowMs - rangeMs),
                         QDateTime::fromMSecsSinceEpoch(nowMs));
}

void ChipsPage::requestHistory()
{
    if (!m_inventory)
        return;
    const int64_t now = m_snapshot ? m_snapshot->tick->unixMs : QDateTime::currentMSecsSinceEpoch();
    const int64_t from = now - int64_t(m_rangeMinutes) * 60'000;
    const int points = std::clamp(m_chartView->width(), 200, 2000);
    m_requestedFromMs = from;
    m_requestedToMs = now;
    emit historyRequested(from, now, points);
}

void ChipsPage::applyHistory(const HistoryResult &result)
{
    // Only the answer to the newest request: an older one may be for another range.
    if (!m_inventory || result.fromMs != m_requestedFromMs || result.toMs != m_requestedToMs)
        return;
    for (const HistorySeries &h : result.series) {
        QLineSeries *series = seriesFor(h.scope);
        if (!series)
            continue;
        QList<QPointF> points;
        points.reserve(qsizetype(h.points.size()));
        for (const SeriesPoint &p : h.points)
            points.append(QPointF(double(p.unixMs), p.avg));
        // Keep live points that arrived while the query ran.
        const auto live = series->points();
        for (const QPointF &p : live)
            if (p.x() > double(result.toMs))
                points.append(p);
        series->replace(points);
    }
}

void ChipsPage::appendLive(const Snapshot &snapshot)
{
    const double t = double(snapshot.tick->unixMs);
    const int64_t rangeMs = int64_t(m_rangeMinutes) * 60'000;
    // One chart point per ~1/2000 of the range: a live tick inside the last
    // point's bucket replaces it instead of growing the series.
    const double bucketMs = std::max<double>(1000.0, double(rangeMs) / 2000.0);
    const double oldest = t - double(rangeMs);
    const auto add = [&](QLineSeries *series, const GroupAggregate &g) {
        if (!series || g.utilizationCount == 0)
            return;
        const QPointF point(t, g.utilizationMean());
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
    for (size_t c = 0; c < snapshot.aggregates.centers.size(); ++c)
        add(seriesFor(int(c)), snapshot.aggregates.centers[c]);
}

QString ChipsPage::chipToolTip(int chip) const
{
    if (!m_inventory || chip < 0 || uint32_t(chip) >= m_inventory->chipCount())
        return {};
    const Inventory &inv = *m_inventory;
    QString nodeName;
    QString centerName;
    QString modelName;
    uint32_t memoryMiB = 0;
    // Nodes are sorted by first chip: binary search instead of a per-chip table.
    auto it = std::upper_bound(inv.nodes.begin(), inv.nodes.end(), uint32_t(chip),
                               [](uint32_t c, const Node &n) { return c < n.firstChip; });
    if (it != inv.nodes.begin()) {
        const Node &node = *(it - 1);
        nodeName = QString::fromStdString(node.name);
        if (node.center < inv.centers.size())
            centerName = QString::fromStdString(inv.centers[node.center].name);
        if (node.model < inv.models.size()) {
            modelName = QString::fromStdString(inv.models[node.model].vendor + " " +
                                               inv.models[node.model].name);
            memoryMiB = inv.models[node.model].memoryMiB;
        }
    }
    const QLocale locale;
    QString text =
        tr("<b>Chip %1</b> · %2<br>Node %3 · %4<br>%5")
            .arg(locale.toString(chip),
                 QString::fromStdString(formatUuid(inv.chipUuids[size_t(chip)])),
                 nodeName.toHtmlEscaped(), centerName.toHtmlEscaped(), modelName.toHtmlEscaped());
    if (m_snapshot) {
        const FleetTick &tick = *m_snapshot->tick;
        const auto value = [&](Metric m) {
            return tick.column(m)[size_t(chip)];
        };
        const auto show = [&](int32_t v, const QString &unit) {
            return v == kNoData ? tr("no data") : unit.arg(locale.toString(v));
        };
        text += tr("<br>Utilization %1 · Temperature %2<br>Power %3 · Memory %4 of %5")
                    .arg(show(value(Metric::Utilization), tr("%1 %")),
                         show(value(Metric::Temperature), tr("%1 °C")),
                         show(value(Metric::Power), tr("%1 W")),
                         show(value(Metric::MemoryUsed), tr("%1 MiB")),
                         tr("%1 MiB").arg(locale.toString(memoryMiB)));
        text += tr("<br>State: %1").arg(stateText(value(Metric::State)));
    }
    return text;
}

} // namespace scb
