// SPDX-License-Identifier: GPL-3.0-or-later
#include "assigndialog.h"

#include "windowsize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Planner {

namespace {

QColor statusColour(Candidate::Status status)
{
    switch (status) {
    case Candidate::Status::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case Candidate::Status::Warning:
        return QColor(0xe6, 0x9f, 0x00);
    case Candidate::Status::Blocked:
        return QColor(0xc0, 0x39, 0x2b);
    }
    return Qt::gray;
}

} // namespace

QIcon AssignDialog::statusIcon(Candidate::Status status)
{
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(statusColour(status));
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        QPen pen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        const double s = size;
        switch (status) {
        case Candidate::Status::Ok: // a tick
            p.drawPolyline(QPolygonF({QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68),
                                      QPointF(s * 0.72, s * 0.34)}));
            break;
        case Candidate::Status::Warning: // an exclamation mark
            p.drawLine(QPointF(s / 2, s * 0.25), QPointF(s / 2, s * 0.58));
            p.drawPoint(QPointF(s / 2, s * 0.74));
            break;
        case Candidate::Status::Blocked: // a cross
            p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
            p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

AssignDialog::AssignDialog(const QString &cohortCode, Ranking ranking, QWidget *parent)
    : QDialog(parent), m_ranking(std::move(ranking)), m_role(new QComboBox(this)),
      m_list(new QTreeWidget(this)), m_explanation(new QLabel(this)), m_notice(new QLabel(this)),
      m_reasonLabel(new QLabel(tr("Rea&son for assigning despite the warnings:"), this)),
      m_reason(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Assign an instructor to %1").arg(cohortCode));
    m_role->addItem(displayName(InstructorRole::Lead), int(InstructorRole::Lead));
    m_role->addItem(displayName(InstructorRole::Assistant), int(InstructorRole::Assistant));

    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Instructor"), tr("Status"),
                             tr("Teaching days (week · month · year)"), tr("District"), tr("Why")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Candidates"));
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);

    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 2);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_reasonLabel->setBuddy(m_reason);
    m_reason->setPlaceholderText(tr("e.g. agreed with the instructor and their manager"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Role:"), m_role);
    auto *legend = new QLabel(
        tr("Best first: free and qualified, then fewest warnings, the least loaded, and "
           "those living in the venue's district. Blocked instructors cannot be assigned."),
        this);
    legend->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("assignNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_notice->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(legend);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_explanation);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);

    connect(m_role, &QComboBox::currentIndexChanged, this, &AssignDialog::rank);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AssignDialog::updateState);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &AssignDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rank();
    resizeWithinScreen(this, QSize(900, 520));
}

void AssignDialog::setRole(InstructorRole role)
{
    m_role->setCurrentIndex(m_role->findData(int(role)));
}

InstructorRole AssignDialog::role() const
{
    return InstructorRole(m_role->currentData().toInt());
}

void AssignDialog::rank()
{
    const Id previous = instructorId();
    m_candidates = m_ranking ? m_ranking(role()) : std::vector<Candidate>();
    m_list->clear();
    for (const Candidate &c : m_candidates) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Name,
                      c.code.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, c.code));
        item->setIcon(Name, statusIcon(c.status));
        item->setData(Name, Qt::UserRole, QVariant::fromValue(c.instructorId));
        switch (c.status) {
        case Candidate::Status::Ok:
            item->setText(Status, tr("Free and qualified"));
            break;
        case Candidate::Status::Warning:
            item->setText(Status, tr("Warning"));
            break;
        case Candidate::Status::Blocked:
            item->setText(Status, tr("Blocked"));
            break;
        }
        item->setForeground(Status, statusColour(c.status));
        item->setText(Load, tr("%1/%2 · %3/%4 · %5/%6")
                                .arg(c.load.week)
                                .arg(c.limits.week)
                                .arg(c.load.month)
                                .arg(c.limits.month)
                                .arg(c.load.year)
                                .arg(c.limits.year));
        item->setToolTip(Load,
                         tr("Days already booked in the week, month and year of the cohort's first "
                            "session, against the instructor's limits"));
        item->setText(District, c.sameDistrict ? tr("Lives nearby") : QString());
        item->setText(Reasons,
                      c.reasons.isEmpty() ? QString() : c.reasons.join(QStringLiteral("; ")));
        const QString tip = c.reasons.isEmpty()
                                ? tr("No rule objects: qualified, free and under the limits.")
                                : c.reasons.join(QLatin1Char('\n'));
        for (int column = 0; column < ColumnCount; ++column) {
            if (column != Load)
                item->setToolTip(column, tip);
        }
    }
    for (int column : {Name, Status, Load, District})
        m_list->resizeColumnToContents(column);
    if (!previous || !selectInstructor(previous)) {
        if (m_list->topLevelItemCount() > 0)
            m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    updateState();
}

bool AssignDialog::selectInstructor(Id instructorId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(Name, Qt::UserRole).toLongLong() == instructorId) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

const Candidate *AssignDialog::chosen() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const int row = m_list->indexOfTopLevelItem(item);
    return row >= 0 && row < int(m_candidates.size()) ? &m_candidates[std::size_t(row)] : nullptr;
}

Id AssignDialog::instructorId() const
{
    const Candidate *c = chosen();
    return c ? c->instructorId : 0;
}

QString AssignDialog::reason() const
{
    const Candidate *c = chosen();
    const bool asked = c && (c->status == Candidate::Status::Warning ||
                             (m_reasonRequired && c->status != Candidate::Status::Blocked));
    return asked ? m_reason->text().trimmed() : QString();
}

void AssignDialog::requireReason(const QString &notice)
{
    m_reasonRequired = true;
    m_notice->setText(notice);
    m_notice->show();
    m_reasonLabel->setText(tr("Rea&son for this assignment:"));
    updateState();
}

void AssignDialog::updateState()
{
    const Candidate *c = chosen();
    const bool warning = c && (c->status == Candidate::Status::Warning ||
                               (m_reasonRequired && c->status != Candidate::Status::Blocked));
    m_reasonLabel->setVisible(warning);
    m_reason->setVisible(warning);
    bool ok = false;
    if (!c) {
        m_explanation->setText(tr("Choose an instructor."));
    } else if (c->status == Candidate::Status::Blocked) {
        m_explanation->setText(
            tr("%1 cannot be assigned: %2").arg(c->name, c->reasons.join(QLatin1Char(' '))));
    } else if (warning) {
        const QString why =
            c->reasons.isEmpty() ? m_notice->text() : c->reasons.join(QLatin1Char(' '));
        m_explanation->setText(tr("%1 can be assigned with a reason: %2").arg(c->name, why));
        ok = !m_reason->text().trimmed().isEmpty();
    } else {
        m_explanation->setText(
            tr("%1 is qualified, free on every session date and under their limits.").arg(c->name));
        ok = true;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace Planner
