#pragma once

#include "rpc/client/telemetryclient.h"

#include <QWidget>

class QLabel;
class QTimer;

namespace scb {

// The strip along the top of the window: which server, and whether what the
// operator sees is live, being reconnected, or history.
class ConnectionBar : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    void setServer(const QString &address, bool embedded);
    void setLinkStatus(const LinkStatus &status, bool hasHistory);
    void setLastTick(int64_t unixMs, uint32_t chips);

    QString stateText() const; // what the state pill says now (tests read it)

private:
    void refresh();

    QLabel *m_pill;
    QLabel *m_server;
    QLabel *m_tick;
    QTimer *m_countdown;
    LinkStatus m_status;
    bool m_hasHistory = false;
    bool m_started = false;
    int64_t m_lastTickMs = 0;
    const char *m_pillColour = nullptr; // restyle only when it changes
};

} // namespace scb
