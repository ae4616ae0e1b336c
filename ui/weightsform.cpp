// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightsform.h"

#include <QFormLayout>
#include <QSpinBox>

namespace Planner {

namespace {

QSpinBox *weightBox(int maximum, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, maximum);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

WeightsForm::WeightsForm(QWidget *parent)
    : QGroupBox(tr("What each costs the plan (points)"), parent),
      m_unstaffedLead(weightBox(SolverWeights::MaxWeight, this)),
      m_unstaffedAssistant(weightBox(SolverWeights::MaxWeight, this)),
      m_load(weightBox(1000, this)), m_travel(weightBox(100000, this)),
      m_preference(weightBox(100000, this)), m_churn(weightBox(SolverWeights::MaxWeight, this))
{
    setToolTip(tr("Auto-assign looks for the staffing whose costs add up to the least. A cost "
                  "ten times another counts ten times as much."));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Cohort without a lead:"), m_unstaffedLead);
    form->addRow(tr("Missing assistant:"), m_unstaffedAssistant);
    form->addRow(tr("Uneven load (× teaching days²):"), m_load);
    form->addRow(tr("Travel (per day outside the home district):"), m_travel);
    form->addRow(tr("Preference (per point):"), m_preference);
    form->addRow(tr("Each changed assignment (re-plan):"), m_churn);
    setWeights(SolverWeights());
}

SolverWeights WeightsForm::weights() const
{
    SolverWeights w;
    w.unstaffedLead = m_unstaffedLead->value();
    w.unstaffedAssistant = m_unstaffedAssistant->value();
    w.load = m_load->value();
    w.travel = m_travel->value();
    w.preference = m_preference->value();
    w.churn = m_churn->value();
    return w;
}

void WeightsForm::setWeights(const SolverWeights &w)
{
    m_unstaffedLead->setValue(w.unstaffedLead);
    m_unstaffedAssistant->setValue(w.unstaffedAssistant);
    m_load->setValue(w.load);
    m_travel->setValue(w.travel);
    m_preference->setValue(w.preference);
    m_churn->setValue(w.churn);
}

} // namespace Planner
