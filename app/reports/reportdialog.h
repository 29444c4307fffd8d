#pragma once

#include <QDialog>
#include <QMap>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProcess;
class QProgressBar;
class QPushButton;

namespace scb {

// File → Export report…: which sections, the period, language, paper and
// orientation, and where to save. The report is written by scb-dashboard
// --report in a child process (the same executable), so the GUI thread never
// waits on the database or the PDF and Cancel simply ends that process; its
// "progress N M" lines drive the bar. The file opens when done.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(const QString &dbPath, const QString &server, QWidget *parent = nullptr);
    ~ReportDialog() override;

    // What runs the report; scb-dashboard itself by default (tests point it elsewhere).
    void setExecutable(const QString &path) { m_executable = path; }
    // Whether the PDF opens in the desktop's viewer once written (the
    // dialog's check box; on by default).
    void setOpenWhenDone(bool open);
    // The --report arguments of the current choices.
    QStringList arguments() const;
    void setOutputPath(const QString &path);
    bool isRunning() const { return m_process != nullptr; }

signals:
    void finished(bool ok, const QString &message);

private:
    void start();
    void cancel();
    void browse();
    void onOutput();
    void onFinished(int exitCode, bool crashed);
    void updateState();

    QString m_dbPath;
    QString m_server;
    QString m_executable;
    QMap<QString, QCheckBox *> m_sections;
    QComboBox *m_range;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_language;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QCheckBox *m_openWhenDone;
    QLineEdit *m_path;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QProcess *m_process = nullptr;
    QByteArray m_pending;
    QString m_stderr;
};

} // namespace scb
