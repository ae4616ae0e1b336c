// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "windowsize.h"

#include "io/tablesource.h"
#include "items/importproblemmodel.h"
#include "items/transferjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Planner {

namespace {

ImportWizard *wizardOf(QWizardPage *page)
{
    return qobject_cast<ImportWizard *>(page->window());
}

QString columnListText(ImportKind kind)
{
    QStringList required;
    QStringList optional;
    for (const ImportColumn &c : ImportRules::columns(kind))
        (c.required ? required : optional) << c.key;
    return ImportWizard::tr("Required columns: %1. Optional: %2. Headers may also be in Chinese "
                            "(for example 姓名 for name).")
        .arg(required.join(QLatin1String(", ")),
             optional.isEmpty() ? ImportWizard::tr("none") : optional.join(QLatin1String(", ")));
}

// 1. The file and what it holds.
class FilePage final : public QWizardPage
{
public:
    FilePage()
    {
        setTitle(ImportWizard::tr("Choose a spreadsheet"));
        setSubTitle(
            ImportWizard::tr("A CSV file (UTF-8 or GB18030, separated by commas, semicolons or "
                             "tabs) or an Excel workbook (.xlsx, its first sheet)."));
        m_path = new QLineEdit(this);
        m_path->setObjectName(QStringLiteral("importFile"));
        m_path->setPlaceholderText(ImportWizard::tr("The file to import"));
        auto *browse = new QPushButton(ImportWizard::tr("Browse…"), this);
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("importKind"));
        for (int k = 0; k < ImportKindCount; ++k)
            m_kind->addItem(ImportRules::displayName(ImportKind(k)), k);
        m_columns = new QLabel(this);
        m_columns->setWordWrap(true);
        m_detected = new QLabel(this);
        m_detected->setObjectName(QStringLiteral("importDetectedKind"));
        m_detected->setWordWrap(true);
        m_detected->setForegroundRole(QPalette::PlaceholderText);
        auto *blank = new QPushButton(ImportWizard::tr("Save a Blank &Template…"), this);
        blank->setObjectName(QStringLiteral("importTemplate"));
        blank->setToolTip(ImportWizard::tr("A spreadsheet with this kind's column headers, to "
                                           "fill in and import (required columns end in *)"));
        auto *fileRow = new QHBoxLayout;
        fileRow->addWidget(m_path, 1);
        fileRow->addWidget(browse);
        auto *form = new QFormLayout(this);
        // A row of a layout gets a label without a buddy, which would show its "&".
        auto *fileLabel = new QLabel(ImportWizard::tr("&File:"), this);
        fileLabel->setBuddy(m_path);
        form->addRow(fileLabel, fileRow);
        auto *kindRow = new QHBoxLayout;
        kindRow->addWidget(m_kind, 1);
        kindRow->addWidget(blank);
        auto *kindLabel = new QLabel(ImportWizard::tr("&Holds:"), this);
        kindLabel->setBuddy(m_kind);
        form->addRow(kindLabel, kindRow);
        form->addRow(QString(), m_detected);
        form->addRow(QString(), m_columns);
        auto *undo = new QLabel(
            ImportWizard::tr("An import is one step in the undo history: Edit ▸ Undo takes all "
                             "of it back."),
            this);
        undo->setWordWrap(true);
        form->addRow(QString(), undo);
        connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_path, &QLineEdit::textChanged, this, [this] { detectKind(); });
        connect(blank, &QPushButton::clicked, this, [this] { saveTemplate(); });
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, ImportWizard::tr("Import"), wizardOf(this)->folder(),
                ImportWizard::tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"));
            if (!path.isEmpty())
                m_path->setText(QDir::toNativeSeparators(path));
        });
        connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { updateColumns(); });
        updateColumns();
    }
    QLineEdit *path() const { return m_path; }
    QComboBox *kind() const { return m_kind; }
    bool isComplete() const override
    {
        return QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).isFile();
    }
    bool validatePage() override
    {
        ImportOptions &o = wizardOf(this)->options();
        const ImportKind kind = ImportKind(m_kind->currentData().toInt());
        if (kind != o.kind)
            o.mapping.clear();
        o.kind = kind;
        return true;
    }

private:
    void updateColumns()
    {
        m_columns->setText(columnListText(ImportKind(m_kind->currentData().toInt())));
    }
    // The kind the file's first row names, proposed in the Holds box.
    void detectKind()
    {
        m_detected->clear();
        const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
        if (!QFileInfo(path).isFile())
            return;
        auto source = openTableSource(path, SourceOptions{});
        CsvReader::Record header;
        if (!source || !(*source)->next(&header))
            return; // the next pages say what is wrong with the file
        const std::optional<ImportKind> kind = ImportRules::detectKind(header.fields);
        if (!kind) {
            m_detected->setText(ImportWizard::tr("Its headers name no kind's required columns: "
                                                 "choose what it holds."));
            return;
        }
        m_kind->setCurrentIndex(m_kind->findData(int(*kind)));
        m_detected->setText(ImportWizard::tr("Its headers are those of %1.")
                                .arg(ImportRules::displayName(*kind).toLower()));
    }
    void saveTemplate()
    {
        const auto kind = ImportKind(m_kind->currentData().toInt());
        const QString name =
            QDir(wizardOf(this)->folder())
                .filePath(ImportWizard::tr("%1 template.xlsx").arg(ImportRules::displayName(kind)));
        const QString path =
            QFileDialog::getSaveFileName(this, ImportWizard::tr("Save a Blank Template"), name,
                                         ImportWizard::tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (const Result<> written = Exporter::writeTemplate(kind, path); !written)
            QMessageBox::warning(this, ImportWizard::tr("Save a Blank Template"),
                                 written.message());
        else
            m_detected->setText(ImportWizard::tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    }
    QLineEdit *m_path;
    QComboBox *m_kind;
    QLabel *m_columns;
    QLabel *m_detected;
};

// 2. How the text is encoded and split, with a preview that follows the choices.
class FormatPage final : public QWizardPage
{
public:
    FormatPage()
    {
        setTitle(ImportWizard::tr("Check the text"));
        setSubTitle(ImportWizard::tr("The encoding and delimiter were detected. If names look "
                                     "garbled or rows are not split into columns, choose others."));
        m_encoding = new QComboBox(this);
        m_encoding->setObjectName(QStringLiteral("importEncoding"));
        m_encoding->addItem(ImportWizard::tr("Detect"), int(TextEncoding::Auto));
        m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
        m_encoding->addItem(ImportWizard::tr("UTF-8 with BOM"), int(TextEncoding::Utf8Bom));
        m_encoding->addItem(ImportWizard::tr("GB18030 (Chinese Windows)"),
                            int(TextEncoding::Gb18030));
        m_delimiter = new QComboBox(this);
        m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
        m_delimiter->addItem(ImportWizard::tr("Detect"), QString());
        m_delimiter->addItem(ImportWizard::tr("Comma ( , )"), QStringLiteral(","));
        m_delimiter->addItem(ImportWizard::tr("Semicolon ( ; )"), QStringLiteral(";"));
        m_delimiter->addItem(ImportWizard::tr("Tab"), QStringLiteral("\t"));
        m_detected = new QLabel(this);
        m_detected->setWordWrap(true);
        m_preview = new QTableWidget(this);
        m_preview->setObjectName(QStringLiteral("importPreview"));
        m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
        auto *choices = new QHBoxLayout;
        choices->addWidget(new QLabel(ImportWizard::tr("&Encoding:"), this));
        static_cast<QLabel *>(choices->itemAt(0)->widget())->setBuddy(m_encoding);
        choices->addWidget(m_encoding);
        choices->addSpacing(16);
        auto *delimiterLabel = new QLabel(ImportWizard::tr("&Delimiter:"), this);
        delimiterLabel->setBuddy(m_delimiter);
        choices->addWidget(delimiterLabel);
        choices->addWidget(m_delimiter);
        choices->addStretch();
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(choices);
        layout->addWidget(m_detected);
        layout->addWidget(m_preview, 1);
        connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
        connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    }
    void initializePage() override { refresh(); }
    bool isComplete() const override { return m_ok; }
    const Importer::Preview &preview() const { return m_last; }

private:
    void refresh()
    {
        ImportWizard *w = wizardOf(this);
        if (!w)
            return;
        SourceOptions &source = w->options().source;
        source.encoding = TextEncoding(m_encoding->currentData().toInt());
        const QString d = m_delimiter->currentData().toString();
        source.delimiter = d.isEmpty() ? QChar() : d.front();
        m_last = Importer::preview(w->file(), w->options().kind, source, 20);
        const bool xlsx = m_last.source.format == TableFormat::Xlsx;
        m_encoding->setEnabled(!xlsx);
        m_delimiter->setEnabled(!xlsx);
        m_ok = !m_last.problem || !m_last.header.isEmpty();
        QString text;
        if (xlsx) {
            text = ImportWizard::tr("An Excel workbook: its first sheet is read.");
        } else if (!m_last.header.isEmpty()) {
            const QChar delimiter = m_last.source.delimiter;
            const QString delimiterName = delimiter == QLatin1Char('\t') ? ImportWizard::tr("tab")
                                          : delimiter == QLatin1Char(';')
                                              ? ImportWizard::tr("semicolon")
                                              : ImportWizard::tr("comma");
            text = ImportWizard::tr("Read as %1, columns separated by %2: %n column(s).", nullptr,
                                    int(m_last.header.size()))
                       .arg(encodingKey(m_last.source.encoding).toUpper(), delimiterName);
        }
        if (m_last.problem)
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                    ImportWizard::tr("Problem: %1").arg(m_last.problem->message);
        m_detected->setText(text);
        m_preview->clear();
        m_preview->setColumnCount(int(m_last.header.size()));
        m_preview->setHorizontalHeaderLabels(m_last.header);
        m_preview->setRowCount(int(m_last.rows.size()));
        QStringList lines;
        for (int r = 0; r < int(m_last.rows.size()); ++r) {
            lines << QString::number(m_last.rows[std::size_t(r)].line);
            const QStringList &fields = m_last.rows[std::size_t(r)].fields;
            for (int c = 0; c < int(fields.size()) && c < m_preview->columnCount(); ++c)
                m_preview->setItem(r, c, new QTableWidgetItem(fields.at(c)));
        }
        m_preview->setVerticalHeaderLabels(lines);
        m_preview->resizeColumnsToContents();
        for (int c = 0; c < m_preview->columnCount(); ++c)
            m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));
        emit completeChanged();
    }
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_detected;
    QTableWidget *m_preview;
    Importer::Preview m_last;
    bool m_ok = false;
};

// 3. Which column of the file holds what.
class MappingPage final : public QWizardPage
{
public:
    explicit MappingPage(FormatPage *format) : m_format(format)
    {
        setTitle(ImportWizard::tr("Match the columns"));
        setSubTitle(ImportWizard::tr(
            "Columns were matched by their headers; those marked * are required. A column the file "
            "does not have, and an empty cell, keep the stored value."));
        m_form = new QFormLayout;
        auto *inner = new QWidget(this);
        inner->setLayout(m_form);
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(inner);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_missing = new QLabel(this);
        m_missing->setWordWrap(true);
        m_missing->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_unknown = new QLabel(this);
        m_unknown->setObjectName(QStringLiteral("unknownColumns"));
        m_unknown->setWordWrap(true);
        m_blankClears = new QCheckBox(ImportWizard::tr("&Empty cells clear stored values"), this);
        m_blankClears->setObjectName(QStringLiteral("blankClears"));
        m_blankClears->setToolTip(ImportWizard::tr(
            "Off: an empty cell keeps what the plan has for a record the file updates. "
            "On: it clears it; the next page lists every value that would be cleared."));
        m_upgradeIds =
            new QCheckBox(ImportWizard::tr("Store 15-digit ID numbers as &18 digits"), this);
        m_upgradeIds->setObjectName(QStringLiteral("upgradeIds"));
        m_upgradeIds->setToolTip(
            ImportWizard::tr("A first-generation resident ID of 15 digits gets the century and its "
                             "check character, as the 18-digit card of the same person has."));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(scroll, 1);
        layout->addWidget(m_missing);
        layout->addWidget(m_unknown);
        layout->addWidget(m_blankClears);
        layout->addWidget(m_upgradeIds);
        connect(m_blankClears, &QCheckBox::toggled, this,
                [this](bool on) { wizardOf(this)->options().rows.blankClears = on; });
        connect(m_upgradeIds, &QCheckBox::toggled, this,
                [this](bool on) { wizardOf(this)->options().rows.upgradeIdNumbers = on; });
    }
    void initializePage() override
    {
        while (m_form->rowCount() > 0)
            m_form->removeRow(0);
        m_combos.clear();
        ImportWizard *w = wizardOf(this);
        const Importer::Preview &p = m_format->preview();
        const auto &columns = ImportRules::columns(w->options().kind);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            auto *combo = new QComboBox;
            combo->setObjectName(QStringLiteral("map_") + columns[c].key);
            combo->addItem(ImportWizard::tr("(not in the file)"), -1);
            for (int h = 0; h < int(p.header.size()); ++h)
                combo->addItem(p.header.at(h).isEmpty() ? ImportWizard::tr("column %1").arg(h + 1)
                                                        : p.header.at(h),
                               h);
            const int matched = c < p.mapping.size() ? p.mapping[c] : -1;
            combo->setCurrentIndex(combo->findData(matched));
            connect(combo, &QComboBox::currentIndexChanged, this, [this] { update(); });
            const QString label = ImportRules::columnLabel(columns[c].key);
            auto *name = new QLabel(columns[c].required ? label + QStringLiteral(" *") : label);
            name->setToolTip(ImportWizard::tr("Headers recognised: %1")
                                 .arg(QStringList(QStringList{columns[c].key} + columns[c].aliases)
                                          .join(QLatin1String(", "))));
            name->setBuddy(combo);
            m_form->addRow(name, combo);
            m_combos.push_back(combo);
        }
        const ImportKind kind = w->options().kind;
        m_blankClears->setChecked(w->options().rows.blankClears);
        m_upgradeIds->setChecked(w->options().rows.upgradeIdNumbers);
        m_upgradeIds->setVisible(kind == ImportKind::Trainees || kind == ImportKind::Enrollments);
        update();
    }
    bool isComplete() const override { return m_complete; }

private:
    void update()
    {
        ImportWizard *w = wizardOf(this);
        std::vector<int> mapping;
        for (QComboBox *combo : m_combos)
            mapping.push_back(combo->currentData().toInt());
        w->options().mapping = mapping;
        QStringList missing = ImportRules::missingRequired(w->options().kind, mapping);
        for (QString &key : missing)
            key = ImportRules::columnLabel(key);
        m_missing->setText(missing.isEmpty() ? QString()
                                             : ImportWizard::tr("Choose a column for: %1")
                                                   .arg(missing.join(QLatin1String(", "))));
        const QStringList &header = m_format->preview().header;
        QStringList unknown;
        for (int h = 0; h < int(header.size()); ++h)
            if (std::find(mapping.begin(), mapping.end(), h) == mapping.end() &&
                !header.at(h).trimmed().isEmpty())
                unknown << header.at(h);
        m_unknown->setText(unknown.isEmpty()
                               ? QString()
                               : ImportWizard::tr("Not imported (no field has their name): %1")
                                     .arg(unknown.join(QLatin1String(", "))));
        m_unknown->setVisible(!unknown.isEmpty());
        m_complete = missing.isEmpty();
        emit completeChanged();
    }
    FormatPage *m_format;
    QFormLayout *m_form;
    QLabel *m_missing;
    QLabel *m_unknown;
    QCheckBox *m_blankClears;
    QCheckBox *m_upgradeIds;
    std::vector<QComboBox *> m_combos;
    bool m_complete = false;
};

QString promotedText(const ImportResult &r)
{
    return ImportWizard::tr(
        "%n waitlisted trainee(s) given a seat because a cohort's capacity grew.", nullptr,
        r.promoted);
}

QString summaryText(const ImportResult &r, bool dryRun)
{
    QString text = dryRun ? ImportWizard::tr("%n row(s) checked: ", nullptr, r.rows)
                          : ImportWizard::tr("%n row(s) read: ", nullptr, r.rows);
    text += ImportWizard::tr("%1 new, %2 changed, %3 unchanged.")
                .arg(r.imported)
                .arg(r.updated)
                .arg(r.unchanged);
    if (r.promoted > 0)
        text += QLatin1Char(' ') + promotedText(r);
    return text;
}

// 4. The dry run: every problem, before anything is written.
// A page that runs the import on a worker (TransferJob) with a progress bar and a
// summary under it: the dry run and the real import.
class JobPage : public QWizardPage
{
public:
    JobPage(const char *summaryName)
    {
        m_job = new TransferJob(this);
        m_progress = new QProgressBar(this);
        m_summary = new QLabel(this);
        m_summary->setObjectName(QLatin1String(summaryName));
        m_summary->setWordWrap(true);
        connect(m_job, &TransferJob::progress, m_progress, &QProgressBar::setValue);
        connect(m_job, &TransferJob::finished, this, [this] {
            m_done = true;
            finished(m_job->importResult());
            emit completeChanged();
        });
    }

protected:
    // Starts the wizard's import with its options, as a dry run or for real.
    void start(bool dryRun, const QString &status)
    {
        m_done = false;
        m_progress->setValue(0);
        m_progress->show();
        m_summary->setText(status);
        ImportWizard *w = wizardOf(this);
        ImportOptions options = w->options();
        options.dryRun = dryRun;
        if (dryRun)
            options.skipInvalid = false; // every problem is listed
        m_job->startImport(w->planPath(), w->file(), options);
        emit completeChanged();
    }
    virtual void finished(const ImportResult &result) = 0;

    TransferJob *m_job;
    QProgressBar *m_progress;
    QLabel *m_summary;
    bool m_done = false;
};

class CheckPage final : public JobPage
{
public:
    CheckPage() : JobPage("checkSummary")
    {
        setTitle(ImportWizard::tr("Check every row"));
        setSubTitle(ImportWizard::tr("A dry run: nothing is written yet. Fix the file and go back, "
                                     "or import only the rows without problems."));
        m_model = new ImportProblemModel(this);
        m_view = new QTableView(this);
        m_view->setObjectName(QStringLiteral("problemView"));
        m_view->setModel(m_model);
        m_view->setSortingEnabled(true);
        m_view->sortByColumn(ImportProblemModel::Line, Qt::AscendingOrder);
        m_view->horizontalHeader()->setStretchLastSection(true);
        m_view->verticalHeader()->hide();
        m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_export = new QPushButton(ImportWizard::tr("Export Problems…"), this);
        m_export->setObjectName(QStringLiteral("exportProblems"));
        m_skip = new QCheckBox(
            ImportWizard::tr("Skip the rows with problems and import the others"), this);
        m_skip->setObjectName(QStringLiteral("skipInvalid"));
        // What the rows change, column by column: which columns the file gives, which it
        // leaves to the plan, and how many stored values each changes or clears.
        m_columns = new QTableWidget(this);
        m_columns->setObjectName(QStringLiteral("columnCoverage"));
        m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_columns->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_columns->verticalHeader()->hide();
        m_columns->setColumnCount(4);
        m_columns->setHorizontalHeaderLabels(
            {ImportWizard::tr("Field"), ImportWizard::tr("From the file's column"),
             ImportWizard::tr("Values changed"), ImportWizard::tr("Of them cleared")});
        m_clearedModel = new ImportProblemModel(this);
        m_cleared = new QTableView(this);
        m_cleared->setObjectName(QStringLiteral("clearedView"));
        m_cleared->setModel(m_clearedModel);
        m_cleared->setSortingEnabled(true);
        m_cleared->sortByColumn(ImportProblemModel::Line, Qt::AscendingOrder);
        m_cleared->horizontalHeader()->setStretchLastSection(true);
        m_cleared->verticalHeader()->hide();
        // Line, column and the stored value: the tab's title says what happens to it.
        m_cleared->setColumnHidden(ImportProblemModel::Message, true);
        m_tabs = new QTabWidget(this);
        m_tabs->setObjectName(QStringLiteral("checkTabs"));
        m_tabs->addTab(m_view, QString());
        m_tabs->addTab(m_columns, QString());
        m_tabs->addTab(m_cleared, QString());
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_skip, 1);
        buttons->addWidget(m_export);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_progress);
        layout->addWidget(m_summary);
        layout->addWidget(m_tabs, 1);
        layout->addLayout(buttons);
        connect(m_skip, &QCheckBox::toggled, this, [this](bool on) {
            wizardOf(this)->options().skipInvalid = on;
            emit completeChanged();
        });
        connect(m_export, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getSaveFileName(
                this, ImportWizard::tr("Export Problems"),
                QDir(wizardOf(this)->folder()).filePath(ImportWizard::tr("problems.csv")),
                ImportWizard::tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
            if (path.isEmpty())
                return;
            if (const Result<> written = Importer::writeProblems(path, m_model->problems());
                !written)
                QMessageBox::warning(this, ImportWizard::tr("Cannot export the problems"),
                                     written.message());
        });
    }
    void initializePage() override
    {
        m_skip->setChecked(false);
        m_skip->setEnabled(false);
        m_export->setEnabled(false);
        m_model->setProblems({});
        m_clearedModel->setProblems({});
        m_columns->setRowCount(0);
        setTabTitles(0, 0);
        start(true, ImportWizard::tr("Checking…"));
    }
    void cleanupPage() override { m_job->cancel(); }
    bool isComplete() const override
    {
        if (!m_done)
            return false;
        const ImportResult &r = m_job->importResult();
        const bool anything = r.rows > r.invalidRows;
        return anything && (r.ok() || (m_skip->isChecked() && r.problems.front().line > 0));
    }

private:
    void finished(const ImportResult &r) override
    {
        m_progress->hide();
        QString text;
        if (r.ok()) {
            text = summaryText(r, true) + QLatin1Char(' ') + ImportWizard::tr("No problems.");
        } else if (r.problems.front().line == 0 || r.rows == 0) {
            text = ImportWizard::tr("The file cannot be imported.");
        } else {
            text = ImportWizard::tr("%n row(s) checked.", nullptr, r.rows) + QLatin1Char(' ') +
                   ImportWizard::tr("%n problem(s) in %1 row(s): nothing will be written unless "
                                    "you skip those rows.",
                                    nullptr, r.problemCount)
                       .arg(r.invalidRows);
            if (r.problemCount > int(r.problems.size()))
                text += QLatin1Char(' ') + ImportWizard::tr("The first %n are listed.", nullptr,
                                                            int(r.problems.size()));
        }
        if (r.ok() && r.clearedCount > 0)
            text += QLatin1Char(' ') +
                    ImportWizard::tr(
                        "%n stored value(s) would be cleared by empty cells: see Cleared values.",
                        nullptr, r.clearedCount);
        if (r.ok() && r.upgradedIdNumbers > 0)
            text += QLatin1Char(' ') +
                    ImportWizard::tr("%n ID number(s) of 15 digits would be stored as 18.", nullptr,
                                     r.upgradedIdNumbers);
        m_summary->setText(text);
        m_model->setProblems(r.problems);
        m_clearedModel->setProblems(r.clearedValues);
        m_cleared->resizeColumnsToContents();
        m_cleared->horizontalHeader()->setStretchLastSection(true);
        showColumns(r);
        setTabTitles(r.problemCount, r.clearedCount);
        m_tabs->setCurrentIndex(r.ok() ? (r.clearedCount > 0 ? 2 : 1) : 0);
        m_view->resizeColumnsToContents();
        m_view->horizontalHeader()->setStretchLastSection(true);
        m_export->setEnabled(!r.problems.empty());
        m_skip->setEnabled(!r.ok() && r.rows > r.invalidRows && r.problems.front().line > 0);
    }
    void setTabTitles(int problems, int cleared)
    {
        m_tabs->setTabText(0, ImportWizard::tr("Problems (%1)").arg(problems));
        m_tabs->setTabText(1, ImportWizard::tr("Changes by column"));
        m_tabs->setTabText(2, ImportWizard::tr("Cleared values (%1)").arg(cleared));
    }
    void showColumns(const ImportResult &r)
    {
        const int rows = int(r.columns.size() + r.unknownHeaders.size());
        m_columns->setRowCount(rows);
        int row = 0;
        auto set = [&](int column, const QString &text, bool number = false) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_columns->setItem(row, column, item);
        };
        for (const ColumnCoverage &c : r.columns) {
            set(0, ImportRules::columnLabel(c.key));
            if (c.fileColumn < 0) {
                set(1, ImportWizard::tr("not in the file: stored values kept"));
                m_columns->item(row, 1)->setForeground(m_columns->palette().placeholderText());
            } else {
                set(1, c.header);
            }
            set(2, c.fileColumn < 0 ? QString() : QString::number(c.changed), true);
            set(3, c.fileColumn < 0 ? QString() : QString::number(c.cleared), true);
            ++row;
        }
        for (const QString &h : r.unknownHeaders) {
            set(0, ImportWizard::tr("(none)"));
            m_columns->item(row, 0)->setForeground(m_columns->palette().placeholderText());
            set(1, ImportWizard::tr("%1: not imported, no field has this name").arg(h));
            ++row;
        }
        m_columns->resizeColumnsToContents();
        m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        m_columns->setCurrentCell(-1, -1);
    }

    ImportProblemModel *m_model;
    QTableView *m_view;
    QPushButton *m_export;
    QCheckBox *m_skip;
    QTableWidget *m_columns;
    ImportProblemModel *m_clearedModel;
    QTableView *m_cleared;
    QTabWidget *m_tabs;
};

// 5. The import itself, and what it did.
class ImportPage final : public JobPage
{
public:
    ImportPage() : JobPage("importSummary")
    {
        setTitle(ImportWizard::tr("Import"));
        setSubTitle(ImportWizard::tr("All rows are written in one transaction: if anything fails, "
                                     "the plan stays as it was."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, ImportWizard::tr("&Import"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_progress);
        layout->addWidget(m_summary);
        layout->addStretch();
    }
    void initializePage() override { start(false, ImportWizard::tr("Importing…")); }
    bool isComplete() const override { return m_done; }

private:
    void finished(const ImportResult &r) override
    {
        m_progress->setValue(100);
        ImportWizard *w = wizardOf(this);
        QString text;
        if (r.written) {
            w->setImported(r);
            text = ImportWizard::tr(
                       "Imported %1 new and updated %2 record(s); %3 unchanged, %4 skipped.")
                       .arg(r.imported)
                       .arg(r.updated)
                       .arg(r.unchanged)
                       .arg(r.skipped);
            if (r.promoted > 0)
                text += QLatin1Char(' ') + promotedText(r);
            text += QStringLiteral("\n\n") +
                    ImportWizard::tr("Edit ▸ Undo takes the whole import back in one step.");
        } else if (r.ok() && !r.cancelled) {
            text = ImportWizard::tr("Nothing to change: every row matches the plan already.");
        } else {
            text = ImportWizard::tr("Nothing was imported.");
            if (!r.problems.empty())
                text += QLatin1Char(' ') + Importer::problemText(r.problems.front());
        }
        m_summary->setText(text);
    }
};

} // namespace

ImportWizard::ImportWizard(const QString &planPath, const QString &folder, QWidget *parent)
    : QWizard(parent), m_planPath(planPath), m_folder(folder)
{
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    auto *format = new FormatPage;
    setPage(FilePageId, new FilePage);
    setPage(FormatPageId, format);
    setPage(MappingPageId, new MappingPage(format));
    setPage(CheckPageId, new CheckPage);
    setPage(ImportPageId, new ImportPage);
    resizeWithinScreen(this, QSize(820, 600));
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFile(const QString &path)
{
    static_cast<FilePage *>(page(FilePageId))->path()->setText(QDir::toNativeSeparators(path));
}

void ImportWizard::setKind(ImportKind kind)
{
    QComboBox *combo = static_cast<FilePage *>(page(FilePageId))->kind();
    combo->setCurrentIndex(combo->findData(int(kind)));
}

QString ImportWizard::file() const
{
    return QDir::fromNativeSeparators(
        static_cast<FilePage *>(page(FilePageId))->path()->text().trimmed());
}

void ImportWizard::setImported(const ImportResult &result)
{
    m_result = result;
    m_imported = true;
}

} // namespace Planner
