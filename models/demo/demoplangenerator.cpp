// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoplangenerator.h"
#include "demo/demobuilder.h"

namespace Planner {

DemoPlanGenerator::DemoPlanGenerator(DemoOptions options) : m_options(std::move(options)) {}

PlanData DemoPlanGenerator::generate() const
{
    Demo::Builder builder(m_options);
    return builder.run();
}

void DemoPlanGenerator::addPlanningProblems(PlanData &plan) const
{
    Demo::addPlanningProblems(m_options, plan);
}

} // namespace Planner
