#pragma once

#include "fleetbridge.h"
#include "statisticsbridge.h"
#include "summarysettingsdialog.h" // for the screen's users: its settings
#include "summaryslides.h"
#include "todayutilization.h"

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

class QScreen;
class QSettings;
class QTimer;

namespace scb {

// The summary screen for a meeting-room screen: one figure per slide in
// large type (scaled to the window's height), high contrast, rotating on an
// interval (settings "summary/intervalS", 15 s by default), live as data
// arrives, and no controls to get lost in. Keys: Esc leaves
// (leaveRequested(); the owner closes it), Left/Right step, Space pauses.
//
// Slides: the fleet's utilization now and today, chips in service against
// the 200,000 target, enterprises on the cloud against the target, software
// and IT services revenue against 100 billion yuan, datasets by theme.
// A footer gives the base's name, the clock, the slide dots and how fresh
// the slide's data is. Synthetic figures say so.
class SummaryScreen : public QWidget
{
    Q_OBJECT
public:
    enum Slide { Utilization, Chips, Cloud, Software, Datasets, SlideCount };

    static constexpr const char *kIntervalSetting = "summary/intervalS";
    static constexpr const char *kBaseNameSetting = "summary/baseName";
    static constexpr int kDefaultIntervalS = 15;
    static constexpr int kMinIntervalS = 3;
    static constexpr int kMaxIntervalS = 3600;
    // The base's published goal (DESIGN.md): over 200,000 chips in service.
    static constexpr int kChipTarget = 200'000;
    // Today's utilization is asked for again this often (the live points fill between).
    static constexpr int kHistoryRefreshMs = 5 * 60 * 1000;

    // fleet, statistics and settings may be null (tests): then the apply*()
    // setters feed the screen, and the interval is not kept.
    SummaryScreen(FleetBridge *fleet,
                  StatisticsBridge *statistics,
                  QSettings *settings,
                  QWidget *parent = nullptr);

    // Full screen on that screen (the primary one when null), also where no
    // window manager acts on the full-screen request (a bare X server).
    void showFullScreenOn(const QScreen *screen);

    // The interval in settings, within the allowed range.
    static int loadIntervalS(const QSettings *settings);
    static QString loadBaseName(const QSettings *settings);
    static QString defaultBaseName();

    void applySnapshot(SnapshotPtr snapshot);
    // Only the answer to this screen's own request for today's utilization is taken.
    void applyHistory(const HistoryResult &result);
    void applySeries(const SeriesAnswer &answer);
    void applyCatalogCharts(const CatalogCharts &charts);
    void applyState(const StatisticsState &state);
    // Whether the catalog's datasets are synthetic (all, some or none of
    // those seen), for the mark on the datasets slide.
    void applyCatalogSample(const DatasetsAnswer &answer);
    // The fleet comes from the embedded simulator: its figures are marked synthetic.
    void setFleetSynthetic(bool synthetic);
    void setBaseName(const QString &name);
    QString baseName() const { return m_baseName; }

    int currentSlide() const { return m_current; }
    void setCurrentSlide(int index);
    void next();
    void previous();
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    int intervalS() const { return m_intervalS; }
    // Clamped to [kMinIntervalS, kMaxIntervalS]; kept in settings.
    void setIntervalS(int seconds);
    QTimer *rotationTimer() const { return m_rotation; }

    SummarySlide slide(int index) const;
    // The footer's freshness text for a slide.
    QString freshnessText(int index) const;
    // Today's mean utilization so far (history and live), NaN when unknown.
    double todayMeanUtilization() const;
    const std::vector<QPointF> &todayPoints() const { return m_today.points(); }
    // The request for today's utilization last sent (fromMs 0: none yet).
    HistoryRequest historyRequest() const { return m_today.lastRequest(); }

    // Asks for today's utilization again (historyRequested(), or the fleet bridge).
    void requestToday();

signals:
    void leaveRequested();
    void slideChanged(int index);
    void pausedChanged(bool paused);
    void historyRequested(const scb::HistoryRequest &request);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void restartRotation();
    summaryslides::Footer footer() const;
    SummarySlide utilizationSlide() const;
    SummarySlide chipsSlide() const;
    SummarySlide cloudSlide() const;
    SummarySlide softwareSlide() const;
    SummarySlide datasetsSlide() const;
    qint64 nowMs() const;

    FleetBridge *m_fleet;
    StatisticsBridge *m_statistics;
    QSettings *m_settings;
    QTimer *m_rotation;
    QTimer *m_clock;
    QTimer *m_historyTimer;
    int m_current = 0;
    bool m_paused = false;
    int m_intervalS = kDefaultIntervalS;
    QString m_baseName;

    SnapshotPtr m_snapshot;
    bool m_fleetSynthetic = false;
    TodayUtilization m_today;

    std::vector<Observation> m_adoption;
    std::vector<Observation> m_industry;
    StatisticsState m_state;
    qint64 m_seriesFetchedMs = 0;
    std::vector<DatasetIndex::ThemeTotal> m_themes; // largest first
    int m_catalogSeen = 0;
    int m_catalogSynthetic = 0;
    quint64 m_catalogSerial = 0;
};

} // namespace scb
