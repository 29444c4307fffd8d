#include "industrypage.h"

#include "datasetmodels.h"
#include "formatting.h"
#include "statlabels.h"
#include "statwidgets.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace scb {

namespace {

constexpr SeriesSpec kIndustrySeries[] = {
    {"output_value", false, false},
    {"software_revenue", false, false},
    {"software_revenue_target", false, false},
    {"growing_enterprises", false, false},
    {"growing_enterprises_target", false, false},
    {"model_scenarios", false, true},
    {"model_scenarios_target", false, false},
};

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// A figure of the summary line: yuan as officials read them ("1000亿元",
// "100 billion yuan"), others with their unit.
QString summaryValue(const Observation &o)
{
    if (o.unit == "100m_yuan")
        return formatHundredMillionYuan(o.value);
    return StatLabels::formatValue(o.value, q(o.unit));
}

std::vector<const Observation *> ofSeries(const std::vector<Observation> &all, const char *series)
{
    std::vector<const Observation *> out;
    for (const Observation &o : all)
        if (o.series == series)
            out.push_back(&o);
    return out;
}

int syntheticCount(const std::vector<const Observation *> &observations)
{
    return int(std::count_if(observations.begin(), observations.end(),
                             [](const Observation *o) { return o->isSynthetic(); }));
}

QString withSource(const QString &text, const Observation &o)
{
    if (o.isSynthetic())
        return IndustryPage::tr("%1 (synthetic)").arg(text);
    return IndustryPage::tr("%1\nSource: %2").arg(text, q(o.source));
}

// The target's legend name: "Target 2024: 1,000 × 100 million yuan".
QString targetName(const Observation &target)
{
    return StatLabels::markedName(
        IndustryPage::tr("Target %1: %2")
            .arg(q(target.period), StatLabels::formatValue(target.value, q(target.unit))),
        target.isSynthetic() ? 1 : 0, 1);
}

// A yearly series as bars, with the latest target as a line across and
// published figures marked.
struct YearlyBars
{
    QBarSet *set = nullptr;
    QLineSeries *target = nullptr;
    QScatterSeries *published = nullptr;
};

YearlyBars yearlyBars(QChart *chart,
                      const std::vector<const Observation *> &values,
                      const std::vector<const Observation *> &targets,
                      const QString &name,
                      const QColor &colour)
{
    YearlyBars out;
    if (values.empty())
        return out;
    out.set = new QBarSet(StatLabels::markedName(name, syntheticCount(values), int(values.size())));
    out.set->setColor(colour);
    out.set->setBorderColor(colour);
    // The years of the figures and of the target: a target for a year not
    // yet counted stands over an empty place.
    std::set<std::string> yearSet;
    for (const Observation *o : values)
        yearSet.insert(o->period);
    if (!targets.empty())
        yearSet.insert(targets.back()->period);
    const std::vector<std::string> years(yearSet.begin(), yearSet.end());
    auto *xAxis = new QBarCategoryAxis;
    double top = targets.empty() ? 0.0 : targets.back()->value;
    QList<QPointF> published;
    QStringList citations;
    std::vector<Observation> copies(years.size());
    for (size_t i = 0; i < years.size(); ++i) {
        xAxis->append(q(years[i]));
        const auto it = std::find_if(values.begin(), values.end(),
                                     [&](const Observation *o) { return o->period == years[i]; });
        if (it == values.end()) {
            *out.set << 0.0;
            continue;
        }
        const Observation &o = **it;
        *out.set << o.value;
        top = std::max(top, o.value);
        copies[i] = o;
        if (!o.isSynthetic()) {
            published << QPointF(double(i), o.value);
            citations << q(o.source);
        }
    }
    auto *bars = new QBarSeries;
    bars->append(out.set);
    bars->setBarWidth(0.6);
    chart->addSeries(bars);
    chart->addAxis(xAxis, Qt::AlignBottom);
    QValueAxis *yAxis = statcharts::valueAxis(StatLabels::unitTitle(q(values.front()->unit)), top);
    chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    statcharts::tooltipOnHover(out.set, [copies](int i) {
        if (i < 0 || size_t(i) >= copies.size() || copies[size_t(i)].series.empty())
            return QString();
        const Observation &o = copies[size_t(i)];
        return withSource(IndustryPage::tr("%1: %2").arg(
                              q(o.period), StatLabels::formatValue(o.value, q(o.unit))),
                          o);
    });
    if (!targets.empty()) {
        const Observation &t = *targets.back();
        const QString label = targetName(t);
        out.target = statcharts::referenceLine(
            chart, label, t.value, -0.5, double(years.size()) - 0.5, statcharts::targetColour(),
            Qt::DashLine, xAxis, yAxis, t.isSynthetic() ? label : withSource(label, t));
    }
    if (!published.isEmpty())
        out.published = statcharts::publishedMarkers(chart, published, citations, xAxis, yAxis);
    return out;
}

// The value of the series in year, or NaN.
double valueIn(const std::vector<const Observation *> &values, int year)
{
    for (const Observation *o : values)
        if (statcharts::yearOf(o->period) == year)
            return o->value;
    return std::nan("");
}

} // namespace

IndustryPage::IndustryPage(StatisticsBridge *bridge, QWidget *parent)
    : QWidget(parent)
    , m_bridge(bridge)
    , m_freshness(new FreshnessLine(StatLabels::Subject::Figures, this))
    , m_summary(new QLabel(this))
    , m_note(new QLabel(StatLabels::syntheticNote(), this))
    , m_outputChart(
          statcharts::makeChartView(tr("Big data electronic information industry output"), this))
    , m_softwareChart(statcharts::makeChartView(tr("Software and IT services revenue"), this))
    , m_growingChart(
          statcharts::makeChartView(tr("Growing enterprises introduced and cultivated"), this))
    , m_scenarioChart(
          statcharts::makeChartView(tr("Large-model application scenarios by field"), this))
    , m_tablePanel(new ObservationTablePanel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_freshness);
    QGridLayout *grid = statcharts::layOutSeriesPage(layout, m_summary, m_note, m_tablePanel);
    grid->addWidget(m_outputChart, 0, 0);
    grid->addWidget(m_softwareChart, 0, 1);
    grid->addWidget(m_growingChart, 1, 0);
    grid->addWidget(m_scenarioChart, 1, 1);
    for (QChartView *view : {m_outputChart, m_softwareChart, m_growingChart, m_scenarioChart})
        view->setMinimumHeight(280);

    statcharts::followSeries(this, m_bridge);
    rebuild();
}

void IndustryPage::applySeries(const SeriesAnswer &answer)
{
    m_freshness->setFetchedUnixMs(answer.industryFreshness.fetchedUnixMs);
    setObservations(answer.industry.observations);
    if (!answer.error.isEmpty() && m_shown.empty())
        m_summary->setText(tr("The figures could not be read: %1").arg(answer.error));
}

void IndustryPage::applyState(const StatisticsState &state)
{
    m_freshness->setState(state);
}

void IndustryPage::setObservations(const std::vector<Observation> &observations)
{
    m_shown = selectObservations(observations, kIndustrySeries, &m_ignored);
    m_tablePanel->setObservations(m_shown);
    rebuild();
}

bool IndustryPage::syntheticNoteVisible() const
{
    return !m_note->isHidden();
}

QString IndustryPage::freshnessText() const
{
    return m_freshness->text();
}

QString IndustryPage::summaryText() const
{
    return m_summary->text();
}

void IndustryPage::rebuild()
{
    buildOutput();
    buildSoftware();
    buildGrowing();
    buildScenarios();
    for (QChartView *view : {m_outputChart, m_softwareChart, m_growingChart, m_scenarioChart})
        statcharts::untruncate(view->chart());
    const bool synthetic = std::any_of(m_shown.begin(), m_shown.end(),
                                       [](const Observation &o) { return o.isSynthetic(); });
    m_note->setVisible(synthetic);

    // The key figures in one line: each series' latest year, and how far
    // it came in five years where that year is known.
    QStringList parts;
    const auto output = ofSeries(m_shown, "output_value");
    if (!output.empty()) {
        const Observation &last = *output.back();
        const double before = valueIn(output, statcharts::yearOf(last.period) - 5);
        QString part = tr("Output value %1: %2").arg(q(last.period), summaryValue(last));
        if (before > 0)
            part += QLatin1Char(' ') +
                    tr("(×%1 in five years)").arg(QLocale().toString(last.value / before, 'f', 1));
        parts << part;
    }
    const auto software = ofSeries(m_shown, "software_revenue");
    if (!software.empty()) {
        const Observation &last = *software.back();
        const double before = valueIn(software, statcharts::yearOf(last.period) - 5);
        QString part =
            tr("software and IT services %1: %2").arg(q(last.period), summaryValue(last));
        if (before > 0)
            part += QLatin1Char(' ') +
                    tr("(×%1 in five years)").arg(QLocale().toString(last.value / before, 'f', 1));
        parts << part;
    }
    const auto growing = ofSeries(m_shown, "growing_enterprises");
    if (!growing.empty()) {
        const Observation &last = *growing.back();
        parts
            << tr("growing enterprises %1: %2").arg(q(last.period), formatLargeNumber(last.value));
    }
    const auto scenarios = ofSeries(m_shown, "model_scenarios");
    if (!scenarios.empty()) {
        const std::string year = scenarios.back()->period;
        double total = 0;
        for (const Observation *o : scenarios)
            if (o->period == year)
                total += o->value;
        parts << tr("large-model scenarios %1: %2").arg(q(year), StatLabels::formatNumber(total));
    }
    m_summary->setText(parts.isEmpty() ? tr("No figures yet.") : parts.join(QStringLiteral(" · ")));
}

void IndustryPage::buildOutput()
{
    QChart *chart = m_outputChart->chart();
    statcharts::clearChart(chart);
    m_outputSet = nullptr;
    m_growthLine = nullptr;
    const auto output = ofSeries(m_shown, "output_value");
    const YearlyBars bars =
        yearlyBars(chart, output, {}, tr("Output value"), statcharts::colour(4));
    m_outputSet = bars.set;
    if (!m_outputSet)
        return;
    // Growth over the year before, where that year is listed.
    m_growthLine = new QLineSeries;
    m_growthLine->setName(tr("Year-on-year growth (%)"));
    QPen pen(statcharts::colour(1));
    pen.setWidthF(2.5);
    m_growthLine->setPen(pen);
    m_growthLine->setPointsVisible(true);
    m_growthLine->setPointLabelsVisible(true);
    m_growthLine->setPointLabelsFormat(QStringLiteral("@yPoint %"));
    m_growthLine->setPointLabelsClipping(false);
    m_growthLine->setPointLabelsColor(QColor(0x7a, 0x3e, 0x00));
    double top = 0;
    double bottom = 0;
    for (size_t i = 1; i < output.size(); ++i) {
        const Observation &prev = *output[i - 1];
        const Observation &cur = *output[i];
        if (statcharts::yearOf(cur.period) != statcharts::yearOf(prev.period) + 1 ||
            prev.value <= 0)
            continue;
        const double growth = std::round((cur.value / prev.value - 1) * 1000) / 10;
        m_growthLine->append(double(i), growth);
        top = std::max(top, growth);
        bottom = std::min(bottom, growth);
    }
    chart->addSeries(m_growthLine);
    QValueAxis *growthAxis = statcharts::valueAxis(tr("Growth (%)"), top * 1.3, bottom);
    chart->addAxis(growthAxis, Qt::AlignRight);
    m_growthLine->attachAxis(chart->axes(Qt::Horizontal).value(0));
    m_growthLine->attachAxis(growthAxis);
    QStringList periods;
    for (const Observation *o : output)
        periods << q(o->period);
    statcharts::tooltipOnHover(m_growthLine, [periods](const QPointF &p) {
        const int i = int(std::lround(p.x()));
        if (i < 1 || i >= periods.size())
            return QString();
        return tr("%1: %2 over %3")
            .arg(periods[i], StatLabels::formatValue(p.y(), QStringLiteral("percent")),
                 periods[i - 1]);
    });
}

void IndustryPage::buildSoftware()
{
    QChart *chart = m_softwareChart->chart();
    statcharts::clearChart(chart);
    const YearlyBars bars = yearlyBars(chart, ofSeries(m_shown, "software_revenue"),
                                       ofSeries(m_shown, "software_revenue_target"), tr("Revenue"),
                                       statcharts::colour(2));
    m_softwareSet = bars.set;
    m_softwareTarget = bars.target;
}

void IndustryPage::buildGrowing()
{
    QChart *chart = m_growingChart->chart();
    statcharts::clearChart(chart);
    const YearlyBars bars = yearlyBars(chart, ofSeries(m_shown, "growing_enterprises"),
                                       ofSeries(m_shown, "growing_enterprises_target"),
                                       tr("Enterprises"), statcharts::colour(0));
    m_growingSet = bars.set;
    m_growingTarget = bars.target;
    m_growingPublished = bars.published;
}

void IndustryPage::buildScenarios()
{
    QChart *chart = m_scenarioChart->chart();
    statcharts::clearChart(chart);
    m_scenarioSets.clear();
    m_scenarioTarget = nullptr;
    const auto scenarios = ofSeries(m_shown, "model_scenarios");
    const auto targets = ofSeries(m_shown, "model_scenarios_target");
    const QString title = tr("Large-model application scenarios by field");
    chart->setTitle(
        StatLabels::markedName(title, syntheticCount(scenarios), int(scenarios.size())));
    if (scenarios.empty())
        return;
    std::vector<std::string> years;
    for (const Observation *o : scenarios)
        if (years.empty() || years.back() != o->period)
            years.push_back(o->period); // in period order
    // Fields by their size in the latest year, largest at the bottom of the stack.
    std::map<std::string, double> latest;
    std::vector<std::string> fields;
    for (const Observation *o : scenarios) {
        if (std::find(fields.begin(), fields.end(), o->category) == fields.end())
            fields.push_back(o->category);
        if (o->period == years.back())
            latest[o->category] = o->value;
    }
    std::stable_sort(fields.begin(), fields.end(), [&](const std::string &a, const std::string &b) {
        return latest[a] > latest[b];
    });
    std::map<std::pair<std::string, std::string>, const Observation *> cell;
    for (const Observation *o : scenarios)
        cell[{o->category, o->period}] = o;

    auto *stack = new QStackedBarSeries;
    stack->setBarWidth(0.6);
    std::vector<double> totals(years.size(), 0.0);
    for (size_t f = 0; f < fields.size(); ++f) {
        auto *set = new QBarSet(StatLabels::scenarioField(q(fields[f])));
        set->setColor(statcharts::colour(int(f)));
        set->setBorderColor(Qt::white);
        std::vector<Observation> copies;
        for (size_t y = 0; y < years.size(); ++y) {
            const auto it = cell.find({fields[f], years[y]});
            const double value = it == cell.end() ? 0.0 : it->second->value;
            *set << value;
            totals[y] += value;
            Observation copy;
            if (it != cell.end())
                copy = *it->second;
            copies.push_back(copy);
        }
        statcharts::tooltipOnHover(set, [copies](int i) {
            if (i < 0 || size_t(i) >= copies.size() || copies[size_t(i)].series.empty())
                return QString();
            const Observation &o = copies[size_t(i)];
            return withSource(tr("%1, %2: %3")
                                  .arg(StatLabels::scenarioField(q(o.category)), q(o.period),
                                       StatLabels::formatValue(o.value, q(o.unit))),
                              o);
        });
        stack->append(set);
        m_scenarioSets.push_back(set);
    }
    chart->addSeries(stack);
    auto *xAxis = new QBarCategoryAxis;
    for (const std::string &year : years)
        xAxis->append(q(year));
    chart->addAxis(xAxis, Qt::AlignBottom);
    double top = *std::max_element(totals.begin(), totals.end());
    if (!targets.empty())
        top = std::max(top, targets.back()->value);
    QValueAxis *yAxis = statcharts::valueAxis(tr("Scenarios"), top);
    chart->addAxis(yAxis, Qt::AlignLeft);
    stack->attachAxis(xAxis);
    stack->attachAxis(yAxis);
    if (!targets.empty()) {
        const Observation &t = *targets.back();
        const QString label = targetName(t);
        m_scenarioTarget = statcharts::referenceLine(
            chart, label, t.value, -0.5, double(years.size()) - 0.5, statcharts::targetColour(),
            Qt::DashLine, xAxis, yAxis, t.isSynthetic() ? label : withSource(label, t));
    }
    chart->legend()->setAlignment(Qt::AlignRight);
}

} // namespace scb
