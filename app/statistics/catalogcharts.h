#pragma once

#include "statisticsbridge.h"

#include <vector>

class QBarSet;
class QChart;
class QLineSeries;

// The dataset catalog's two charts on the datasets page, drawn from the
// bridge's CatalogCharts. Each call clears the chart and draws it again.
namespace scb::catalogcharts {

struct ThemeSets
{
    QBarSet *datasets = nullptr; // null when the catalog is empty
    QBarSet *volume = nullptr;
};

// By theme: each theme's share of the datasets and of the bytes, side by
// side on one percent axis (counts and bytes have no common scale); the
// largest theme on top.
ThemeSets drawThemes(QChart *chart, std::vector<DatasetIndex::ThemeTotal> themes);

struct YearSeries
{
    QBarSet *issued = nullptr; // null when no year is known
    QLineSeries *cumulative = nullptr;
};

// By year: datasets issued each year as bars, the catalog's size as a line.
YearSeries drawYears(QChart *chart, std::vector<DatasetIndex::YearCount> years);

} // namespace scb::catalogcharts
