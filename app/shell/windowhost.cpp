#include "windowhost.h"

#include "language.h"
#include "mainwindow.h"

#include <QSettings>
#include <QTabWidget>

namespace scb {

WindowHost::WindowHost(FleetBridge *bridge,
                       StatisticsBridge *statistics,
                       Translations *translations,
                       QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
    , m_statistics(statistics)
    , m_translations(translations)
{
    m_window = createWindow();
}

WindowHost::~WindowHost()
{
    // Before the bridges go: the windows hold pointers to them.
    for (const QPointer<MainWindow> &retiring : m_retiring)
        delete retiring.data();
    delete m_window;
}

MainWindow *WindowHost::createWindow()
{
    auto *window = new MainWindow(m_bridge, m_statistics);
    // Queued: the old window is replaced from its own menu's action.
    connect(window, &MainWindow::languageRequested, this, &WindowHost::switchLanguage,
            Qt::QueuedConnection);
    return window;
}

void WindowHost::switchLanguage(const QString &code)
{
    const QString language = normalizeLanguage(code);
    if (language.isNull())
        return;
    {
        QSettings settings;
        saveLanguage(settings, language);
    }
    if (language == m_translations->language())
        return;
    m_translations->apply(language);

    MainWindow *old = m_window;
    MainWindow *fresh = createWindow();
    if (old) {
        fresh->restoreGeometry(old->saveGeometry());
        fresh->setWindowState(old->windowState());
        fresh->tabs()->setCurrentIndex(old->tabs()->currentIndex());
        // The new one first: hiding the last visible window may end the app.
        if (old->isVisible())
            fresh->show();
        old->hide();
        std::erase_if(m_retiring, [](const QPointer<MainWindow> &w) { return w.isNull(); });
        m_retiring.emplace_back(old);
        old->deleteLater();
    }
    m_window = fresh;
    emit windowReplaced(fresh);
}

} // namespace scb
