// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: opening arbitrary bytes as a plan file, read-only and through
// verify(), the way the app meets a file someone sent. Either it is refused with a
// message naming the file, or it opens; it must never crash or write to the file.
#include "store/plandatabase.h"

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
    // Qt's SQL plugins are found through the application object.
    static QCoreApplication app(*argc, *argv);
    folder = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = QDir(folder->path()).filePath(QStringLiteral("fuzz.cohortplan"));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size())
            std::abort();
    }
    {
        const auto plan = PlanDatabase::open(path, PlanDatabase::Mode::ReadOnly);
        if (!plan && !plan.message().contains(QDir::toNativeSeparators(path)))
            std::abort(); // a refusal must name the file
    }
    PlanDatabase::verify(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readAll() != bytes)
        std::abort(); // the file was written to
    return 0;
}
