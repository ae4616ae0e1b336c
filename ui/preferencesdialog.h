// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "items/preferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

namespace Planner {

class FieldMarker;
class WeightsForm;

// Edit ▸ Preferences: the language, where plans are kept, the name the History shows,
// backups, the times of the sessions, the conflict rules' severities and the weights
// Auto-assign starts with. OK saves and applies them; a refusal keeps the
// dialog open and says which field is wrong.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);

    // What the fields say now.
    Preferences preferences() const;
    QComboBox *languageBox() const { return m_language; }
    QLabel *problemLabel() const { return m_problem; }
    QTimeEdit *slotStart(SessionSlot s) const { return m_start[std::size_t(s)]; }
    QTimeEdit *slotEnd(SessionSlot s) const { return m_end[std::size_t(s)]; }
    QComboBox *severityBox(ConflictRule rule) const { return m_severity[std::size_t(rule)]; }
    WeightsForm *weightsForm() const { return m_weights; }

    void accept() override;

private:
    void showValues(const Preferences &p);

    QComboBox *m_language = nullptr;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_minutes = nullptr;
    QSpinBox *m_newest = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_months = nullptr;
    std::array<QTimeEdit *, 3> m_start{};
    std::array<QTimeEdit *, 3> m_end{};
    std::array<QComboBox *, ConflictRuleCount> m_severity{};
    WeightsForm *m_weights = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_problem = nullptr;
    FieldMarker *m_marker = nullptr;
};

} // namespace Planner
