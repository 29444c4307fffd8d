#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <vector>

namespace scb {

class FleetBridge;
class MainWindow;
class StatisticsBridge;
class Translations;

// Holds scb-dashboard's main window on the one FleetBridge and
// StatisticsBridge of the process, and rebuilds it in another language when
// the Language menu asks: every page is built anew under the new
// translators and locale, the current tab, geometry and window state are
// carried over, and the old window is deleted (its connections with it).
class WindowHost : public QObject
{
    Q_OBJECT
public:
    WindowHost(FleetBridge *bridge,
               StatisticsBridge *statistics,
               Translations *translations,
               QObject *parent = nullptr);
    ~WindowHost() override;

    // The window shown now (created by the constructor; replaced by switchLanguage()).
    MainWindow *window() const { return m_window; }

    // Keeps code in the settings, installs its translations and replaces the
    // window with one built in that language. Unknown codes are ignored; the
    // language already applied rebuilds nothing (the choice is still kept).
    void switchLanguage(const QString &code);

signals:
    void windowReplaced(scb::MainWindow *window);

private:
    MainWindow *createWindow();

    FleetBridge *m_bridge;
    StatisticsBridge *m_statistics;
    Translations *m_translations;
    MainWindow *m_window = nullptr;
    std::vector<QPointer<MainWindow>> m_retiring; // windows replaced, until deleteLater() runs
};

} // namespace scb
