#include "utilizationhistogram.h"

#include "chartexport.h"
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace scb {

int UtilizationBins::binOf(int32_t utilization)
{
    return std::clamp(int(utilization) / 10, 0, kBins - 1);
}

UtilizationBins UtilizationBins::count(const FleetTick &tick, std::span<const uint32_t> chips)
{
    UtilizationBins bins;
    const auto &utilization = tick.column(Metric::Utilization);
    const auto &state = tick.column(Metric::State);
    const auto add = [&](size_t chip) {
        const int32_t u = utilization[chip];
        if (u == kNoData || u < 0 || state[chip] == kNoData || !(state[chip] & ChipState::Online)) {
            ++bins.withoutValue;
            return;
        }
        ++bins.counts[size_t(binOf(u))];
        ++bins.withValue;
    };
    const size_t n = std::min(utilization.size(), state.size());
    if (chips.empty()) {
        for (size_t chip = 0; chip < n; ++chip)
            add(chip);
    } else {
        for (uint32_t chip : chips) {
            if (chip < n)
                add(chip);
        }
    }
    return bins;
}

UtilizationHistogram::UtilizationHistogram(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_set(new QBarSet(tr("Chips")))
    , m_binAxis(new QBarCategoryAxis(chart()))
    , m_percentAxis(new QValueAxis(chart()))
    , m_countAxis(new QValueAxis(chart()))
{
    new ChartExport(this, QStringLiteral("utilization-distribution"));
    QChart *c = chart();
    c->legend()->setVisible(false);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    m_set->setColor(QColor(0x00, 0x72, 0xB2));
    m_set->setBorderColor(QColor(0x00, 0x72, 0xB2));
    QStringList categories;
    for (int b = 0; b < UtilizationBins::kBins; ++b) {
        m_set->append(0);
        categories << QString::number(b * 10); // where the bar starts
    }
    auto *series = new QBarSeries(c);
    series->setBarWidth(0.9);
    series->append(m_set);
    c->addSeries(series);
    m_binAxis->append(categories);
    m_binAxis->setVisible(false);
    // The category axis spans the ten bars edge to edge, as 0..100 does: the
    // value axis labels the bars' edges, which a narrow chart cannot do with
    // ten category names.
    m_percentAxis->setRange(0, 100);
    m_percentAxis->setTickCount(6);
    m_percentAxis->setLabelFormat(QStringLiteral("%d"));
    // The unit goes in the chart's title: a short chart has no room under
    // the labels and Qt Charts would elide an axis title to "…".
    m_percentAxis->setGridLineVisible(false);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setTitleText(tr("Chips"));
    m_countAxis->setRange(0, 10);
    c->addAxis(m_binAxis, Qt::AlignBottom);
    c->addAxis(m_percentAxis, Qt::AlignBottom);
    c->addAxis(m_countAxis, Qt::AlignLeft);
    series->attachAxis(m_binAxis);
    series->attachAxis(m_countAxis);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(120);
    recount();
}

void UtilizationHistogram::setScope(std::vector<uint32_t> chips)
{
    m_scope = std::move(chips);
    recount();
}

void UtilizationHistogram::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    recount();
}

void UtilizationHistogram::recount()
{
    if (!m_snapshot || !m_snapshot->tick) {
        m_bins = {};
    } else {
        m_bins = UtilizationBins::count(*m_snapshot->tick, m_scope);
    }
    uint32_t top = 0;
    for (int b = 0; b < UtilizationBins::kBins; ++b) {
        if (m_set->at(b) != double(m_bins.counts[size_t(b)]))
            m_set->replace(b, double(m_bins.counts[size_t(b)]));
        top = std::max(top, m_bins.counts[size_t(b)]);
    }
    // A round top with headroom; it only grows or halves, so the axis does not twitch every tick.
    const double axisTop = m_countAxis->max();
    if (top > axisTop || top < axisTop / 4 || axisTop < 10) {
        m_countAxis->setRange(0, std::max(10.0, top * 1.15));
        m_countAxis->applyNiceNumbers(); // round ticks: 0, 50,000, 100,000 …
    }
    chart()->setTitle(
        QStringLiteral("%1<br><small>%2</small>")
            .arg(tr("Chips by utilization now (%)").toHtmlEscaped(), caption().toHtmlEscaped()));
}

QString UtilizationHistogram::caption() const
{
    const QString with = tr("%Ln chip(s)", nullptr, int(m_bins.withValue));
    if (m_bins.withoutValue == 0)
        return with;
    return tr("%1, %Ln without data", nullptr, int(m_bins.withoutValue)).arg(with);
}

} // namespace scb
