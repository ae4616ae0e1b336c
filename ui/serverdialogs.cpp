// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverdialogs.h"

#include "items/auditdiff.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Planner {

OpenServerDialog::OpenServerDialog(QWidget *parent)
    : QDialog(parent), m_url(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_readOnly(new QCheckBox(tr("Open &read-only"), this)),
      m_remember(new QCheckBox(tr("Re&member the password in this computer's keychain"), this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Open Server Plan"));
    auto *intro = new QLabel(tr("A plan your team keeps on a PostgreSQL server. Your director "
                                "gives you its address and your login; every change you make "
                                "is written there at once, and you see the others' as they "
                                "make them."),
                             this);
    intro->setWordWrap(true);
    m_url->setPlaceholderText(QStringLiteral("postgresql://server.example/cohorts"));
    m_url->setMinimumWidth(m_url->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setToolTip(tr("The system keychain keeps it (GNOME Keyring, KWallet or the "
                              "Windows Credential Manager), never a file. Untick to forget "
                              "a password kept before."));
    const auto placeholder = [this](bool remember) {
        m_password->setPlaceholderText(remember ? tr("kept in the system keychain")
                                                : tr("kept for this session only"));
    };
    placeholder(false);
    connect(m_remember, &QCheckBox::toggled, this, placeholder);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("serverProblem"));
    {
        QPalette palette = m_problem->palette();
        palette.setColor(QPalette::WindowText, QColor(0xa0, 0x1c, 0x1c));
        m_problem->setPalette(palette);
    }
    m_problem->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_readOnly);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const Result<ServerAddress> parsed = address(); !parsed)
            showProblem(parsed.message());
        else
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void OpenServerDialog::setAddress(const QString &url, const QString &problem)
{
    const Result<ServerAddress> parsed = ServerAddress::parse(url);
    if (parsed) {
        ServerAddress shown = *parsed;
        m_user->setText(shown.user);
        shown.user.clear();
        m_url->setText(shown.displayUrl());
    } else {
        m_url->setText(url);
    }
    if (!problem.isEmpty())
        showProblem(problem);
}

Result<ServerAddress> OpenServerDialog::address() const
{
    Result<ServerAddress> parsed = ServerAddress::parse(m_url->text().trimmed());
    if (!parsed)
        return parsed;
    if (!m_user->text().trimmed().isEmpty())
        parsed->user = m_user->text().trimmed();
    if (!m_password->text().isEmpty())
        parsed->password = m_password->text();
    return parsed;
}

bool OpenServerDialog::readOnly() const
{
    return m_readOnly->isChecked();
}

bool OpenServerDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void OpenServerDialog::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember);
}

void OpenServerDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    adjustSize();
}

ConflictDialog::ConflictDialog(const PlanEditor::Conflict &conflict, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this)),
      m_keepTheirs(new QPushButton(tr("Keep &Their Version"), this)),
      m_useMine(new QPushButton(tr("Make &My Change Over Theirs"), this))
{
    setWindowTitle(tr("Changed by Someone Else"));
    // The record as people name it: its code or name, else its number.
    const QJsonObject stored = QJsonDocument::fromJson(conflict.theirs.toUtf8()).object();
    QString name = conflict.key;
    for (const char *column : {"code", "name"})
        if (const QString value = stored.value(QLatin1String(column)).toString();
            !value.isEmpty()) {
            name = value;
            break;
        }
    const QString record = QStringLiteral("%1 %2").arg(auditRecordLabel(conflict.table), name);
    auto *text = new QLabel(
        conflict.yours.isEmpty()
            ? tr("Someone else changed %1 after you opened it, so it was not deleted. Keep "
                 "their version, or delete it as it is now?")
                  .arg(record)
            : tr("Someone else changed %1 after you opened it, so your change was not "
                 "written over theirs. Keep their version, or make your change over it? "
                 "The fields you changed then get your values; the others keep theirs.")
                  .arg(record),
        this);
    text->setWordWrap(true);
    if (conflict.yours.isEmpty())
        m_useMine->setText(tr("&Delete It Anyway"));

    AuditEntry entry;
    entry.action = AuditAction::Update;
    entry.table = conflict.table;
    entry.recordKey = conflict.key;
    entry.before = conflict.theirs;
    entry.after = conflict.yours;
    const std::vector<AuditField> fields = auditFields(entry);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Theirs, now"), tr("Yours")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    QFont bold = m_table->font();
    bold.setBold(true);
    int row = 0;
    for (const AuditField &field : fields) {
        if (!field.changed && !conflict.yours.isEmpty())
            continue; // the same in both: not part of the choice
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(auditFieldLabel(field.name));
        auto *theirs =
            new QTableWidgetItem(auditValueLabel(conflict.table, field.name, field.before));
        auto *yours = new QTableWidgetItem(
            conflict.yours.isEmpty() ? tr("(deleted)")
                                     : auditValueLabel(conflict.table, field.name, field.after));
        if (field.changed) {
            theirs->setFont(bold);
            yours->setFont(bold);
        }
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, theirs);
        m_table->setItem(row, 2, yours);
        ++row;
    }
    // The two versions side by side in columns of one width; as tall as its rows.
    m_table->resizeColumnsToContents();
    const int version = std::max(m_table->columnWidth(1), m_table->columnWidth(2));
    m_table->setColumnWidth(1, version);
    m_table->setColumnWidth(2, version);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setMinimumWidth(
        std::min(900, m_table->columnWidth(0) + 2 * version + m_table->frameWidth() * 2 + 24));
    int height = m_table->horizontalHeader()->height() + m_table->frameWidth() * 2;
    for (int r = 0; r < m_table->rowCount(); ++r)
        height += m_table->rowHeight(r);
    m_table->setMinimumHeight(std::min(height, 400));
    m_table->setMaximumHeight(std::max(height, 120));

    m_keepTheirs->setDefault(true);
    connect(m_keepTheirs, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_useMine, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keepTheirs, QDialogButtonBox::RejectRole);
    buttons->addButton(m_useMine, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

} // namespace Planner
