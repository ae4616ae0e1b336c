// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include "tablewriter.h"

namespace Planner::CsvWriter {

QString field(const QString &value)
{
    QString out = CellEscape::escape(value);
    if (out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) ||
        out.contains(QLatin1Char('\n')) || out.contains(QLatin1Char('\r'))) {
        out.replace(QLatin1String("\""), QLatin1String("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

QString record(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QByteArray file(const QStringList &header, const QList<QStringList> &rows)
{
    QString text = record(header);
    for (const QStringList &r : rows)
        text += record(r);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace Planner::CsvWriter
