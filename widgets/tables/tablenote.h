#pragma once

#include <QLabel>

class QAbstractItemView;

namespace scb {

// A muted note across an empty table's viewport ("No active alerts.",
// "Loading the catalog…"), following the viewport's size. The dashboard's
// tables say why they are empty instead of showing a blank grid.
class TableNote : public QLabel
{
    Q_OBJECT
public:
    // fontScale: the note's type against the table's (larger where the
    // table is the page's main content).
    explicit TableNote(QAbstractItemView *view, qreal fontScale = 1.0);

    // Shows the note; an empty text hides it.
    void setNote(const QString &text);
    // The note shown, or empty when hidden.
    QString note() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_viewport;
};

} // namespace scb
