// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: reading arbitrary bytes as an XLSX workbook, the way the import
// wizard meets a spreadsheet someone sent. Either the reader refuses it with a message, or
// it streams rows until the end or an error with a message; it must never crash or hang.
#include "io/xlsxreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace Planner;

namespace {

QTemporaryDir *folder = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    folder = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = QDir(folder->path()).filePath(QStringLiteral("fuzz.xlsx"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    const auto opened = XlsxReader::open(path);
    if (!opened) {
        if (opened.message().isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    const std::unique_ptr<XlsxReader> &reader = *opened;
    CsvReader::Record record;
    int rows = 0;
    while (rows < 100000 && reader->next(&record))
        ++rows;
    if (rows < 100000 && reader->status().ok() && reader->position() < 0)
        std::abort();
    return 0;
}
