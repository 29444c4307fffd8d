#include "statwidgets.h"

#include "chartexport.h"
#include "csvexport.h"
#include "datasetmodels.h"
#include "tableexport.h"
#include "tablestyle.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QFrame>
#include <QGraphicsObject>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

namespace scb {

// ---------------------------------------------------------------- FreshnessLine

FreshnessLine::FreshnessLine(StatLabels::Subject subject, QWidget *parent)
    : QLabel(parent)
    , m_subject(subject)
    , m_timer(new QTimer(this))
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    // The age in the line ("fetched 3 min ago") moves on by itself.
    m_timer->setInterval(30'000);
    connect(m_timer, &QTimer::timeout, this, &FreshnessLine::refresh);
    m_timer->start();
    refresh();
}

void FreshnessLine::setState(const StatisticsState &state)
{
    m_state = state;
    refresh();
}

void FreshnessLine::setFetchedUnixMs(qint64 unixMs)
{
    m_fetchedUnixMs = unixMs;
    refresh();
}

void FreshnessLine::refresh()
{
    setText(StatLabels::freshness(m_state, m_subject, QDateTime::currentMSecsSinceEpoch(),
                                  m_fetchedUnixMs));
    QPalette p = palette();
    p.setColor(QPalette::WindowText, StatLabels::isStale(m_state, m_fetchedUnixMs)
                                         ? QColor(0xa1, 0x4a, 0x00)
                                         : QColor(0x4b, 0x55, 0x63));
    setPalette(p);
}

// ---------------------------------------------------------------- ObservationTablePanel

ObservationTablePanel::ObservationTablePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ObservationTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_copyButton(new QPushButton(tr("&Copy"), this))
    , m_exportButton(new QPushButton(tr("&Export CSV…"), this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ObservationTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search the figures"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ObservationTableModel::SeriesColumn, Qt::AscendingOrder);
    setUpTable(m_table, QAbstractItemView::ExtendedSelection, 8);
    const auto chars = [this](int n) {
        return columnWidthFor(m_table, n);
    };
    m_table->setColumnWidth(ObservationTableModel::PeriodColumn, chars(7));
    m_table->setColumnWidth(ObservationTableModel::SeriesColumn, chars(16));
    m_table->setColumnWidth(ObservationTableModel::CategoryColumn, chars(12));
    m_table->setColumnWidth(ObservationTableModel::ValueColumn, chars(8));
    m_table->setColumnWidth(ObservationTableModel::UnitColumn, chars(11));
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_export = new TableExport(m_table, QStringLiteral("figures"));
    TableExport::bindButton(m_copyButton, m_export->copyAction());
    TableExport::bindButton(m_exportButton, m_export->exportAction());
    connect(m_export, &TableExport::message, this, [this](const QString &text) {
        m_lastMessage = text;
        updateStatus();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateStatus();
    });
    updateStatus();
}

void ObservationTablePanel::setObservations(std::vector<Observation> observations)
{
    m_model->setObservations(std::move(observations));
    m_lastMessage.clear();
    updateStatus();
}

QByteArray ObservationTablePanel::csv() const
{
    return tableToCsv(m_proxy);
}

bool ObservationTablePanel::exportCsv(const QString &path)
{
    return m_export->exportCsv(path);
}

QString ObservationTablePanel::statusText() const
{
    return m_status->text();
}

void ObservationTablePanel::updateStatus()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    QString text = shown == all
                       ? tr("%n figure(s)", nullptr, all)
                       : tr("%1 of %n figure(s)", nullptr, all).arg(QLocale().toString(shown));
    if (!m_lastMessage.isEmpty())
        text += QStringLiteral(" · ") + m_lastMessage;
    m_status->setText(text);
}

// ---------------------------------------------------------------- selectObservations

namespace {

bool isYear(const std::string &period)
{
    return period.size() == 4 &&
           std::all_of(period.begin(), period.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isMonth(const std::string &period)
{
    return period.size() == 7 && period[4] == '-' && isYear(period.substr(0, 4)) &&
           std::isdigit(static_cast<unsigned char>(period[5])) &&
           std::isdigit(static_cast<unsigned char>(period[6]));
}

} // namespace

std::vector<Observation> selectObservations(const std::vector<Observation> &observations,
                                            std::span<const SeriesSpec> specs,
                                            int *ignored)
{
    std::vector<Observation> kept;
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    int dropped = 0;
    for (const Observation &o : observations) {
        const auto spec = std::find_if(specs.begin(), specs.end(),
                                       [&](const SeriesSpec &s) { return o.series == s.key; });
        const bool fits = spec != specs.end() && validateObservation(o).empty() &&
                          (spec->monthly ? isMonth(o.period) : isYear(o.period)) &&
                          (spec->categorized ? !o.category.empty() : o.category.empty()) &&
                          seen.insert({o.series, o.period, o.category}).second;
        if (!fits) {
            ++dropped;
            continue;
        }
        kept.push_back(o);
    }
    std::stable_sort(kept.begin(), kept.end(), [](const Observation &a, const Observation &b) {
        return a.period < b.period;
    });
    if (ignored)
        *ignored = dropped;
    return kept;
}

// ---------------------------------------------------------------- statcharts

namespace statcharts {

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

QGridLayout *
layOutSeriesPage(QVBoxLayout *layout, QLabel *summary, QLabel *note, ObservationTablePanel *table)
{
    QWidget *page = layout->parentWidget();
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    QFont summaryFont = summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    summaryFont.setBold(true);
    summary->setFont(summaryFont);
    layout->addWidget(summary);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    QPalette notePalette = note->palette();
    notePalette.setColor(QPalette::WindowText, QColor(0xa1, 0x4a, 0x00));
    note->setPalette(notePalette);
    note->hide();
    layout->addWidget(note);

    auto *split = new QSplitter(Qt::Horizontal, page);
    split->setChildrenCollapsible(false);
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *charts = new QWidget(scroll);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 4, 0);
    grid->setSpacing(8);
    scroll->setWidget(charts);
    split->addWidget(scroll);
    table->setMinimumWidth(320);
    split->addWidget(table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 400});
    layout->addWidget(split, 1);
    return grid;
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

double monthX(const std::string &period)
{
    if (!isMonth(period))
        return 0;
    const int year = std::stoi(period.substr(0, 4));
    const int month = std::stoi(period.substr(5, 2));
    return year + (month - 1) / 12.0;
}

int yearOf(const std::string &period)
{
    return isYear(period) ? std::stoi(period) : 0;
}

} // namespace statcharts

} // namespace scb
