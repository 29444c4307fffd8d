#pragma once

#include "alerts/alertrules.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace scb {

// Settings → Alert thresholds…: every threshold of AlertRules, the critical
// XID codes as a comma-separated list, and whether a critical alert is
// announced on the desktop. OK stays disabled, with a one-line reason, while
// the values do not fit together (alertRulesProblem()) or the XID list does
// not parse (its error shown under it). Durations are edited in seconds; a
// stored duration that is not whole seconds survives unless its box is
// changed.
class AlertRulesDialog : public QDialog
{
    Q_OBJECT
public:
    AlertRulesDialog(const AlertRules &rules, bool notifyDesktop, QWidget *parent = nullptr);

    // The rules as edited; meaningful when okButton() is enabled.
    AlertRules rules() const;
    bool notifyDesktop() const;
    // Sets every threshold to its default; the notification choice stays.
    void restoreDefaults();

    // Why OK is disabled (one line), or empty.
    QString problemText() const;
    // The XID list's own error, or empty.
    QString xidErrorText() const;

    QPushButton *okButton() const { return m_ok; }
    QPushButton *restoreDefaultsButton() const { return m_restore; }
    QCheckBox *temperatureEnabledBox() const { return m_tempEnabled; }
    QSpinBox *tempWarnSpin() const { return m_tempWarn; }
    QSpinBox *tempWarnForSpin() const { return m_tempWarnFor; }
    QSpinBox *tempCritSpin() const { return m_tempCrit; }
    QSpinBox *tempHysteresisSpin() const { return m_tempHysteresis; }
    QSpinBox *tempClearForSpin() const { return m_tempClearFor; }
    QCheckBox *xidEnabledBox() const { return m_xidEnabled; }
    QLineEdit *criticalXidEdit() const { return m_xidCodes; }
    QCheckBox *eccEnabledBox() const { return m_eccEnabled; }
    QCheckBox *healthEnabledBox() const { return m_healthEnabled; }
    QSpinBox *faultClearForSpin() const { return m_faultClearFor; }
    QCheckBox *offlineEnabledBox() const { return m_offlineEnabled; }
    QSpinBox *offlineForSpin() const { return m_offlineFor; }
    QCheckBox *nodeSilentEnabledBox() const { return m_nodeSilentEnabled; }
    QSpinBox *nodeSilentForSpin() const { return m_nodeSilentFor; }
    QSpinBox *maxActiveSpin() const { return m_maxActive; }
    QCheckBox *notifyBox() const { return m_notify; }

private:
    void setRules(const AlertRules &rules);
    void validate();
    void updateEnabled();
    int64_t durationMs(const QSpinBox *spin, int64_t baseMs) const;

    // The rules the boxes started from: durations keep their milliseconds
    // while their box shows the same whole seconds.
    AlertRules m_base;

    QCheckBox *m_tempEnabled;
    QSpinBox *m_tempWarn;
    QSpinBox *m_tempWarnFor;
    QSpinBox *m_tempCrit;
    QSpinBox *m_tempHysteresis;
    QSpinBox *m_tempClearFor;
    QCheckBox *m_xidEnabled;
    QLineEdit *m_xidCodes;
    QLabel *m_xidError;
    QCheckBox *m_eccEnabled;
    QCheckBox *m_healthEnabled;
    QSpinBox *m_faultClearFor;
    QCheckBox *m_offlineEnabled;
    QSpinBox *m_offlineFor;
    QCheckBox *m_nodeSilentEnabled;
    QSpinBox *m_nodeSilentFor;
    QSpinBox *m_maxActive;
    QCheckBox *m_notify;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace scb
