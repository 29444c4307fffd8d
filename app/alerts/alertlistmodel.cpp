#include "alertlistmodel.h"

#include "formatting.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace scb {

namespace {

const QColor kCriticalColor(0xdc, 0x26, 0x26);
const QColor kWarningColor(0xf5, 0x9e, 0x0b);
const QColor kAcknowledgedColor(0x6b, 0x72, 0x80);

QIcon dotIcon(const QColor &color)
{
    // Pixmaps need a GUI application; a model used without one shows no icon.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(color.darker(130));
        painter.setBrush(color);
        const qreal margin = size / 5.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

// "45 s", "12 min", "3 h 20 min", "2 days 4 h": how long a condition has lasted.
QString durationText(double seconds)
{
    const qint64 s = seconds > 0 ? qint64(std::min(seconds, 1e12)) : 0;
    const int minutes = int(std::min<qint64>(s / 60, INT32_MAX));
    const int hours = minutes / 60;
    const int days = hours / 24;
    if (s < 90)
        return AlertListModel::tr("for %n s", nullptr, int(s));
    if (minutes < 90)
        return AlertListModel::tr("for %n min", nullptr, minutes);
    if (hours < 48)
        return AlertListModel::tr("for %n h", nullptr, hours);
    return AlertListModel::tr("for %n days", nullptr, days);
}

// What the list shows of an alert; a change here changes the row.
bool sameShown(const Alert &a, const Alert &b)
{
    return a.kind == b.kind && a.severity == b.severity && a.sinceMs == b.sinceMs &&
           a.center == b.center && a.node == b.node && a.chip == b.chip && a.value == b.value &&
           a.peak == b.peak && a.code == b.code && a.count == b.count &&
           a.acknowledged == b.acknowledged && a.ackBy == b.ackBy && a.ackNote == b.ackNote &&
           a.ackMs == b.ackMs;
}

} // namespace

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_criticalIcon(dotIcon(kCriticalColor))
    , m_warningIcon(dotIcon(kWarningColor))
{
}

void AlertListModel::setInventory(std::shared_ptr<const Inventory> inventory)
{
    m_inventory = std::move(inventory);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AlertListModel::setAlerts(std::shared_ptr<const std::vector<Alert>> alerts)
{
    static const std::vector<Alert> kNone;
    const std::vector<Alert> &incoming = alerts ? *alerts : kNone;
    std::unordered_map<uint64_t, size_t> byId;
    byId.reserve(incoming.size());
    for (size_t i = 0; i < incoming.size(); ++i)
        byId.emplace(incoming[i].id, i); // the first of a repeated id wins

    // Rows whose alert is gone: removed in runs, from the end so rows above stay put.
    for (int end = int(m_rows.size()); end > 0;) {
        if (byId.count(m_rows[size_t(end - 1)].id)) {
            --end;
            continue;
        }
        int begin = end - 1;
        while (begin > 0 && !byId.count(m_rows[size_t(begin - 1)].id))
            --begin;
        beginRemoveRows({}, begin, end - 1);
        m_rows.erase(m_rows.begin() + begin, m_rows.begin() + end);
        endRemoveRows();
        end = begin;
    }

    // Rows still there take the new values; changed runs are reported together.
    std::unordered_set<uint64_t> kept;
    kept.reserve(m_rows.size());
    int changedFrom = -1;
    const auto flush = [&](int row) {
        if (changedFrom >= 0)
            emit dataChanged(index(changedFrom, 0), index(row - 1, ColumnCount - 1));
        changedFrom = -1;
    };
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const Alert &next = incoming[byId.at(m_rows[r].id)];
        kept.insert(next.id);
        if (sameShown(m_rows[r], next)) {
            m_rows[r] = next;
            flush(int(r));
            continue;
        }
        m_rows[r] = next;
        if (changedFrom < 0)
            changedFrom = int(r);
    }
    flush(int(m_rows.size()));

    // New alerts go to the end, in the order given.
    std::vector<const Alert *> added;
    for (size_t i = 0; i < incoming.size(); ++i) {
        if (byId.at(incoming[i].id) == i && !kept.count(incoming[i].id))
            added.push_back(&incoming[i]);
    }
    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Alert *a : added)
            m_rows.push_back(*a);
        endInsertRows();
    }
    recount();
}

void AlertListModel::recount()
{
    m_critical = int(std::count_if(m_rows.begin(), m_rows.end(), [](const Alert &a) {
        return a.severity == Severity::Critical;
    }));
    m_acknowledged = int(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Alert &a) { return a.acknowledged; }));
}

const Alert *AlertListModel::alert(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)] : nullptr;
}

int AlertListModel::rowOf(quint64 id) const
{
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].id == id)
            return int(r);
    }
    return -1;
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertListModel::whereText(const Alert &alert) const
{
    const QLocale locale;
    const QString separator = QStringLiteral(" › ");
    const Inventory *inv = m_inventory.get();
    QString text = inv && alert.center < inv->centers.size()
                       ? QString::fromStdString(inv->centers[alert.center].name)
                       : tr("Center %1").arg(locale.toString(alert.center));
    text += separator;
    text += inv && alert.node < inv->nodes.size()
                ? QString::fromStdString(inv->nodes[alert.node].name)
                : tr("Node %1").arg(locale.toString(alert.node));
    if (alert.chip != kNoChip)
        text += separator + tr("Chip %1").arg(locale.toString(alert.chip));
    return text;
}

QString AlertListModel::whatText(const Alert &alert)
{
    if (alert.kind == AlertKind::Xid) {
        const XidInfo &info = xidInfo(alert.code);
        if (info.code == 0)
            return tr("XID %1").arg(alert.code);
        return tr("XID %1 — %2")
            .arg(QString::number(alert.code),
                 QCoreApplication::translate("XidCatalog", info.title));
    }
    return QCoreApplication::translate("AlertKinds", alertKindTitle(alert.kind));
}

QString AlertListModel::valueText(const Alert &alert)
{
    const QLocale locale;
    switch (alert.kind) {
    case AlertKind::Temperature: {
        const QString now = tr("%1 °C").arg(locale.toString(std::lround(alert.value)));
        if (std::lround(alert.peak) > std::lround(alert.value))
            return tr("%1 (peak %2 °C)").arg(now, locale.toString(std::lround(alert.peak)));
        return now;
    }
    case AlertKind::Offline:
    case AlertKind::NodeSilent:
        return durationText(alert.value);
    case AlertKind::Xid:
        return tr("×%1").arg(locale.toString(std::max<uint32_t>(alert.count, 1)));
    case AlertKind::EccDoubleBit:
        return alert.count > 0 ? tr("×%1").arg(locale.toString(alert.count)) : QString();
    case AlertKind::HealthFault:
        break;
    }
    return {};
}

QString AlertListModel::actionText(const Alert &alert)
{
    if (alert.kind == AlertKind::Xid)
        return QCoreApplication::translate("XidCatalog", xidInfo(alert.code).action);
    return QCoreApplication::translate("AlertKinds", alertKindAction(alert.kind));
}

QString AlertListModel::acknowledgedText(const Alert &alert)
{
    if (!alert.acknowledged)
        return {};
    const QString who = QString::fromStdString(alert.ackBy);
    const QString note = QString::fromStdString(alert.ackNote).simplified();
    QString text;
    if (alert.ackMs > 0) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(alert.ackMs);
        const QString when = at.date() == QDate::currentDate()
                                 ? QLocale().toString(at.time(), QStringLiteral("HH:mm"))
                                 : QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm"));
        text = tr("by %1 at %2").arg(who, when);
    } else {
        text = tr("by %1").arg(who);
    }
    if (!note.isEmpty())
        text = tr("%1 — %2").arg(text, note);
    return text;
}

QVariant AlertListModel::sortKey(const Alert &alert, int column) const
{
    switch (column) {
    case SeverityColumn:
        return int(alert.severity);
    case SinceColumn:
        return qlonglong(alert.sinceMs);
    case WhereColumn: {
        // Inventory order: center, node, then the node's own alert before its chips'.
        constexpr quint64 kMask = (quint64(1) << 21) - 1;
        const quint64 chip =
            alert.chip == kNoChip ? 0 : std::min<quint64>(alert.chip + 1ull, kMask);
        return qulonglong((quint64(std::min<uint32_t>(alert.center, 255)) << 42) |
                          (std::min<quint64>(alert.node, kMask) << 21) | chip);
    }
    case ValueColumn:
        if (alert.kind == AlertKind::Xid || alert.kind == AlertKind::EccDoubleBit)
            return double(alert.count);
        return alert.value;
    case AcknowledgedColumn:
        return qlonglong(alert.acknowledged ? std::max<int64_t>(alert.ackMs, 1) : 0);
    case WhatColumn:
        return whatText(alert);
    case ActionColumn:
        return actionText(alert);
    default:
        return {};
    }
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn:
            return alertSeverityText(a.severity);
        case SinceColumn:
            return formatDateTime(a.sinceMs);
        case WhereColumn:
            return whereText(a);
        case WhatColumn:
            return whatText(a);
        case ValueColumn:
            return valueText(a);
        case ActionColumn:
            return actionText(a);
        case AcknowledgedColumn:
            return acknowledgedText(a);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case SinceColumn:
            return tr("Since %1 (%2)")
                .arg(formatDateTime(a.sinceMs),
                     formatAge(QDateTime::currentMSecsSinceEpoch() - a.sinceMs));
        case WhatColumn:
        case ActionColumn:
        case WhereColumn:
        case AcknowledgedColumn:
            return data(index, Qt::DisplayRole);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column == SeverityColumn)
            return a.severity == Severity::Critical ? m_criticalIcon : m_warningIcon;
        return {};
    case Qt::ForegroundRole:
        // Acknowledged alerts step back: someone is on them.
        if (a.acknowledged)
            return QBrush(kAcknowledgedColor);
        return {};
    case Qt::TextAlignmentRole:
        if (column == ValueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortKey(a, column);
    case AlertIdRole:
        return quint64(a.id);
    case SeverityRole:
        return int(a.severity);
    case CenterRole:
        return int(a.center);
    case AcknowledgedRole:
        return a.acknowledged;
    case SinceRole:
        return qlonglong(a.sinceMs);
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case SinceColumn:
        return tr("Since");
    case WhereColumn:
        return tr("Where");
    case WhatColumn:
        return tr("What");
    case ValueColumn:
        return tr("Value");
    case ActionColumn:
        return tr("What to do");
    case AcknowledgedColumn:
        return tr("Acknowledged");
    default:
        return {};
    }
}

} // namespace scb
