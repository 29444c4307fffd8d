#pragma once

#include <QDialog>

class QLineEdit;
class QSettings;
class QSpinBox;

namespace scb {

// Settings → Summary screen…: the interval and the base's name.
class SummarySettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SummarySettingsDialog(QSettings *settings, QWidget *parent = nullptr);
    QSpinBox *intervalBox() const { return m_interval; }
    QLineEdit *baseNameEdit() const { return m_baseName; }
    // Writes what the dialog holds to the settings.
    void save();

private:
    QSettings *m_settings;
    QSpinBox *m_interval;
    QLineEdit *m_baseName;
};

} // namespace scb
