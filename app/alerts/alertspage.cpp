#include "alertspage.h"

#include "alertlistmodel.h"
#include "csvexport.h"
#include "formatting.h"
#include "tableexport.h"
#include "tablenote.h"
#include "tablestyle.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace scb {

// ---------------------------------------------------------------- AlertFilterProxy

AlertFilterProxy::AlertFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AlertListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void AlertFilterProxy::setSeverity(int severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    invalidateRowsFilter();
}

void AlertFilterProxy::setCenter(int center)
{
    if (center == m_center)
        return;
    m_center = center;
    invalidateRowsFilter();
}

void AlertFilterProxy::setSearchText(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_search)
        return;
    m_search = search;
    invalidateRowsFilter();
}

bool AlertFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_severity != 0 && first.data(AlertListModel::SeverityRole).toInt() != m_severity)
        return false;
    if (m_center >= 0 && first.data(AlertListModel::CenterRole).toInt() != m_center)
        return false;
    return rowContainsText(model, sourceRow, sourceParent, m_search);
}

bool AlertFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (QSortFilterProxyModel::lessThan(left, right))
        return true;
    if (QSortFilterProxyModel::lessThan(right, left))
        return false;
    // Equal keys: by onset, then by id (ascending in raise order).
    const qlonglong leftSince = left.data(AlertListModel::SinceRole).toLongLong();
    const qlonglong rightSince = right.data(AlertListModel::SinceRole).toLongLong();
    if (leftSince != rightSince)
        return leftSince < rightSince;
    return left.data(AlertListModel::AlertIdRole).toULongLong() <
           right.data(AlertListModel::AlertIdRole).toULongLong();
}

// ---------------------------------------------------------------- AcknowledgeDialog

AcknowledgeDialog::AcknowledgeDialog(const QString &summary, const QString &who, QWidget *parent)
    : QDialog(parent)
    , m_who(new QLineEdit(who.trimmed(), this))
    , m_note(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_ok(nullptr)
{
    setWindowTitle(tr("Acknowledge"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(summary, this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    layout->addWidget(what);

    auto *form = new QFormLayout;
    m_who->setObjectName(QStringLiteral("who"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("What is being done about it (optional)"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Who:"), m_who);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb9, 0x1c, 0x1c));
    m_problem->setPalette(palette);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Acknowledge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_who, &QLineEdit::textChanged, this, &AcknowledgeDialog::validate);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AcknowledgeDialog::validate);
    validate();
    resize(std::max(420, sizeHint().width()), sizeHint().height());
    if (m_who->text().isEmpty())
        m_who->setFocus();
    else
        m_note->setFocus();
}

QString AcknowledgeDialog::who() const
{
    return m_who->text().trimmed();
}

QString AcknowledgeDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void AcknowledgeDialog::setWho(const QString &who)
{
    m_who->setText(who);
}

void AcknowledgeDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void AcknowledgeDialog::validate()
{
    QString problem;
    if (who().isEmpty())
        problem = tr("Enter who acknowledges.");
    else if (size_t(who().toUtf8().size()) > AlertEngine::kMaxAckNameBytes)
        problem = tr("The name is too long.");
    else if (size_t(note().toUtf8().size()) > AlertEngine::kMaxAckNoteBytes)
        problem = tr("The note is too long (at most %1 bytes).").arg(AlertEngine::kMaxAckNoteBytes);
    // No complaint about an empty name before anyone typed: the button says enough.
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && !who().isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

// ---------------------------------------------------------------- AlertsPage

AlertsPage::AlertsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new AlertListModel(this))
    , m_proxy(new AlertFilterProxy(this))
    , m_header(new QLabel(this))
    , m_error(new QLabel(this))
    , m_severityBox(new QComboBox(this))
    , m_centerBox(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_ackButton(new QPushButton(tr("&Acknowledge…"), this))
    , m_copyButton(new QPushButton(tr("&Copy"), this))
    , m_exportButton(new QPushButton(tr("&Export CSV…"), this))
    , m_table(new QTableView(this))
    , m_placeholder(new TableNote(m_table, 1.3))
    , m_status(new QLabel(this))
    , m_lastWho(qEnvironmentVariable("USER").trimmed())
{
    if (m_lastWho.isEmpty())
        m_lastWho = qEnvironmentVariable("USERNAME").trimmed(); // Windows
    if (m_lastWho.isEmpty())
        m_lastWho = QStringLiteral("operator");
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    QFont bold = m_header->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_header->setFont(bold);
    layout->addWidget(m_header);

    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb9, 0x1c, 0x1c));
    m_error->setPalette(errorPalette);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    layout->addWidget(m_error);

    auto *bar = new QHBoxLayout;
    auto *severityLabel = new QLabel(tr("&Severity:"), this);
    severityLabel->setBuddy(m_severityBox);
    m_severityBox->addItem(tr("All"), 0);
    m_severityBox->addItem(alertSeverityText(Severity::Critical), int(Severity::Critical));
    m_severityBox->addItem(alertSeverityText(Severity::Warning), int(Severity::Warning));
    bar->addWidget(severityLabel);
    bar->addWidget(m_severityBox);
    bar->addSpacing(8);
    auto *centerLabel = new QLabel(tr("C&enter:"), this);
    centerLabel->setBuddy(m_centerBox);
    m_centerBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(centerLabel);
    bar->addWidget(m_centerBox);
    bar->addSpacing(8);
    m_search->setPlaceholderText(tr("Search any column"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    bar->addWidget(m_search, 1);
    bar->addSpacing(8);
    m_ackButton->setToolTip(tr("Acknowledge the selected alerts, with your name and a note"));
    bar->addWidget(m_ackButton);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AlertListModel::SeverityColumn, Qt::DescendingOrder);
    setUpTable(m_table, QAbstractItemView::ExtendedSelection, 10);
    QHeaderView *columns = m_table->horizontalHeader();
    // What to do takes the room left: the acknowledgement is short or empty.
    columns->setStretchLastSection(false);
    const auto chars = [this](int n) {
        return columnWidthFor(m_table, QString(n, QLatin1Char('x')));
    };
    m_table->setColumnWidth(AlertListModel::SeverityColumn, chars(10) + 20);
    m_table->setColumnWidth(AlertListModel::SinceColumn,
                            columnWidthFor(m_table, QStringLiteral("2026-12-31 23:59:59")));
    m_table->setColumnWidth(AlertListModel::WhereColumn, chars(40));
    m_table->setColumnWidth(AlertListModel::WhatColumn, chars(30));
    m_table->setColumnWidth(AlertListModel::ValueColumn, chars(16));
    m_table->setColumnWidth(AlertListModel::AcknowledgedColumn, chars(30));
    columns->setSectionResizeMode(AlertListModel::ActionColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    layout->addWidget(m_status);

    m_export = new TableExport(m_table, QStringLiteral("alerts"));
    TableExport::bindButton(m_copyButton, m_export->copyAction());
    TableExport::bindButton(m_exportButton, m_export->exportAction());
    connect(m_export, &TableExport::message, m_status, &QLabel::setText);

    connect(m_severityBox, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSeverity(m_severityBox->currentData().toInt()); });
    connect(m_centerBox, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCenter(m_centerBox->currentIndex() >= 0 ? m_centerBox->currentData().toInt()
                                                            : -1);
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &AlertFilterProxy::setSearchText);
    connect(m_ackButton, &QPushButton::clicked, this, &AlertsPage::openAcknowledgeDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::updateButtons);
    // Rows come and go with new alerts and with the filters.
    const auto rowsChanged = [this] {
        updateHeader();
        updatePlaceholder();
        updateButtons();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &AlertsPage::updateButtons);

    rebuildCenterFilter();
    updateHeader();
    updatePlaceholder();
    updateButtons();
}

void AlertsPage::setInventory(std::shared_ptr<const Inventory> inventory)
{
    m_inventory = std::move(inventory);
    m_model->setInventory(m_inventory);
    rebuildCenterFilter();
}

void AlertsPage::rebuildCenterFilter()
{
    const QString current =
        m_centerBox->currentIndex() > 0 ? m_centerBox->currentText() : QString();
    const QSignalBlocker block(m_centerBox);
    m_centerBox->clear();
    m_centerBox->addItem(tr("All centers"), -1);
    if (m_inventory) {
        for (size_t c = 0; c < m_inventory->centers.size(); ++c)
            m_centerBox->addItem(QString::fromStdString(m_inventory->centers[c].name), int(c));
    }
    // The same center by name, if the new inventory still has it.
    const int keep = current.isEmpty() ? 0 : std::max(0, m_centerBox->findText(current));
    m_centerBox->setCurrentIndex(keep);
    m_proxy->setCenter(m_centerBox->currentData().toInt());
}

void AlertsPage::setAlerts(std::shared_ptr<const std::vector<Alert>> alerts)
{
    m_model->setAlerts(std::move(alerts));
    updateHeader();
    updatePlaceholder();
    updateButtons();
    if (activeCount() != m_lastActive || criticalCount() != m_lastCritical) {
        m_lastActive = activeCount();
        m_lastCritical = criticalCount();
        emit countsChanged(m_lastActive, m_lastCritical);
    }
}

int AlertsPage::activeCount() const
{
    return m_model->rowCount();
}

int AlertsPage::criticalCount() const
{
    return m_model->criticalCount();
}

void AlertsPage::showAcknowledgeError(const QString &message)
{
    m_error->setText(tr("Not acknowledged: %1").arg(message));
    m_error->show();
}

QString AlertsPage::headerText() const
{
    return m_header->text();
}

QString AlertsPage::placeholderText() const
{
    return m_placeholder->note();
}

QString AlertsPage::statusText() const
{
    return m_status->text();
}

QString AlertsPage::acknowledgeErrorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void AlertsPage::updateHeader()
{
    const int active = activeCount();
    if (active == 0) {
        m_header->setText(tr("No active alerts"));
        return;
    }
    // Whole numbers first: lupdate's parser loops on arithmetic inside tr() calls.
    const int critical = criticalCount();
    const int warnings = active - critical;
    QString text = tr("%1, %2").arg(tr("%n critical", nullptr, critical),
                                    tr("%n warning(s)", nullptr, warnings));
    if (const int acknowledged = m_model->acknowledgedCount(); acknowledged > 0)
        text += tr(" · %n acknowledged", nullptr, acknowledged);
    if (m_proxy->rowCount() != active)
        text += tr(" · %1 of %2 shown")
                    .arg(QLocale().toString(m_proxy->rowCount()), QLocale().toString(active));
    m_header->setText(text);
}

void AlertsPage::updatePlaceholder()
{
    QString text;
    if (m_model->rowCount() == 0)
        text = tr("No active alerts.");
    else if (m_proxy->rowCount() == 0)
        text = tr("No alerts match the filters.");
    m_placeholder->setNote(text);
}

QList<quint64> AlertsPage::selectedAlertIds() const
{
    QList<quint64> ids;
    for (int row : m_export->selectedRows())
        ids << m_proxy->index(row, 0).data(AlertListModel::AlertIdRole).toULongLong();
    return ids;
}

bool AlertsPage::selectAlert(quint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void AlertsPage::updateButtons()
{
    const QList<int> rows = m_export->selectedRows();
    const bool anyOpen = std::any_of(rows.begin(), rows.end(), [this](int row) {
        return !m_proxy->index(row, 0).data(AlertListModel::AcknowledgedRole).toBool();
    });
    m_ackButton->setEnabled(anyOpen);
}

void AlertsPage::openAcknowledgeDialog()
{
    QList<quint64> ids;
    QStringList lines;
    for (int row : m_export->selectedRows()) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(AlertListModel::AcknowledgedRole).toBool())
            continue;
        ids << index.data(AlertListModel::AlertIdRole).toULongLong();
        const auto cell = [&](int column) {
            return m_proxy->index(row, column).data().toString();
        };
        lines << tr("%1 · %2 · %3")
                     .arg(cell(AlertListModel::SeverityColumn), cell(AlertListModel::WhatColumn),
                          cell(AlertListModel::WhereColumn));
    }
    if (ids.isEmpty())
        return;
    constexpr int kListed = 8;
    if (lines.size() > kListed) {
        const int more = int(lines.size()) - kListed;
        lines.erase(lines.begin() + kListed, lines.end());
        lines << tr("… and %n more", nullptr, more);
    }
    auto *dialog = new AcknowledgeDialog(lines.join(QLatin1Char('\n')), m_lastWho, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Acknowledge %n alert(s)", nullptr, int(ids.size())));
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        m_lastWho = dialog->who();
        m_error->hide();
        for (quint64 id : ids)
            emit acknowledgeRequested(id, dialog->who(), dialog->note());
    });
    dialog->open();
}

QString AlertsPage::selectedRowsText() const
{
    return m_export->selectedRowsText();
}

QByteArray AlertsPage::csv() const
{
    return tableToCsv(m_proxy);
}

bool AlertsPage::exportCsv(const QString &path)
{
    return m_export->exportCsv(path);
}

} // namespace scb
