#include "tableexport.h"

#include "csvexport.h"
#include "exportfilename.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAction>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QMessageBox>

#include <algorithm>

namespace scb {

TableExport::TableExport(QAbstractItemView *view, QString fileStem)
    : QObject(view)
    , m_view(view)
    , m_fileStem(std::move(fileStem))
    , m_copy(new QAction(tr("&Copy rows"), this))
    , m_export(new QAction(tr("&Export CSV…"), this))
{
    Q_ASSERT(view->model());
    m_copy->setObjectName(QStringLiteral("copyRows"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the selected rows as tab-separated text"));
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setToolTip(tr("Save the rows shown as a CSV file (UTF-8)"));
    view->addAction(m_copy);
    view->addAction(m_export);
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
        view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_copy, &QAction::triggered, this, &TableExport::copySelection);
    connect(m_export, &QAction::triggered, this, &TableExport::chooseExportFile);

    QAbstractItemModel *model = view->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &TableExport::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &TableExport::updateActions);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TableExport::updateActions);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TableExport::updateActions);
    updateActions();
}

QList<int> TableExport::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString TableExport::selectedRowsText() const
{
    return tableRowsToText(m_view->model(), selectedRows());
}

bool TableExport::copySelection()
{
    const QList<int> rows = selectedRows();
    if (!copyRowsToClipboard(m_view->model(), rows))
        return false;
    emit message(tr("Copied %n row(s).", nullptr, int(rows.size())));
    return true;
}

bool TableExport::exportCsv(const QString &path)
{
    QString error;
    if (!writeCsvFile(path, m_view->model(), &error)) {
        const QString text = tr("Could not write %1: %2").arg(path, error);
        m_lastError = text;
        emit message(text);
        return false;
    }
    emit message(tr("Saved %n row(s) to %1.", nullptr, m_view->model()->rowCount()).arg(path));
    return true;
}

QString TableExport::suggestedFileName() const
{
    return timestampedFileName(m_fileStem, QStringLiteral("csv"));
}

void TableExport::setDeferredExport(std::function<void(const QString &)> prepare)
{
    m_prepare = std::move(prepare);
}

void TableExport::chooseExportFile()
{
    const QString path =
        QFileDialog::getSaveFileName(m_view->window(), tr("Export table"), suggestedFileName(),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (m_prepare)
        m_prepare(path);
    else
        finishExport(path);
}

bool TableExport::finishExport(const QString &path)
{
    if (exportCsv(path))
        return true;
    // Said where it cannot be missed: the file the user asked for is not there.
    QMessageBox::warning(m_view->window(), tr("Export table"), m_lastError);
    return false;
}

void TableExport::report(const QString &text)
{
    emit message(text);
}

void TableExport::bindButton(QAbstractButton *button, QAction *action)
{
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    connect(button, &QAbstractButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::enabledChanged, button, &QAbstractButton::setEnabled);
}

void TableExport::updateActions()
{
    m_copy->setEnabled(m_view->selectionModel() && m_view->selectionModel()->hasSelection());
    m_export->setEnabled(m_view->model() && m_view->model()->rowCount() > 0);
}

} // namespace scb
