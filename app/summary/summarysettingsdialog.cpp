#include "summarysettingsdialog.h"

#include "summaryscreen.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

namespace scb {

SummarySettingsDialog::SummarySettingsDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_interval(new QSpinBox(this))
    , m_baseName(new QLineEdit(this))
{
    setWindowTitle(tr("Summary screen"));
    auto *form = new QFormLayout(this);
    m_interval->setRange(SummaryScreen::kMinIntervalS, SummaryScreen::kMaxIntervalS);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(SummaryScreen::loadIntervalS(settings));
    m_interval->setToolTip(tr("How long each slide stays before the next one"));
    form->addRow(tr("Slide &interval:"), m_interval);
    m_baseName->setMaxLength(200);
    m_baseName->setPlaceholderText(SummaryScreen::defaultBaseName());
    const QString stored =
        settings ? settings->value(QLatin1String(SummaryScreen::kBaseNameSetting)).toString()
                 : QString();
    m_baseName->setText(stored.trimmed());
    m_baseName->setToolTip(tr("Shown in the footer of the summary screen"));
    form->addRow(tr("&Base name:"), m_baseName);
    auto *note = new QLabel(tr("On the summary screen: Esc leaves, the arrow keys step, Space "
                               "pauses."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SummarySettingsDialog::save()
{
    if (!m_settings)
        return;
    m_settings->setValue(QLatin1String(SummaryScreen::kIntervalSetting), m_interval->value());
    const QString name = m_baseName->text().trimmed();
    if (name.isEmpty())
        m_settings->remove(QLatin1String(SummaryScreen::kBaseNameSetting));
    else
        m_settings->setValue(QLatin1String(SummaryScreen::kBaseNameSetting), name);
}

} // namespace scb
