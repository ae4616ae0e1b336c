// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncdialog.h"

#include "items/auditdiff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace Planner {

namespace {

QString kindText(ServerSync::ConflictKind kind)
{
    using K = ServerSync::ConflictKind;
    switch (kind) {
    case K::BothChanged:
        return SyncDialog::tr("Changed here and on the server");
    case K::ChangedDeleted:
        return SyncDialog::tr("Changed here, deleted on the server");
    case K::DeletedChanged:
        return SyncDialog::tr("Deleted here, changed on the server");
    case K::DeletedInUse:
        return SyncDialog::tr("Deleted here, used on the server");
    case K::UniqueClash:
        return SyncDialog::tr("Same name or code as another record");
    case K::BrokenReference:
        return SyncDialog::tr("Refers to a record that is gone");
    case K::NotAllowed:
        return SyncDialog::tr("Not yours to change");
    case K::Refused:
        return SyncDialog::tr("Refused by the server");
    case K::RuleBroken:
        return SyncDialog::tr("Breaks the plan's rules");
    }
    return {};
}

QString valueText(const QString &table, const QString &field, const QVariant &value)
{
    return value.isNull() ? QString() : auditValueLabel(table, field, value.toString());
}

void setRed(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa0, 0x1c, 0x1c));
    label->setPalette(palette);
}

} // namespace

SyncDialog::SyncDialog(PlanSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_about(new QLabel(this)),
      m_password(new QLineEdit(this)), m_result(new QLabel(this)),
      m_conflicts(new QTableWidget(this)), m_fields(new QTableWidget(this)),
      m_allMine(new QPushButton(tr("Keep All &Mine"), this)),
      m_allTheirs(new QPushButton(tr("Keep All &Theirs"), this)),
      m_sync(new QPushButton(tr("&Synchronise"), this)), m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Synchronise with Server"));
    m_about->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("syncResult"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("if the server asks for one"));

    m_conflicts->setColumnCount(3);
    m_conflicts->setHorizontalHeaderLabels({tr("Record"), tr("What happened"), tr("Keep")});
    m_conflicts->verticalHeader()->hide();
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflicts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conflicts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_conflicts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_conflicts->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_fields->setColumnCount(4);
    m_fields->setHorizontalHeaderLabels(
        {tr("Field"), tr("When checked out"), tr("Mine"), tr("Theirs, now")});
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // Room for a few conflicts and a few fields without scrolling, at any scale.
    for (auto [table, rows] : {std::pair{m_conflicts, 4}, std::pair{m_fields, 3}})
        table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() +
                                rows * table->verticalHeader()->defaultSectionSize() +
                                2 * table->frameWidth());
    m_conflicts->hide();
    m_fields->hide();
    m_allMine->hide();
    m_allTheirs->hide();
    connect(m_conflicts, &QTableWidget::currentCellChanged, this,
            [this](int row) { showFields(row); });
    connect(m_allMine, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_conflicts->rowCount(); ++row)
            choose(row, ServerSync::Choice::Mine);
    });
    connect(m_allTheirs, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_conflicts->rowCount(); ++row)
            choose(row, ServerSync::Choice::Theirs);
    });
    connect(m_sync, &QPushButton::clicked, this, &SyncDialog::start);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    m_sync->setDefault(true);

    auto *form = new QFormLayout;
    const std::optional<ServerSync::Checkout> checkout = m_session->checkout();
    if (checkout) {
        const Result<ServerAddress> address = ServerAddress::parse(checkout->server);
        if (address && !address->user.isEmpty())
            form->addRow(tr("Login:"), new QLabel(address->user, this));
    }
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_allMine);
    buttons->addWidget(m_allTheirs);
    buttons->addStretch();
    buttons->addWidget(m_sync);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_about);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_conflicts, 3);
    layout->addWidget(m_fields, 2);
    layout->addLayout(buttons);
    setMinimumWidth(m_about->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 70);

    describeCheckout(-1);
    m_session->pendingChanges(
        this, [this](Result<int> pending) { describeCheckout(pending ? *pending : -1); });
    updateButtons();
}

void SyncDialog::describeCheckout(int pending)
{
    const std::optional<ServerSync::Checkout> c = m_session->checkout();
    if (!c) {
        m_about->setText(tr("This plan was not checked out from a server."));
        return;
    }
    const QLocale locale;
    QString text =
        tr("Checked out from %1 on %2.")
            .arg(c->server, locale.toString(c->checkedOutAt.toLocalTime(), QLocale::ShortFormat));
    if (!c->districts.isEmpty())
        text += QLatin1Char(' ') + tr("Districts: %1.").arg(c->districts.join(tr(", ")));
    if (c->syncedAt.isValid())
        text += QLatin1Char(' ') +
                tr("Last synchronised on %1.")
                    .arg(locale.toString(c->syncedAt.toLocalTime(), QLocale::ShortFormat));
    if (pending >= 0)
        text += QLatin1Char(' ') +
                (pending == 0 ? tr("No change made here waits to be sent.")
                              : tr("%n change(s) made here wait to be sent.", nullptr, pending));
    m_about->setText(text);
}

void SyncDialog::start()
{
    const std::optional<ServerSync::Checkout> c = m_session->checkout();
    if (!c || m_running)
        return;
    Result<ServerAddress> address = ServerAddress::parse(c->server);
    if (!address) {
        showReport(address.problem());
        return;
    }
    if (!m_password->text().isEmpty())
        address->password = m_password->text();
    m_running = true;
    m_result->setPalette(palette());
    m_result->setText(tr("Synchronising with %1…").arg(c->server));
    updateButtons();
    m_session->synchronise(this, *address, m_choices, [this](Result<ServerSync::Report> result) {
        m_running = false;
        showReport(result);
        emit synchronised();
    });
}

void SyncDialog::showReport(const Result<ServerSync::Report> &result)
{
    m_conflicts->setRowCount(0);
    m_fields->setRowCount(0);
    if (!result) {
        setRed(m_result);
        m_result->setText(result.message());
        updateButtons();
        return;
    }
    m_report = *result;
    const ServerSync::Report &r = *result;
    if (r.committed) {
        m_result->setPalette(palette());
        m_result->setText(
            tr("Done: sent %1, kept the server's version of %2, received %3 change(s) made by "
               "others. The plan is up to date with the server.")
                .arg(r.sent)
                .arg(r.kept)
                .arg(r.received));
        m_conflicts->hide();
        m_fields->hide();
        m_allMine->hide();
        m_allTheirs->hide();
        m_choices = {};
        m_sync->setText(tr("&Synchronise Again"));
        describeCheckout(0);
        updateButtons();
        return;
    }
    setRed(m_result);
    m_result->setText(tr("Nothing was sent: %n record(s) were changed both here and on the "
                         "server, or cannot be sent as they are. Choose which version to keep "
                         "for each, then synchronise again. A conflict that cannot keep yours "
                         "needs the plan mended here first (or the server's version).",
                         nullptr, int(r.conflicts.size())));
    m_conflicts->setRowCount(int(r.conflicts.size()));
    for (int row = 0; row < int(r.conflicts.size()); ++row) {
        const ServerSync::Conflict &c = r.conflicts[std::size_t(row)];
        const QString record =
            c.kind == ServerSync::ConflictKind::RuleBroken
                ? c.label
                : QStringLiteral("%1 %2").arg(auditRecordLabel(c.table), c.label);
        auto *name = new QTableWidgetItem(record);
        name->setData(Qt::UserRole, c.id);
        m_conflicts->setItem(row, 0, name);
        auto *what = new QTableWidgetItem(kindText(c.kind));
        what->setToolTip(c.message);
        m_conflicts->setItem(row, 1, what);
        auto *keep = new QComboBox(m_conflicts);
        keep->addItem(tr("Choose…"), int(ServerSync::Choice::Undecided));
        keep->addItem(tr("Mine"), int(ServerSync::Choice::Mine));
        keep->addItem(tr("Theirs"), int(ServerSync::Choice::Theirs));
        if (!c.mineAllowed) {
            // Mine cannot be sent as it is: only theirs, or mend it here.
            if (auto *model = qobject_cast<QStandardItemModel *>(keep->model()))
                model->item(1)->setEnabled(false);
        }
        const ServerSync::Choice chosen = m_choices.of(c);
        keep->setCurrentIndex(chosen == ServerSync::Choice::Theirs                  ? 2
                              : chosen == ServerSync::Choice::Mine && c.mineAllowed ? 1
                                                                                    : 0);
        connect(keep, &QComboBox::currentIndexChanged, this, [this, id = c.id, keep] {
            m_choices.byConflict.insert(id, ServerSync::Choice(keep->currentData().toInt()));
            updateButtons();
        });
        m_conflicts->setCellWidget(row, 2, keep);
    }
    // Chosen one by one from here on.
    m_choices.rest = ServerSync::Choice::Undecided;
    for (const ServerSync::Conflict &c : r.conflicts)
        if (!m_choices.byConflict.contains(c.id))
            m_choices.byConflict.insert(c.id, ServerSync::Choice::Undecided);
    m_conflicts->show();
    m_fields->show();
    m_allMine->show();
    m_allTheirs->show();
    m_conflicts->setCurrentCell(0, 0);
    showFields(0);
    updateButtons();
    adjustSize();
}

void SyncDialog::choose(int row, ServerSync::Choice choice)
{
    auto *keep = qobject_cast<QComboBox *>(m_conflicts->cellWidget(row, 2));
    if (!keep)
        return;
    const int index = keep->findData(int(choice));
    if (auto *model = qobject_cast<QStandardItemModel *>(keep->model());
        model && index >= 0 && !model->item(index)->isEnabled())
        return; // mine cannot be kept for this one
    keep->setCurrentIndex(index);
}

void SyncDialog::showFields(int row)
{
    m_fields->setRowCount(0);
    if (!m_report || row < 0 || row >= int(m_report->conflicts.size()))
        return;
    const ServerSync::Conflict &c = m_report->conflicts[std::size_t(row)];
    m_fields->setToolTip(c.message);
    if (c.fields.empty()) {
        m_fields->setRowCount(1);
        auto *message = new QTableWidgetItem(c.message);
        m_fields->setItem(0, 0, message);
        m_fields->setSpan(0, 0, 1, 4);
        m_fields->resizeRowToContents(0);
        return;
    }
    m_fields->setRowCount(int(c.fields.size()));
    const bool deletedHere = c.kind == ServerSync::ConflictKind::DeletedChanged;
    for (int i = 0; i < int(c.fields.size()); ++i) {
        const ServerSync::FieldDifference &f = c.fields[std::size_t(i)];
        m_fields->setItem(i, 0, new QTableWidgetItem(auditFieldLabel(f.column)));
        m_fields->setItem(i, 1, new QTableWidgetItem(valueText(c.table, f.column, f.base)));
        m_fields->setItem(i, 2,
                          new QTableWidgetItem(deletedHere ? tr("(deleted)")
                                                           : valueText(c.table, f.column, f.mine)));
        m_fields->setItem(i, 3, new QTableWidgetItem(valueText(c.table, f.column, f.theirs)));
    }
}

void SyncDialog::updateButtons()
{
    bool decided = true;
    if (m_report && !m_report->committed)
        for (const ServerSync::Conflict &c : m_report->conflicts) {
            const ServerSync::Choice choice = m_choices.of(c);
            decided = decided && (choice == ServerSync::Choice::Theirs ||
                                  (choice == ServerSync::Choice::Mine && c.mineAllowed));
        }
    m_sync->setEnabled(!m_running && decided && m_session->checkout().has_value());
    m_allMine->setEnabled(!m_running);
    m_allTheirs->setEnabled(!m_running);
    m_close->setEnabled(!m_running);
}

} // namespace Planner
