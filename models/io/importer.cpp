// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "tablewriter.h"

#include "planning/identitydocument.h"
#include "store/auditlog.h"
#include "store/importstore.h"
#include "store/plandatabase.h"
#include "store/planinvariants.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace Planner {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::Importer)
};

// "line 12: message" (or, translated, "第 12 行：message") from a reader's error into
// a problem: the first number before the first colon is the line.
ImportProblem readerProblem(const QString &error)
{
    ImportProblem p;
    p.message = error;
    static const QRegularExpression lineAndMessage(
        QStringLiteral("^\\D*?(\\d+)[^:：\\d]*[:：]\\s*(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = lineAndMessage.match(error); m.hasMatch()) {
        p.line = m.captured(1).toInt();
        p.message = m.captured(2);
    }
    return p;
}

} // namespace

namespace Importer {

QString problemText(const ImportProblem &problem)
{
    QString where = problem.column.isEmpty()
                        ? Tr::tr("line %1").arg(problem.line)
                        : Tr::tr("line %1, column %2").arg(problem.line).arg(problem.column);
    return QStringLiteral("%1: %2").arg(where, problem.message);
}

ImportResult run(QSqlDatabase &db, const QString &path, const ImportOptions &options,
                 const Progress &progress)
{
    ImportResult result;
    result.kind = options.kind;
    auto addProblem = [&](ImportProblem p) {
        ++result.problemCount;
        if (int(result.problems.size()) < options.maxProblems)
            result.problems.push_back(std::move(p));
    };
    auto opened = openTableSource(path, options.source, &result.source);
    if (!opened) {
        addProblem({0, {}, {}, opened.message()});
        return result;
    }
    const std::unique_ptr<TableSource> &source = *opened;
    CsvReader::Record record;
    if (!source->next(&record)) {
        addProblem(
            source->status()
                ? ImportProblem{1, {}, {}, Tr::tr("the file has no header row (it holds no rows)")}
                : readerProblem(source->status().message()));
        return result;
    }
    result.header = record.fields;
    if (result.source.format == TableFormat::Csv)
        for (QString &h : result.header)
            h = CellEscape::unescape(h);
    const auto &columns = ImportRules::columns(options.kind);
    result.mapping = options.mapping.empty() ? ImportRules::matchHeader(options.kind, result.header)
                                             : options.mapping;
    result.mapping.resize(columns.size(), -1);
    for (int &m : result.mapping)
        if (m >= result.header.size())
            m = -1;
    const QStringList missing = ImportRules::missingRequired(options.kind, result.mapping);
    if (!missing.isEmpty()) {
        addProblem(
            {record.line, missing.join(QLatin1String(", ")),
             result.header.join(QLatin1String(", ")),
             Tr::tr("the header lacks the required column(s) %1; the file has: %2")
                 .arg(missing.join(QLatin1String(", ")), result.header.join(QLatin1String(", ")))});
        return result;
    }
    std::vector<bool> present;
    for (int m : result.mapping)
        present.push_back(m >= 0);
    // Which column holds what, and which of the file's columns nothing reads.
    std::vector<bool> read(std::size_t(result.header.size()), false);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const int m = result.mapping[c];
        result.columns.push_back(
            {columns[c].key, m, m >= 0 ? result.header.at(m) : QString(), 0, 0});
        if (m >= 0)
            read[std::size_t(m)] = true;
    }
    for (qsizetype h = 0; h < result.header.size(); ++h)
        if (!read[std::size_t(h)] && !result.header.at(h).trimmed().isEmpty())
            result.unknownHeaders << result.header.at(h);

    ImportContext context;
    try {
        context = ImportStore::loadContext(db, options.kind);
    } catch (const StoreError &e) {
        addProblem({0, {}, {}, e.message()});
        return result;
    }
    ImportValidator validator(options.kind, std::move(context), present, options.rows);

    // A real import reads and checks the rows on a second thread while this one writes
    // what has been checked so far, in one open transaction; any problem (unless
    // skipInvalid), a read error or a cancel rolls all of it back. A dry run reads and
    // checks on this thread and only counts.
    struct Pipe
    {
        std::mutex mutex;
        std::condition_variable ready;
        std::deque<ImportStore::PreparedBatch> batches;
        bool done = false;
    } pipe;
    std::atomic<bool> stop{false};
    std::atomic<bool> anyProblem{false};
    bool fatal = false; // the producer's until it is joined
    auto count = [&](const ImportBatch &b) {
        result.imported += b.insertCount();
        result.updated += b.updateCount();
        result.unchanged += b.unchanged;
        result.promoted += b.promoted;
    };
    ImportStore::NextIds ids; // read once the transaction is open
    const bool prepareHere = ImportStore::preparedWhileChecked(db);
    auto deliver = [&](ImportBatch batch) {
        if (options.dryRun) {
            count(batch);
            return;
        }
        // Made ready to write here, on the checking thread, while the writer writes (on a
        // server, by the writer, whose connection gives the new records their ids).
        ImportStore::PreparedBatch prepared = prepareHere
                                                  ? ImportStore::prepare(std::move(batch), ids)
                                                  : ImportStore::unprepared(std::move(batch));
        std::lock_guard lock(pipe.mutex);
        pipe.batches.push_back(std::move(prepared));
        pipe.ready.notify_one();
    };
    auto produce = [&] {
        std::vector<ImportProblem> rowProblems;
        QStringList values;
        const bool escaped = result.source.format == TableFormat::Csv;
        const int headerWidth = int(result.header.size());
        qint64 lastReport = 0;
        int sinceBatch = 0;
        while (!stop.load() && source->next(&record)) {
            ++result.rows;
            if (result.rows > options.maxRows) {
                addProblem(
                    {record.line,
                     {},
                     {},
                     Tr::tr("the file has more than %1 data rows; split it into smaller files")
                         .arg(options.maxRows)});
                fatal = true;
                break;
            }
            values.clear();
            for (int m : result.mapping)
                values << (m >= 0 ? (escaped ? CellEscape::unescape(record.fields.value(m))
                                             : record.fields.value(m))
                                  : QString());
            rowProblems.clear();
            bool valid = true;
            if (escaped && record.fields.size() < headerWidth) {
                // A line cut short (by hand, or by a mail client): its missing cells are
                // not empty values, and must not clear what the plan holds. A workbook's
                // row simply omits its empty cells at the end, so only CSV lines count.
                QStringList lacking;
                for (qsizetype i = record.fields.size(); i < headerWidth; ++i)
                    lacking << (result.header.at(i).trimmed().isEmpty()
                                    ? Tr::tr("column %1").arg(i + 1)
                                    : result.header.at(i));
                rowProblems.push_back(
                    {record.line,
                     {},
                     record.fields.join(QLatin1Char(',')),
                     Tr::tr("the row has %1 cells but the header has %2: it lacks %3")
                         .arg(record.fields.size())
                         .arg(headerWidth)
                         .arg(lacking.join(QLatin1String(", ")))});
                valid = false;
            } else if (record.fields.size() > headerWidth) {
                // Ragged: more cells than the header names. Cells past it that hold text
                // would be lost silently.
                for (qsizetype i = headerWidth; i < record.fields.size(); ++i) {
                    if (!record.fields.at(i).trimmed().isEmpty()) {
                        rowProblems.push_back({record.line,
                                               {},
                                               record.fields.at(i),
                                               Tr::tr("the row has %1 cells but the header only %2")
                                                   .arg(record.fields.size())
                                                   .arg(headerWidth)});
                        valid = false;
                        break;
                    }
                }
            }
            if (valid)
                valid = validator.addRow(record.line, values, &rowProblems);
            if (!valid) {
                ++result.invalidRows;
                anyProblem.store(true);
                for (ImportProblem &p : rowProblems)
                    addProblem(std::move(p));
            } else if (++sinceBatch == 4096) {
                sinceBatch = 0;
                deliver(validator.takeBatch());
            }
            if (progress && source->position() - lastReport > (1 << 20)) {
                lastReport = source->position();
                if (!progress(lastReport, source->size())) {
                    result.cancelled = true;
                    fatal = true;
                    break;
                }
            }
        }
        if (!fatal && !stop.load() && !source->status()) {
            // The rest of the file cannot be read: nothing of it may be imported.
            addProblem(readerProblem(source->status().message()));
            fatal = true;
        }
        validator.finish();
        deliver(validator.takeBatch());
        std::lock_guard lock(pipe.mutex);
        pipe.done = true;
        pipe.ready.notify_one();
    };

    // What the valid rows change, column by column (read once the rows are all read).
    auto coverage = [&] {
        const std::vector<ColumnChanges> &changes = validator.columnChanges();
        for (std::size_t c = 0; c < result.columns.size() && c < changes.size(); ++c) {
            result.columns[c].changed = changes[c].changed;
            result.columns[c].cleared = changes[c].cleared;
            result.clearedCount += changes[c].cleared;
        }
        const std::vector<ImportProblem> &cleared = validator.clearedValues();
        result.clearedValues.assign(
            cleared.begin(),
            cleared.begin() + std::min<qsizetype>(qsizetype(cleared.size()), options.maxProblems));
        result.upgradedIdNumbers = validator.upgradedIdNumbers();
    };
    auto forget = [&] {
        result.imported = result.updated = result.unchanged = 0;
        for (ColumnCoverage &c : result.columns)
            c.changed = c.cleared = 0;
        result.clearedValues.clear();
        result.clearedCount = result.upgradedIdNumbers = 0;
    };
    QString writeError;
    if (options.dryRun) {
        produce();
        coverage();
    } else {
        std::optional<Transaction> transaction;
        std::optional<PlanInvariants::WriteCheck> check;
        std::optional<ImportStore::Writer> writer;
        try {
            transaction.emplace(db);
            // An import of enrollments, cohorts or sessions may touch every cohort.
            const bool wide = options.kind == ImportKind::Enrollments ||
                              options.kind == ImportKind::Cohorts ||
                              options.kind == ImportKind::Sessions;
            check.emplace(db, wide ? PlanInvariants::WriteCheck::Scope::WholePlan
                                   : PlanInvariants::WriteCheck::Scope::Touched);
            writer.emplace(db);
            ids = ImportStore::nextIds(db);
        } catch (const StoreError &e) {
            addProblem({0, {}, {}, Tr::tr("nothing was imported: %1").arg(e.message())});
            result.skipped = 0;
            return result;
        }
        std::thread producer(produce);
        for (;;) {
            ImportStore::PreparedBatch batch;
            {
                std::unique_lock lock(pipe.mutex);
                pipe.ready.wait(lock, [&] { return !pipe.batches.empty() || pipe.done; });
                if (pipe.batches.empty())
                    break;
                batch = std::move(pipe.batches.front());
                pipe.batches.pop_front();
            }
            count(batch.batch);
            // Once a problem means nothing will be kept, writing more is wasted work.
            if (!writeError.isEmpty() || (anyProblem.load() && !options.skipInvalid))
                continue;
            try {
                writer->write(std::move(batch));
            } catch (const StoreError &e) {
                writeError = e.message();
                stop.store(true);
            }
        }
        producer.join();
        coverage();
        const bool keep = !fatal && result.rows > 0 && writeError.isEmpty() &&
                          (result.problemCount == 0 || options.skipInvalid) &&
                          result.imported + result.updated > 0;
        if (keep) {
            try {
                // The rows were checked by the import's rules as they were read; the plan
                // they leave is checked by the plan's own rules, as every edit's is.
                check->finish([&] { writer->applied()->reapply(db); });
                writer->finish(options.kind, QFileInfo(path).fileName(), result.imported,
                               result.updated, result.unchanged, result.promoted);
                result.applied = writer->applied();
                writer.reset();
                transaction->commit();
                result.written = true;
            } catch (const StoreError &e) {
                writeError = e.message();
            }
        }
        // Otherwise the transaction rolls back as it goes out of scope: nothing is kept.
    }
    if (!writeError.isEmpty()) {
        addProblem({0, {}, {}, Tr::tr("nothing was imported: %1").arg(writeError)});
        forget();
        result.skipped = result.rows;
        return result;
    }
    if (fatal) {
        forget();
        result.skipped = result.rows;
        return result;
    }
    if (result.rows == 0) {
        addProblem({record.line > 0 ? record.line : 1,
                    {},
                    {},
                    Tr::tr("the file has a header but no data rows")});
        return result;
    }
    if (result.problemCount > 0 && !options.skipInvalid) {
        // All rows or none: one bad row keeps every row out.
        forget();
        result.skipped = result.rows;
        return result;
    }
    result.skipped = result.invalidRows;
    if (progress)
        progress(source->size(), source->size());
    return result;
}

Preview preview(const QString &path, ImportKind kind, const SourceOptions &options, int rows)
{
    Preview p;
    auto opened = openTableSource(path, options, &p.source);
    if (!opened) {
        p.problem = opened.problem();
        return p;
    }
    const std::unique_ptr<TableSource> &source = *opened;
    CsvReader::Record record;
    if (!source->next(&record)) {
        p.problem = source->status() ? Problem::of(Tr::tr("the file holds no rows"))
                                     : source->status().problem();
        return p;
    }
    p.header = record.fields;
    p.mapping = ImportRules::matchHeader(kind, p.header);
    while (int(p.rows.size()) < rows && source->next(&record))
        p.rows.push_back(record);
    if (!source->status())
        p.problem = source->status().problem();
    return p;
}

Result<> writeProblems(const QString &path, const std::vector<ImportProblem> &problems)
{
    auto created = TableWriter::create(path);
    if (!created)
        return created.problem();
    TableWriter *writer = created->get();
    writer->writeRow({QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("value"),
                      QStringLiteral("message")});
    for (const ImportProblem &p : problems)
        writer->writeRow({QString::number(p.line), p.column, p.value, p.message});
    return writer->finish();
}

} // namespace Importer

namespace Exporter {

Result<> writeTemplate(ImportKind kind, const QString &path)
{
    auto writer = TableWriter::create(path);
    if (!writer)
        return writer.problem();
    QStringList header;
    for (const ImportColumn &c : ImportRules::columns(kind))
        header << (c.required ? c.key + QLatin1Char('*') : c.key);
    (*writer)->writeRow(header);
    return (*writer)->finish();
}

bool holdsPersonalData(ImportKind kind)
{
    return kind == ImportKind::Trainees || kind == ImportKind::Enrollments;
}

Result<int> run(const QSqlDatabase &db, ImportKind kind, const QString &path,
                const Options &options, const std::function<bool(int, int)> &progress)
{
    auto created = TableWriter::create(path);
    if (!created)
        return created.problem();
    TableWriter *writer = created->get();
    QStringList header;
    for (const ImportColumn &c : ImportRules::columns(kind))
        header << c.key;
    writer->writeRow(header);
    const qsizetype idColumn = holdsPersonalData(kind) && !options.includeIdNumbers
                                   ? header.indexOf(QStringLiteral("id_number"))
                                   : -1;
    bool cancelled = false;
    int rows = 0;
    try {
        const int total = progress ? ImportStore::exportCount(db, kind) : 0;
        ImportStore::exportRows(db, kind, [&](QStringList row) {
            if (idColumn >= 0 && idColumn < row.size())
                row[idColumn] = IdentityDocument::masked(row[idColumn]);
            writer->writeRow(row);
            ++rows;
            if (progress && rows % 4096 == 0 && !progress(rows, total)) {
                cancelled = true;
                return false;
            }
            return true;
        });
    } catch (const StoreError &e) {
        return e.problem();
    }
    if (cancelled)
        return Problem::of(Tr::tr("The export was cancelled; no file was written."));
    if (const Result<> finished = writer->finish(); !finished)
        return finished.problem();
    return rows;
}

Result<> record(const QSqlDatabase &db, ImportKind kind, const QString &path, int rows,
                bool includedIdNumbers)
{
    try {
        Transaction transaction(db);
        AuditEntry entry;
        entry.action = AuditAction::Export;
        entry.table = kind == ImportKind::Enrollments ? QStringLiteral("enrollment")
                                                      : QStringLiteral("trainee");
        entry.after = QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QStringLiteral("file"),
                             QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())},
                            {QStringLiteral("rows"), rows},
                            {QStringLiteral("id_numbers"), includedIdNumbers
                                                               ? QStringLiteral("included")
                                                               : QStringLiteral("masked")}})
                .toJson(QJsonDocument::Compact));
        AuditLog(db).record(entry);
        transaction.commit();
    } catch (const StoreError &e) {
        return e.problem();
    }
    return {};
}

} // namespace Exporter

} // namespace Planner
