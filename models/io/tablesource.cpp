// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesource.h"

#include "xlsxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>

namespace Planner {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::TableSource)
};

constexpr qint64 SampleBytes = 64 * 1024;

const char *decoderName(TextEncoding encoding)
{
    return encoding == TextEncoding::Gb18030 ? "GB18030" : "UTF-8";
}

// Whether bytes are valid UTF-8, allowing a sequence cut off at the very end.
bool isUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xe0) == 0xc0 && c >= 0xc2) {
            extra = 1;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2;
        } else if ((c & 0xf8) == 0xf0 && c <= 0xf4) {
            extra = 3;
        } else {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return true; // cut at the end of the sample
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

class FileCsvSource final : public TableSource
{
public:
    FileCsvSource(std::unique_ptr<QFile> file, TextEncoding encoding, QChar delimiter)
        : m_file(std::move(file)), m_reader(m_file.get(), encoding, delimiter)
    {}
    bool next(CsvReader::Record *record) override { return m_reader.next(record); }
    Result<> status() const override { return m_reader.status(); }
    qint64 position() const override { return m_reader.position(); }
    qint64 size() const override { return m_reader.size(); }

private:
    std::unique_ptr<QFile> m_file;
    CsvStreamReader m_reader;
};

} // namespace

TableSource::~TableSource() = default;

QString encodingKey(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case TextEncoding::Gb18030:
        return QStringLiteral("gb18030");
    }
    return {};
}

std::optional<TextEncoding> encodingFromKey(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    if (k == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (k == QLatin1String("utf-8") || k == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (k == QLatin1String("utf-8-bom") || k == QLatin1String("utf-8-sig"))
        return TextEncoding::Utf8Bom;
    if (k == QLatin1String("gb18030") || k == QLatin1String("gbk") || k == QLatin1String("gb2312"))
        return TextEncoding::Gb18030;
    return std::nullopt;
}

namespace TextDetection {

Result<TextEncoding> detectEncoding(const QByteArray &sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8Bom;
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF")) {
        return Problem::of(
            Tr::tr("it is UTF-16 text; save it as CSV UTF-8 (or as an Excel workbook)"));
    }
    if (sample.contains('\0')) {
        return Problem::of(Tr::tr("it is not a text file (it holds binary data)"));
    }
    if (isUtf8(sample))
        return TextEncoding::Utf8;
    QStringDecoder gb(decoderName(TextEncoding::Gb18030));
    if (!gb.isValid()) {
        return Problem::of(Tr::tr("it is not UTF-8 and this system cannot decode GB18030"));
    }
    // A character cut at the end of the sample is no error; the stream decoder keeps it.
    const QString text = gb(sample);
    Q_UNUSED(text);
    if (gb.hasError()) {
        return Problem::of(Tr::tr("it is neither UTF-8 nor GB18030 text"));
    }
    return TextEncoding::Gb18030;
}

QChar sniffDelimiter(QStringView sample)
{
    const std::array<QChar, 3> candidates{QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    // Field counts per line for each candidate, over the first lines.
    std::array<std::vector<int>, 3> counts;
    std::array<int, 3> current{0, 0, 0};
    bool inQuotes = false;
    int lines = 0;
    for (qsizetype i = 0; i < sample.size() && lines < 50; ++i) {
        const QChar c = sample[i];
        if (c == QLatin1Char('"')) {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (c == QLatin1Char('\r') && i + 1 < sample.size() &&
                sample[i + 1] == QLatin1Char('\n'))
                ++i;
            for (int k = 0; k < 3; ++k) {
                counts[k].push_back(current[k]);
                current[k] = 0;
            }
            ++lines;
        } else if (!inQuotes) {
            for (int k = 0; k < 3; ++k)
                if (c == candidates[k])
                    ++current[k];
        }
    }
    if (lines < 50)
        for (int k = 0; k < 3; ++k)
            if (current[k] > 0)
                counts[k].push_back(current[k]);
    // Score: lines whose count equals the header's, weighted by the count, so a
    // delimiter that splits every line alike wins over a stray comma in a name.
    int best = 0;
    long bestScore = 0;
    for (int k = 0; k < 3; ++k) {
        if (counts[k].empty() || counts[k].front() == 0)
            continue;
        const int header = counts[k].front();
        long same = 0;
        for (int n : counts[k])
            if (n == header)
                ++same;
        const long score = same * 1000 / long(counts[k].size()) * 100 + header;
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    return candidates[best];
}

QString decode(const QByteArray &bytes, TextEncoding encoding, bool *ok)
{
    QStringDecoder decoder(decoderName(encoding));
    QString text = decoder(bytes);
    if (ok)
        *ok = decoder.isValid() && !decoder.hasError();
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace TextDetection

struct CsvStreamReader::Decoder
{
    explicit Decoder(TextEncoding encoding) : decoder(decoderName(encoding)), encoding(encoding) {}
    QStringDecoder decoder;
    TextEncoding encoding;
};

CsvStreamReader::CsvStreamReader(QIODevice *device, TextEncoding encoding, QChar delimiter)
    : m_decoder(std::make_unique<Decoder>(encoding == TextEncoding::Auto ? TextEncoding::Utf8
                                                                         : encoding)),
      m_device(device), m_delimiter(delimiter)
{
    m_record.line = 1;
}

CsvStreamReader::~CsvStreamReader() = default;

qint64 CsvStreamReader::position() const
{
    return m_device->pos();
}

qint64 CsvStreamReader::size() const
{
    return m_device->size();
}

bool CsvStreamReader::next(CsvReader::Record *record)
{
    while (m_readyPos >= m_ready.size()) {
        m_ready.clear();
        m_readyPos = 0;
        if (!m_error.isEmpty() || m_eof)
            return false;
        if (!fill())
            return false;
    }
    *record = std::move(m_ready[m_readyPos++]);
    return true;
}

bool CsvStreamReader::fill()
{
    const QByteArray bytes = m_device->read(m_chunkSize);
    if (bytes.isEmpty()) {
        m_eof = true;
        if (!m_device->atEnd()) {
            // A read error (a disk or network share that went away) is no end of file:
            // importing the rows read so far would silently drop the rest.
            m_error = Tr::tr("line %1: the file cannot be read further: %2")
                          .arg(m_line)
                          .arg(m_device->errorString());
            return false;
        }
        {
            // The end of the file: close what is open.
            if (m_inQuotes && !m_quoteSeen) {
                m_error = Tr::tr("line %1: a quoted field is never closed").arg(m_quoteLine);
                return false;
            }
            m_inQuotes = false;
            if (!m_field.isEmpty() || !m_record.fields.isEmpty() || m_fieldWasQuoted)
                endRecord();
        }
        return !m_ready.empty();
    }
    QString text = m_decoder->decoder(bytes);
    QStringView view(text);
    if (m_first) {
        m_first = false;
        if (view.startsWith(QChar(0xFEFF)))
            view = view.mid(1);
    }
    if (m_decoder->decoder.hasError()) {
        // Parse up to the first undecodable byte (shown as U+FFFD) so that the error
        // names its line, and keep the rows before it.
        const qsizetype bad = view.indexOf(QChar(QChar::ReplacementCharacter));
        parseChunk(bad >= 0 ? view.left(bad) : view);
        if (m_error.isEmpty())
            m_error =
                Tr::tr("line %1: the bytes are not valid %2 text; choose another encoding")
                    .arg(m_line)
                    .arg(m_decoder->encoding == TextEncoding::Gb18030 ? QStringLiteral("GB18030")
                                                                      : QStringLiteral("UTF-8"));
        return true;
    }
    parseChunk(view);
    return true;
}

void CsvStreamReader::endField()
{
    m_record.fields << m_field;
    m_field.clear();
    m_fieldWasQuoted = false;
}

void CsvStreamReader::endRecord()
{
    endField();
    if (!(m_record.fields.size() == 1 && m_record.fields.first().isEmpty()))
        m_ready.push_back(std::move(m_record));
    m_record = CsvReader::Record{};
}

void CsvStreamReader::parseChunk(QStringView text)
{
    const QChar quote = QLatin1Char('"');
    const QChar lf = QLatin1Char('\n');
    const QChar cr = QLatin1Char('\r');
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == lf) {
                ++i;
                continue;
            }
        }
        if (m_inQuotes) {
            if (m_quoteSeen) {
                m_quoteSeen = false;
                if (c == quote) {
                    m_field += quote;
                    ++i;
                    continue;
                }
                m_inQuotes = false; // that quote closed the field; c is outside quotes
            } else if (c == quote) {
                m_quoteSeen = true;
                ++i;
                continue;
            } else {
                // Copy the run of ordinary characters inside the quotes at once.
                qsizetype j = i;
                while (j < n && text[j] != quote) {
                    if (text[j] == lf)
                        ++m_line;
                    ++j;
                }
                m_field += text.mid(i, j - i);
                i = j;
                continue;
            }
        }
        if (c == quote) {
            if (!m_field.isEmpty() || m_fieldWasQuoted) {
                m_error = Tr::tr("line %1: a quote inside an unquoted field").arg(m_line);
                m_ready.clear();
                return;
            }
            m_inQuotes = true;
            m_fieldWasQuoted = true;
            m_quoteLine = m_line;
            ++i;
        } else if (c == m_delimiter) {
            endField();
            ++i;
        } else if (c == cr || c == lf) {
            m_pendingCr = c == cr;
            endRecord();
            ++m_line;
            m_record.line = m_line;
            ++i;
        } else {
            if (m_fieldWasQuoted) {
                m_error = Tr::tr("line %1: text after a closing quote").arg(m_line);
                m_ready.clear();
                return;
            }
            qsizetype j = i;
            while (j < n && text[j] != quote && text[j] != m_delimiter && text[j] != cr &&
                   text[j] != lf)
                ++j;
            m_field += text.mid(i, j - i);
            i = j;
        }
    }
}

Result<std::unique_ptr<TableSource>> openTableSource(const QString &path,
                                                     const SourceOptions &options, SourceInfo *info)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto file = std::make_unique<QFile>(path);
    if (QFileInfo(path).isDir() || !file->open(QIODevice::ReadOnly)) {
        return Problem::of(Tr::tr("Cannot read “%1”: %2")
                               .arg(shown, QFileInfo(path).isDir() ? Tr::tr("it is a folder")
                                                                   : file->errorString()));
    }
    if (file->size() == 0) {
        return Problem::of(Tr::tr("Cannot import “%1”: the file is empty").arg(shown));
    }
    const QByteArray sample = file->peek(SampleBytes);
    SourceInfo found;
    if (sample.startsWith("PK\x03\x04") ||
        QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        file.reset();
        found.format = TableFormat::Xlsx;
        found.encoding = TextEncoding::Utf8;
        auto xlsx = XlsxReader::open(path);
        if (!xlsx)
            return Problem::of(Tr::tr("Cannot import “%1”: %2").arg(shown, xlsx.message()));
        if (info)
            *info = found;
        return std::unique_ptr<TableSource>(std::move(*xlsx));
    }
    TextEncoding encoding = options.encoding;
    if (encoding == TextEncoding::Auto) {
        const auto detected = TextDetection::detectEncoding(sample);
        if (!detected)
            return Problem::of(Tr::tr("Cannot import “%1”: %2").arg(shown, detected.message()));
        encoding = *detected;
    } else if (sample.contains('\0')) {
        return Problem::of(Tr::tr("Cannot import “%1”: %2")
                               .arg(shown, Tr::tr("it is not a text file (it holds binary data)")));
    }
    found.encoding = encoding;
    found.delimiter = options.delimiter;
    if (found.delimiter.isNull())
        found.delimiter = TextDetection::sniffDelimiter(TextDetection::decode(sample, encoding));
    if (info)
        *info = found;
    return std::unique_ptr<TableSource>(
        std::make_unique<FileCsvSource>(std::move(file), encoding, found.delimiter));
}

} // namespace Planner
