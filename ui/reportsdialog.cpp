// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsdialog.h"

#include "domain/language.h"
#include "items/plansession.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace Planner {

namespace {

const std::vector<Report::Kind> &kinds()
{
    static const std::vector<Report::Kind> all{Report::Kind::Plan,   Report::Kind::Timetable,
                                               Report::Kind::Venue,  Report::Kind::SignIn,
                                               Report::Kind::Roster, Report::Kind::Certifications};
    return all;
}

// Everything the scope fields offer, read on the session's worker.
struct Choices
{
    std::vector<std::pair<Id, QString>> cohorts;     // code
    std::vector<std::pair<Id, QString>> instructors; // name (code)
    std::vector<std::pair<Id, QString>> venues;      // name
    std::vector<std::pair<Id, QString>> tracks;      // localized name
    std::vector<int> years;
};

} // namespace

ReportsDialog::ReportsDialog(PlanSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Print"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose what to print and for whom. The report opens in Print "
                                "Preview, goes to a printer, or is saved as a PDF file."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (Report::Kind k : kinds())
        m_kind->addItem(Report::displayName(k), int(k));
    m_form->addRow(tr("&Report:"), m_kind);

    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_year->setGroupSeparatorShown(false);
    m_form->addRow(tr("&Year:"), m_year);

    m_track = new QComboBox(this);
    m_track->addItem(tr("All tracks"), Id(0));
    m_form->addRow(tr("&Track:"), m_track);

    m_cohort = new QComboBox(this);
    m_cohort->setObjectName(QStringLiteral("reportCohort"));
    m_cohort->setEditable(true);
    m_cohort->setInsertPolicy(QComboBox::NoInsert);
    m_cohort->completer()->setFilterMode(Qt::MatchContains);
    m_cohort->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_cohort->lineEdit()->setPlaceholderText(tr("Type a cohort code"));
    m_form->addRow(tr("&Cohort:"), m_cohort);

    m_day = new QComboBox(this);
    m_form->addRow(tr("&Sessions:"), m_day);

    m_instructor = new QComboBox(this);
    m_instructor->addItem(tr("All instructors teaching in the year"), Id(0));
    m_form->addRow(tr("&Instructor:"), m_instructor);

    m_venue = new QComboBox(this);
    m_venue->addItem(tr("All venues booked in the year"), Id(0));
    m_form->addRow(tr("&Venue:"), m_venue);

    m_period = new QWidget(this);
    auto *period = new QHBoxLayout(m_period);
    period->setContentsMargins(0, 0, 0, 0);
    m_from = new QDateEdit(QDate(QDate::currentDate().year(), 1, 1), m_period);
    m_to = new QDateEdit(QDate(QDate::currentDate().year(), 12, 31), m_period);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), m_period));
    period->addWidget(m_to);
    period->addStretch();
    m_form->addRow(tr("&Period:"), m_period);

    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    auto *paper = new QHBoxLayout;
    paper->addWidget(m_paper);
    paper->addWidget(m_orientation);
    paper->addStretch();
    auto *paperLabel = new QLabel(tr("P&aper:"), this);
    paperLabel->setBuddy(m_paper); // a row of two fields: the label names the first
    m_form->addRow(paperLabel, paper);

    // Each language by its own name, as language menus show them; the window's by default.
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::installed())));
    m_form->addRow(tr("La&nguage:"), m_language);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_saveButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    m_printButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsDialog::preview);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsDialog::print);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportsDialog::saveDialog);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsDialog::kindChanged);
    connect(m_cohort, &QComboBox::currentIndexChanged, this, &ReportsDialog::cohortChanged);

    // The choices: every cohort, instructor and venue, and the plan's years.
    m_session->query<Choices>(
        this,
        [](const PlanQueries &q) {
            Choices c;
            for (const CohortSummary &s : q.cohorts())
                c.cohorts.emplace_back(s.cohort.id, s.cohort.code);
            std::sort(c.cohorts.begin(), c.cohorts.end(),
                      [](const auto &a, const auto &b) { return a.second < b.second; });
            for (const Instructor &i : q.conflictInput().instructors)
                c.instructors.emplace_back(i.id, QStringLiteral("%1 (%2)").arg(i.name, i.code));
            std::sort(c.instructors.begin(), c.instructors.end(),
                      [](const auto &a, const auto &b) { return a.second < b.second; });
            for (const VenueSummary &v : q.venues())
                if (!v.venue.online)
                    c.venues.emplace_back(v.venue.id, v.venue.name);
            const bool chinese = QLocale().language() == QLocale::Chinese;
            for (const Track &t : q.tracks())
                c.tracks.emplace_back(t.id, chinese && !t.nameZh.isEmpty() ? t.nameZh : t.name);
            c.years = q.planYears();
            return c;
        },
        [this](Choices c) {
            const Id cohort = m_cohort->currentData().toLongLong();
            {
                const QSignalBlocker blocker(m_cohort);
                m_cohort->clear();
                for (const auto &[id, code] : c.cohorts)
                    m_cohort->addItem(code, id);
                m_cohort->setCurrentIndex(cohort != 0 ? m_cohort->findData(cohort) : -1);
            }
            for (const auto &[id, name] : c.instructors)
                m_instructor->addItem(name, id);
            for (const auto &[id, name] : c.venues)
                m_venue->addItem(name, id);
            for (const auto &[id, name] : c.tracks)
                m_track->addItem(name, id);
            if (!c.years.empty())
                m_year->setRange(c.years.front(), c.years.back());
            if (m_pendingRecord != 0)
                select(Report::Kind(m_kind->currentData().toInt()), m_pendingRecord);
            cohortChanged();
        });
    kindChanged();
}

ReportsDialog::~ReportsDialog()
{
    if (m_worker)
        m_worker->wait(); // the PDF or the print job is finished before the dialog goes
}

void ReportsDialog::select(Report::Kind kind, Id record)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    if (record == 0)
        return;
    QComboBox *box = kind == Report::Kind::SignIn || kind == Report::Kind::Roster ? m_cohort
                     : kind == Report::Kind::Timetable                            ? m_instructor
                     : kind == Report::Kind::Venue                                ? m_venue
                                                                                  : nullptr;
    if (!box)
        return;
    const int index = box->findData(record);
    // The lists arrive from the worker: select the record once they are there.
    m_pendingRecord = index < 0 ? record : 0;
    if (index >= 0)
        box->setCurrentIndex(index);
}

bool ReportsDialog::isShown(QWidget *field) const
{
    return m_form->isRowVisible(field);
}

QWidget *ReportsDialog::yearField() const
{
    return m_year;
}

QWidget *ReportsDialog::periodField() const
{
    return m_period;
}

void ReportsDialog::kindChanged()
{
    const auto kind = Report::Kind(m_kind->currentData().toInt());
    using K = Report::Kind;
    m_form->setRowVisible(m_year, kind == K::Plan || kind == K::Timetable || kind == K::Venue ||
                                      kind == K::Capacity);
    m_form->setRowVisible(m_track, kind == K::Plan);
    m_form->setRowVisible(m_cohort, kind == K::SignIn || kind == K::Roster);
    m_form->setRowVisible(m_day, kind == K::SignIn);
    m_form->setRowVisible(m_instructor, kind == K::Timetable);
    m_form->setRowVisible(m_venue, kind == K::Venue);
    m_form->setRowVisible(m_period, kind == K::Certifications);
    const Report::PageSetup setup = Report::defaultSetup(kind);
    m_orientation->setCurrentIndex(m_orientation->findData(int(setup.orientation)));
    m_status->clear();
}

void ReportsDialog::cohortChanged()
{
    m_day->clear();
    m_day->addItem(tr("Every session (a sheet each)"), QDate());
    const Id cohort = m_cohort->currentData().toLongLong();
    if (cohort == 0 || !m_session->isOpen())
        return;
    // The cohort's days, read on the worker (a cohort has a few dozen sessions).
    m_session->query<std::vector<QDate>>(
        this, [cohort](const PlanQueries &q) { return q.sessionDays(cohort); },
        [this, cohort](std::vector<QDate> days) {
            if (m_cohort->currentData().toLongLong() != cohort)
                return;
            const QLocale locale;
            for (QDate d : days)
                m_day->addItem(QStringLiteral("%1 %2").arg(
                                   d.toString(Qt::ISODate),
                                   locale.dayName(d.dayOfWeek(), QLocale::ShortFormat)),
                               d);
        });
}

Report::Request ReportsDialog::request() const
{
    Report::Request r;
    r.kind = Report::Kind(m_kind->currentData().toInt());
    using K = Report::Kind;
    if (r.kind == K::Plan || r.kind == K::Timetable || r.kind == K::Venue || r.kind == K::Capacity)
        r.year = m_year->value();
    if (r.kind == K::Plan)
        r.trackId = m_track->currentData().toLongLong();
    if (r.kind == K::SignIn || r.kind == K::Roster) {
        // The code typed, when it was not picked from the list.
        const int typed =
            m_cohort->findText(m_cohort->currentText().trimmed(), Qt::MatchFixedString);
        r.cohortId = m_cohort->itemData(typed >= 0 ? typed : m_cohort->currentIndex()).toLongLong();
    }
    if (r.kind == K::SignIn)
        r.sessionDay = m_day->currentData().toDate();
    if (r.kind == K::Timetable)
        r.instructorId = m_instructor->currentData().toLongLong();
    if (r.kind == K::Venue)
        r.venueId = m_venue->currentData().toLongLong();
    if (r.kind == K::Certifications) {
        r.from = m_from->date();
        r.to = m_to->date();
    }
    r.planName = m_session->planName();
    r.locale = Language::localeOf(m_language->currentData().toString());
    return r;
}

Report::PageSetup ReportsDialog::pageSetup() const
{
    Report::PageSetup setup;
    setup.size = QPageSize::PageSizeId(m_paper->currentData().toInt());
    setup.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    return setup;
}

void ReportsDialog::setBusy(const QString &what)
{
    m_busy = !what.isEmpty();
    m_status->setText(what);
    for (QPushButton *b : {m_previewButton, m_printButton, m_saveButton})
        b->setEnabled(!m_busy);
}

void ReportsDialog::showProblem(const QString &message)
{
    setBusy({});
    m_status->setText(
        QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(message.toHtmlEscaped()));
    emit failed(message);
}

void ReportsDialog::build(std::function<void(const Report::Document &)> then)
{
    const Report::Request r = request();
    if ((r.kind == Report::Kind::SignIn || r.kind == Report::Kind::Roster) && r.cohortId == 0) {
        showProblem(tr("Choose the cohort: “%1” is not a cohort code of this plan.")
                        .arg(m_cohort->currentText()));
        return;
    }
    setBusy(tr("Preparing the report…"));
    m_session->query<Result<Report::Document>>(
        this, [r](const PlanQueries &q) { return Report::build(q, r); },
        [this, then = std::move(then)](Result<Report::Document> doc) {
            if (!doc) {
                showProblem(doc.message());
                return;
            }
            setBusy({});
            then(*doc);
        },
        [this](const QString &message) { showProblem(message); });
}

void ReportsDialog::offThread(const QString &what, std::function<void()> work,
                              std::function<void()> then)
{
    setBusy(what);
    QThread *thread = QThread::create(std::move(work));
    m_worker = thread;
    connect(thread, &QThread::finished, this, [this, thread, then = std::move(then)] {
        thread->deleteLater();
        m_worker = nullptr;
        setBusy({});
        then();
    });
    thread->start();
}

namespace {

std::shared_ptr<QPrinter> printerFor(const Report::PageSetup &setup, const QString &title)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(setup.size));
    printer->setPageOrientation(setup.orientation);
    printer->setDocName(title);
    return printer;
}

} // namespace

void ReportsDialog::preview()
{
    const Report::PageSetup setup = pageSetup();
    build([this, setup](const Report::Document &doc) {
        const std::shared_ptr<QPrinter> printer = printerFor(setup, doc.title);
        QPrintPreviewDialog dialog(printer.get(), this);
        dialog.setWindowTitle(tr("Print Preview: %1").arg(doc.title));
        dialog.resize(size().expandedTo(QSize(900, 700)));
        // The preview asks for its pages on this thread: Qt's text layout keeps its fonts
        // per thread, so pages laid out on a worker cannot be drawn here. The document
        // itself was built on the worker; laying out the largest (every instructor's
        // timetable, 230 pages) takes about 1.5 s, under a busy cursor.
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter *p) {
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            QPainter painter(p);
            Report::paint(doc, p, &painter);
            QGuiApplication::restoreOverrideCursor();
        });
        emit previewShown(&dialog);
        dialog.exec();
    });
}

void ReportsDialog::print()
{
    const Report::PageSetup setup = pageSetup();
    build([this, setup](const Report::Document &doc) {
        const std::shared_ptr<QPrinter> printer = printerFor(setup, doc.title);
        QPrintDialog dialog(printer.get(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        // Qt paints onto a printer from any thread: the window stays free meanwhile.
        auto pages = std::make_shared<int>(0);
        offThread(
            tr("Printing…"),
            [doc, printer, pages] {
                QPainter painter;
                if (painter.begin(printer.get())) {
                    *pages = Report::paint(doc, printer.get(), &painter);
                    painter.end();
                }
            },
            [this, pages] {
                if (*pages == 0)
                    showProblem(tr("The printer could not be started."));
                else
                    m_status->setText(tr("Sent to the printer: %n page(s).", nullptr, *pages));
            });
    });
}

void ReportsDialog::saveDialog()
{
    const Report::Request r = request();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("%1-%2.pdf")
                             .arg(Report::key(r.kind),
                                  r.year > 0 ? QString::number(r.year) : m_cohort->currentText());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void ReportsDialog::savePdf(const QString &path)
{
    const Report::PageSetup setup = pageSetup();
    build([this, path, setup](const Report::Document &doc) {
        // Laying out hundreds of pages takes seconds: on a thread of its own.
        auto result = std::make_shared<Result<int>>(0);
        offThread(
            tr("Writing %1…").arg(QDir::toNativeSeparators(path)),
            [doc, path, setup, result] { *result = Report::writePdf(doc, path, setup); },
            [this, path, result] {
                if (!*result) {
                    showProblem(result->message());
                    return;
                }
                m_status->setText(tr("Saved %1 (%n page(s)).", nullptr, **result)
                                      .arg(QDir::toNativeSeparators(path)));
                emit written(path, **result);
            });
    });
}

} // namespace Planner
