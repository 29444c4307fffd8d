#include "importreportdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace scb {

ImportReportDialog::ImportReportDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import report"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString summary;
    if (!report.error.isEmpty()) {
        summary = tr("%1 could not be imported: %2").arg(report.file, report.error);
    } else {
        summary =
            report.format.isEmpty()
                ? tr("Imported %n dataset(s) from %1.", nullptr, report.taken).arg(report.file)
                : tr("Imported %n dataset(s) from %1 (%2).", nullptr, report.taken)
                      .arg(report.file, report.format);
        if (!report.refused.isEmpty())
            summary +=
                QLatin1Char(' ') + tr("%n item(s) refused.", nullptr, int(report.refused.size()));
    }
    m_summary->setText(summary);
    layout->addWidget(m_summary);

    QStringList lines;
    if (!report.refused.isEmpty()) {
        lines << tr("Refused:");
        for (const QString &line : report.refused)
            lines << QStringLiteral("  ") + line;
    }
    if (!report.notes.isEmpty()) {
        if (!lines.isEmpty())
            lines << QString();
        lines << tr("Notes:");
        for (const QString &line : report.notes)
            lines << QStringLiteral("  ") + line;
    }
    if (lines.isEmpty() && report.error.isEmpty())
        lines << tr("Nothing was refused.");
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_details->setVisible(!lines.isEmpty());
    layout->addWidget(m_details, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, lines.isEmpty() ? sizeHint().height() : 420);
}

QString ImportReportDialog::summaryText() const
{
    return m_summary->text();
}

QString ImportReportDialog::detailsText() const
{
    return m_details->toPlainText();
}

} // namespace scb
