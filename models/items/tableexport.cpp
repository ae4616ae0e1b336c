// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableexport.h"

#include "io/tablewriter.h"

#include <QAbstractItemModel>

namespace Planner::TableExport {

QString write(const QAbstractItemModel &model, const QString &path)
{
    QString error;
    auto writer = TableWriter::create(path, &error);
    if (!writer)
        return error;
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    writer->writeRow(cells);
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.data(model.index(r, c), Qt::DisplayRole).toString();
        writer->writeRow(cells);
    }
    return writer->finish();
}

} // namespace Planner::TableExport
