#pragma once

#include "timerange.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QToolButton;

namespace scb {

// Asks for a custom absolute range: two local date-times, checked as they are
// edited (OK stays disabled while the range is unusable, and a line says why).
class TimeRangeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TimeRangeDialog(QWidget *parent = nullptr);

    void setRange(qint64 fromMs, qint64 toMs); // shown to the minute
    qint64 fromMs() const;
    qint64 toMs() const;
    bool isValid() const;
    QString message() const; // why OK is disabled, a note about clamping, or empty

    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QPushButton *okButton() const { return m_ok; }

private:
    void validate();

    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_message;
    QPushButton *m_ok;
};

// A compact strip that shows and sets a TimeRangeController's range:
// back/forward, the presets, "Custom…", the auto-refresh interval and the
// range itself (its tooltip gives the resolved times). Its children have
// object names for tests: timeRangeBack, timeRangeForward, timeRangePreset<i>,
// timeRangeCustom, timeRangeRefresh, timeRangeLabel.
class TimeRangeBar : public QWidget
{
    Q_OBJECT
public:
    explicit TimeRangeBar(TimeRangeController *controller, QWidget *parent = nullptr);

    TimeRangeController *controller() const { return m_controller; }
    QString labelText() const;
    TimeRangeDialog *customDialog() const { return m_dialog; } // while open

    // Opens the custom range dialog (what "Custom…" does); non-modal to the
    // event loop: the range is set when it is accepted.
    void openCustomDialog();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sync();

    TimeRangeController *m_controller;
    QToolButton *m_back;
    QToolButton *m_forward;
    QButtonGroup *m_presets;
    QToolButton *m_custom;
    QComboBox *m_refresh;
    QLabel *m_label;
    QPointer<TimeRangeDialog> m_dialog;
};

} // namespace scb
