// SPDX-License-Identifier: GPL-3.0-or-later
#include "plansession.h"

#include "io/calendarcsv.h"

namespace Planner {

PlanSession::PlanSession(QObject *parent)
    : QObject(parent)
    , m_loader(new AsyncLoader(this))
    , m_editor(new PlanEditor(this))
{}

PlanSession::~PlanSession()
{
    // Workers hold their own connections to the file: let them finish first.
    m_loader->waitForAll();
}

bool PlanSession::open(const QString &path, PlanDatabase::Mode mode, QString *error)
{
    auto plan = PlanDatabase::open(path, mode, error);
    if (!plan)
        return false;
    close();
    m_plan = std::move(plan);
    m_editor->setPlan(m_plan.get());
    ++m_generation;
    emit planOpened();
    return true;
}

void PlanSession::close()
{
    if (!m_plan)
        return;
    ++m_generation;
    m_editor->setPlan(nullptr);
    m_plan.reset();
    emit planClosed();
}

QString PlanSession::createEmptyPlan(const QString &path)
{
    return PlanDatabase::create(path, [](QSqlDatabase &db) {
        // A new plan starts with the bundled work calendar, so that sessions avoid the
        // public holidays from the first cohort on.
        PlanData seed;
        seed.calendar = CalendarCsv::bundledChina2026();
        writePlanData(db, seed, AuditAction::Import, QStringLiteral("bundled 2026 work calendar"));
    });
}

QString PlanSession::path() const
{
    return m_plan ? m_plan->path() : QString();
}

bool PlanSession::isReadOnly() const
{
    return m_plan && m_plan->mode() == PlanDatabase::Mode::ReadOnly;
}

} // namespace Planner
