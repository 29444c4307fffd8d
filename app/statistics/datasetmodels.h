#pragma once

#include "stats/statistics.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

#include <vector>

namespace scb {

// The catalog's datasets as the table shows them, one row each, in the order
// the server answered (its sort). Rows come a page at a time: setDatasets()
// for a new query's first page, appendDatasets() for the next ones.
class DatasetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        ThemeColumn,
        LevelColumn,
        PublisherColumn,
        FormatsColumn,
        SizeColumn,
        RecordsColumn,
        AnnotationColumn,
        ModifiedColumn,
        ColumnCount
    };
    enum Role {
        IdentifierRole = Qt::UserRole + 1, // QString
        SortRole,                          // the column's value for sorting
        SyntheticRole,                     // bool: a sample row made up for the demo
    };

    explicit DatasetTableModel(QObject *parent = nullptr);

    void setDatasets(std::vector<Dataset> datasets);
    // Adds rows after the last; a dataset already listed (same identifier) is
    // skipped, so an overlapping page cannot list a row twice.
    void appendDatasets(std::vector<Dataset> datasets);
    void clear();

    // The row's dataset, or nullptr when out of range.
    const Dataset *dataset(int row) const;
    // The row of the dataset with that identifier, or -1.
    int rowOf(const QString &identifier) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Dataset> m_datasets;
    QSet<QString> m_identifiers;
};

// The facet lists: one top-level row per catalog field (theme, level,
// publisher, format, annotation, licence, access), its values as checkable
// children with their counts from the last answer. Checked values filter the
// query: AND across fields, OR within one. A checked value the answer no
// longer counts stays listed (count 0) so it can be unchecked.
class FacetModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        FieldRole = Qt::UserRole + 1, // QString: "theme", …
        ValueRole,                    // QString: the value's key (children only)
        CountRole,                    // int: datasets with that value (children only)
    };

    explicit FacetModel(QObject *parent = nullptr);

    // The fields, in the order listed.
    static const QStringList &fields();

    // The counts of an answer; checked values stay checked. Rows of fields
    // the answer does not name keep their values.
    void setFacets(const std::vector<Facet> &facets);

    QStringList selected(const QString &field) const;
    // Checks exactly these values of the field (unknown fields are ignored).
    void setSelected(const QString &field, const QStringList &values);
    void clearSelection();
    bool hasSelection() const;
    // Writes the checked values into the query's filters.
    void applyTo(DatasetQuery *query) const;

    // The index of a field's row, or of one of its values; invalid if absent.
    QModelIndex fieldIndex(const QString &field) const;
    QModelIndex valueIndex(const QString &field, const QString &value) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // The checked values changed (by the user or setSelected()).
    void selectionChanged();

private:
    struct Value
    {
        QString key;
        int count = 0;
    };
    struct Field
    {
        QString key;
        std::vector<Value> values;
        QStringList checked; // in the order checked
    };
    void replaceValues(int fieldRow, std::vector<Value> values);
    void emitFieldChanged(int fieldRow);

    std::vector<Field> m_fields;
};

// The observations a statistics panel shows, for its table and CSV export:
// period, series, category, value, unit, source.
class ObservationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PeriodColumn,
        SeriesColumn,
        CategoryColumn,
        ValueColumn,
        UnitColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        SyntheticRole, // bool
    };

    explicit ObservationTableModel(QObject *parent = nullptr);

    void setObservations(std::vector<Observation> observations);
    const std::vector<Observation> &observations() const { return m_observations; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // A category key in words, by its series (industries, regions, fields).
    static QString categoryName(const QString &series, const QString &category);

private:
    std::vector<Observation> m_observations;
};

} // namespace scb
