// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablewriter.h"

#include "csvwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace Planner {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::TableWriter)
};

bool needsEscape(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

Problem cannotWrite(const QString &path, const QString &why)
{
    return Problem::of(Tr::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), why));
}

class CsvFileWriter final : public TableWriter
{
public:
    explicit CsvFileWriter(const QString &path) : m_file(path) {}
    Result<> open()
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return Problem::of(m_file.errorString());
        m_buffer.reserve(BufferBytes + 4096);
        m_buffer.append("\xEF\xBB\xBF");
        return {};
    }
    void writeRow(const QStringList &cells) override
    {
        const QString line = CsvWriter::record(cells);
        m_buffer += line.toUtf8();
        if (m_buffer.size() >= BufferBytes)
            flush();
    }
    Result<> finish() override
    {
        flush();
        if (!m_error.isEmpty()) {
            m_file.cancelWriting();
            return cannotWrite(m_file.fileName(), m_error);
        }
        if (!m_file.commit())
            return cannotWrite(m_file.fileName(), m_file.errorString());
        return {};
    }

private:
    static constexpr qsizetype BufferBytes = 1 << 20;
    void flush()
    {
        if (m_buffer.isEmpty() || !m_error.isEmpty())
            return;
        if (m_file.write(m_buffer) != m_buffer.size())
            m_error = m_file.errorString();
        m_buffer.clear();
    }
    QSaveFile m_file;
    QByteArray m_buffer;
    QString m_error;
};

class XlsxWriter final : public TableWriter
{
public:
    explicit XlsxWriter(const QString &path)
        : m_path(path),
          m_temporary(QFileInfo(path).absolutePath() + QStringLiteral("/.%1.%2.tmp")
                                                           .arg(QFileInfo(path).fileName())
                                                           .arg(QCoreApplication::applicationPid()))
    {}
    ~XlsxWriter() override
    {
        if (m_workbook) {
            workbook_close(m_workbook);
            QFile::remove(m_temporary);
        }
    }
    Result<> open()
    {
        lxw_workbook_options options{};
        // Rows go straight to disk: 100,000 rows need no more memory than one.
        options.constant_memory = LXW_TRUE;
        const QByteArray name = QFile::encodeName(m_temporary);
        m_workbook = workbook_new_opt(name.constData(), &options);
        if (m_workbook) {
            m_sheet = workbook_add_worksheet(m_workbook, nullptr);
            m_bold = workbook_add_format(m_workbook);
            format_set_bold(m_bold);
        }
        if (!m_sheet)
            return Problem::of(Tr::tr("cannot create the workbook"));
        return {};
    }
    void writeRow(const QStringList &cells) override
    {
        if (!m_error.isEmpty())
            return;
        if (m_row >= LXW_ROW_MAX) {
            m_error = Tr::tr("more than %1 rows do not fit in one sheet").arg(LXW_ROW_MAX);
            return;
        }
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (cells.at(i).isEmpty())
                continue;
            const QByteArray utf8 = cells.at(i).toUtf8();
            const lxw_error e = worksheet_write_string(
                m_sheet, m_row, lxw_col_t(i), utf8.constData(), m_row == 0 ? m_bold : nullptr);
            if (e != LXW_NO_ERROR) {
                m_error = Tr::tr("row %1, column %2: %3")
                              .arg(m_row + 1)
                              .arg(i + 1)
                              .arg(QString::fromUtf8(lxw_strerror(e)));
                return;
            }
        }
        ++m_row;
    }
    Result<> finish() override
    {
        lxw_workbook *workbook = m_workbook;
        m_workbook = nullptr;
        const lxw_error e = workbook_close(workbook);
        if (!m_error.isEmpty() || e != LXW_NO_ERROR) {
            QFile::remove(m_temporary);
            return cannotWrite(m_path,
                               m_error.isEmpty() ? QString::fromUtf8(lxw_strerror(e)) : m_error);
        }
        // Replace the target atomically.
        if (std::rename(QFile::encodeName(m_temporary).constData(),
                        QFile::encodeName(m_path).constData()) != 0) {
            QFile::remove(m_temporary);
            return cannotWrite(m_path, Tr::tr("cannot move the workbook into place"));
        }
        return {};
    }

private:
    QString m_path;
    QString m_temporary;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_row_t m_row = 0;
    QString m_error;
};

} // namespace

TableWriter::~TableWriter() = default;

TableWriter::Format TableWriter::formatOf(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0
               ? Format::Xlsx
               : Format::Csv;
}

Result<std::unique_ptr<TableWriter>> TableWriter::create(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return Problem::of(Tr::tr("Cannot export to “%1”: the file name must end in .csv or .xlsx")
                               .arg(QDir::toNativeSeparators(path)));
    if (suffix == QLatin1String("xlsx")) {
        auto writer = std::make_unique<XlsxWriter>(path);
        if (const Result<> opened = writer->open(); !opened)
            return cannotWrite(path, opened.message());
        return std::unique_ptr<TableWriter>(std::move(writer));
    }
    auto writer = std::make_unique<CsvFileWriter>(path);
    if (const Result<> opened = writer->open(); !opened)
        return cannotWrite(path, opened.message());
    return std::unique_ptr<TableWriter>(std::move(writer));
}

namespace CellEscape {

QString escape(const QString &cell)
{
    if (needsEscape(cell) ||
        (cell.size() >= 2 && cell.front() == QLatin1Char('\'') &&
         (needsEscape(QStringView(cell).mid(1)) || cell.at(1) == QLatin1Char('\''))))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString unescape(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'') &&
        (needsEscape(QStringView(cell).mid(1)) || cell.at(1) == QLatin1Char('\'')))
        return cell.mid(1);
    return cell;
}

} // namespace CellEscape

} // namespace Planner
