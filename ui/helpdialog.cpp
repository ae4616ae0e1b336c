// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialog.h"

#include "windowsize.h"

#include "domain/language.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Planner {

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuide"));
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false); // no network: the guide is all in the application
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(720, 620));
    load();
}

QString HelpDialog::guideFor(const QString &language)
{
    const QString path = QStringLiteral(":/help/guide_%1.html").arg(language);
    return QFile::exists(path) ? path : QStringLiteral(":/help/guide_en.html");
}

void HelpDialog::load()
{
    setWindowTitle(tr("Cohort Planner User Guide"));
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guideFor(Language::installed())));
    showSection(m_anchor);
}

void HelpDialog::showSection(const QString &anchor)
{
    m_anchor = anchor;
    if (anchor.isEmpty())
        m_browser->moveCursor(QTextCursor::Start);
    else
        m_browser->scrollToAnchor(anchor);
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QDialog::changeEvent(event);
}

namespace {

void addShortcuts(QTableWidget *table, const QString &path, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        QString text = action->text();
        text.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)"))); // 打开(&O)…
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
        const QString where = path.isEmpty() ? text : path + QStringLiteral(" ▸ ") + text;
        if (action->menu()) {
            addShortcuts(table, where, action->menu()->actions());
            continue;
        }
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(where));
        table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    addShortcuts(m_table, {}, menus->actions());
    // Keys that belong to no menu.
    const auto keys = [](const QKeySequence &key) {
        return key.toString(QKeySequence::NativeText);
    };
    const std::pair<QString, QString> others[] = {
        {tr("Edit the selected cell"), keys(QKeySequence(Qt::Key_F2))},
        {tr("Open the selected record"), keys(QKeySequence(Qt::Key_Return))},
        {tr("Zoom the timeline"), tr("Ctrl+mouse wheel")},
    };
    for (const auto &[what, key] : others) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(what));
        m_table->setItem(row, 1, new QTableWidgetItem(key));
    }
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(560, 560));
}

} // namespace Planner
