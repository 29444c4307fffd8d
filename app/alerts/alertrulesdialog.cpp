#include "alertrulesdialog.h"

#include "alertsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace scb {

namespace {

QSpinBox *spinBox(int min, int max, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(min, max);
    spin->setGroupSeparatorShown(true);
    spin->setAccelerated(true);
    return spin;
}

int wholeSeconds(int64_t ms)
{
    return int(std::clamp<int64_t>((ms + 500) / 1000, 0, AlertRuleLimits::maxDurationS));
}

QPalette problemPalette(QPalette palette)
{
    palette.setColor(QPalette::WindowText, QColor(0xb9, 0x1c, 0x1c));
    return palette;
}

} // namespace

AlertRulesDialog::AlertRulesDialog(const AlertRules &rules, bool notifyDesktop, QWidget *parent)
    : QDialog(parent)
    , m_base(rules)
{
    using L = AlertRuleLimits;
    setWindowTitle(tr("Alert Thresholds"));

    // Temperature
    auto *temperature = new QGroupBox(tr("Temperature"), this);
    auto *tempForm = new QFormLayout(temperature);
    m_tempEnabled = new QCheckBox(tr("Raise temperature alerts"), temperature);
    m_tempWarn = spinBox(L::minTemperatureC, L::maxTemperatureC, temperature);
    m_tempWarnFor = spinBox(0, L::maxDurationS, temperature);
    m_tempCrit = spinBox(L::minTemperatureC, L::maxTemperatureC, temperature);
    m_tempHysteresis = spinBox(0, L::maxHysteresisC, temperature);
    m_tempClearFor = spinBox(0, L::maxDurationS, temperature);
    m_tempWarn->setToolTip(tr("A warning is raised once a chip has stayed at or above this "
                              "temperature for the time below."));
    m_tempCrit->setToolTip(tr("A critical alert is raised as soon as a chip reaches this "
                              "temperature."));
    m_tempHysteresis->setToolTip(
        tr("An alert clears only once the chip has stayed below the warning threshold minus "
           "this much, so a value dancing around the threshold does not flap."));
    tempForm->addRow(m_tempEnabled);
    tempForm->addRow(tr("&Warning threshold (°C):"), m_tempWarn);
    tempForm->addRow(tr("Warn after this long at or above it (s):"), m_tempWarnFor);
    tempForm->addRow(tr("&Critical threshold (°C):"), m_tempCrit);
    tempForm->addRow(tr("&Hysteresis (°C):"), m_tempHysteresis);
    tempForm->addRow(tr("Clear after this long below it (s):"), m_tempClearFor);

    // XID errors
    auto *xid = new QGroupBox(tr("XID errors"), this);
    auto *xidForm = new QFormLayout(xid);
    m_xidEnabled = new QCheckBox(tr("Raise an alert for every XID error"), xid);
    m_xidCodes = new QLineEdit(xid);
    m_xidCodes->setObjectName(QStringLiteral("criticalXidCodes"));
    m_xidCodes->setPlaceholderText(tr("none: every XID error is a warning"));
    m_xidCodes->setToolTip(tr("XID codes from 1 to 999, separated by commas. These raise "
                              "critical alerts; every other code raises a warning."));
    m_xidError = new QLabel(xid);
    m_xidError->setPalette(problemPalette(m_xidError->palette()));
    m_xidError->setWordWrap(true);
    m_xidError->hide();
    xidForm->addRow(m_xidEnabled);
    xidForm->addRow(tr("Critical &XID codes:"), m_xidCodes);
    xidForm->addRow(QString(), m_xidError);

    // Faults
    auto *faults = new QGroupBox(tr("Faults"), this);
    auto *faultForm = new QFormLayout(faults);
    m_eccEnabled = new QCheckBox(tr("Double-bit ECC errors (critical)"), faults);
    m_healthEnabled = new QCheckBox(tr("Health faults (critical)"), faults);
    m_faultClearFor = spinBox(0, L::maxDurationS, faults);
    faultForm->addRow(m_eccEnabled);
    faultForm->addRow(m_healthEnabled);
    faultForm->addRow(tr("Clear after the fault is gone for (s):"), m_faultClearFor);

    // Chips and nodes away
    auto *away = new QGroupBox(tr("Chips and nodes away"), this);
    auto *awayForm = new QFormLayout(away);
    m_offlineEnabled = new QCheckBox(tr("Chips offline (warning)"), away);
    m_offlineFor = spinBox(0, L::maxDurationS, away);
    m_nodeSilentEnabled = new QCheckBox(tr("Nodes sending no data (critical)"), away);
    m_nodeSilentFor = spinBox(0, L::maxDurationS, away);
    awayForm->addRow(m_offlineEnabled);
    awayForm->addRow(tr("Alert after offline for (s):"), m_offlineFor);
    awayForm->addRow(m_nodeSilentEnabled);
    awayForm->addRow(tr("Alert after no data for (s):"), m_nodeSilentFor);

    // Limits and notifications
    auto *other = new QGroupBox(tr("Limits and notifications"), this);
    auto *otherForm = new QFormLayout(other);
    m_maxActive = spinBox(1, L::maxActiveAlerts, other);
    m_maxActive->setToolTip(tr("Beyond this many open alerts new ones are refused and counted, "
                               "so broken input cannot exhaust memory."));
    m_notify = new QCheckBox(tr("Notify on the desktop when a critical alert is raised"), other);
    m_notify->setChecked(notifyDesktop);
    otherForm->addRow(tr("Open alerts at most:"), m_maxActive);
    otherForm->addRow(m_notify);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        auto *noTray = new QLabel(
            tr("This desktop has no system tray: notifications cannot show here."), other);
        noTray->setWordWrap(true);
        noTray->setEnabled(false);
        otherForm->addRow(noTray);
    }

    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->addWidget(temperature, 0, 0);
    grid->addWidget(xid, 1, 0);
    grid->addWidget(faults, 0, 1);
    grid->addWidget(away, 1, 1);
    grid->addWidget(other, 2, 0, 1, 2);
    layout->addLayout(grid);

    m_problem = new QLabel(this);
    m_problem->setPalette(problemPalette(m_problem->palette()));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_restore = buttons->button(QDialogButtonBox::RestoreDefaults);
    m_restore->setToolTip(tr("Set every threshold to its default; the notification choice stays."));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &AlertRulesDialog::restoreDefaults);
    layout->addWidget(buttons);

    setRules(rules);
    for (QSpinBox *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, &AlertRulesDialog::validate);
    for (QCheckBox *box : {m_tempEnabled, m_xidEnabled, m_eccEnabled, m_healthEnabled,
                           m_offlineEnabled, m_nodeSilentEnabled})
        connect(box, &QCheckBox::toggled, this, &AlertRulesDialog::updateEnabled);
    connect(m_xidCodes, &QLineEdit::textChanged, this, &AlertRulesDialog::validate);
    updateEnabled();
    validate();
}

void AlertRulesDialog::setRules(const AlertRules &rules)
{
    m_base = rules;
    m_tempEnabled->setChecked(rules.temperatureEnabled);
    m_tempWarn->setValue(rules.tempWarnC);
    m_tempWarnFor->setValue(wholeSeconds(rules.tempWarnForMs));
    m_tempCrit->setValue(rules.tempCritC);
    m_tempHysteresis->setValue(rules.tempHysteresisC);
    m_tempClearFor->setValue(wholeSeconds(rules.tempClearForMs));
    m_xidEnabled->setChecked(rules.xidEnabled);
    m_xidCodes->setText(formatXidCodes(rules.criticalXidCodes));
    m_eccEnabled->setChecked(rules.eccEnabled);
    m_healthEnabled->setChecked(rules.healthEnabled);
    m_faultClearFor->setValue(wholeSeconds(rules.faultClearForMs));
    m_offlineEnabled->setChecked(rules.offlineEnabled);
    m_offlineFor->setValue(wholeSeconds(rules.offlineForMs));
    m_nodeSilentEnabled->setChecked(rules.nodeSilentEnabled);
    m_nodeSilentFor->setValue(wholeSeconds(rules.nodeSilentForMs));
    m_maxActive->setValue(int(std::min<uint32_t>(rules.maxActiveAlerts, INT_MAX)));
}

void AlertRulesDialog::restoreDefaults()
{
    setRules(AlertRules());
    validate();
}

int64_t AlertRulesDialog::durationMs(const QSpinBox *spin, int64_t baseMs) const
{
    if (spin->value() == wholeSeconds(baseMs))
        return baseMs;
    return int64_t(spin->value()) * 1000;
}

AlertRules AlertRulesDialog::rules() const
{
    AlertRules rules = m_base;
    rules.temperatureEnabled = m_tempEnabled->isChecked();
    rules.tempWarnC = m_tempWarn->value();
    rules.tempWarnForMs = durationMs(m_tempWarnFor, m_base.tempWarnForMs);
    rules.tempCritC = m_tempCrit->value();
    rules.tempHysteresisC = m_tempHysteresis->value();
    rules.tempClearForMs = durationMs(m_tempClearFor, m_base.tempClearForMs);
    rules.xidEnabled = m_xidEnabled->isChecked();
    if (auto codes = parseXidCodes(m_xidCodes->text()))
        rules.criticalXidCodes = std::move(*codes);
    rules.eccEnabled = m_eccEnabled->isChecked();
    rules.healthEnabled = m_healthEnabled->isChecked();
    rules.faultClearForMs = durationMs(m_faultClearFor, m_base.faultClearForMs);
    rules.offlineEnabled = m_offlineEnabled->isChecked();
    rules.offlineForMs = durationMs(m_offlineFor, m_base.offlineForMs);
    rules.nodeSilentEnabled = m_nodeSilentEnabled->isChecked();
    rules.nodeSilentForMs = durationMs(m_nodeSilentFor, m_base.nodeSilentForMs);
    rules.maxActiveAlerts = uint32_t(m_maxActive->value());
    return rules;
}

bool AlertRulesDialog::notifyDesktop() const
{
    return m_notify->isChecked();
}

QString AlertRulesDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString AlertRulesDialog::xidErrorText() const
{
    return m_xidError->isHidden() ? QString() : m_xidError->text();
}

void AlertRulesDialog::updateEnabled()
{
    const bool temperature = m_tempEnabled->isChecked();
    for (QSpinBox *spin : {m_tempWarn, m_tempWarnFor, m_tempCrit, m_tempHysteresis, m_tempClearFor})
        spin->setEnabled(temperature);
    m_xidCodes->setEnabled(m_xidEnabled->isChecked());
    m_faultClearFor->setEnabled(m_eccEnabled->isChecked() || m_healthEnabled->isChecked());
    m_offlineFor->setEnabled(m_offlineEnabled->isChecked());
    m_nodeSilentFor->setEnabled(m_nodeSilentEnabled->isChecked());
}

void AlertRulesDialog::validate()
{
    QString xidError;
    const bool xidOk = parseXidCodes(m_xidCodes->text(), &xidError).has_value();
    m_xidError->setText(xidError);
    m_xidError->setVisible(!xidOk);

    // The engine checks the thresholds of a rule switched off too: so do we.
    const QString problem =
        xidOk ? alertRulesProblem(rules()) : tr("Correct the critical XID codes.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace scb
