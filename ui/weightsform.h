// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/assignmentsolver.h"

#include <QGroupBox>

class QSpinBox;

namespace Planner {

// What each thing costs a plan when Auto-assign weighs it: a cohort without a lead, a
// missing assistant, uneven load, travel, preferences and each changed assignment. One
// form for the Auto-assign dialog and for Preferences (the weights it starts with).
class WeightsForm final : public QGroupBox
{
    Q_OBJECT

public:
    explicit WeightsForm(QWidget *parent = nullptr);

    SolverWeights weights() const;
    void setWeights(const SolverWeights &weights);
    QSpinBox *preferenceBox() const { return m_preference; }

private:
    QSpinBox *m_unstaffedLead, *m_unstaffedAssistant, *m_load, *m_travel, *m_preference, *m_churn;
};

} // namespace Planner
