#include "reportdialog.h"

#include "exportfilename.h"
#include "formatting.h"
#include "language.h"
#include "report.h"
#include "reportsections.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace scb {

ReportDialog::ReportDialog(const QString &dbPath, const QString &server, QWidget *parent)
    : QDialog(parent)
    , m_dbPath(dbPath)
    , m_server(server)
    , m_executable(QCoreApplication::applicationFilePath())
    , m_range(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_language(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_openWhenDone(new QCheckBox(tr("&Open the report when it is written"), this))
    , m_path(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export report"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto *sections = new QVBoxLayout;
    for (const QString &key : reportSectionKeys()) {
        const auto section = ReportSection::create(key);
        auto *box = new QCheckBox(section->title(), this);
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ReportDialog::updateState);
        m_sections.insert(key, box);
        sections->addWidget(box);
    }
    form->addRow(tr("Sections:"), sections);

    m_range->addItem(tr("Last 24 hours"), QStringLiteral("24h"));
    m_range->addItem(tr("Last 7 days"), QStringLiteral("7d"));
    m_range->addItem(tr("Last 30 days"), QStringLiteral("30d"));
    m_range->addItem(tr("Custom"), QString());
    const QDateTime now = QDateTime::currentDateTime();
    m_from->setDateTime(now.addDays(-1));
    m_to->setDateTime(now);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &ReportDialog::updateState);
    }
    auto *range = new QHBoxLayout;
    range->addWidget(m_range);
    range->addWidget(m_from);
    range->addWidget(new QLabel(QStringLiteral("–"), this));
    range->addWidget(m_to);
    form->addRow(tr("Period:"), range);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ReportDialog::updateState);

    m_language->addItem(QStringLiteral("English"), QString::fromLatin1(kLanguageEnglish));
    m_language->addItem(QStringLiteral("简体中文"), QString::fromLatin1(kLanguageChinese));
    const bool chinese = QLocale().language() == QLocale::Chinese;
    m_language->setCurrentIndex(chinese ? 1 : 0);
    form->addRow(tr("Language:"), m_language);

    m_paper->addItem(QStringLiteral("A4"), QStringLiteral("A4"));
    m_paper->addItem(QStringLiteral("A3"), QStringLiteral("A3"));
    m_paper->addItem(tr("Letter"), QStringLiteral("Letter"));
    form->addRow(tr("Paper:"), m_paper);
    m_orientation->addItem(tr("Portrait"), QStringLiteral("portrait"));
    m_orientation->addItem(tr("Landscape"), QStringLiteral("landscape"));
    form->addRow(tr("Orientation:"), m_orientation);

    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    m_path->setText(QDir(folder).filePath(
        timestampedFileName(QStringLiteral("scb-report"), QStringLiteral("pdf"), now)));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    auto *browse = new QPushButton(tr("Browse…"), this);
    pathRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ReportDialog::updateState);
    form->addRow(tr("Save as:"), pathRow);
    m_openWhenDone->setChecked(true);
    form->addRow(QString(), m_openWhenDone);

    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    layout->addWidget(m_progress);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::cancel);
    updateState();
}

ReportDialog::~ReportDialog()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

void ReportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

QStringList ReportDialog::arguments() const
{
    QStringList sections;
    for (const QString &key : reportSectionKeys()) {
        if (m_sections.value(key)->isChecked())
            sections << key;
    }
    QString range = m_range->currentData().toString();
    if (range.isEmpty())
        range = m_from->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm")) +
                QStringLiteral("..") +
                m_to->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    QStringList args{QStringLiteral("--report"),      m_path->text().trimmed(),
                     QStringLiteral("--range"),       range,
                     QStringLiteral("--sections"),    sections.join(QLatin1Char(',')),
                     QStringLiteral("--lang"),        m_language->currentData().toString(),
                     QStringLiteral("--paper"),       m_paper->currentData().toString(),
                     QStringLiteral("--orientation"), m_orientation->currentData().toString()};
    if (!m_dbPath.isEmpty())
        args << QStringLiteral("--db") << m_dbPath;
    if (!m_server.isEmpty())
        args << QStringLiteral("--server") << m_server;
    return args;
}

void ReportDialog::updateState()
{
    const bool custom = m_range->currentData().toString().isEmpty();
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    bool any = false;
    for (QCheckBox *box : std::as_const(m_sections))
        any = any || box->isChecked();
    const bool running = m_process != nullptr;
    const bool rangeOk = !custom || m_from->dateTime() < m_to->dateTime();
    m_export->setEnabled(!running && any && rangeOk && !m_path->text().trimmed().isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_range, m_from, m_to, m_language, m_paper,
                                                       m_orientation, m_path, m_openWhenDone})
        w->setEnabled(!running);
    for (QCheckBox *box : std::as_const(m_sections))
        box->setEnabled(!running);
    if (!any)
        m_status->setText(tr("Choose at least one section."));
    else if (!rangeOk)
        m_status->setText(tr("The period must start before it ends."));
    else if (!running && m_status->property("sticky").toBool() == false)
        m_status->clear();
}

void ReportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), m_path->text(),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                            ? path
                            : path + QStringLiteral(".pdf"));
}

void ReportDialog::start()
{
    if (m_process)
        return;
    m_stderr.clear();
    m_pending.clear();
    m_status->setProperty("sticky", false);
    m_progress->setRange(0, 0); // busy until the first page is drawn
    m_status->setText(tr("Reading the data…"));
    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SCB_REPORT_PROGRESS"), QStringLiteral("1"));
    m_process->setProcessEnvironment(env);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ReportDialog::onOutput);
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderr += QString::fromLocal8Bit(m_process->readAllStandardError()); });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        onFinished(code, status != QProcess::NormalExit);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFinished(-1, true);
    });
    m_process->start(m_executable, arguments());
    updateState();
}

void ReportDialog::onOutput()
{
    m_pending += m_process->readAllStandardOutput();
    qsizetype nl;
    while ((nl = m_pending.indexOf('\n')) >= 0) {
        const QList<QByteArray> parts = m_pending.left(nl).trimmed().split(' ');
        m_pending.remove(0, nl + 1);
        if (parts.size() == 3 && parts[0] == "progress") {
            const int page = parts[1].toInt(), pages = parts[2].toInt();
            if (pages > 0 && page >= 0 && page <= pages) {
                m_progress->setRange(0, pages);
                m_progress->setValue(page);
                m_status->setText(tr("Drawing page %1 of %2…").arg(page).arg(pages));
            }
        }
    }
}

void ReportDialog::setOpenWhenDone(bool open)
{
    m_openWhenDone->setChecked(open);
}

void ReportDialog::onFinished(int exitCode, bool crashed)
{
    if (!m_process)
        return;
    m_process->deleteLater();
    m_process = nullptr;
    const QString path = m_path->text().trimmed();
    const bool ok = !crashed && exitCode == 0;
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    QString message;
    if (ok) {
        message = tr("Saved %1.").arg(QDir::toNativeSeparators(path));
    } else {
        QString why = m_stderr.trimmed().section(QLatin1Char('\n'), -1);
        why.remove(QRegularExpression(QStringLiteral("^scb-dashboard: ")));
        message = why.isEmpty() ? tr("The report could not be written.")
                                : tr("The report could not be written: %1").arg(why);
    }
    m_status->setText(message);
    m_status->setProperty("sticky", true);
    updateState();
    emit finished(ok, message);
    if (ok && m_openWhenDone->isChecked())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void ReportDialog::cancel()
{
    if (!m_process) {
        reject();
        return;
    }
    // The child writes through QSaveFile: killed, it leaves no partial PDF.
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setText(tr("Cancelled."));
    m_status->setProperty("sticky", true);
    updateState();
    emit finished(false, tr("Cancelled."));
}

} // namespace scb
