#pragma once

#include "statisticsbridge.h" // ImportReport

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace scb {

// What an import took and refused, for the user to read: a summary line and
// a scrollable list of the refused items and the notes.
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportReportDialog(const ImportReport &report, QWidget *parent = nullptr);

    QString summaryText() const;
    QString detailsText() const;

private:
    QLabel *m_summary;
    QPlainTextEdit *m_details;
};

} // namespace scb
