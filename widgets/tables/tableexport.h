#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAbstractButton;
class QAction;
class QAbstractItemView;

namespace scb {

// Copy and CSV export for one table view, the same in every table of the
// dashboard: Ctrl+C copies the selected rows as tab-separated text, and the
// view's context menu holds "Copy rows" and "Export CSV…". What is exported
// is what the view shows: every row of its model (a filtered, sorted proxy
// exports its order), every column, as csvexport.h writes it (UTF-8 with a
// byte-order mark). The actions enable themselves as rows and the selection
// come and go; pages with buttons trigger the same actions.
class TableExport : public QObject
{
    Q_OBJECT
public:
    // fileStem names the file offered in the save dialog ("alerts" →
    // "alerts-20261126-0710.csv"). The view's model (and selection model)
    // must be set, and stay for the view's life.
    TableExport(QAbstractItemView *view, QString fileStem);

    QAction *copyAction() const { return m_copy; }
    QAction *exportAction() const { return m_export; }

    // The selected rows of the view's model, in its order.
    QList<int> selectedRows() const;
    QString selectedRowsText() const;
    // Copies the selected rows; false (and nothing copied) when none is.
    bool copySelection();
    // Writes the view's rows to path, all or nothing; message() says how it went.
    bool exportCsv(const QString &path);
    // The export the user chose, now that every row is in: exportCsv(), and
    // a failure also in a message box.
    bool finishExport(const QString &path);
    // Says text through message(), for an owner's deferred export.
    void report(const QString &text);
    // "alerts-20261126-0710.csv" for the time now.
    QString suggestedFileName() const;
    void setFileStem(const QString &stem) { m_fileStem = stem; }

    // Where the view lists only part of what an export holds (the catalog
    // loads a page at a time), the owner gets the chosen path and calls
    // exportCsv() once every row is in.
    void setDeferredExport(std::function<void(const QString &path)> prepare);
    // The save dialog, then the export (or the deferred one).
    void chooseExportFile();

    // A page's own button for one of the actions: clicking triggers it, and
    // it is enabled when the action is.
    static void bindButton(QAbstractButton *button, QAction *action);

signals:
    // What an action did, for the owner's status line: "Copied 2 row(s).",
    // "Saved 40 row(s) to …", "Could not write …: …".
    void message(const QString &text);

private:
    void updateActions();

    QAbstractItemView *m_view;
    QString m_fileStem;
    QAction *m_copy;
    QAction *m_export;
    std::function<void(const QString &)> m_prepare;
    QString m_lastError;
};

} // namespace scb
