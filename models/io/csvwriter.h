// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Planner::CsvWriter {

// One CSV field for a spreadsheet: quoted (RFC 4180) when it holds a comma, quote or line
// break, and, when it looks like a formula (starts with =, +, -, @, a tab or a carriage
// return), prefixed with an apostrophe so that Excel or WPS shows it as text instead of
// running it (CSV injection) — CellEscape::escape, which the importer undoes. Every CSV
// the app writes (exports, problem lists, the History page) goes through here.
QString field(const QString &value);
// A record: the fields joined by commas, ended by CRLF.
QString record(const QStringList &fields);
// A whole file's bytes: UTF-8 with a byte order mark (so that Excel on Chinese Windows
// does not read it as GB18030), CRLF line ends.
QByteArray file(const QStringList &header, const QList<QStringList> &rows);

} // namespace Planner::CsvWriter
