// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace Planner {

namespace {

QPushButton *bigButton(const QIcon &icon, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(icon, text, parent);
    button->setIconSize(QSize(24, 24));
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    // In a scroll area: wrapped notes would otherwise make the window's minimum height
    // (the welcome page shares the window with every other page) taller than a laptop's
    // screen in Chinese.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->addWidget(scroll);
    auto *outer = new QVBoxLayout(content);
    outer->setContentsMargins(32, 24, 32, 24);
    auto *column = new QWidget(content);
    column->setMaximumWidth(820);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Welcome to Cohort Planner"), column);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    layout->addWidget(note(tr("Plan the year's cohorts against its targets, staff them with "
                              "qualified instructors, and follow every trainee to a "
                              "certificate. A plan is one file on this computer; every change "
                              "is saved at once and can be undone."),
                           column));
    layout->addSpacing(8);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    auto *newPlan =
        bigButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Plan…"), column);
    auto *open =
        bigButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open a Plan…"), column);
    m_demo = bigButton(QIcon(QStringLiteral(":/icons/cohortplanner.svg")),
                       tr("Open the &Demo Plan"), column);
    // One height for the three, whether or not the theme has an icon for each.
    const int height = std::max({newPlan->sizeHint().height(), open->sizeHint().height(),
                                 m_demo->sizeHint().height()}) +
                       12;
    for (QPushButton *b : {newPlan, open, m_demo})
        b->setFixedHeight(height);
    grid->addWidget(newPlan, 0, 0);
    grid->addWidget(open, 0, 1);
    grid->addWidget(m_demo, 0, 2);
    grid->addWidget(note(tr("An empty plan: add your tracks, courses, venues and instructors, "
                            "or import them from spreadsheets."),
                         column),
                    1, 0, Qt::AlignTop);
    grid->addWidget(note(tr("A .cohortplan file made here or by a colleague."), column), 1, 1,
                    Qt::AlignTop);
    grid->addWidget(note(tr("Fictional data: a year of the Beijing programme, with 150 "
                            "instructors and 10,000 trainees, to try everything on. No real "
                            "person is in it."),
                         column),
                    1, 2, Qt::AlignTop);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    layout->addLayout(grid);
    layout->addSpacing(12);

    auto *recentTitle = new QLabel(tr("Recent plans"), column);
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    layout->addWidget(recentTitle);
    m_recent = new QListWidget(column);
    m_recent->setObjectName(QStringLiteral("recentPlans"));
    m_recent->setAlternatingRowColors(true);
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_recent->setUniformItemSizes(true);
    recentTitle->setBuddy(m_recent);
    layout->addWidget(m_recent, 4);
    m_noRecent = note(tr("No plan was opened on this computer yet."), column);
    layout->addWidget(m_noRecent);
    layout->addStretch(1); // what the list leaves, or all of it without one

    outer->addWidget(column, 1, Qt::AlignHCenter);

    connect(newPlan, &QPushButton::clicked, this, &WelcomePage::newPlanRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomePage::openSelected);
}

void WelcomePage::setRecentPlans(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const bool there = info.exists();
        auto *item = new QListWidgetItem(
            there
                ? tr("%1 — in %2")
                      .arg(info.completeBaseName(), QDir::toNativeSeparators(info.absolutePath()))
                : tr("%1 — not found at %2")
                      .arg(info.completeBaseName(), QDir::toNativeSeparators(info.absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!there)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
}

void WelcomePage::openSelected()
{
    if (QListWidgetItem *item = m_recent->currentItem();
        item && (item->flags() & Qt::ItemIsEnabled))
        emit recentRequested(item->data(Qt::UserRole).toString());
}

} // namespace Planner
