#include "connectionbar.h"

#include "formatting.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace scb {

namespace {

QString pillStyle(const char *background)
{
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 10px;"
                          " padding: 3px 12px; font-weight: 600; }")
        .arg(QLatin1String(background));
}

} // namespace

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_pill(new QLabel(this))
    , m_server(new QLabel(this))
    , m_tick(new QLabel(this))
    , m_countdown(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(14);
    layout->addWidget(m_pill);
    layout->addWidget(m_server);
    layout->addStretch(1);
    layout->addWidget(m_tick);
    m_pill->setObjectName(QStringLiteral("linkState"));
    m_countdown->setInterval(500);
    connect(m_countdown, &QTimer::timeout, this, &ConnectionBar::refresh);
    m_countdown->start();
    m_server->setText(tr("Starting…"));
    refresh();
}

void ConnectionBar::setServer(const QString &address, bool embedded)
{
    if (address.isEmpty()) {
        m_server->setText(embedded ? tr("Embedded simulator did not start") : tr("No server"));
        return;
    }
    m_server->setText(embedded ? tr("Server %1 · embedded fleet simulator").arg(address)
                               : tr("Server %1").arg(address));
}

void ConnectionBar::setLinkStatus(const LinkStatus &status, bool hasHistory)
{
    m_status = status;
    m_hasHistory = hasHistory;
    m_started = true;
    refresh();
}

void ConnectionBar::setLastTick(int64_t unixMs, uint32_t chips)
{
    m_lastTickMs = unixMs;
    m_tick->setText(tr("Last tick %1 · %2 chips").arg(formatClock(unixMs), formatCount(chips)));
}

QString ConnectionBar::stateText() const
{
    return m_pill->text();
}

void ConnectionBar::refresh()
{
    QString text;
    const char *colour = "#6b7280";
    const QString history = m_hasHistory ? tr("Offline, showing history") : tr("Offline");
    if (!m_started) {
        text = tr("Starting…");
    } else {
        switch (m_status.state) {
        case LinkState::Connecting:
            text = tr("Connecting…");
            colour = "#b7791f";
            break;
        case LinkState::Live:
            text = tr("Live");
            colour = "#15803d";
            break;
        case LinkState::Retrying: {
            const int64_t leftMs = m_status.retryAtUnixMs - QDateTime::currentMSecsSinceEpoch();
            const int seconds = int(std::max<int64_t>(0, (leftMs + 999) / 1000));
            text = tr("%1 · retrying in %n s", nullptr, seconds).arg(history);
            colour = "#b91c1c";
            break;
        }
        case LinkState::Stopped:
            text = history;
            colour = "#4b5563";
            break;
        }
    }
    if (m_pill->text() != text)
        m_pill->setText(text);
    // A style sheet change re-polishes the widget: not twice a second for nothing.
    if (colour != m_pillColour) {
        m_pillColour = colour;
        m_pill->setStyleSheet(pillStyle(colour));
    }
    m_pill->setToolTip(m_status.lastError.empty()
                           ? QString()
                           : tr("Last error: %1").arg(QString::fromStdString(m_status.lastError)));
    if (m_lastTickMs > 0 && m_status.state != LinkState::Live)
        m_tick->setToolTip(tr("Newest data: %1")
                               .arg(formatAge(QDateTime::currentMSecsSinceEpoch() - m_lastTickMs)));
}

} // namespace scb
