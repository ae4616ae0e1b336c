// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/draftgenerator.h"

#include <QDialog>

#include <array>
#include <map>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace Planner {

class PlanSession;

// Generate Draft… (Targets & Capacity): the options of a draft calendar of a year (the
// earliest start, the seasonal profile, blackouts, staffing), a preview computed on a
// worker thread (cohorts per month and track, per venue, what the year then reaches
// against its target, what could not be placed and why), then Create Draft. The window
// applies PlanEdits::createDraft(draft()) as one undo step.
class DraftDialog final : public QDialog
{
    Q_OBJECT

public:
    DraftDialog(PlanSession *session, int year, QWidget *parent = nullptr);

    // The previewed draft, with the options as they are (valid once previewReady()).
    const DraftResult &draft() const { return m_draft; }
    bool hasPreview() const { return m_previewed; }
    int year() const { return m_yearValue; }
    QCheckBox *staffBox() const { return m_staff; }
    QDateEdit *earliestEdit() const { return m_earliest; }
    QTableWidget *monthsTable() const { return m_months; }
    QTableWidget *unplacedTable() const { return m_unplaced; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *createButton() const { return m_create; }
    void addBlackout(QDate from, QDate until);

signals:
    void previewReady();

private:
    struct Preview
    {
        DraftResult draft; // its problem, if any, says why there is no draft
        std::optional<std::array<double, 12>> profile; // the year before's
        int roles = 0;
        int staffed = 0;
        bool staffedRun = false;
        std::map<Id, QString> courses;                    // code and title
        std::map<Id, std::pair<QString, QString>> venues; // name, district
        std::map<Id, QString> tracks;                     // localized
        qint64 ms = 0;
    };
    void loadDefaults();
    void runPreview();
    void showPreview(Preview preview);
    void optionsChanged();
    std::vector<CapacityBlackout> blackouts() const;

    PlanSession *m_session;
    int m_yearValue;
    QDateEdit *m_earliest;
    QCheckBox *m_staff;
    std::array<QSpinBox *, 12> m_profile{};
    QTableWidget *m_blackouts;
    QPushButton *m_preview;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_months;
    QTableWidget *m_venues;
    QTableWidget *m_unplaced;
    QPushButton *m_create;
    DraftResult m_draft;
    bool m_previewed = false;
    bool m_running = false;
    bool m_profileEdited = false;
};

} // namespace Planner
