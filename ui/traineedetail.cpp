// SPDX-License-Identifier: GPL-3.0-or-later
#include "traineedetail.h"
#include "commands/planeditor.h"

#include "editcontroller.h"

#include "items/cellvalues.h"
#include "items/enrollmentmodels.h"
#include "items/plansession.h"
#include "planning/identitydocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Planner {

TraineeDetail::TraineeDetail(PlanSession *session, EditController *edits, QWidget *parent)
    : QWidget(parent), m_session(session), m_edits(edits), m_name(new QLabel(this)),
      m_details(new QLabel(this)), m_model(new TraineeHistoryModel(this)),
      m_view(new QTableView(this)), m_certificates(new QLabel(this)), m_message(new QLabel(this)),
      m_enroll(new QPushButton(tr("E&nroll in Cohort…"), this)),
      m_withdraw(new QPushButton(tr("&Withdraw"), this)),
      m_transfer(new QPushButton(tr("&Transfer…"), this)),
      m_reveal(new QPushButton(tr("Show ID Number"), this))
{
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_name->setFont(bold);
    m_name->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_certificates->setWordWrap(true);
    m_certificates->setTextFormat(Qt::RichText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_message->hide();
    m_enroll->setObjectName(QStringLiteral("enrollInCohort"));
    m_withdraw->setObjectName(QStringLiteral("withdraw"));
    m_transfer->setObjectName(QStringLiteral("transfer"));
    m_reveal->setObjectName(QStringLiteral("revealIdNumber"));
    m_reveal->setToolTip(
        tr("ID numbers are shown masked. Show this trainee's in full for as long as the plan "
           "stays open; the History records who saw it."));
    m_withdraw->setToolTip(
        tr("Withdraw from the selected enrollment; the seat goes to the first on the waitlist"));
    m_transfer->setToolTip(tr("Move the selected enrollment to another cohort's seat or waitlist"));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_enroll);
    actions->addWidget(m_withdraw);
    actions->addWidget(m_transfer);
    actions->addStretch(1);
    actions->addWidget(m_reveal);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_certificates);
    layout->addWidget(m_message);

    connect(m_enroll, &QPushButton::clicked, this,
            [this] { report(m_edits->enrollInCohort({m_traineeId})); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        report(m_edits->applyEnrollmentEdit([&](const PlanEdits &e) {
            return e.overShown(shownHistory(ids),
                               e.withdraw(std::vector<Id>(ids.begin(), ids.end())));
        }));
    });
    connect(m_transfer, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        report(m_edits->transferEnrollments(ids, shownHistory(ids)));
    });
    connect(m_reveal, &QPushButton::clicked, this,
            [this] { report(m_session->revealIdNumber(m_traineeId).message()); });
    connect(m_session, &PlanSession::idNumberRevealed, this, [this](qint64 id) {
        if (id == m_history.trainee.id)
            showHistory();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TraineeDetail::updateButtons);
    connect(m_session->editor(), &PlanEditor::changed, this, [this](PlanTables tables) {
        if (tables &
            (PlanTable::Enrollment | PlanTable::Cohort | PlanTable::Trainee | PlanTable::Session))
            reload();
    });
    connect(m_session, &PlanSession::planOpened, this, [this] { showTrainee(0); });
    showTrainee(0);
}

void TraineeDetail::showTrainee(qint64 traineeId)
{
    if (traineeId != m_traineeId)
        report({});
    m_traineeId = traineeId;
    reload();
}

void TraineeDetail::reload()
{
    const quint64 request = ++m_request;
    const qint64 traineeId = m_traineeId;
    if (traineeId == 0 || !m_session->isOpen()) {
        m_history = {};
        showHistory();
        return;
    }
    m_session->query<TraineeHistory>(
        this, [traineeId](const PlanQueries &q) { return q.traineeHistory(traineeId); },
        [this, request](TraineeHistory history) {
            if (request != m_request)
                return; // another trainee was chosen, or the plan changed again, meanwhile
            m_history = std::move(history);
            m_shownRequest = request;
            showHistory();
        });
}

void TraineeDetail::showHistory()
{
    const QList<qint64> selection = selectedIds();
    m_model->setRows(m_history.entries);
    const Trainee &t = m_history.trainee;
    if (t.id == 0) {
        m_name->setText(tr("Select a trainee to see their cohorts and certificates."));
        m_details->clear();
        m_certificates->clear();
    } else {
        const QString number =
            m_session->isIdNumberRevealed(t.id) ? t.idNumber : IdentityDocument::masked(t.idNumber);
        const QString name = Cells::traineeName(t.name);
        m_name->setText(t.idNumber.isEmpty() ? name : QStringLiteral("%1 · %2").arg(name, number));
        QStringList details;
        for (const QString &part : {t.employer, t.district, t.email, t.phone}) {
            if (!part.isEmpty())
                details << part;
        }
        m_details->setText(details.join(QStringLiteral(" · ")));
        QStringList certificates;
        for (const TraineeHistoryEntry &e : m_history.entries) {
            if (e.enrollment.certification == CertificationLevel::None)
                continue;
            certificates << tr("%1, %2 (%3, %4)")
                                .arg(displayName(e.enrollment.certification).toHtmlEscaped(),
                                     localizedName(e.track, e.trackZh).toHtmlEscaped(),
                                     e.enrollment.certifiedOn.toString(Qt::ISODate),
                                     e.cohortCode.toHtmlEscaped());
        }
        m_certificates->setText(
            certificates.isEmpty()
                ? tr("<b>Certificates:</b> none yet")
                : tr("<b>Certificates:</b> %1").arg(certificates.join(QStringLiteral("; "))));
    }
    QItemSelection restored;
    for (qint64 id : selection) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            restored.select(m_model->index(row, 0),
                            m_model->index(row, m_model->columnCount() - 1));
    }
    m_view->selectionModel()->select(restored, QItemSelectionModel::ClearAndSelect);
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 200));
    updateButtons();
    emit historyShown();
}

void TraineeDetail::updateButtons()
{
    const bool shown = m_history.trainee.id != 0;
    const bool selected = m_view->selectionModel()->hasSelection();
    m_enroll->setEnabled(shown);
    m_withdraw->setEnabled(shown && selected);
    m_transfer->setEnabled(shown && selected);
    m_reveal->setVisible(shown && !m_history.trainee.idNumber.isEmpty() &&
                         !m_session->isIdNumberRevealed(m_history.trainee.id));
}

void TraineeDetail::report(const QString &refusal)
{
    m_message->setText(refusal);
    m_message->setVisible(!refusal.isEmpty());
}

QString TraineeDetail::certificatesText() const
{
    return m_certificates->text();
}

QString TraineeDetail::message() const
{
    return m_message->text();
}

std::vector<Enrollment> TraineeDetail::shownHistory(const QList<qint64> &ids) const
{
    // While the page reloads after an edit (its own, usually: the user's step a moment
    // ago), what it shows is older than the plan: no "as shown" then, else that step would
    // be taken for someone else's change. The edit is made over what is stored, as before.
    if (m_shownRequest != m_request)
        return {};
    return shownEnrollments(m_history.entries, ids);
}

QList<qint64> TraineeDetail::selectedIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : rows)
        ids << index.data(TableModelBase::IdRole).toLongLong();
    return ids;
}

} // namespace Planner
