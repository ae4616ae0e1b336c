// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "types.h"

#include <QDate>
#include <QString>

#include <array>
#include <vector>

namespace Planner {

// What the progress statistics are computed from. The store aggregates these in SQL (one
// row per cohort, per track and month, per instructor), never one row per enrollment.

struct TrackTarget
{
    Id trackId = 0;
    QString name;
    QString nameZh;
    QString colour;
    int targetTrainees = 0;
    int targetCertified = 0;
};

// A cohort that ends in the year (cancelled ones excluded), with its enrollment counts.
struct CohortProgressFact
{
    Id cohortId = 0;
    Id trackId = 0;
    QString district; // the venue's district; empty for online cohorts
    QDate start;
    QDate end; // its last session: the day its trainees complete
    CohortStatus status = CohortStatus::Planned;
    int capacity = 0;
    int enrolled = 0; // still enrolled (in training, or yet to start)
    int completed = 0;
    int failed = 0;
    int withdrawn = 0;
    int waitlisted = 0;
};

// Certificates awarded in one month of the year, per track and venue district.
struct CertificationFact
{
    Id trackId = 0;
    QString district;
    int month = 1; // 1..12
    int count = 0;
};

// Outcomes of the cohorts that have finished (before the "as of" date), per track: the
// basis of the expected completion and certification rates.
struct TrackHistory
{
    Id trackId = 0;
    int completed = 0;
    int failed = 0;
    int withdrawn = 0;
    int certified = 0;
};

// Distinct teaching days of one instructor in each month of the year.
struct InstructorLoadFact
{
    Id instructorId = 0;
    QString code;
    QString name;
    int maxDaysPerMonth = 0;
    int maxDaysPerYear = 0;
    std::array<int, 12> days{};
};

struct ProgressFacts
{
    int year = 0;
    std::vector<TrackTarget> tracks;
    std::vector<CohortProgressFact> cohorts;
    std::vector<CertificationFact> certifications;
    std::vector<TrackHistory> history;
    std::vector<InstructorLoadFact> instructors;
};

// One track in one year, for the multi-year view.
struct YearTrackFact
{
    int year = 0;
    Id trackId = 0;
    int targetTrainees = 0;
    int targetCertified = 0;
    int seats = 0;     // capacity of the cohorts ending in the year
    int trained = 0;   // completed enrollments of those cohorts
    int certified = 0; // certificates awarded in the year
};

} // namespace Planner
