// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include <minizip/unzip.h>

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QXmlStreamReader>

#include <algorithm>
#include <limits>

namespace Planner {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::XlsxReader)
};

// Larger parts than this are refused: a zip bomb must not exhaust memory.
constexpr qint64 MaxSharedStringsBytes = 512LL * 1024 * 1024;

// "BC12" -> 54 (0-based column of the cell reference), -1 when there is none.
int columnOf(QStringView ref)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : ref) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            column = column * 26 + (c.unicode() - 'A' + 1);
            ++letters;
            if (column > 16384)
                return -1;
        } else {
            break;
        }
    }
    return letters == 0 ? -1 : column - 1;
}

// The text of an <si> or <is> element: every <t> inside, phonetic runs left out.
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int skipDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++skipDepth;
            else if (xml.name() == QLatin1String("t") && skipDepth == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --skipDepth;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

} // namespace

// One part of the zip, read as a stream: QXmlStreamReader pulls it block by block.
// (minizip directly, not QuaZip: libxlsxwriter, which writes our workbooks, brings the
// system minizip, and QuaZip exports minizip's symbols too; both in one process clash.)
class UnzipDevice final : public QIODevice
{
public:
    explicit UnzipDevice(unzFile zip, qint64 size) : m_zip(zip), m_size(size) {}
    bool isSequential() const override { return true; }
    // What the zip's directory promises is left, until the data ends: a damaged part may
    // end before its size (or promise less than it has). Once ended, nothing is left, so
    // that atEnd() is true and a reader waiting for more of a cut-off document stops.
    qint64 bytesAvailable() const override
    {
        return QIODevice::bytesAvailable() + (m_ended ? 0 : std::max<qint64>(m_size - m_read, 0));
    }
    qint64 total() const { return m_read; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        if (m_ended)
            return -1;
        if (max <= 0)
            return 0;
        const int n = unzReadCurrentFile(m_zip, data, unsigned(std::min<qint64>(max, 1 << 20)));
        if (n <= 0) {
            m_ended = true;
            if (n < 0)
                setErrorString(QStringLiteral("zip error %1").arg(n));
            return -1;
        }
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    unzFile m_zip;
    qint64 m_size;
    qint64 m_read = 0;
    bool m_ended = false;
};

struct XlsxReader::Private
{
    unzFile zip = nullptr;
    bool partOpen = false;
    std::unique_ptr<UnzipDevice> sheet;
    QXmlStreamReader xml;
    QStringList sharedStrings;
    qint64 sheetSize = 0;
    int lastRow = 0;
    bool done = false;

    // Opens a part for reading; its uncompressed size in *size.
    bool openPart(const QString &name, qint64 *size)
    {
        closePart();
        if (unzLocateFile(zip, name.toUtf8().constData(), 1) != UNZ_OK)
            return false;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return false;
        if (unzOpenCurrentFile(zip) != UNZ_OK)
            return false;
        partOpen = true;
        *size = qint64(info.uncompressed_size);
        return true;
    }
    void closePart()
    {
        if (partOpen)
            unzCloseCurrentFile(zip);
        partOpen = false;
    }
    // A whole part, when it is no larger than limit.
    bool readPart(const QString &name, qint64 limit, QByteArray *bytes)
    {
        qint64 size = 0;
        if (!openPart(name, &size) || size > limit)
            return false;
        bytes->clear();
        bytes->reserve(size);
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
            bytes->append(buffer, n);
            if (bytes->size() > limit)
                return false;
        }
        closePart();
        return n == 0;
    }
};

XlsxReader::XlsxReader() : d(std::make_unique<Private>()) {}

XlsxReader::~XlsxReader()
{
    d->xml.setDevice(nullptr);
    d->sheet.reset();
    if (d->zip) {
        d->closePart();
        unzClose(d->zip);
    }
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    Private &p = *reader->d;
    p.zip = unzOpen64(QFile::encodeName(path).constData());
    if (!p.zip) {
        return Problem::of(Tr::tr("it is not an Excel workbook (.xlsx) that can be read"));
    }
    // The first sheet: the workbook's first <sheet>, through the workbook's relations.
    QString sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    QByteArray workbook;
    QByteArray rels;
    if (!p.readPart(QStringLiteral("xl/workbook.xml"), 64 * 1024 * 1024, &workbook)) {
        return Problem::of(
            Tr::tr("it is not an Excel workbook (.xlsx): it has no xl/workbook.xml"));
    }
    QString firstSheetRel;
    {
        QXmlStreamReader xml(workbook);
        while (!xml.atEnd() && firstSheetRel.isEmpty()) {
            if (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("sheet")) {
                    for (const auto &a : xml.attributes())
                        if (a.name() == QLatin1String("id"))
                            firstSheetRel = a.value().toString();
                }
            }
        }
    }
    if (!firstSheetRel.isEmpty() &&
        p.readPart(QStringLiteral("xl/_rels/workbook.xml.rels"), 64 * 1024 * 1024, &rels)) {
        QXmlStreamReader xml(rels);
        while (!xml.atEnd()) {
            if (xml.readNextStartElement() && xml.name() == QLatin1String("Relationship") &&
                xml.attributes().value(QLatin1String("Id")) == firstSheetRel) {
                QString target = xml.attributes().value(QLatin1String("Target")).toString();
                if (target.startsWith(QLatin1Char('/')))
                    sheetPath = target.mid(1);
                else
                    sheetPath = QStringLiteral("xl/") + target;
                break;
            }
        }
    }
    QByteArray shared;
    if (unzLocateFile(p.zip, "xl/sharedStrings.xml", 1) == UNZ_OK) {
        if (!p.readPart(QStringLiteral("xl/sharedStrings.xml"), MaxSharedStringsBytes, &shared)) {
            return Problem::of(Tr::tr("its shared strings cannot be read or are larger than %1 MB")
                                   .arg(MaxSharedStringsBytes / 1048576));
        }
        QXmlStreamReader xml(shared);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si"))
                p.sharedStrings << readStringItem(xml);
        }
        if (xml.hasError()) {
            return Problem::of(Tr::tr("its shared strings are damaged: %1").arg(xml.errorString()));
        }
    }
    qint64 size = 0;
    if (!p.openPart(sheetPath, &size)) {
        return Problem::of(Tr::tr("it has no worksheet (%1)").arg(sheetPath));
    }
    p.sheetSize = size;
    p.sheet = std::make_unique<UnzipDevice>(p.zip, size);
    p.sheet->open(QIODevice::ReadOnly);
    p.xml.setDevice(p.sheet.get());
    return reader;
}

qint64 XlsxReader::position() const
{
    return d->sheet ? d->sheet->total() : 0;
}

qint64 XlsxReader::size() const
{
    return d->sheetSize;
}

bool XlsxReader::next(CsvReader::Record *record)
{
    Private &p = *d;
    if (p.done || !m_error.isEmpty())
        return false;
    QXmlStreamReader &xml = p.xml;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("row"))
            continue;
        bool ok = false;
        const int rowNumber = xml.attributes().value(QLatin1String("r")).toInt(&ok);
        const int line =
            ok ? rowNumber
               : (p.lastRow < std::numeric_limits<int>::max() ? p.lastRow + 1 : p.lastRow);
        p.lastRow = line;
        QStringList fields;
        // Cells of the row until </row>.
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("row"))
                break;
            if (!xml.isStartElement() || xml.name() != QLatin1String("c"))
                continue;
            const auto attributes = xml.attributes();
            int column = columnOf(attributes.value(QLatin1String("r")));
            if (column < 0)
                column = int(fields.size());
            const QString type = attributes.value(QLatin1String("t")).toString();
            QString value;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                } else if (xml.name() == QLatin1String("is")) {
                    value = readStringItem(xml);
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (type == QLatin1String("s")) {
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= p.sharedStrings.size()) {
                    m_error =
                        Tr::tr(
                            "row %1: a cell refers to a shared string the workbook does not have")
                            .arg(line);
                    return false;
                }
                value = p.sharedStrings.at(index);
            } else if (type == QLatin1String("b")) {
                value =
                    value == QLatin1String("1") ? QStringLiteral("true") : QStringLiteral("false");
            }
            while (fields.size() < column)
                fields << QString();
            if (fields.size() == column)
                fields << value;
            else
                fields[column] = value;
        }
        bool blank = true;
        for (const QString &f : std::as_const(fields))
            if (!f.isEmpty())
                blank = false;
        if (blank)
            continue;
        record->line = line;
        record->fields = fields;
        return true;
    }
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
        m_error =
            Tr::tr("row %1: the worksheet is damaged: %2").arg(p.lastRow).arg(xml.errorString());
        return false;
    }
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        m_error = Tr::tr("row %1: the worksheet ends early (the file is cut off)").arg(p.lastRow);
        return false;
    }
    p.done = true;
    return false;
}

} // namespace Planner
