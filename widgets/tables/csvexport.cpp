#include "csvexport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QSaveFile>

namespace scb {

QString csvField(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray tableToCsv(const QAbstractItemModel *model)
{
    QByteArray out("\xEF\xBB\xBF");
    if (!model)
        return out;
    const int columns = model->columnCount();
    const auto line = [&](const auto &cell) {
        QString text;
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                text += QLatin1Char(',');
            text += csvField(cell(c));
        }
        text += QLatin1String("\r\n");
        out += text.toUtf8();
    };
    line([&](int c) { return model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(); });
    for (int r = 0; r < model->rowCount(); ++r)
        line([&](int c) { return model->index(r, c).data(Qt::DisplayRole).toString(); });
    return out;
}

QString tableRowsToText(const QAbstractItemModel *model, const QList<int> &rows)
{
    QString text;
    if (!model)
        return text;
    const int columns = model->columnCount();
    const int rowCount = model->rowCount();
    for (int r : rows) {
        if (r < 0 || r >= rowCount)
            continue;
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                text += QLatin1Char('\t');
            QString cell = model->index(r, c).data(Qt::DisplayRole).toString();
            cell.replace(QLatin1String("\r\n"), QLatin1String(" "));
            for (QChar ch : {QLatin1Char('\t'), QLatin1Char('\n'), QLatin1Char('\r')})
                cell.replace(ch, QLatin1Char(' '));
            text += cell;
        }
        text += QLatin1Char('\n');
    }
    return text;
}

bool writeCsvFile(const QString &path, const QAbstractItemModel *model, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(tableToCsv(model)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool copyRowsToClipboard(const QAbstractItemModel *model, const QList<int> &rows)
{
    if (rows.isEmpty())
        return false;
    QApplication::clipboard()->setText(tableRowsToText(model, rows));
    return true;
}

bool rowContainsText(const QAbstractItemModel *model,
                     int row,
                     const QModelIndex &parent,
                     const QString &text)
{
    if (text.isEmpty())
        return true;
    for (int c = 0; c < model->columnCount(parent); ++c) {
        if (model->index(row, c, parent)
                .data(Qt::DisplayRole)
                .toString()
                .contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace scb
