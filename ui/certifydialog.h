// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;

namespace Planner {

// Asks for the certificate the selected completed trainees of a cohort get: its level for
// the track and the date (by default the cohort's last day). The roster turns the answer
// into one PlanEdits::setOutcome step; the rules check it.
class CertifyDialog final : public QDialog
{
    Q_OBJECT

public:
    CertifyDialog(int trainees, const QString &cohortCode, QDate defaultDate,
                  QWidget *parent = nullptr);

    CertificationLevel level() const;
    QDate date() const;

private:
    QComboBox *m_level;
    QDateEdit *m_date;
};

} // namespace Planner
