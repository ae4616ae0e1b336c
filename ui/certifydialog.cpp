// SPDX-License-Identifier: GPL-3.0-or-later
#include "certifydialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Planner {

CertifyDialog::CertifyDialog(int trainees, const QString &cohortCode, QDate defaultDate,
                             QWidget *parent)
    : QDialog(parent), m_level(new QComboBox(this)), m_date(new QDateEdit(this))
{
    setWindowTitle(tr("Certify Trainees"));
    auto *intro = new QLabel(
        tr("Certify %n completed trainee(s) of %1.", nullptr, trainees).arg(cohortCode), this);
    intro->setWordWrap(true);
    m_level->setObjectName(QStringLiteral("certificationLevel"));
    for (CertificationLevel level :
         {CertificationLevel::Junior, CertificationLevel::Intermediate, CertificationLevel::Senior})
        m_level->addItem(displayName(level), int(level));
    m_date->setObjectName(QStringLiteral("certifiedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(defaultDate.isValid() ? defaultDate : QDate::currentDate());

    auto *form = new QFormLayout;
    form->addRow(tr("&Level for the track:"), m_level);
    form->addRow(tr("Certified &on:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Certify"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
}

CertificationLevel CertifyDialog::level() const
{
    return CertificationLevel(m_level->currentData().toInt());
}

QDate CertifyDialog::date() const
{
    return m_date->date();
}

} // namespace Planner
