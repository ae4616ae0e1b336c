// SPDX-License-Identifier: GPL-3.0-or-later
#include "firststeps.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace Planner {

FirstSteps::FirstSteps(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("firstSteps"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(16, 12, 16, 12);
    grid->setHorizontalSpacing(12);
    auto *title = new QLabel(tr("<b>Set up this plan</b> — a cohort needs a course, a venue "
                                "(or the online classroom) and instructors qualified for it. "
                                "Lists you keep in spreadsheets can be imported."),
                             this);
    title->setWordWrap(true);
    grid->addWidget(title, 0, 0, 1, 2);
    auto *import = new QPushButton(tr("&Import from a Spreadsheet…"), this);
    connect(import, &QPushButton::clicked, this, [this] { emit stepChosen(Step::Import); });
    grid->addWidget(import, 0, 2);
    grid->setColumnStretch(1, 1);

    const struct
    {
        Step step;
        QString text, action;
    } steps[] = {
        {Step::Courses, tr("1. The tracks (AI, big data …) and their courses"),
         tr("Courses & Tracks")},
        {Step::Venues, tr("2. The venues, with their districts and seats"), tr("Venues")},
        {Step::Instructors, tr("3. The instructors and the courses each may teach"),
         tr("Instructors")},
        {Step::Calendar, tr("4. The year's work calendar (public holidays, make-up days)"),
         tr("Import Work Calendar…")},
        {Step::Targets, tr("5. The year's target of trainees per track"), tr("New Planning Year…")},
        {Step::Cohorts, tr("6. The cohorts: one by one, or a draft of the whole year"),
         tr("Cohorts")},
    };
    int r = 1;
    for (const auto &s : steps) {
        Row row{s.step};
        row.mark = new QLabel(this);
        row.text = new QLabel(s.text, this);
        QString action = s.action; // a page's name: "Courses & Tracks" has no shortcut letter
        row.button = new QPushButton(action.replace(QLatin1Char('&'), QStringLiteral("&&")), this);
        row.button->setObjectName(QStringLiteral("firstStep%1").arg(int(s.step)));
        connect(row.button, &QPushButton::clicked, this,
                [this, step = s.step] { emit stepChosen(step); });
        grid->addWidget(row.mark, r, 0);
        grid->addWidget(row.text, r, 1);
        grid->addWidget(row.button, r, 2);
        m_rows.push_back(row);
        ++r;
    }
    showCounts({});
}

void FirstSteps::showCounts(const PlanCounts &c)
{
    for (Row &row : m_rows) {
        switch (row.step) {
        case Step::Courses:
            row.done = c.tracks > 0 && c.courses > 0;
            break;
        case Step::Venues:
            row.done = c.venues > 0;
            break;
        case Step::Instructors:
            row.done = c.instructors > 0 && c.qualifications > 0;
            break;
        case Step::Calendar:
            row.done = c.calendarDays > 0;
            break;
        case Step::Targets:
            row.done = c.targets > 0;
            break;
        case Step::Cohorts:
        case Step::Import:
            row.done = c.cohorts > 0;
            break;
        }
        // A tick for what is done; what is not is said in words, not only in colour.
        row.mark->setText(row.done ? QStringLiteral("✔") : QStringLiteral("○"));
        row.mark->setToolTip(row.done ? tr("Done") : tr("Still to do"));
        QFont font = row.text->font();
        font.setBold(!row.done);
        row.text->setFont(font);
    }
    setVisible(c.cohorts == 0);
}

bool FirstSteps::isDone(Step step) const
{
    for (const Row &row : m_rows)
        if (row.step == step)
            return row.done;
    return false;
}

QPushButton *FirstSteps::button(Step step) const
{
    for (const Row &row : m_rows)
        if (row.step == step)
            return row.button;
    return nullptr;
}

} // namespace Planner
