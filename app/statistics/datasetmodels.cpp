#include "datasetmodels.h"

#include "serieskeys.h"
#include "statlabels.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace scb {

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString joined(const std::vector<std::string> &parts, const QString &separator)
{
    QStringList list;
    list.reserve(qsizetype(parts.size()));
    for (const std::string &part : parts)
        list << QString::fromStdString(part);
    return list.join(separator);
}

} // namespace

// ---------------------------------------------------------------- DatasetTableModel

DatasetTableModel::DatasetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DatasetTableModel::setDatasets(std::vector<Dataset> datasets)
{
    beginResetModel();
    m_datasets.clear();
    m_identifiers.clear();
    m_datasets.reserve(datasets.size());
    for (Dataset &dataset : datasets) {
        const QString id = QString::fromStdString(dataset.identifier);
        if (m_identifiers.contains(id))
            continue;
        m_identifiers.insert(id);
        m_datasets.push_back(std::move(dataset));
    }
    endResetModel();
}

void DatasetTableModel::appendDatasets(std::vector<Dataset> datasets)
{
    std::vector<Dataset> fresh;
    fresh.reserve(datasets.size());
    QSet<QString> added;
    for (Dataset &dataset : datasets) {
        const QString id = QString::fromStdString(dataset.identifier);
        if (m_identifiers.contains(id) || added.contains(id))
            continue;
        added.insert(id);
        fresh.push_back(std::move(dataset));
    }
    if (fresh.empty())
        return;
    const int first = int(m_datasets.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (Dataset &dataset : fresh) {
        m_identifiers.insert(QString::fromStdString(dataset.identifier));
        m_datasets.push_back(std::move(dataset));
    }
    endInsertRows();
}

void DatasetTableModel::clear()
{
    setDatasets({});
}

const Dataset *DatasetTableModel::dataset(int row) const
{
    return row >= 0 && size_t(row) < m_datasets.size() ? &m_datasets[size_t(row)] : nullptr;
}

int DatasetTableModel::rowOf(const QString &identifier) const
{
    if (!m_identifiers.contains(identifier))
        return -1;
    const std::string id = identifier.toStdString();
    for (size_t i = 0; i < m_datasets.size(); ++i)
        if (m_datasets[i].identifier == id)
            return int(i);
    return -1;
}

int DatasetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_datasets.size());
}

int DatasetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// A dataset's cell as shown, as sorted and its tool tip, by column.
QVariant toolTipOf(const Dataset *d, int column)
{
    switch (column) {
    case DatasetTableModel::TitleColumn: {
        QString tip = StatLabels::pick(d->title);
        const QString other = StatLabels::other(d->title);
        if (!other.isEmpty())
            tip += QLatin1Char('\n') + other;
        return tip + QLatin1Char('\n') + QString::fromStdString(d->identifier);
    }
    case DatasetTableModel::PublisherColumn:
        return QString::fromStdString(d->publisher);
    case DatasetTableModel::FormatsColumn:
        return joined(d->formats, QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant sortValueOf(const Dataset *d, int column)
{
    switch (column) {
    case DatasetTableModel::TitleColumn:
        return StatLabels::pick(d->title);
    case DatasetTableModel::ThemeColumn:
        return StatLabels::theme(QString::fromStdString(d->theme));
    case DatasetTableModel::LevelColumn:
        return int(d->level);
    case DatasetTableModel::PublisherColumn:
        return QString::fromStdString(d->publisher);
    case DatasetTableModel::FormatsColumn:
        return joined(d->formats, QStringLiteral(", "));
    case DatasetTableModel::SizeColumn:
        return qulonglong(d->byteSize);
    case DatasetTableModel::RecordsColumn:
        return qulonglong(d->recordCount);
    case DatasetTableModel::AnnotationColumn:
        return int(d->annotation);
    case DatasetTableModel::ModifiedColumn:
        return QString::fromStdString(d->modified);
    }
    return {};
}

QVariant displayOf(const Dataset *d, int column)
{
    switch (column) {
    case DatasetTableModel::TitleColumn:
        return StatLabels::pick(d->title);
    case DatasetTableModel::ThemeColumn:
        return d->theme.empty() ? QString() : StatLabels::theme(QString::fromStdString(d->theme));
    case DatasetTableModel::LevelColumn:
        return d->level == DatasetLevel::Unspecified ? QString()
                                                     : StatLabels::level(qs(levelKey(d->level)));
    case DatasetTableModel::PublisherColumn:
        return QString::fromStdString(d->publisher);
    case DatasetTableModel::FormatsColumn:
        return joined(d->formats, QStringLiteral(", "));
    case DatasetTableModel::SizeColumn:
        return StatLabels::formatBytes(d->byteSize);
    case DatasetTableModel::RecordsColumn:
        return d->recordCount ? QLocale().toString(qulonglong(d->recordCount))
                              : QStringLiteral("—");
    case DatasetTableModel::AnnotationColumn:
        return d->annotation == AnnotationStatus::Unspecified
                   ? QString()
                   : StatLabels::annotation(qs(annotationKey(d->annotation)));
    case DatasetTableModel::ModifiedColumn:
        return QString::fromStdString(d->modified);
    }
    return {};
}

} // namespace

QVariant DatasetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.column() < 0 ||
        index.column() >= ColumnCount)
        return {};
    const Dataset *d = dataset(index.row());
    if (!d)
        return {};
    switch (role) {
    case IdentifierRole:
        return QString::fromStdString(d->identifier);
    case SyntheticRole:
        return d->source == "synthetic";
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == RecordsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return toolTipOf(d, index.column());
    case SortRole:
        return sortValueOf(d, index.column());
    case Qt::DisplayRole:
        return displayOf(d, index.column());
    default:
        return {};
    }
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case ThemeColumn:
        return tr("Theme");
    case LevelColumn:
        return tr("Level");
    case PublisherColumn:
        return tr("Publisher");
    case FormatsColumn:
        return tr("Formats");
    case SizeColumn:
        return tr("Size");
    case RecordsColumn:
        return tr("Records");
    case AnnotationColumn:
        return tr("Annotation");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

// ---------------------------------------------------------------- FacetModel

// Top-level rows carry internal id 0; a value row carries its field's row + 1.

FacetModel::FacetModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    for (const QString &field : fields())
        m_fields.push_back(Field{field, {}, {}});
}

const QStringList &FacetModel::fields()
{
    static const QStringList list = {
        QStringLiteral("theme"),  QStringLiteral("level"),      QStringLiteral("publisher"),
        QStringLiteral("format"), QStringLiteral("annotation"), QStringLiteral("license"),
        QStringLiteral("access"),
    };
    return list;
}

void FacetModel::setFacets(const std::vector<Facet> &facets)
{
    for (const Facet &facet : facets) {
        const int row = int(fields().indexOf(QString::fromStdString(facet.field)));
        if (row < 0)
            continue;
        std::vector<Value> values;
        QSet<QString> seen;
        for (const FacetCount &count : facet.counts) {
            const QString key = QString::fromStdString(count.value);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            values.push_back(Value{key, int(std::min<uint32_t>(count.count, INT32_MAX))});
        }
        for (const QString &checked : m_fields[size_t(row)].checked)
            if (!seen.contains(checked))
                values.push_back(Value{checked, 0});
        replaceValues(row, std::move(values));
    }
}

void FacetModel::replaceValues(int fieldRow, std::vector<Value> values)
{
    Field &field = m_fields[size_t(fieldRow)];
    const QModelIndex parent = index(fieldRow, 0);
    const bool sameKeys = values.size() == field.values.size() &&
                          std::equal(values.begin(), values.end(), field.values.begin(),
                                     [](const Value &a, const Value &b) { return a.key == b.key; });
    if (sameKeys) {
        field.values = std::move(values);
        if (!field.values.empty())
            emit dataChanged(index(0, 0, parent), index(int(field.values.size()) - 1, 0, parent));
        return;
    }
    if (!field.values.empty()) {
        beginRemoveRows(parent, 0, int(field.values.size()) - 1);
        field.values.clear();
        endRemoveRows();
    }
    if (!values.empty()) {
        beginInsertRows(parent, 0, int(values.size()) - 1);
        field.values = std::move(values);
        endInsertRows();
    }
}

QStringList FacetModel::selected(const QString &field) const
{
    const int row = int(fields().indexOf(field));
    return row < 0 ? QStringList() : m_fields[size_t(row)].checked;
}

void FacetModel::setSelected(const QString &field, const QStringList &values)
{
    const int row = int(fields().indexOf(field));
    if (row < 0)
        return;
    Field &f = m_fields[size_t(row)];
    QStringList checked;
    for (const QString &value : values)
        if (!checked.contains(value))
            checked << value;
    if (checked == f.checked)
        return;
    f.checked = checked;
    // Values checked but not counted are listed, so they can be unchecked.
    std::vector<Value> values2 = f.values;
    for (const QString &value : checked) {
        const bool listed = std::any_of(values2.begin(), values2.end(),
                                        [&](const Value &v) { return v.key == value; });
        if (!listed)
            values2.push_back(Value{value, 0});
    }
    replaceValues(row, std::move(values2));
    emitFieldChanged(row);
    emit selectionChanged();
}

void FacetModel::clearSelection()
{
    bool changed = false;
    for (size_t row = 0; row < m_fields.size(); ++row) {
        if (m_fields[row].checked.isEmpty())
            continue;
        m_fields[row].checked.clear();
        emitFieldChanged(int(row));
        changed = true;
    }
    if (changed)
        emit selectionChanged();
}

bool FacetModel::hasSelection() const
{
    return std::any_of(m_fields.begin(), m_fields.end(),
                       [](const Field &f) { return !f.checked.isEmpty(); });
}

void FacetModel::applyTo(DatasetQuery *query) const
{
    const auto list = [this](const char *field) {
        std::vector<std::string> values;
        for (const QString &value : selected(QLatin1String(field)))
            values.push_back(value.toStdString());
        return values;
    };
    query->themes = list("theme");
    query->levels = list("level");
    query->publishers = list("publisher");
    query->formats = list("format");
    query->annotations = list("annotation");
    query->licenses = list("license");
    query->access = list("access");
}

QModelIndex FacetModel::fieldIndex(const QString &field) const
{
    const int row = int(fields().indexOf(field));
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex FacetModel::valueIndex(const QString &field, const QString &value) const
{
    const QModelIndex parent = fieldIndex(field);
    if (!parent.isValid())
        return {};
    const std::vector<Value> &values = m_fields[size_t(parent.row())].values;
    for (size_t i = 0; i < values.size(); ++i)
        if (values[i].key == value)
            return index(int(i), 0, parent);
    return {};
}

void FacetModel::emitFieldChanged(int fieldRow)
{
    const QModelIndex parent = index(fieldRow, 0);
    emit dataChanged(parent, parent);
    const int values = int(m_fields[size_t(fieldRow)].values.size());
    if (values > 0)
        emit dataChanged(index(0, 0, parent), index(values - 1, 0, parent));
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return size_t(row) < m_fields.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0)
        return {};
    const size_t field = size_t(parent.row());
    if (field >= m_fields.size() || size_t(row) >= m_fields[field].values.size())
        return {};
    return createIndex(row, 0, quintptr(field + 1));
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_fields.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const size_t field = size_t(parent.row());
    return field < m_fields.size() ? int(m_fields[field].values.size()) : 0;
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != 0)
        return {};
    if (index.internalId() == 0) {
        if (size_t(index.row()) >= m_fields.size())
            return {};
        const Field &field = m_fields[size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            if (field.checked.isEmpty())
                return StatLabels::facetField(field.key);
            return tr("%1 · %n selected", nullptr, int(field.checked.size()))
                .arg(StatLabels::facetField(field.key));
        case FieldRole:
            return field.key;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }
    const size_t fieldRow = size_t(index.internalId() - 1);
    if (fieldRow >= m_fields.size() || size_t(index.row()) >= m_fields[fieldRow].values.size())
        return {};
    const Field &field = m_fields[fieldRow];
    const Value &value = field.values[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(StatLabels::facetValue(field.key, value.key),
                                 QLocale().toString(value.count));
    case Qt::ToolTipRole:
        return tr("%1: %n dataset(s)", nullptr, value.count)
            .arg(StatLabels::facetValue(field.key, value.key));
    case Qt::CheckStateRole:
        return field.checked.contains(value.key) ? Qt::Checked : Qt::Unchecked;
    case Qt::ForegroundRole:
        if (value.count == 0)
            return QColor(0x6b, 0x72, 0x80);
        return {};
    case FieldRole:
        return field.key;
    case ValueRole:
        return value.key;
    case CountRole:
        return value.count;
    default:
        return {};
    }
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.internalId() == 0)
        return false;
    const size_t fieldRow = size_t(index.internalId() - 1);
    if (fieldRow >= m_fields.size() || size_t(index.row()) >= m_fields[fieldRow].values.size())
        return false;
    Field &field = m_fields[fieldRow];
    const QString key = field.values[size_t(index.row())].key;
    const bool check = value.toInt() == Qt::Checked;
    if (check == field.checked.contains(key))
        return true;
    if (check)
        field.checked << key;
    else
        field.checked.removeAll(key);
    emitFieldChanged(int(fieldRow));
    emit selectionChanged();
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

// ---------------------------------------------------------------- ObservationTableModel

ObservationTableModel::ObservationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ObservationTableModel::setObservations(std::vector<Observation> observations)
{
    beginResetModel();
    m_observations = std::move(observations);
    endResetModel();
}

int ObservationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_observations.size());
}

int ObservationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ObservationTableModel::categoryName(const QString &series, const QString &category)
{
    if (category.isEmpty())
        return {};
    if (series == QLatin1String(serieskeys::kAdoptionByIndustry))
        return StatLabels::industry(category);
    if (series == QLatin1String(serieskeys::kAdoptionByRegion))
        return StatLabels::region(category);
    if (series == QLatin1String(serieskeys::kModelScenarios))
        return StatLabels::scenarioField(category);
    QString text = category;
    return text.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QVariant ObservationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() < 0 ||
        size_t(index.row()) >= m_observations.size() || index.column() < 0 ||
        index.column() >= ColumnCount)
        return {};
    const Observation &o = m_observations[size_t(index.row())];
    const QString series = QString::fromStdString(o.series);
    switch (role) {
    case SyntheticRole:
        return o.isSynthetic();
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn)
            return QString::fromStdString(o.source);
        if (index.column() == SeriesColumn)
            return StatLabels::series(series);
        return {};
    case SortRole:
        switch (index.column()) {
        case PeriodColumn:
            return QString::fromStdString(o.period);
        case SeriesColumn:
            return StatLabels::series(series);
        case CategoryColumn:
            return categoryName(series, QString::fromStdString(o.category));
        case ValueColumn:
            return o.value;
        case UnitColumn:
            return StatLabels::unitTitle(QString::fromStdString(o.unit));
        case SourceColumn:
            return QString::fromStdString(o.source);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case PeriodColumn:
            return QString::fromStdString(o.period);
        case SeriesColumn:
            return StatLabels::series(series);
        case CategoryColumn:
            return categoryName(series, QString::fromStdString(o.category));
        case ValueColumn:
            return StatLabels::formatNumber(o.value);
        case UnitColumn:
            return StatLabels::unitTitle(QString::fromStdString(o.unit));
        case SourceColumn:
            return o.isSynthetic() ? tr("synthetic (sample data)")
                                   : QString::fromStdString(o.source);
        }
        return {};
    default:
        return {};
    }
}

QVariant ObservationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case SeriesColumn:
        return tr("Series");
    case CategoryColumn:
        return tr("Category");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace scb
