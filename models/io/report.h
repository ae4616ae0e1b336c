// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "domain/types.h"

#include <QDate>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace Planner {

class PlanQueries;

// The documents an office files, built from the plan as rich text (tables that break
// across pages with their header row repeated) and painted page by page with a header
// (the plan, the report and its scope, the date printed) and a footer ("Page 3 of 12").
// Built on any thread (the app builds them on the session's worker); painted onto a PDF
// file here, or onto a printer or a print preview by the UI.
namespace Report {

enum class Kind {
    Plan,           // a year's cohorts per track and month, with the targets
    Timetable,      // an instructor's sessions and leave (all instructors: one per page)
    Venue,          // a venue's bookings (all venues: one per page)
    SignIn,         // a sign-in sheet per session of a cohort (or of one day)
    Roster,         // a cohort's trainees with their outcomes
    Certifications, // the certificates awarded in a period, by track and level
    Capacity,       // whether a year's targets are reachable, what is short and when
};
// The key the CLI takes ("plan", "timetable", "venue", "signin", "roster",
// "certifications", "capacity"), and back (nullopt for an unknown key).
QString key(Kind kind);
std::optional<Kind> kindOf(const QString &key);
// "Yearly plan", "Instructor timetable" …, in the UI language.
QString displayName(Kind kind);

struct Request
{
    Kind kind = Kind::Plan;
    int year = 0;        // Plan, Capacity (required), Timetable and Venue (0: every year)
    Id trackId = 0;      // Plan: this track only (0: every track)
    Id cohortId = 0;     // SignIn, Roster (required)
    QDate sessionDay;    // SignIn: the sessions of this day only (null: every session)
    Id instructorId = 0; // Timetable: one instructor (0: all with sessions in the scope)
    Id venueId = 0;      // Venue: one venue (0: all with bookings in the scope)
    QDate from;          // Certifications (required); Timetable and Venue: a period
    QDate to;            //   instead of a year
    QString planName;    // shown in every page's header
    QLocale locale;      // dates, numbers, and Chinese or English names of records
    QDate printedOn = QDate::currentDate();
};

// What Request asks for, read from the plan and composed; no page is laid out yet.
struct Document
{
    QString title; // e.g. "Sign-in sheet"
    QString scope; // e.g. "Cohort AI-201-2027-003, 12 sessions"
    QString planName;
    QDate printedOn;
    QString html;     // the body: Qt's rich text subset, page breaks between sections
    int sections = 0; // instructors, venues, sessions … (each starts a page)
    QLocale locale;
    // The header's and footer's words, in the language the document was built in:
    // "Printed 6 December 2026", "Page %1 of %2".
    QString printedText;
    QString pageText;
    // Pictures the body shows (<img src="NAME">), drawn as it was built; each is laid out
    // as wide as the page allows.
    std::vector<std::pair<QString, QImage>> images;
};

// Reads and composes the report; a Problem when the request names a record that is
// not there, an empty period or year, or a scope with nothing in it.
Result<Document> build(const PlanQueries &plan, const Request &request);

struct PageSetup
{
    QPageSize::PageSizeId size = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
};

// A4; landscape for the wide tables (plan, venue bookings, roster), else portrait.
PageSetup defaultSetup(Kind kind);

// Lays doc out for device and paints every page with painter (begun on device);
// returns the number of pages.
int paint(const Document &doc, QPagedPaintDevice *device, QPainter *painter);
// Writes doc as a PDF file (fonts embedded), replacing path only once the whole file
// is written; the number of pages, or why nothing was written.
Result<int> writePdf(const Document &doc, const QString &path, const PageSetup &setup = {});

} // namespace Report
} // namespace Planner
