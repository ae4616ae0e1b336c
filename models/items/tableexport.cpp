// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableexport.h"

#include "io/tablewriter.h"

#include <QAbstractItemModel>

namespace Planner::TableExport {

Result<> write(const QAbstractItemModel &model, const QString &path)
{
    auto created = TableWriter::create(path);
    if (!created)
        return created.problem();
    TableWriter *writer = created->get();
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
