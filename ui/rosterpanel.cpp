// SPDX-License-Identifier: GPL-3.0-or-later
#include "rosterpanel.h"
#include "commands/planeditor.h"

#include "certifydialog.h"
#include "editcontroller.h"
#include "planitemdelegate.h"

#include "items/enrollmentmodels.h"
#include "items/plansession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Planner {

namespace {

QTableView *rosterView(RosterModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setItemDelegate(new PlanItemDelegate(view));
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    const std::vector<int> shown = model->shownColumns();
    for (int c = 0; c < model->columnCount(); ++c)
        view->setColumnHidden(c, std::find(shown.begin(), shown.end(), c) == shown.end());
    return view;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

RosterPanel::RosterPanel(PlanSession *session, EditController *edits, QWidget *parent)
    : QWidget(parent), m_session(session), m_edits(edits), m_title(new QLabel(this)),
      m_seatCount(new QLabel(this)), m_seats(new RosterModel(RosterModel::Part::Seats, this)),
      m_waitlist(new RosterModel(RosterModel::Part::Waitlist, this)),
      m_seatsView(rosterView(m_seats, this)), m_waitlistView(rosterView(m_waitlist, this)),
      m_waitlistTitle(sectionTitle(tr("Waitlist"), this)), m_message(new QLabel(this)),
      m_enroll(new QPushButton(tr("E&nroll Trainees…"), this)),
      m_withdraw(new QPushButton(tr("&Withdraw"), this)),
      m_transfer(new QPushButton(tr("&Transfer…"), this)),
      m_completed(new QPushButton(tr("Mark &Completed"), this)),
      m_failed(new QPushButton(tr("Mark F&ailed"), this)),
      m_certify(new QPushButton(tr("Cert&ify…"), this)),
      m_up(new QPushButton(tr("Move &Up"), this)), m_down(new QPushButton(tr("Move &Down"), this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_seatCount->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_message->hide();
    m_seats->setSession(session);
    m_waitlist->setSession(session);
    m_enroll->setObjectName(QStringLiteral("enroll"));
    m_withdraw->setObjectName(QStringLiteral("withdraw"));
    m_transfer->setObjectName(QStringLiteral("transfer"));
    m_completed->setObjectName(QStringLiteral("markCompleted"));
    m_failed->setObjectName(QStringLiteral("markFailed"));
    m_certify->setObjectName(QStringLiteral("certify"));
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down->setObjectName(QStringLiteral("moveDown"));
    m_withdraw->setToolTip(
        tr("Withdraw the selected trainees; each seat freed goes to the first on the waitlist"));
    m_transfer->setToolTip(tr("Move the selected trainees to another cohort's seat or waitlist"));
    m_completed->setToolTip(tr("Mark the selected trainees as having completed the cohort"));
    m_failed->setToolTip(tr("Mark the selected trainees as having failed the cohort"));
    m_certify->setToolTip(
        tr("Record the certificate of the selected trainees who completed the cohort"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_enroll);
    actions->addWidget(m_withdraw);
    actions->addWidget(m_transfer);
    actions->addStretch(1);
    auto *outcomes = new QHBoxLayout;
    outcomes->addWidget(m_completed);
    outcomes->addWidget(m_failed);
    outcomes->addWidget(m_certify);
    outcomes->addStretch(1);
    auto *pasteHint =
        new QLabel(tr("Scores and attendance: edit a cell, or copy a column in a spreadsheet, "
                      "select the rows here and paste (Ctrl+V)."),
                   this);
    pasteHint->setWordWrap(true);
    pasteHint->setForegroundRole(QPalette::PlaceholderText);
    auto *waitlistHeader = new QHBoxLayout;
    waitlistHeader->addWidget(m_waitlistTitle, 1);
    waitlistHeader->addWidget(m_up);
    waitlistHeader->addWidget(m_down);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_seatCount);
    layout->addLayout(actions);
    layout->addWidget(sectionTitle(tr("Seats"), this));
    layout->addWidget(m_seatsView, 3);
    layout->addLayout(outcomes);
    layout->addWidget(pasteHint);
    layout->addLayout(waitlistHeader);
    layout->addWidget(m_waitlistView, 2);
    layout->addWidget(m_message);

    auto *pasteAction = new QAction(tr("&Paste"), m_seatsView);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetShortcut);
    m_seatsView->addAction(pasteAction);
    connect(pasteAction, &QAction::triggered, this,
            [this] { paste(QApplication::clipboard()->text()); });

    connect(m_enroll, &QPushButton::clicked, this,
            [this] { report(m_edits->enrollTrainees(m_cohortId)); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds(m_seatsView) + selectedIds(m_waitlistView);
        report(m_edits->applyEnrollmentEdit([&](const PlanEdits &e) {
            return e.overShown(shown(ids), e.withdraw(std::vector<Id>(ids.begin(), ids.end())));
        }));
    });
    connect(m_transfer, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds(m_seatsView) + selectedIds(m_waitlistView);
        report(m_edits->transferEnrollments(ids, shown(ids)));
    });
    connect(m_completed, &QPushButton::clicked, this,
            [this] { setStatus(int(EnrollmentStatus::Completed)); });
    connect(m_failed, &QPushButton::clicked, this,
            [this] { setStatus(int(EnrollmentStatus::Failed)); });
    connect(m_certify, &QPushButton::clicked, this, &RosterPanel::certify);
    connect(m_up, &QPushButton::clicked, this, [this] { moveOnWaitlist(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveOnWaitlist(+1); });
    for (QTableView *view : {m_seatsView, m_waitlistView})
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &RosterPanel::updateButtons);
    for (RosterModel *model : {m_seats, m_waitlist})
        connect(model, &TableModelBase::editRejected, this, &RosterPanel::report);
    connect(m_session->editor(), &PlanEditor::changed, this, [this](PlanTables tables) {
        if (tables &
            (PlanTable::Enrollment | PlanTable::Cohort | PlanTable::Trainee | PlanTable::Session))
            reload();
    });
    connect(m_session, &PlanSession::planOpened, this, [this] { showCohort(0); });
    showCohort(0);
}

void RosterPanel::showCohort(qint64 cohortId)
{
    if (cohortId != m_cohortId)
        report({});
    m_cohortId = cohortId;
    reload();
}

void RosterPanel::reload()
{
    const quint64 request = ++m_request;
    m_seats->markOutdated();
    m_waitlist->markOutdated();
    const qint64 cohortId = m_cohortId;
    if (cohortId == 0 || !m_session->isOpen()) {
        m_roster = {};
        showRoster();
        return;
    }
    m_session->query<CohortRoster>(
        this, [cohortId](const PlanQueries &q) { return q.cohortRoster(cohortId); },
        [this, request](CohortRoster roster) {
            if (request != m_request)
                return; // another cohort was chosen, or the plan changed again, meanwhile
            m_roster = std::move(roster);
            m_shownRequest = request;
            showRoster();
        });
}

void RosterPanel::showRoster()
{
    // Keep the selection across a reload (after an edit) by enrollment id.
    const QList<qint64> seatSelection = selectedIds(m_seatsView);
    const QList<qint64> waitSelection = selectedIds(m_waitlistView);
    const int seatColumn = m_seatsView->currentIndex().column();
    m_seats->setRoster(m_roster);
    m_waitlist->setRoster(m_roster);
    const bool shown = m_roster.cohort.id != 0;
    if (!shown) {
        m_title->setText(tr("Select a cohort to see its roster and waitlist."));
        m_seatCount->clear();
    } else {
        const QLocale locale;
        m_title->setText(QStringLiteral("%1 · %2").arg(
            m_roster.cohort.code, localizedName(m_roster.courseTitle, m_roster.courseTitleZh)));
        int holders = 0;
        for (const RosterEntry &r : m_roster.entries)
            holders += EnrollmentRules::holdsSeat(r.enrollment.status);
        const int waiting = m_waitlist->rowCount();
        QString text =
            tr("%1 of %2 seats taken")
                .arg(locale.toString(holders), locale.toString(m_roster.cohort.capacity));
        text += QStringLiteral(" · ") + tr("%n waiting", nullptr, waiting);
        if (m_roster.start.isValid())
            text +=
                QStringLiteral(" · %1 – %2")
                    .arg(m_roster.start.toString(Qt::ISODate), m_roster.end.toString(Qt::ISODate));
        text += QStringLiteral(" · ") + displayName(m_roster.cohort.status);
        m_seatCount->setText(text);
    }
    m_waitlistTitle->setText(tr("Waitlist (%1)").arg(m_waitlist->rowCount()));
    for (auto [view, ids] :
         {std::pair{m_seatsView, seatSelection}, std::pair{m_waitlistView, waitSelection}}) {
        auto *model = static_cast<RosterModel *>(view->model());
        QItemSelection selection;
        for (qint64 id : ids) {
            const int row = model->rowOfId(id);
            if (row >= 0)
                selection.select(model->index(row, 0), model->index(row, model->columnCount() - 1));
        }
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        if (!ids.isEmpty() && model->rowOfId(ids.front()) >= 0) {
            const int column =
                view == m_seatsView && seatColumn >= 0 ? seatColumn : int(RosterModel::Name);
            view->selectionModel()->setCurrentIndex(
                model->index(model->rowOfId(ids.front()), column), QItemSelectionModel::NoUpdate);
        }
    }
    for (QTableView *view : {m_seatsView, m_waitlistView}) {
        view->resizeColumnsToContents();
        for (int c = 0; c < view->model()->columnCount(); ++c)
            view->setColumnWidth(c, std::min(view->columnWidth(c), 200));
    }
    updateButtons();
    emit rosterShown();
}

void RosterPanel::updateButtons()
{
    const bool shown = m_roster.cohort.id != 0;
    const bool seatsSelected = m_seatsView->selectionModel()->hasSelection();
    const bool waitSelected = m_waitlistView->selectionModel()->hasSelection();
    m_enroll->setEnabled(shown);
    m_withdraw->setEnabled(shown && (seatsSelected || waitSelected));
    m_transfer->setEnabled(shown && (seatsSelected || waitSelected));
    m_completed->setEnabled(shown && seatsSelected);
    m_failed->setEnabled(shown && seatsSelected);
    m_certify->setEnabled(shown && !selectedCompleted().isEmpty());
    const QModelIndexList waiting = m_waitlistView->selectionModel()->selectedRows();
    const int row = waiting.size() == 1 ? waiting.front().row() : -1;
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_waitlist->rowCount());
}

void RosterPanel::report(const QString &refusal)
{
    m_message->setText(refusal);
    m_message->setVisible(!refusal.isEmpty());
}

QString RosterPanel::seatText() const
{
    return m_seatCount->text();
}

QString RosterPanel::message() const
{
    return m_message->text();
}

QList<qint64> RosterPanel::selectedIds(QTableView *view) const
{
    QModelIndexList rows = view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : rows)
        ids << index.data(TableModelBase::IdRole).toLongLong();
    return ids;
}

void RosterPanel::setStatus(int status)
{
    const QList<qint64> ids = selectedIds(m_seatsView);
    OutcomeEdit edit;
    edit.status = EnrollmentStatus(status);
    report(m_edits->applyEnrollmentEdit([&](const PlanEdits &e) {
        return e.overShown(shown(ids), e.setOutcome(std::vector<Id>(ids.begin(), ids.end()), edit));
    }));
}

std::vector<Enrollment> RosterPanel::shown(const QList<qint64> &ids) const
{
    // While the page reloads after an edit (its own, usually: the user's step a moment
    // ago), what it shows is older than the plan: no "as shown" then, else that step would
    // be taken for someone else's change. The edit is made over what is stored, as before.
    if (m_shownRequest != m_request)
        return {};
    return shownEnrollments(m_roster.entries, ids);
}

QList<qint64> RosterPanel::selectedCompleted() const
{
    QList<qint64> completed;
    for (qint64 id : selectedIds(m_seatsView)) {
        for (const RosterEntry &entry : m_roster.entries) {
            if (entry.enrollment.id == id && entry.enrollment.status == EnrollmentStatus::Completed)
                completed << id;
        }
    }
    return completed;
}

void RosterPanel::certify()
{
    const QList<qint64> ids = selectedCompleted();
    if (ids.isEmpty())
        return;
    CertifyDialog dialog(int(ids.size()), m_roster.cohort.code, m_roster.end, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    OutcomeEdit edit;
    edit.certification = dialog.level();
    edit.certifiedOn = dialog.date();
    report(m_edits->applyEnrollmentEdit([&](const PlanEdits &e) {
        return e.overShown(shown(ids), e.setOutcome(std::vector<Id>(ids.begin(), ids.end()), edit));
    }));
}

void RosterPanel::moveOnWaitlist(int delta)
{
    const QModelIndexList rows = m_waitlistView->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const qint64 id = rows.front().data(TableModelBase::IdRole).toLongLong();
    const int position = rows.front().row() + 1 + delta;
    report(m_edits->applyEnrollmentEdit([&](const PlanEdits &e) {
        return e.overShown(shown({id}), e.moveOnWaitlist(id, position));
    }));
}

void RosterPanel::paste(const QString &text)
{
    std::vector<int> rows;
    for (const QModelIndex &index : m_seatsView->selectionModel()->selectedRows())
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    if (rows.empty() && m_seatsView->currentIndex().isValid())
        rows.push_back(m_seatsView->currentIndex().row());
    const int column =
        m_seatsView->currentIndex().isValid() ? m_seatsView->currentIndex().column() : -1;
    report(m_edits->applyEnrollmentEdit(
        [&](const PlanEdits &e) { return m_seats->pasteEdit(rows, column, text, e); }));
}

} // namespace Planner
