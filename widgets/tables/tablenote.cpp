#include "tablenote.h"

#include <QAbstractItemView>
#include <QEvent>

namespace scb {

TableNote::TableNote(QAbstractItemView *view, qreal fontScale)
    : QLabel(view->viewport())
    , m_viewport(view->viewport())
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText); // notes may quote error messages
    QPalette muted = palette();
    // A label in a viewport takes the viewport's foreground role (Text),
    // so the muted colour goes on both roles.
    muted.setColor(QPalette::WindowText, QColor(0x6b, 0x72, 0x80));
    muted.setColor(QPalette::Text, QColor(0x6b, 0x72, 0x80));
    setPalette(muted);
    setForegroundRole(QPalette::WindowText);
    if (fontScale != 1.0) {
        QFont larger = font();
        larger.setPointSizeF(larger.pointSizeF() * fontScale);
        setFont(larger);
    }
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_viewport->installEventFilter(this);
    hide();
}

void TableNote::setNote(const QString &text)
{
    setText(text);
    setGeometry(m_viewport->rect());
    setVisible(!text.isEmpty());
}

QString TableNote::note() const
{
    return isVisibleTo(m_viewport) ? text() : QString();
}

bool TableNote::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        setGeometry(m_viewport->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace scb
