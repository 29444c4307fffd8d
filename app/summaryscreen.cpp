#include "summaryscreen.h"

#include "formatting.h"
#include "statlabels.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontMetricsF>
#include <QFormLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scb {

namespace {

// High contrast on a dark room screen: near-white on near-black, one
// colour-blind-safe accent per slide (Okabe–Ito, lightened for the dark ground).
const QColor kBackground(0x0b, 0x0f, 0x19);
const QColor kText(0xf8, 0xfa, 0xfc);
const QColor kSecondary(0xcb, 0xd5, 0xe1);
const QColor kMuted(0x94, 0xa3, 0xb8);
const QColor kTrack(0x33, 0x41, 0x55);
const QColor kWarning(0xfc, 0xa5, 0xa5);
const QColor kSynthetic(0xfd, 0xe6, 0x8a);

QColor accent(int slide)
{
    switch (slide) {
    case SummaryScreen::Utilization:
        return QColor(0x56, 0xb4, 0xe9); // sky blue
    case SummaryScreen::Chips:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case SummaryScreen::Cloud:
        return QColor(0x3c, 0xc8, 0xa0); // bluish green
    case SummaryScreen::Software:
        return QColor(0xf0, 0xe4, 0x42); // yellow
    default:
        return QColor(0xcc, 0x79, 0xa7); // reddish purple
    }
}

constexpr qint64 kLiveAgeMs = 15'000; // older fleet data is not called live
constexpr qint64 kLivePointSpacingMs = 60'000;
constexpr int kTodayMaxPoints = 288; // 5-minute buckets over a day
constexpr int kMaxThemeBars = 12;
// Datasets read to tell whether the catalog is sample data.
constexpr uint32_t kCatalogSampleSize = 1000;
constexpr quint64 kCatalogSerialBase = quint64(1) << 62; // apart from the datasets page's serials

// The newest valid total (no category) of a series.
const Observation *latest(const std::vector<Observation> &observations, const char *series)
{
    const Observation *best = nullptr;
    for (const Observation &o : observations)
        if (o.series == series && o.category.empty() && validateObservation(o).empty() &&
            (!best || o.period > best->period))
            best = &o;
    return best;
}

const Observation *ofPeriod(const std::vector<Observation> &observations,
                            const char *series,
                            const std::string &period)
{
    for (const Observation &o : observations)
        if (o.series == series && o.category.empty() && o.period == period &&
            validateObservation(o).empty())
            return &o;
    return nullptr;
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

qint64 localDayStart(qint64 unixMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(unixMs);
    return QDateTime(at.date(), QTime(0, 0)).toMSecsSinceEpoch();
}

QFont pixelFont(const QFont &base, double pixels, bool bold = false)
{
    QFont font(base);
    font.setPixelSize(std::max(1, int(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

// Draws text on one line in rect, shrunk (down to half size) and then
// elided to fit its width; returns the width drawn.
double drawFitted(QPainter &p, const QRectF &rect, int flags, const QString &text, QFont font)
{
    QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(text);
    if (width > rect.width() && width > 0) {
        const double scale = std::max(0.5, rect.width() / width);
        font.setPixelSize(std::max(1, int(font.pixelSize() * scale)));
        metrics = QFontMetricsF(font);
    }
    p.setFont(font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, rect.width());
    p.drawText(rect, flags | Qt::TextSingleLine, shown);
    return std::min(rect.width(), metrics.horizontalAdvance(shown));
}

} // namespace

struct SummaryScreen::Layout
{
    QRectF page;    // inside the margins
    QRectF content; // between the heading and the footer
    QRectF footer;
    double unit = 10; // 1 % of the height: every size is a multiple of it
    QFont font;
};

SummaryScreen::SummaryScreen(FleetBridge *fleet,
                             StatisticsBridge *statistics,
                             QSettings *settings,
                             QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_statistics(statistics)
    , m_settings(settings)
    , m_rotation(new QTimer(this))
    , m_clock(new QTimer(this))
    , m_historyTimer(new QTimer(this))
    , m_intervalS(loadIntervalS(settings))
    , m_baseName(loadBaseName(settings))
{
    setWindowTitle(tr("SCB Dashboard — summary"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    // Nothing to click: the pointer would only hide a figure.
    setCursor(Qt::BlankCursor);
    resize(1280, 720);

    connect(m_rotation, &QTimer::timeout, this, &SummaryScreen::next);
    // The clock and the ages in the footer.
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_clock->start();
    m_historyTimer->setInterval(kHistoryRefreshMs);
    connect(m_historyTimer, &QTimer::timeout, this, &SummaryScreen::requestToday);
    m_historyTimer->start();

    if (m_fleet) {
        setFleetSynthetic(m_fleet->isEmbedded());
        connect(this, &SummaryScreen::historyRequested, m_fleet, &FleetBridge::requestHistory);
        connect(m_fleet, &FleetBridge::historyReady, this, &SummaryScreen::applyHistory);
        connect(m_fleet, &FleetBridge::snapshotChanged, this, &SummaryScreen::applySnapshot);
        connect(m_fleet, &FleetBridge::started, this, [this] {
            setFleetSynthetic(m_fleet->isEmbedded());
            requestToday();
        });
        if (m_fleet->snapshot()) {
            applySnapshot(m_fleet->snapshot());
            requestToday();
        }
    }
    if (m_statistics) {
        connect(m_statistics, &StatisticsBridge::seriesReady, this, &SummaryScreen::applySeries);
        connect(m_statistics, &StatisticsBridge::catalogChartsReady, this,
                &SummaryScreen::applyCatalogCharts);
        connect(m_statistics, &StatisticsBridge::stateChanged, this, &SummaryScreen::applyState);
        connect(m_statistics, &StatisticsBridge::datasetsReady, this,
                &SummaryScreen::applyCatalogSample);
        const auto ask = [this] {
            m_statistics->requestSeries();
            m_statistics->requestCatalogCharts();
            DatasetQuery query;
            query.limit = kCatalogSampleSize;
            query.withFacets = false;
            m_catalogSerial = kCatalogSerialBase + (m_catalogSerial & 0xffff'ffff) + 1;
            m_statistics->queryDatasets(query, m_catalogSerial);
        };
        connect(m_statistics, &StatisticsBridge::dataChanged, this, ask);
        applyState(m_statistics->state());
        ask();
    }
    restartRotation();
}

void SummaryScreen::showFullScreenOn(const QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen)
        setGeometry(screen->geometry());
    showFullScreen();
}

int SummaryScreen::loadIntervalS(const QSettings *settings)
{
    if (!settings)
        return kDefaultIntervalS;
    bool ok = false;
    const int seconds = settings->value(QLatin1String(kIntervalSetting)).toInt(&ok);
    return ok ? std::clamp(seconds, kMinIntervalS, kMaxIntervalS) : kDefaultIntervalS;
}

QString SummaryScreen::defaultBaseName()
{
    return tr("Gui'an New Area smart computing base");
}

QString SummaryScreen::loadBaseName(const QSettings *settings)
{
    const QString name = settings
                             ? settings->value(QLatin1String(kBaseNameSetting)).toString().trimmed()
                             : QString();
    // A name for one line of the footer, not a document.
    return name.isEmpty() ? defaultBaseName() : name.left(200);
}

void SummaryScreen::setBaseName(const QString &name)
{
    const QString trimmed = name.trimmed().left(200);
    m_baseName = trimmed.isEmpty() ? defaultBaseName() : trimmed;
    update();
}

void SummaryScreen::setFleetSynthetic(bool synthetic)
{
    m_fleetSynthetic = synthetic;
    update();
}

qint64 SummaryScreen::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

// ------------------------------------------------------------------ data in

void SummaryScreen::requestToday()
{
    const qint64 now = m_snapshot && m_snapshot->tick ? m_snapshot->tick->unixMs : nowMs();
    HistoryRequest request;
    request.field = AggregateField::UtilizationMean;
    request.perCenter = false;
    request.fromMs = localDayStart(now);
    request.toMs = now;
    request.maxPoints = kTodayMaxPoints;
    if (request.fromMs != m_dayStartMs) {
        m_dayStartMs = request.fromMs;
        m_today.clear();
        m_historyToMs = 0;
    }
    m_historyRequest = request;
    emit historyRequested(request);
}

void SummaryScreen::applyHistory(const HistoryResult &result)
{
    const HistoryRequest &r = result.request;
    const HistoryRequest &mine = m_historyRequest;
    if (r.field != mine.field || r.perCenter != mine.perCenter || r.fromMs != mine.fromMs ||
        r.toMs != mine.toMs || r.maxPoints != mine.maxPoints || !result.error.isEmpty())
        return;
    std::vector<QPointF> points;
    for (const HistorySeries &series : result.series) {
        if (series.scope != kFleetScope)
            continue;
        for (const SeriesPoint &point : series.points)
            if (point.unixMs >= r.fromMs && point.unixMs <= r.toMs && std::isfinite(point.avg))
                points.emplace_back(double(point.unixMs), std::clamp(point.avg, 0.0, 100.0));
    }
    // Live points that came after the query's end stay.
    for (const QPointF &point : m_today)
        if (point.x() > double(r.toMs))
            points.push_back(point);
    std::sort(points.begin(), points.end(),
              [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    m_today = std::move(points);
    m_historyToMs = r.toMs;
    update();
}

void SummaryScreen::applySnapshot(SnapshotPtr snapshot)
{
    if (!snapshot || !snapshot->tick)
        return;
    const bool first = !m_snapshot;
    m_snapshot = std::move(snapshot);
    const qint64 tickMs = m_snapshot->tick->unixMs;
    if (localDayStart(tickMs) != m_dayStartMs || first) {
        // A new day (or the first data): start today's line again.
        requestToday();
    }
    const GroupAggregate &fleet = m_snapshot->aggregates.fleet;
    if (fleet.utilizationCount > 0 && tickMs >= m_dayStartMs &&
        (m_today.empty() || tickMs >= m_today.back().x() + kLivePointSpacingMs))
        m_today.emplace_back(double(tickMs), std::clamp(fleet.utilizationMean(), 0.0, 100.0));
    if (m_current == Utilization || m_current == Chips)
        update();
}

void SummaryScreen::applySeries(const SeriesAnswer &answer)
{
    if (!answer.error.isEmpty() && answer.adoption.observations.empty() &&
        answer.industry.observations.empty())
        return; // keep what is shown
    m_adoption = answer.adoption.observations;
    m_industry = answer.industry.observations;
    m_seriesFetchedMs =
        std::max(answer.adoptionFreshness.fetchedUnixMs, answer.industryFreshness.fetchedUnixMs);
    update();
}

void SummaryScreen::applyCatalogCharts(const CatalogCharts &charts)
{
    m_themes = charts.themes;
    std::sort(m_themes.begin(), m_themes.end(), [](const auto &a, const auto &b) {
        return a.datasets != b.datasets ? a.datasets > b.datasets : a.theme < b.theme;
    });
    update();
}

void SummaryScreen::applyState(const StatisticsState &state)
{
    m_state = state;
    update();
}

void SummaryScreen::applyCatalogSample(const DatasetsAnswer &answer)
{
    if (answer.serial != m_catalogSerial || !answer.error.isEmpty())
        return;
    m_catalogSeen = int(answer.page.datasets.size());
    m_catalogSynthetic =
        int(std::count_if(answer.page.datasets.begin(), answer.page.datasets.end(),
                          [](const Dataset &d) { return d.source == "synthetic"; }));
    update();
}

// ------------------------------------------------------------------ slides

void SummaryScreen::setCurrentSlide(int index)
{
    index = ((index % SlideCount) + SlideCount) % SlideCount;
    restartRotation();
    if (index == m_current)
        return;
    m_current = index;
    update();
    emit slideChanged(index);
}

void SummaryScreen::next()
{
    setCurrentSlide(m_current + 1);
}

void SummaryScreen::previous()
{
    setCurrentSlide(m_current - 1);
}

void SummaryScreen::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    restartRotation();
    update();
    emit pausedChanged(paused);
}

void SummaryScreen::setIntervalS(int seconds)
{
    seconds = std::clamp(seconds, kMinIntervalS, kMaxIntervalS);
    if (m_settings)
        m_settings->setValue(QLatin1String(kIntervalSetting), seconds);
    if (seconds == m_intervalS)
        return;
    m_intervalS = seconds;
    restartRotation();
}

void SummaryScreen::restartRotation()
{
    // A step by hand gives the new slide a whole interval.
    m_rotation->setInterval(m_intervalS * 1000);
    if (m_paused)
        m_rotation->stop();
    else
        m_rotation->start();
}

SummarySlide SummaryScreen::slide(int index) const
{
    switch (index) {
    case Utilization:
        return utilizationSlide();
    case Chips:
        return chipsSlide();
    case Cloud:
        return cloudSlide();
    case Software:
        return softwareSlide();
    case Datasets:
        return datasetsSlide();
    default:
        return {};
    }
}

double SummaryScreen::todayMeanUtilization() const
{
    if (m_today.empty())
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0;
    for (const QPointF &point : m_today)
        sum += point.y();
    return sum / double(m_today.size());
}

SummarySlide SummaryScreen::utilizationSlide() const
{
    SummarySlide s;
    s.title = tr("Fleet utilization today");
    s.figure = QStringLiteral("—");
    if (m_snapshot) {
        const GroupAggregate &fleet = m_snapshot->aggregates.fleet;
        s.subtitle =
            tr("Mean over the %1 chips reporting now").arg(formatCount(fleet.utilizationCount));
        if (fleet.utilizationCount > 0)
            s.figure = formatPercent(fleet.utilizationMean());
        s.caption = tr("now");
    } else {
        s.subtitle = tr("Waiting for the fleet's first data…");
    }
    const double mean = todayMeanUtilization();
    if (std::isfinite(mean)) {
        s.details << tr("Today's mean so far: %1").arg(formatPercent(mean));
        const auto [low, high] =
            std::minmax_element(m_today.begin(), m_today.end(),
                                [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        s.details
            << tr("Lowest %1 · highest %2").arg(formatPercent(low->y()), formatPercent(high->y()));
    }
    if (m_fleetSynthetic)
        s.note = tr("Fleet of the embedded simulator (synthetic sample)");
    return s;
}

SummarySlide SummaryScreen::chipsSlide() const
{
    SummarySlide s;
    s.title = tr("Chips in service");
    s.subtitle =
        tr("Online now, against the target of %1 chips").arg(formatLargeNumber(kChipTarget));
    s.figure = QStringLiteral("—");
    s.caption = tr("of %1").arg(formatLargeNumber(kChipTarget));
    if (m_snapshot) {
        const GroupAggregate &fleet = m_snapshot->aggregates.fleet;
        s.figure = formatLargeNumber(fleet.chipsOnline);
        s.progress = std::clamp(double(fleet.chipsOnline) / kChipTarget, 0.0, 1.0);
        s.progressText =
            tr("%1 of the target").arg(formatPercent(100.0 * fleet.chipsOnline / kChipTarget));
        s.details << tr("%1 installed · %2 offline · %3 in fault")
                         .arg(formatCount(fleet.chipsTotal),
                              formatCount(int64_t(fleet.chipsTotal) - fleet.chipsOnline),
                              formatCount(fleet.chipsFault));
        if (fleet.chipsOnline < kChipTarget)
            s.details << tr("%1 more to reach the target")
                             .arg(formatCount(kChipTarget - int64_t(fleet.chipsOnline)));
        else
            s.details << tr("Target reached");
    }
    if (m_fleetSynthetic)
        s.note = tr("Fleet of the embedded simulator (synthetic sample)");
    return s;
}

SummarySlide SummaryScreen::cloudSlide() const
{
    SummarySlide s;
    s.title = tr("Enterprises on the cloud");
    s.figure = QStringLiteral("—");
    const Observation *onCloud = latest(m_adoption, "enterprises_on_cloud");
    const Observation *province = latest(m_adoption, "province_figure");
    const Observation *target = latest(m_adoption, "adoption_target");
    // The target the Cloud adoption page draws: the user's when set there.
    double targetValue = target ? target->value : 0.0;
    bool targetSynthetic = target && target->isSynthetic();
    bool userTarget = false;
    if (m_settings) {
        const int user = m_settings->value(QLatin1String("statistics/adoptionTarget")).toInt();
        if (user > 0) {
            targetValue = user;
            targetSynthetic = false;
            userTarget = true;
        }
    }
    if (!onCloud) {
        s.subtitle = tr("No figures yet");
        return s;
    }
    s.subtitle = tr("Enterprises of the province using cloud services, %1")
                     .arg(StatLabels::formatPeriod(q(onCloud->period)));
    s.figure = formatLargeNumber(onCloud->value);
    if (targetValue > 0) {
        s.caption = tr("of %1").arg(formatLargeNumber(targetValue));
        s.progress = std::clamp(onCloud->value / targetValue, 0.0, 1.0);
        s.progressText =
            tr("%1 of the target").arg(formatPercent(100.0 * onCloud->value / targetValue));
        if (userTarget)
            s.details << tr("Target: %1 (set on the Cloud adoption page)")
                             .arg(formatLargeNumber(targetValue));
        else if (targetSynthetic)
            s.details << tr("Target for %1: %2 (synthetic sample)")
                             .arg(q(target->period), formatLargeNumber(targetValue));
        else
            s.details << tr("Target for %1: %2 (published)")
                             .arg(q(target->period), formatLargeNumber(targetValue));
    }
    if (province) {
        const QString value = formatLargeNumber(province->value);
        const QString period = StatLabels::formatPeriod(q(province->period));
        s.details << (province->isSynthetic()
                          ? tr("Province figure: %1 (%2, synthetic sample)").arg(value, period)
                          : tr("Province figure: %1 (published %2)").arg(value, period));
    }
    if (onCloud->isSynthetic())
        s.note = tr("Enterprise count: synthetic sample");
    return s;
}

SummarySlide SummaryScreen::softwareSlide() const
{
    SummarySlide s;
    s.title = tr("Software and IT services revenue");
    s.figure = QStringLiteral("—");
    const Observation *revenue = latest(m_industry, "software_revenue");
    const Observation *target = latest(m_industry, "software_revenue_target");
    // The base's published goal when the data has none: 100 billion yuan.
    const double targetValue = target && target->value > 0 ? target->value : 1000.0;
    if (!revenue) {
        s.subtitle = tr("No figures yet");
        return s;
    }
    s.subtitle = tr("%1, against the target of %2")
                     .arg(StatLabels::formatPeriod(q(revenue->period)),
                          formatHundredMillionYuan(targetValue));
    s.figure = formatHundredMillionYuan(revenue->value);
    s.caption = tr("of %1").arg(formatHundredMillionYuan(targetValue));
    s.progress = std::clamp(revenue->value / targetValue, 0.0, 1.0);
    s.progressText =
        tr("%1 of the target").arg(formatPercent(100.0 * revenue->value / targetValue));
    const int year = revenue->period.size() >= 4
                         ? QString::fromStdString(revenue->period.substr(0, 4)).toInt()
                         : 0;
    if (const Observation *before =
            year > 0 ? ofPeriod(m_industry, "software_revenue", std::to_string(year - 1)) : nullptr;
        before && before->value > 0)
        s.details << tr("%1 on %2 (%3)")
                         .arg(
                             formatPercent(100.0 * (revenue->value - before->value) / before->value)
                                 .prepend(revenue->value >= before->value ? QStringLiteral("+")
                                                                          : QString()),
                             QString::number(year - 1), formatHundredMillionYuan(before->value));
    if (target) {
        const QString value = formatHundredMillionYuan(target->value);
        s.details << (target->isSynthetic()
                          ? tr("Target for %1: %2 (synthetic sample)").arg(q(target->period), value)
                          : tr("Target for %1: %2 (published)").arg(q(target->period), value));
    }
    if (revenue->isSynthetic())
        s.note = tr("Revenue figures: synthetic sample");
    return s;
}

SummarySlide SummaryScreen::datasetsSlide() const
{
    SummarySlide s;
    s.title = tr("Datasets by theme");
    s.figure = QStringLiteral("—");
    if (m_themes.empty()) {
        s.subtitle = tr("No catalog yet");
        return s;
    }
    uint64_t total = 0;
    for (const auto &t : m_themes)
        total += t.datasets;
    s.subtitle = tr("Training datasets in the base's catalog, in %n theme(s)", nullptr,
                    int(m_themes.size()));
    s.figure = formatCount(int64_t(std::min<uint64_t>(total, INT64_MAX)));
    s.caption = tr("datasets");
    for (const auto &t : m_themes)
        if (t.bytes > 0) {
            uint64_t bytes = 0;
            for (const auto &u : m_themes)
                bytes += u.bytes;
            s.details << tr("%1 in all").arg(StatLabels::formatBytes(bytes));
            break;
        }
    if (m_catalogSeen > 0 && m_catalogSynthetic >= m_catalogSeen)
        s.note = tr("Catalog of synthetic sample datasets");
    else if (m_catalogSynthetic > 0)
        s.note = tr("Partly synthetic: %n sample dataset(s) in the catalog", nullptr,
                    m_catalogSynthetic);
    return s;
}

QString SummaryScreen::freshnessText(int index) const
{
    const qint64 now = nowMs();
    if (index == Utilization || index == Chips) {
        if (!m_snapshot)
            return tr("Waiting for fleet data");
        const qint64 age = std::max<qint64>(0, now - m_snapshot->tick->unixMs);
        if (age <= kLiveAgeMs)
            return tr("Live fleet data");
        return tr("No live data: fleet data from %1").arg(formatAge(age));
    }
    return StatLabels::freshness(
        m_state, index == Datasets ? StatLabels::Subject::Catalog : StatLabels::Subject::Figures,
        now, index == Datasets ? 0 : m_seriesFetchedMs);
}

// ------------------------------------------------------------------ drawing

void SummaryScreen::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(rect(), kBackground);

    Layout l;
    // Sizes follow the height (a meeting-room screen is read from its far end),
    // held back on a narrow window so the lines still fit.
    l.unit = std::min(height() / 100.0, width() / 140.0);
    l.font = font();
    const double margin = 4 * l.unit;
    l.page = QRectF(rect()).adjusted(margin, margin * 0.8, -margin, -margin * 0.5);
    const double footerHeight = 5 * l.unit;
    l.footer = QRectF(l.page.left(), l.page.bottom() - footerHeight, l.page.width(), footerHeight);
    l.content = QRectF(l.page.left(), l.page.top(), l.page.width(),
                       l.footer.top() - l.page.top() - 2 * l.unit);
    paintSlide(p, l, m_current);
    paintFooter(p, l);
}

void SummaryScreen::paintSlide(QPainter &p, const Layout &l, int index) const
{
    const SummarySlide s = slide(index);
    const double u = l.unit;
    const QColor colour = accent(index);
    double y = l.content.top();

    // Heading: a bar of the slide's colour, the title, what it counts.
    p.fillRect(QRectF(l.content.left(), y + 0.8 * u, 0.8 * u, 7 * u), colour);
    const double textLeft = l.content.left() + 2.5 * u;
    const double textWidth = l.content.right() - textLeft;
    p.setPen(kText);
    drawFitted(p, QRectF(textLeft, y, textWidth, 8 * u), Qt::AlignLeft | Qt::AlignVCenter, s.title,
               pixelFont(l.font, 6.2 * u, true));
    y += 8.5 * u;
    p.setPen(kSecondary);
    drawFitted(p, QRectF(textLeft, y, textWidth, 4.5 * u), Qt::AlignLeft | Qt::AlignVCenter,
               s.subtitle, pixelFont(l.font, 3.4 * u));
    y += 7 * u;

    // Slides with a chart: the figure on the left, the chart on the right.
    const bool withChart = index == Utilization || index == Datasets;
    const double figureWidth = withChart ? l.content.width() * 0.36 : l.content.width();
    QRectF figureRect(l.content.left(), y, figureWidth, 20 * u);
    const QFont figureFont = pixelFont(l.font, (withChart ? 15 : 19) * u, true);
    const QFont captionFont = pixelFont(l.font, 5 * u);
    // The caption beside the figure where both fit at their size (a little
    // smaller at most), else on a line of its own below.
    const double captionWidth =
        s.caption.isEmpty() ? 0.0 : QFontMetricsF(captionFont).horizontalAdvance(s.caption);
    const double figureNatural = QFontMetricsF(figureFont).horizontalAdvance(s.figure);
    const bool captionBeside = !withChart && !s.caption.isEmpty() &&
                               figureNatural * 0.8 + 3 * u + captionWidth <= figureWidth;
    if (captionBeside)
        figureRect.setWidth(figureWidth - 3 * u - captionWidth);
    p.setPen(colour);
    const double used =
        drawFitted(p, figureRect, Qt::AlignLeft | Qt::AlignVCenter, s.figure, figureFont);
    double below = figureRect.bottom() + 0.5 * u;

    if (captionBeside) {
        // On the figure's baseline side.
        const QRectF captionRect(figureRect.left() + used + 3 * u, figureRect.top(),
                                 captionWidth + u, figureRect.height() - 2.5 * u);
        p.setPen(kSecondary);
        drawFitted(p, captionRect, Qt::AlignLeft | Qt::AlignBottom, s.caption, captionFont);
    } else if (!withChart && !s.caption.isEmpty()) {
        p.setPen(kSecondary);
        drawFitted(p, QRectF(l.content.left(), below, figureWidth, 6 * u),
                   Qt::AlignLeft | Qt::AlignVCenter, s.caption, captionFont);
        below += 6.5 * u;
    } else if (!s.caption.isEmpty()) {
        p.setPen(kSecondary);
        drawFitted(p, QRectF(l.content.left(), below, figureWidth, 5 * u),
                   Qt::AlignLeft | Qt::AlignVCenter, s.caption, pixelFont(l.font, 4 * u));
        below += 6 * u;
    }

    if (s.progress >= 0) {
        const QRectF track(l.content.left(), below + 2 * u, l.content.width(), 5 * u);
        p.setPen(Qt::NoPen);
        p.setBrush(kTrack);
        p.drawRoundedRect(track, 1 * u, 1 * u);
        if (s.progress > 0) {
            p.setBrush(colour);
            QRectF done = track;
            done.setWidth(std::max(track.height() * 0.5, track.width() * s.progress));
            p.drawRoundedRect(done, 1 * u, 1 * u);
        }
        // The target's end, marked.
        p.setPen(QPen(kText, 0.3 * u));
        p.drawLine(QPointF(track.right(), track.top() - u),
                   QPointF(track.right(), track.bottom() + u));
        p.setPen(kText);
        drawFitted(p, QRectF(track.left(), track.bottom() + u, track.width(), 5 * u),
                   Qt::AlignLeft | Qt::AlignVCenter, s.progressText,
                   pixelFont(l.font, 3.6 * u, true));
        below = track.bottom() + 7 * u;
    }

    const double detailWidth = withChart ? figureWidth - 2 * u : l.content.width();
    const QFont detailFont = pixelFont(l.font, (withChart ? 3.2 : 3.8) * u);
    p.setPen(kText);
    for (const QString &line : s.details) {
        drawFitted(p, QRectF(l.content.left(), below, detailWidth, 5.5 * u),
                   Qt::AlignLeft | Qt::AlignVCenter, line, detailFont);
        below += 6 * u;
    }
    if (!s.note.isEmpty()) {
        p.setPen(kSynthetic);
        QFont noteFont = pixelFont(l.font, 2.8 * u);
        noteFont.setItalic(true);
        drawFitted(p, QRectF(l.content.left(), below + u, detailWidth, 4.5 * u),
                   Qt::AlignLeft | Qt::AlignVCenter, s.note, noteFont);
    }

    if (withChart) {
        const QRectF chart(l.content.left() + figureWidth + 3 * u, y,
                           l.content.width() - figureWidth - 3 * u, l.content.bottom() - y);
        if (index == Utilization)
            paintTodayChart(p, chart, l);
        else
            paintThemeBars(p, chart, l);
    }
}

void SummaryScreen::paintTodayChart(QPainter &p, const QRectF &rect, const Layout &l) const
{
    const double u = l.unit;
    const QFont labelFont = pixelFont(l.font, 2.6 * u);
    const QFontMetricsF fm(labelFont);
    const QLocale locale;
    const double labelWidth = fm.horizontalAdvance(tr("%1 %").arg(locale.toString(100))) + u;
    const QRectF plot(rect.left() + labelWidth + u, rect.top() + 2 * u,
                      rect.width() - labelWidth - 2 * u,
                      rect.height() - 2 * u - fm.height() - 2 * u);
    if (plot.width() < 10 || plot.height() < 10)
        return;
    p.setFont(labelFont);
    for (int percent = 0; percent <= 100; percent += 25) {
        const double y = plot.bottom() - plot.height() * percent / 100.0;
        p.setPen(QPen(kTrack, std::max(1.0, 0.12 * u)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        p.drawText(QRectF(rect.left(), y - fm.height(), labelWidth, 2 * fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, tr("%1 %").arg(locale.toString(percent)));
    }
    const double dayMs = 24.0 * 3600 * 1000;
    const double dayStart = double(m_dayStartMs ? m_dayStartMs : localDayStart(nowMs()));
    for (int hour = 0; hour <= 24; hour += 6) {
        const double x = plot.left() + plot.width() * hour / 24.0;
        p.setPen(kMuted);
        const QString label = QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0'));
        const double w = fm.horizontalAdvance(label);
        const double left = std::clamp(x - w / 2, rect.left(), rect.right() - w);
        p.drawText(QRectF(left, plot.bottom() + u, w + 1, fm.height()), Qt::AlignCenter, label);
    }
    if (m_today.empty()) {
        p.setPen(kMuted);
        drawFitted(p, plot, Qt::AlignCenter, tr("No history for today yet"),
                   pixelFont(l.font, 3 * u));
        return;
    }
    const auto at = [&](const QPointF &point) {
        const double fx = std::clamp((point.x() - dayStart) / dayMs, 0.0, 1.0);
        return QPointF(plot.left() + plot.width() * fx,
                       plot.bottom() - plot.height() * point.y() / 100.0);
    };
    QPainterPath line;
    line.moveTo(at(m_today.front()));
    for (size_t i = 1; i < m_today.size(); ++i)
        line.lineTo(at(m_today[i]));
    QPainterPath area = line;
    area.lineTo(at(QPointF(m_today.back().x(), 0)));
    area.lineTo(at(QPointF(m_today.front().x(), 0)));
    area.closeSubpath();
    QColor fill = accent(Utilization);
    fill.setAlpha(60);
    p.fillPath(area, fill);
    p.setPen(QPen(accent(Utilization), std::max(2.0, 0.45 * u), Qt::SolidLine, Qt::RoundCap,
                  Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    p.setPen(Qt::NoPen);
    p.setBrush(kText);
    p.drawEllipse(at(m_today.back()), 0.8 * u, 0.8 * u);
}

void SummaryScreen::paintThemeBars(QPainter &p, const QRectF &rect, const Layout &l) const
{
    const double u = l.unit;
    if (m_themes.empty())
        return;
    const int rows = std::min<int>(kMaxThemeBars, int(m_themes.size()));
    const double rowHeight = std::min(rect.height() / rows, 8 * u);
    const QFont labelFont = pixelFont(l.font, std::min(rowHeight * 0.5, 3.4 * u));
    const QFontMetricsF fm(labelFont);
    double labelWidth = 0;
    for (int i = 0; i < rows; ++i)
        labelWidth = std::max(
            labelWidth, fm.horizontalAdvance(StatLabels::theme(q(m_themes[size_t(i)].theme))));
    labelWidth = std::min(labelWidth + u, rect.width() * 0.38);
    uint32_t most = 1;
    for (int i = 0; i < rows; ++i)
        most = std::max(most, m_themes[size_t(i)].datasets);
    const double countWidth = fm.horizontalAdvance(formatCount(most)) + 2 * u;
    const double barLeft = rect.left() + labelWidth + u;
    const double barSpan = std::max(1.0, rect.right() - barLeft - countWidth);
    for (int i = 0; i < rows; ++i) {
        const auto &t = m_themes[size_t(i)];
        const double top = rect.top() + i * rowHeight;
        p.setPen(kText);
        drawFitted(p, QRectF(rect.left(), top, labelWidth, rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter, StatLabels::theme(q(t.theme)), labelFont);
        const double width = std::max(0.3 * u, barSpan * t.datasets / most);
        p.setPen(Qt::NoPen);
        p.setBrush(accent(Datasets));
        p.drawRoundedRect(QRectF(barLeft, top + rowHeight * 0.18, width, rowHeight * 0.64), 0.5 * u,
                          0.5 * u);
        p.setPen(kText);
        p.setFont(labelFont);
        p.drawText(QRectF(barLeft + width + u, top, countWidth, rowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, formatCount(t.datasets));
    }
    if (int(m_themes.size()) > rows) {
        p.setPen(kMuted);
        drawFitted(p, QRectF(rect.left(), rect.top() + rows * rowHeight, rect.width(), rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter,
                   tr("and %n more theme(s)", nullptr, int(m_themes.size()) - rows), labelFont);
    }
}

void SummaryScreen::paintFooter(QPainter &p, const Layout &l) const
{
    const double u = l.unit;
    const QRectF &f = l.footer;
    p.setPen(QPen(kTrack, std::max(1.0, 0.15 * u)));
    p.drawLine(f.topLeft(), f.topRight());
    const QFont font = pixelFont(l.font, 2.4 * u);
    const QRectF text = f.adjusted(0, 0.8 * u, 0, 0);

    // The dots in the middle, the current one filled and larger.
    const double pitch = 3 * u;
    const double dotsWidth = pitch * (SlideCount - 1);
    const double cx0 = f.center().x() - dotsWidth / 2;
    for (int i = 0; i < SlideCount; ++i) {
        const QPointF c(cx0 + i * pitch, text.center().y());
        if (i == m_current) {
            p.setPen(Qt::NoPen);
            p.setBrush(kText);
            p.drawEllipse(c, 0.9 * u, 0.9 * u);
        } else {
            p.setPen(QPen(kMuted, std::max(1.0, 0.15 * u)));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, 0.6 * u, 0.6 * u);
        }
    }
    const double side = std::max(0.0, cx0 - 3 * u - f.left());
    p.setPen(kMuted);
    drawFitted(p, QRectF(f.left(), text.top(), side, text.height()),
               Qt::AlignLeft | Qt::AlignVCenter, m_baseName, font);

    QString right = freshnessText(m_current);
    const bool stale =
        (m_current == Utilization || m_current == Chips)
            ? !m_snapshot || nowMs() - m_snapshot->tick->unixMs > kLiveAgeMs
            : StatLabels::isStale(m_state, m_current == Datasets ? 0 : m_seriesFetchedMs);
    const QString clock = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm"));
    QStringList parts{right};
    if (m_paused)
        parts << tr("Paused");
    parts << clock;
    p.setPen(stale ? kWarning : kMuted);
    drawFitted(p, QRectF(f.right() - side, text.top(), side, text.height()),
               Qt::AlignRight | Qt::AlignVCenter, parts.join(QStringLiteral("   ·   ")), font);
}

// ------------------------------------------------------------------ keys

void SummaryScreen::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        emit leaveRequested();
        break;
    case Qt::Key_Right:
    case Qt::Key_PageDown: // presentation remotes send these
    case Qt::Key_Down:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
        previous();
        break;
    case Qt::Key_Space:
        setPaused(!m_paused);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

// ------------------------------------------------------------------ settings dialog

SummarySettingsDialog::SummarySettingsDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_interval(new QSpinBox(this))
    , m_baseName(new QLineEdit(this))
{
    setWindowTitle(tr("Summary screen"));
    auto *form = new QFormLayout(this);
    m_interval->setRange(SummaryScreen::kMinIntervalS, SummaryScreen::kMaxIntervalS);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(SummaryScreen::loadIntervalS(settings));
    m_interval->setToolTip(tr("How long each slide stays before the next one"));
    form->addRow(tr("Slide &interval:"), m_interval);
    m_baseName->setMaxLength(200);
    m_baseName->setPlaceholderText(SummaryScreen::defaultBaseName());
    const QString stored =
        settings ? settings->value(QLatin1String(SummaryScreen::kBaseNameSetting)).toString()
                 : QString();
    m_baseName->setText(stored.trimmed());
    m_baseName->setToolTip(tr("Shown in the footer of the summary screen"));
    form->addRow(tr("&Base name:"), m_baseName);
    auto *note = new QLabel(tr("On the summary screen: Esc leaves, the arrow keys step, Space "
                               "pauses."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SummarySettingsDialog::save()
{
    if (!m_settings)
        return;
    m_settings->setValue(QLatin1String(SummaryScreen::kIntervalSetting), m_interval->value());
    const QString name = m_baseName->text().trimmed();
    if (name.isEmpty())
        m_settings->remove(QLatin1String(SummaryScreen::kBaseNameSetting));
    else
        m_settings->setValue(QLatin1String(SummaryScreen::kBaseNameSetting), name);
}

} // namespace scb
