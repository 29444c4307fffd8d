#pragma once

#include "alerts/alertengine.h"
#include "core/inventory.h"

#include <QDialog>
#include <QSortFilterProxyModel>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace scb {

class TableExport;
class TableNote;

class AlertListModel;

// The alert list's filters and order. Filters: severity, center and a text
// found (case-insensitively) in any column. Sorting is by the model's
// SortRole; ties go by onset, then id, so the order is stable.
class AlertFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AlertFilterProxy(QObject *parent = nullptr);

    void setSeverity(int severity); // int(Severity); 0 any
    void setCenter(int center);     // a center's index; -1 any
    void setSearchText(const QString &text);
    int severity() const { return m_severity; }
    int center() const { return m_center; }
    QString searchText() const { return m_search; }
    bool isFiltering() const { return m_severity != 0 || m_center >= 0 || !m_search.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_severity = 0;
    int m_center = -1;
    QString m_search;
};

// Asks who acknowledges (prefilled) and an optional note; OK needs a name and
// stays within the engine's limits on both.
class AcknowledgeDialog : public QDialog
{
    Q_OBJECT
public:
    // summary: what is being acknowledged, one line per alert (plain text).
    AcknowledgeDialog(const QString &summary, const QString &who, QWidget *parent = nullptr);

    QString who() const;  // trimmed
    QString note() const; // trimmed
    void setWho(const QString &who);
    void setNote(const QString &note);
    QPushButton *okButton() const { return m_ok; }

private:
    void validate();

    QLineEdit *m_who;
    QPlainTextEdit *m_note;
    QLabel *m_problem;
    QPushButton *m_ok;
};

// The operator's alert list: the active alerts with severity, onset, where,
// what, value, what to do and who acknowledged them; filters by severity,
// center and text; sorting by any column (critical first, newest first by
// default); acknowledging with a note; copy and CSV export of what is shown.
//
// It does not acknowledge anything itself: acknowledgeRequested() goes to the
// owner, who answers with new alerts or showAcknowledgeError().
class AlertsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPage(QWidget *parent = nullptr);

    void setInventory(std::shared_ptr<const Inventory> inventory);
    // The active alerts (AlertEngine::activeAlerts()); rows of alerts still
    // active keep their place and selection.
    void setAlerts(std::shared_ptr<const std::vector<Alert>> alerts);

    int activeCount() const; // every active alert, acknowledged or not
    int criticalCount() const;
    // Shows why an acknowledgement failed, under the header, until the next
    // request.
    void showAcknowledgeError(const QString &message);

    // The ids of the selected alerts, in the table's order.
    QList<quint64> selectedAlertIds() const;
    // Selects the alert's row (if shown) and makes it current.
    bool selectAlert(quint64 id);
    // Selected rows as tab-separated text, as Copy puts them on the clipboard.
    QString selectedRowsText() const;
    // The rows shown (filtered, sorted) as CSV (see tableToCsv()).
    QByteArray csv() const;
    // Writes csv() to path; false (and the reason in the status line) on failure.
    bool exportCsv(const QString &path);

    // The header line, e.g. "3 critical, 12 warnings · 2 acknowledged".
    QString headerText() const;
    // The text over an empty table ("No active alerts."), or empty when rows are shown.
    QString placeholderText() const;
    QString statusText() const;
    // The acknowledgement error shown, or empty.
    QString acknowledgeErrorText() const;

    AlertListModel *model() const { return m_model; }
    AlertFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QComboBox *severityFilter() const { return m_severityBox; }
    QComboBox *centerFilter() const { return m_centerBox; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *acknowledgeButton() const { return m_ackButton; }
    QPushButton *copyButton() const { return m_copyButton; }
    QPushButton *exportButton() const { return m_exportButton; }

signals:
    void countsChanged(int active, int critical);
    void acknowledgeRequested(quint64 id, const QString &who, const QString &note);

protected:
private:
    void openAcknowledgeDialog();
    void updateHeader();
    void updateButtons();
    void updatePlaceholder();
    void rebuildCenterFilter();

    std::shared_ptr<const Inventory> m_inventory;
    AlertListModel *m_model;
    AlertFilterProxy *m_proxy;
    QLabel *m_header;
    QLabel *m_error;
    QComboBox *m_severityBox;
    QComboBox *m_centerBox;
    QLineEdit *m_search;
    QPushButton *m_ackButton;
    QPushButton *m_copyButton;
    QPushButton *m_exportButton;
    QTableView *m_table;
    TableNote *m_placeholder;
    TableExport *m_export;
    QLabel *m_status;
    QString m_lastWho;
    int m_lastActive = 0;
    int m_lastCritical = 0;
};

} // namespace scb
