// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"

#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace Planner {

// How a spreadsheet's text file is encoded. Auto: detect from the first bytes.
enum class TextEncoding { Auto, Utf8, Utf8Bom, Gb18030 };

// "utf-8", "utf-8-bom", "gb18030" (the names --encoding takes), "auto".
QString encodingKey(TextEncoding encoding);
std::optional<TextEncoding> encodingFromKey(QStringView key);

enum class TableFormat { Csv, Xlsx };

// The rows of a CSV or XLSX file, one at a time: a file of any size is read in chunks,
// never whole. Each record carries the line (CSV) or sheet row (XLSX) it starts on.
class TableSource
{
public:
    virtual ~TableSource();
    // The next non-blank record; false at the end of the file or on an error (status()).
    virtual bool next(CsvReader::Record *record) = 0;
    // Ok, or why reading stopped: "line N: ..." for a malformed CSV record.
    virtual Result<> status() const = 0;
    // Bytes of the file read so far and in all (for progress).
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
};

// What openTableSource found (or was told) about a file.
struct SourceInfo
{
    TableFormat format = TableFormat::Csv;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter = QLatin1Char(',');
};

struct SourceOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    QChar delimiter; // null: sniff
};

// Opens a CSV file (encoding and delimiter detected unless given) or an XLSX workbook
// (its first sheet; recognised by its zip signature or the .xlsx suffix), and what was
// found in *info (if given); or the Problem that says why the file cannot be read:
// missing, empty, binary, not a workbook.
Result<std::unique_ptr<TableSource>>
openTableSource(const QString &path, const SourceOptions &options, SourceInfo *info = nullptr);

namespace TextDetection {

// The encoding of a file's first bytes: a UTF-8 BOM, else valid UTF-8 (a sequence cut
// at the end of the sample is allowed), else GB18030; a Problem for bytes that are no
// text at all (NUL bytes, or invalid in GB18030 too).
Result<TextEncoding> detectEncoding(const QByteArray &sample);

// The delimiter of CSV text: whichever of , ; tab splits the first lines (outside
// quotes) into the same number of fields most consistently; ',' when none does.
QChar sniffDelimiter(QStringView sample);

// Decodes bytes in the given encoding (a BOM is dropped). Sets *ok to false when the
// bytes are not valid in it.
QString decode(const QByteArray &bytes, TextEncoding encoding, bool *ok = nullptr);

} // namespace TextDetection

// Streams RFC 4180 CSV from a device: decodes chunk by chunk (multi-byte characters
// cut at a chunk's end are kept for the next), handles quoted delimiters, doubled quotes,
// line breaks inside quotes, CRLF/LF/CR line ends. Records as CsvReader::parse gives them.
class CsvStreamReader final : public TableSource
{
public:
    CsvStreamReader(QIODevice *device, TextEncoding encoding, QChar delimiter);
    ~CsvStreamReader() override;

    bool next(CsvReader::Record *record) override;
    Result<> status() const override
    {
        return m_error.isEmpty() ? Result<>() : Problem::of(m_error);
    }
    qint64 position() const override;
    qint64 size() const override;

    // Bytes per read from the device; small values only in tests of chunk boundaries.
    void setChunkSize(qint64 bytes) { m_chunkSize = bytes; }

private:
    bool fill();
    void parseChunk(QStringView text);
    void endField();
    void endRecord();

    struct Decoder;
    std::unique_ptr<Decoder> m_decoder;
    QIODevice *m_device;
    QChar m_delimiter;
    qint64 m_chunkSize = 1 << 20;
    QString m_error;
    bool m_eof = false;
    bool m_first = true;
    // Parser state carried across chunks.
    std::vector<CsvReader::Record> m_ready;
    std::size_t m_readyPos = 0;
    CsvReader::Record m_record;
    QString m_field;
    int m_line = 1;
    int m_quoteLine = 0;
    bool m_inQuotes = false;
    bool m_quoteSeen = false; // a quote inside quotes: closing, or the first of a pair
    bool m_fieldWasQuoted = false;
    bool m_pendingCr = false;
};

} // namespace Planner
