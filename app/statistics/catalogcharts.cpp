#include "catalogcharts.h"
#include "chartstyle.h"

#include "statlabels.h"
#include "statwidgets.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace scb::catalogcharts {

// The texts keep the translation context of the datasets page, where they
// were written: their translations are filed under it.

ThemeSets drawThemes(QChart *chart, std::vector<DatasetIndex::ThemeTotal> themes)
{
    charts::clearChart(chart);
    ThemeSets out;
    std::sort(themes.begin(), themes.end(), [](const auto &a, const auto &b) {
        return a.datasets != b.datasets ? a.datasets < b.datasets : a.theme > b.theme;
    });
    uint64_t allDatasets = 0;
    uint64_t allBytes = 0;
    for (const auto &t : themes) {
        allDatasets += t.datasets;
        // Saturating: imported rows may claim sizes near 2^63 each.
        allBytes = t.bytes > UINT64_MAX - allBytes ? UINT64_MAX : allBytes + t.bytes;
    }
    if (allDatasets == 0)
        return out;
    const auto share = [](uint64_t part, uint64_t whole) {
        return whole ? std::round(double(part) / double(whole) * 1000) / 10 : 0.0;
    };
    QStringList categories;
    out.datasets =
        new QBarSet(QCoreApplication::translate("scb::DatasetsPage", "Datasets (%1 in all)")
                        .arg(QLocale().toString(qulonglong(allDatasets))));
    out.datasets->setColor(charts::colour(0));
    out.datasets->setBorderColor(charts::colour(0));
    out.volume = new QBarSet(QCoreApplication::translate("scb::DatasetsPage", "Volume (%1 in all)")
                                 .arg(StatLabels::formatBytes(allBytes)));
    out.volume->setColor(charts::colour(1));
    out.volume->setBorderColor(charts::colour(1));
    double top = 0;
    for (const auto &t : themes) {
        categories << StatLabels::theme(QString::fromStdString(t.theme));
        *out.datasets << share(t.datasets, allDatasets);
        *out.volume << share(t.bytes, allBytes);
        top = std::max({top, share(t.datasets, allDatasets), share(t.bytes, allBytes)});
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(out.datasets);
    bars->append(out.volume);
    bars->setBarWidth(0.8);
    chart->addSeries(bars);
    charts::attachHorizontalBarAxes(
        chart, bars, categories,
        QCoreApplication::translate("scb::DatasetsPage", "% of the catalog"), std::min(top, 100.0));
    charts::untruncate(chart);
    const auto tip = [themes, allDatasets, allBytes, share](int i) {
        if (i < 0 || size_t(i) >= themes.size())
            return QString();
        const auto &t = themes[size_t(i)];
        return QCoreApplication::translate("scb::DatasetsPage", "%1: %2 datasets (%3 %), %4 (%5 %)")
            .arg(StatLabels::theme(QString::fromStdString(t.theme)), QLocale().toString(t.datasets),
                 QLocale().toString(share(t.datasets, allDatasets), 'f', 1),
                 StatLabels::formatBytes(t.bytes),
                 QLocale().toString(share(t.bytes, allBytes), 'f', 1));
    };
    charts::tooltipOnHover(out.datasets, tip);
    charts::tooltipOnHover(out.volume, tip);
    return out;
}

namespace {

// The year chart's tool tips: each year's count, and the catalog's size at
// its end.
void addYearTips(const YearSeries &series, const std::vector<DatasetIndex::YearCount> &years)
{
    charts::tooltipOnHover(series.issued, [years](int i) {
        if (i < 0 || size_t(i) >= years.size())
            return QString();
        // The count in a variable: lupdate 6.4 hangs on a cast as translate()'s n.
        const int issued = int(years[size_t(i)].datasets);
        return QCoreApplication::translate("scb::DatasetsPage", "%1: %n dataset(s) issued", nullptr,
                                           issued)
            .arg(years[size_t(i)].year);
    });
    charts::tooltipOnHover(series.cumulative, [years](const QPointF &p) {
        const int i = int(std::lround(p.x()));
        if (i < 0 || size_t(i) >= years.size())
            return QString();
        const int total = int(p.y());
        return QCoreApplication::translate(
                   "scb::DatasetsPage", "End of %1: %n dataset(s) in the catalog", nullptr, total)
            .arg(years[size_t(i)].year);
    });
}

} // namespace

YearSeries drawYears(QChart *chart, std::vector<DatasetIndex::YearCount> years)
{
    charts::clearChart(chart);
    YearSeries out;
    std::sort(years.begin(), years.end(),
              [](const auto &a, const auto &b) { return a.year < b.year; });
    if (years.empty())
        return out;
    QStringList categories;
    out.issued = new QBarSet(QCoreApplication::translate("scb::DatasetsPage", "Issued that year"));
    out.issued->setColor(charts::colour(2));
    out.issued->setBorderColor(charts::colour(2));
    out.cumulative = statcharts::thickLine(
        QCoreApplication::translate("scb::DatasetsPage", "In the catalog (cumulative)"),
        charts::colour(0));
    out.cumulative->setPointsVisible(true);
    uint32_t maxYear = 0;
    uint64_t total = 0;
    for (size_t i = 0; i < years.size(); ++i) {
        categories << QString::number(years[i].year);
        *out.issued << years[i].datasets;
        total += years[i].datasets;
        out.cumulative->append(double(i), double(total));
        maxYear = std::max(maxYear, years[i].datasets);
    }
    auto *bars = new QBarSeries;
    bars->append(out.issued);
    chart->addSeries(bars);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    QValueAxis *issuedAxis = charts::valueAxis(
        QCoreApplication::translate("scb::DatasetsPage", "Datasets issued"), maxYear);
    chart->addAxis(issuedAxis, Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(issuedAxis);
    chart->addSeries(out.cumulative);
    QValueAxis *totalAxis = charts::valueAxis(
        QCoreApplication::translate("scb::DatasetsPage", "Cumulative"), double(total));
    chart->addAxis(totalAxis, Qt::AlignRight);
    out.cumulative->attachAxis(categoryAxis);
    out.cumulative->attachAxis(totalAxis);
    charts::untruncate(chart);
    addYearTips(out, years);
    return out;
}

} // namespace scb::catalogcharts
