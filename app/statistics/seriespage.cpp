#include "seriespage.h"
#include "chartstyle.h"

#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace scb {

SeriesPage::SeriesPage(StatisticsBridge *bridge,
                       std::span<const SeriesSpec> series,
                       QWidget *parent)
    : QWidget(parent)
    , m_bridge(bridge)
    , m_series(series)
    , m_freshness(new FreshnessLine(StatLabels::Subject::Figures, this))
    , m_summary(new QLabel(this))
    , m_note(new QLabel(StatLabels::syntheticNote(), this))
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(8, 8, 8, 8);
}

QGridLayout *SeriesPage::layOutFrame(std::vector<QChartView *> charts)
{
    m_charts = std::move(charts);
    m_tablePanel = new ObservationTablePanel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    m_layout->addWidget(m_summary);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    QPalette notePalette = m_note->palette();
    notePalette.setColor(QPalette::WindowText, QColor(0xa1, 0x4a, 0x00));
    m_note->setPalette(notePalette);
    m_note->hide();
    m_layout->addWidget(m_note);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *chartsPane = new QWidget(scroll);
    auto *grid = new QGridLayout(chartsPane);
    grid->setContentsMargins(0, 0, 4, 0);
    grid->setSpacing(8);
    scroll->setWidget(chartsPane);
    split->addWidget(scroll);
    m_tablePanel->setMinimumWidth(320);
    split->addWidget(m_tablePanel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 400});
    m_layout->addWidget(split, 1);
    return grid;
}

void SeriesPage::start()
{
    if (StatisticsBridge *bridge = m_bridge) {
        connect(bridge, &StatisticsBridge::seriesReady, this, &SeriesPage::applySeries);
        connect(bridge, &StatisticsBridge::stateChanged, this, &SeriesPage::applyState);
        connect(bridge, &StatisticsBridge::dataChanged, this,
                [bridge] { bridge->requestSeries(); });
        applyState(bridge->state());
        bridge->requestSeries();
    }
    rebuild();
}

void SeriesPage::showAnswer(const StatisticsSeries &series,
                            const StatisticsCache::Freshness &freshness,
                            const QString &error,
                            const QString &errorFormat)
{
    m_freshness->setFetchedUnixMs(freshness.fetchedUnixMs);
    setObservations(series.observations);
    if (!error.isEmpty() && m_shown.empty())
        m_summary->setText(errorFormat.arg(error));
}

void SeriesPage::applyState(const StatisticsState &state)
{
    m_freshness->setState(state);
}

void SeriesPage::setObservations(const std::vector<Observation> &observations)
{
    m_shown = selectObservations(observations, m_series, &m_ignored);
    m_tablePanel->setObservations(m_shown);
    rebuild();
}

void SeriesPage::rebuild()
{
    drawCharts();
    for (QChartView *view : m_charts)
        charts::untruncate(view->chart());
    const bool synthetic = std::any_of(m_shown.begin(), m_shown.end(),
                                       [](const Observation &o) { return o.isSynthetic(); });
    m_note->setVisible(synthetic);
    m_summary->setText(summaryLine());
}

std::vector<const Observation *> SeriesPage::ofSeries(const char *series) const
{
    std::vector<const Observation *> out;
    for (const Observation &o : m_shown)
        if (o.series == series)
            out.push_back(&o);
    return out;
}

int SeriesPage::syntheticCount(const std::vector<const Observation *> &observations)
{
    return int(std::count_if(observations.begin(), observations.end(),
                             [](const Observation *o) { return o->isSynthetic(); }));
}

bool SeriesPage::syntheticNoteVisible() const
{
    return !m_note->isHidden();
}

QString SeriesPage::freshnessText() const
{
    return m_freshness->text();
}

QString SeriesPage::summaryText() const
{
    return m_summary->text();
}

QString SeriesPage::noteText() const
{
    return m_note->text();
}

} // namespace scb
