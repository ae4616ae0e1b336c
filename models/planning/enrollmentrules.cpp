// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrollmentrules.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Planner {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Planner::EnrollmentRules", text, nullptr, n);
}

EnrollmentOutcome refused(const char *field, const QString &message)
{
    EnrollmentOutcome outcome;
    outcome.problem = Problem{QLatin1String(field), message};
    return outcome;
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

// The working copy one operation changes: the enrollments as they become, and which ones
// it touched, in the order it touched them. New enrollments get negative ids here and 0
// in the result (the store gives them theirs).
struct EnrollmentRules::Work
{
    const EnrollmentRules &rules;
    std::map<Id, Enrollment> current;
    std::vector<Id> touched;
    QHash<Id, Id> promotedBecauseOf;
    Id nextNewId = -1;
    EnrollmentOutcome outcome;

    explicit Work(const EnrollmentRules &r) : rules(r), current(r.m_enrollments) {}

    void set(const Enrollment &e)
    {
        if (std::find(touched.begin(), touched.end(), e.id) == touched.end())
            touched.push_back(e.id);
        current[e.id] = e;
    }

    int seatHolders(Id cohortId) const
    {
        int n = 0;
        for (const auto &[id, e] : current)
            n += e.cohortId == cohortId && holdsSeat(e.status);
        return n;
    }

    std::vector<Id> waitlist(Id cohortId) const
    {
        std::vector<const Enrollment *> waiting;
        for (const auto &[id, e] : current) {
            if (e.cohortId == cohortId && e.status == EnrollmentStatus::Waitlisted)
                waiting.push_back(&e);
        }
        std::stable_sort(
            waiting.begin(), waiting.end(), [](const Enrollment *a, const Enrollment *b) {
                return std::tie(a->waitlistPosition, a->id) < std::tie(b->waitlistPosition, b->id);
            });
        std::vector<Id> ids;
        for (const Enrollment *e : waiting)
            ids.push_back(e->id);
        return ids;
    }

    // Numbers the waitlist given in order 1, 2, 3 ...
    void renumber(const std::vector<Id> &order)
    {
        int position = 0;
        for (Id id : order) {
            Enrollment e = current.at(id);
            if (e.waitlistPosition != ++position) {
                e.waitlistPosition = position;
                set(e);
            }
        }
    }

    const Enrollment *find(Id traineeId, Id cohortId) const
    {
        for (const auto &[id, e] : current) {
            if (e.traineeId == traineeId && e.cohortId == cohortId)
                return &e;
        }
        return nullptr;
    }

    // The first enrollment of the trainee, other than in cohort, whose cohort's dates
    // overlap cohort's.
    const Enrollment *overlapping(Id traineeId, const EnrollmentCohort &cohort) const
    {
        for (const auto &[id, e] : current) {
            if (e.traineeId != traineeId || e.cohortId == cohort.id ||
                e.status == EnrollmentStatus::Withdrawn)
                continue;
            const EnrollmentCohort *other = rules.cohort(e.cohortId);
            if (other && blocksOverlap(e.status, *other) && overlaps(*other, cohort))
                return &e;
        }
        return nullptr;
    }

    // Withdraws the enrollments, then gives each cohort's freed seats to its waitlist.
    Result<> withdraw(const std::vector<Id> &ids)
    {
        std::map<Id, std::vector<Id>> freed; // per cohort, the withdrawals that freed a seat
        std::vector<Id> cohorts;
        for (Id id : ids) {
            const auto it = current.find(id);
            if (it == current.end())
                return Problem{QStringLiteral("id"), tr("The enrollment was deleted meanwhile.")};
            Enrollment e = it->second;
            if (e.status == EnrollmentStatus::Withdrawn)
                continue;
            if (!canChange(e.status, EnrollmentStatus::Withdrawn))
                return Problem{QStringLiteral("status"),
                               tr("%1 is %2 in %3 and can no longer be withdrawn.")
                                   .arg(rules.traineeName(e.traineeId),
                                        displayName(e.status).toLower(),
                                        rules.cohortCode(e.cohortId))};
            if (holdsSeat(e.status))
                freed[e.cohortId].push_back(e.id);
            if (std::find(cohorts.begin(), cohorts.end(), e.cohortId) == cohorts.end())
                cohorts.push_back(e.cohortId);
            e.status = EnrollmentStatus::Withdrawn;
            e.waitlistPosition = 0;
            set(e);
        }
        for (Id cohortId : cohorts) {
            const std::vector<Id> &freedSeats = freed[cohortId];
            const EnrollmentCohort *c = rules.cohort(cohortId);
            std::vector<Id> waiting = waitlist(cohortId);
            std::size_t promotedHere = 0;
            const bool promotes =
                c && c->status != CohortStatus::Cancelled && c->status != CohortStatus::Completed;
            while (promotes && !freedSeats.empty() && !waiting.empty() &&
                   seatHolders(cohortId) < c->capacity) {
                Enrollment e = current.at(waiting.front());
                e.status = EnrollmentStatus::Enrolled;
                e.waitlistPosition = 0;
                set(e);
                promotedBecauseOf.insert(e.id,
                                         freedSeats[std::min(promotedHere, freedSeats.size() - 1)]);
                ++promotedHere;
                ++outcome.promoted;
                waiting.erase(waiting.begin());
            }
            renumber(waiting);
        }
        return {};
    }

    Result<> enroll(const std::vector<Id> &traineeIds, Id cohortId, QDate on)
    {
        const EnrollmentCohort *c = rules.cohort(cohortId);
        if (!c)
            return Problem{QStringLiteral("cohort_id"), tr("The cohort was deleted meanwhile.")};
        if (auto v = checkOpen(*c); !v)
            return v;
        std::vector<Id> waiting = waitlist(cohortId);
        QSet<Id> seen;
        for (Id traineeId : traineeIds) {
            if (seen.contains(traineeId))
                continue;
            seen.insert(traineeId);
            const QString name = rules.traineeName(traineeId);
            Enrollment e;
            if (const Enrollment *existing = find(traineeId, cohortId)) {
                if (existing->status != EnrollmentStatus::Withdrawn)
                    return Problem{
                        QStringLiteral("trainee_id"),
                        tr("%1 is already %2 in %3.")
                            .arg(name, displayName(existing->status).toLower(), c->code)};
                e = *existing; // enrolled again on the record of the earlier withdrawal
                e.attendance.reset();
                e.score.reset();
                e.certification = CertificationLevel::None;
                e.certifiedOn = {};
            } else {
                e.id = nextNewId--;
                e.traineeId = traineeId;
                e.cohortId = cohortId;
            }
            if (const Enrollment *other = overlapping(traineeId, *c))
                return checkOverlap(name, other->status, *rules.cohort(other->cohortId), *c);
            e.enrolledOn = on;
            if (checkSeat(name, *c, seatHolders(cohortId))) {
                e.status = EnrollmentStatus::Enrolled;
                e.waitlistPosition = 0;
                ++outcome.seated;
            } else {
                e.status = EnrollmentStatus::Waitlisted;
                e.waitlistPosition = int(waiting.size()) + 1;
                waiting.push_back(e.id);
                ++outcome.waitlisted;
            }
            set(e);
        }
        return {};
    }

    EnrollmentOutcome finish(const Result<> &status)
    {
        if (!status) {
            EnrollmentOutcome refusal;
            refusal.problem = status.problem();
            return refusal;
        }
        for (Id id : touched) {
            EnrollmentChange change;
            const auto before = rules.m_enrollments.find(id);
            if (before != rules.m_enrollments.end()) {
                if (before->second == current.at(id))
                    continue;
                change.before = before->second;
            }
            change.after = current.at(id);
            if (change.after.id < 0)
                change.after.id = 0;
            change.promotedBecauseOf = promotedBecauseOf.value(id);
            outcome.changes.push_back(std::move(change));
        }
        return std::move(outcome);
    }
};

EnrollmentRules::EnrollmentRules(EnrollmentInput input) : m_names(std::move(input.traineeNames))
{
    for (EnrollmentCohort &c : input.cohorts)
        m_cohorts.emplace(c.id, std::move(c));
    for (Enrollment &e : input.enrollments)
        m_enrollments.emplace(e.id, std::move(e));
}

const EnrollmentCohort *EnrollmentRules::cohort(Id id) const
{
    const auto it = m_cohorts.find(id);
    return it == m_cohorts.end() ? nullptr : &it->second;
}

const Enrollment *EnrollmentRules::enrollment(Id id) const
{
    const auto it = m_enrollments.find(id);
    return it == m_enrollments.end() ? nullptr : &it->second;
}

QString EnrollmentRules::traineeName(Id traineeId) const
{
    const QString name = m_names.value(traineeId);
    return name.isEmpty() ? tr("Trainee %1").arg(traineeId) : name;
}

QString EnrollmentRules::cohortCode(Id cohortId) const
{
    const EnrollmentCohort *c = cohort(cohortId);
    return c ? c->code : QString::number(cohortId);
}

bool EnrollmentRules::holdsSeat(EnrollmentStatus status)
{
    return status == EnrollmentStatus::Enrolled || status == EnrollmentStatus::Completed ||
           status == EnrollmentStatus::Failed;
}

bool EnrollmentRules::canChange(EnrollmentStatus from, EnrollmentStatus to)
{
    using S = EnrollmentStatus;
    if (from == to)
        return true;
    switch (from) {
    case S::Enrolled:
        return to == S::Completed || to == S::Failed || to == S::Withdrawn;
    case S::Waitlisted:
        return to == S::Withdrawn || to == S::Enrolled;
    case S::Completed:
        return to == S::Failed;
    case S::Failed:
        return to == S::Completed;
    case S::Withdrawn:
        return false;
    }
    return false;
}

bool EnrollmentRules::overlaps(const EnrollmentCohort &a, const EnrollmentCohort &b)
{
    if (!a.start.isValid() || !a.end.isValid() || !b.start.isValid() || !b.end.isValid())
        return false;
    return a.start <= b.end && b.start <= a.end;
}

bool EnrollmentRules::blocksOverlap(EnrollmentStatus status, const EnrollmentCohort &cohort)
{
    return status != EnrollmentStatus::Withdrawn && cohort.status != CohortStatus::Cancelled;
}

Result<> EnrollmentRules::checkOverlap(const QString &trainee, EnrollmentStatus status,
                                       const EnrollmentCohort &other,
                                       const EnrollmentCohort &cohort)
{
    if (other.id == cohort.id || !blocksOverlap(status, other) || !overlaps(other, cohort))
        return {};
    return Problem{QStringLiteral("trainee_id"),
                   tr("%1 is already %2 in %3 (%4 – %5), whose dates overlap %6 (%7 – %8).")
                       .arg(trainee, displayName(status).toLower(), other.code,
                            isoDate(other.start), isoDate(other.end), cohort.code)
                       .arg(isoDate(cohort.start), isoDate(cohort.end))};
}

Result<> EnrollmentRules::checkOpen(const EnrollmentCohort &cohort)
{
    if (cohort.status != CohortStatus::Cancelled && cohort.status != CohortStatus::Completed)
        return {};
    return Problem{QStringLiteral("cohort_id"),
                   tr("%1 is %2: nobody can be enrolled in it.")
                       .arg(cohort.code, displayName(cohort.status).toLower())};
}

Result<> EnrollmentRules::checkCertificate(const QString &trainee, QDate certifiedOn,
                                           const EnrollmentCohort &cohort)
{
    if (!certifiedOn.isValid() || !cohort.start.isValid() || certifiedOn >= cohort.start)
        return {};
    return Problem{QStringLiteral("certified_on"),
                   tr("%1 cannot be certified on %2, before %3 started on %4.")
                       .arg(trainee, isoDate(certifiedOn), cohort.code, isoDate(cohort.start))};
}

Result<> EnrollmentRules::checkSeat(const QString &trainee, const EnrollmentCohort &cohort,
                                    int seatHolders)
{
    if (seatHolders < cohort.capacity)
        return {};
    return Problem{
        QStringLiteral("cohort_id"),
        QCoreApplication::translate("Planner::EnrollmentRules",
                                    "%1 cannot take a seat in %2: all its %n seat(s) are taken. "
                                    "Put them on the waitlist instead.",
                                    nullptr, cohort.capacity)
            .arg(trainee, cohort.code)};
}

Result<> EnrollmentRules::checkCapacity(const QString &cohortCode, int capacity, int seatHolders)
{
    if (capacity >= seatHolders)
        return {};
    return Problem{
        QStringLiteral("capacity"),
        QCoreApplication::translate("Planner::EnrollmentRules",
                                    "%n trainee(s) hold seats in %1: the capacity cannot go below "
                                    "that. Withdraw or transfer trainees first.",
                                    nullptr, seatHolders)
            .arg(cohortCode)};
}

int EnrollmentRules::seatHolders(Id cohortId) const
{
    return Work(*this).seatHolders(cohortId);
}

std::vector<Enrollment> EnrollmentRules::waitlist(Id cohortId) const
{
    std::vector<Enrollment> list;
    for (Id id : Work(*this).waitlist(cohortId))
        list.push_back(m_enrollments.at(id));
    return list;
}

EnrollmentOutcome EnrollmentRules::enroll(const std::vector<Id> &traineeIds, Id cohortId,
                                          QDate on) const
{
    if (traineeIds.empty())
        return refused("trainee_id", tr("Choose the trainees to enroll."));
    Work work(*this);
    return work.finish(work.enroll(traineeIds, cohortId, on));
}

EnrollmentOutcome EnrollmentRules::withdraw(const std::vector<Id> &enrollmentIds) const
{
    if (enrollmentIds.empty())
        return refused("id", tr("Choose the enrollments to withdraw."));
    Work work(*this);
    return work.finish(work.withdraw(enrollmentIds));
}

EnrollmentOutcome EnrollmentRules::transfer(const std::vector<Id> &enrollmentIds, Id targetCohortId,
                                            QDate on) const
{
    if (enrollmentIds.empty())
        return refused("id", tr("Choose the enrollments to transfer."));
    std::vector<Id> trainees;
    for (Id id : enrollmentIds) {
        const Enrollment *e = enrollment(id);
        if (!e)
            return refused("id", tr("The enrollment was deleted meanwhile."));
        if (e->cohortId == targetCohortId)
            return refused("cohort_id",
                           tr("%1 is already in %2.")
                               .arg(traineeName(e->traineeId), cohortCode(targetCohortId)));
        if (e->status != EnrollmentStatus::Enrolled && e->status != EnrollmentStatus::Waitlisted)
            return refused(
                "status",
                tr("%1 is %2 in %3: only enrolled or waitlisted trainees can be transferred.")
                    .arg(traineeName(e->traineeId), displayName(e->status).toLower(),
                         cohortCode(e->cohortId)));
        trainees.push_back(e->traineeId);
    }
    Work work(*this);
    Result<> status = work.withdraw(enrollmentIds);
    if (status)
        status = work.enroll(trainees, targetCohortId, on);
    return work.finish(status);
}

EnrollmentOutcome
EnrollmentRules::setOutcomes(const std::vector<std::pair<Id, OutcomeEdit>> &edits) const
{
    if (edits.empty())
        return refused("id", tr("Choose the enrollments to change."));
    Work work(*this);
    std::vector<Id> withdrawals;
    for (const auto &[id, edit] : edits) {
        const auto found = work.current.find(id);
        if (found == work.current.end())
            return refused("id", tr("The enrollment was deleted meanwhile."));
        Enrollment e = found->second;
        const QString who = traineeName(e.traineeId);
        const QString code = cohortCode(e.cohortId);
        if (edit.status && *edit.status != e.status) {
            if (*edit.status == EnrollmentStatus::Enrolled ||
                *edit.status == EnrollmentStatus::Waitlisted || !canChange(e.status, *edit.status))
                return refused("status", tr("%1 is %2 in %3 and cannot be marked %4.")
                                             .arg(who, displayName(e.status).toLower(), code,
                                                  displayName(*edit.status).toLower()));
            if (*edit.status == EnrollmentStatus::Withdrawn) {
                withdrawals.push_back(id);
                continue;
            }
            e.status = *edit.status;
        }
        if (edit.attendance)
            e.attendance = *edit.attendance;
        if (edit.score)
            e.score = *edit.score;
        if (edit.certification)
            e.certification = *edit.certification;
        if (edit.certifiedOn)
            e.certifiedOn = *edit.certifiedOn;
        if (e.certification == CertificationLevel::None)
            e.certifiedOn = {};
        if (e.status == EnrollmentStatus::Waitlisted && (e.attendance || e.score))
            return refused(
                e.score ? "score" : "attendance",
                tr("%1 is on the waitlist of %2: there is no attendance or score to record yet.")
                    .arg(who, code));
        if (e.certification != CertificationLevel::None && e.status != EnrollmentStatus::Completed)
            return refused("certification",
                           tr("%1 has not completed %2 and cannot be certified.").arg(who, code));
        if (auto v = RecordRules::check(e); !v)
            return refused(v.problem().field.toLatin1().constData(),
                           QStringLiteral("%1 (%2, %3)").arg(v.message(), who, code));
        const EnrollmentCohort *c = cohort(e.cohortId);
        if (e.certification != CertificationLevel::None && c) {
            if (auto v = checkCertificate(who, e.certifiedOn, *c); !v)
                return refused("certified_on", v.message());
        }
        work.set(e);
    }
    if (!withdrawals.empty()) {
        if (auto v = work.withdraw(withdrawals); !v)
            return work.finish(v);
    }
    return work.finish({});
}

EnrollmentOutcome EnrollmentRules::moveOnWaitlist(Id enrollmentId, int position) const
{
    const Enrollment *e = enrollment(enrollmentId);
    if (!e)
        return refused("id", tr("The enrollment was deleted meanwhile."));
    if (e->status != EnrollmentStatus::Waitlisted)
        return refused("waitlist_position",
                       tr("%1 is not on the waitlist of %2.")
                           .arg(traineeName(e->traineeId), cohortCode(e->cohortId)));
    Work work(*this);
    std::vector<Id> order = work.waitlist(e->cohortId);
    order.erase(std::find(order.begin(), order.end(), enrollmentId));
    const int at = std::clamp(position, 1, int(order.size()) + 1);
    order.insert(order.begin() + (at - 1), enrollmentId);
    work.renumber(order);
    return work.finish({});
}

EnrollmentOutcome EnrollmentRules::fillSeats(Id cohortId, int capacity) const
{
    Work work(*this);
    const EnrollmentCohort *c = cohort(cohortId);
    if (!c || c->status == CohortStatus::Cancelled || c->status == CohortStatus::Completed)
        return work.finish({});
    std::vector<Id> waiting = work.waitlist(cohortId);
    while (!waiting.empty() && work.seatHolders(cohortId) < capacity) {
        Enrollment e = work.current.at(waiting.front());
        e.status = EnrollmentStatus::Enrolled;
        e.waitlistPosition = 0;
        work.set(e);
        ++work.outcome.promoted;
        waiting.erase(waiting.begin());
    }
    work.renumber(waiting);
    return work.finish({});
}

Result<> EnrollmentRules::checkCapacity(Id cohortId, int capacity) const
{
    return checkCapacity(cohortCode(cohortId), capacity, seatHolders(cohortId));
}

Result<> EnrollmentRules::checkDates(const EnrollmentCohort &moved) const
{
    QStringList clashes;
    for (const auto &[id, mine] : m_enrollments) {
        if (mine.cohortId != moved.id || !blocksOverlap(mine.status, moved))
            continue;
        for (const auto &[otherId, theirs] : m_enrollments) {
            if (theirs.traineeId != mine.traineeId || theirs.cohortId == moved.id)
                continue;
            const EnrollmentCohort *other = cohort(theirs.cohortId);
            if (other && blocksOverlap(theirs.status, *other) && overlaps(*other, moved))
                clashes << tr("%1 is %2 in %3 (%4 – %5)")
                               .arg(traineeName(theirs.traineeId),
                                    displayName(theirs.status).toLower(), other->code,
                                    isoDate(other->start), isoDate(other->end));
        }
    }
    if (clashes.isEmpty())
        return {};
    constexpr int shown = 3;
    const qsizetype more = clashes.size() - shown;
    QString list = clashes.mid(0, shown).join(QStringLiteral("; "));
    if (more > 0)
        list += QLatin1Char(' ') + QCoreApplication::translate("Planner::EnrollmentRules",
                                                               "and %n more", nullptr, int(more));
    return Problem{
        QStringLiteral("sessions"),
        tr("%1 on %2 – %3 would overlap another cohort of its trainees: %4. Withdraw or transfer "
           "them first, or choose other dates.")
            .arg(moved.code, isoDate(moved.start), isoDate(moved.end), list)};
}

namespace PastedColumn {

Parsed parse(const QString &text, Field field)
{
    Parsed parsed;
    QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast(); // the line break a spreadsheet puts after the last cell
    if (lines.isEmpty()) {
        parsed.problem = Problem{QString(), tr("There is nothing to paste.")};
        return parsed;
    }
    const QLocale c = QLocale::c();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString cell = lines[i].section(QLatin1Char('\t'), 0, 0).trimmed();
        if (cell.isEmpty()) {
            parsed.values.push_back(std::nullopt);
            continue;
        }
        bool percent = cell.endsWith(QLatin1Char('%'));
        if (percent)
            cell.chop(1);
        cell.replace(QLatin1Char(','), QLatin1Char('.'));
        bool ok = false;
        double value = c.toDouble(cell.trimmed(), &ok);
        const QString original = lines[i].section(QLatin1Char('\t'), 0, 0).trimmed();
        if (field == Field::Score) {
            if (!ok || percent || value < 0 || value > 100) {
                parsed.problem = Problem{
                    QStringLiteral("score"),
                    tr("Line %1: “%2” is not a score from 0 to 100.").arg(i + 1).arg(original)};
                return parsed;
            }
        } else {
            if (ok && (percent || value > 1))
                value /= 100.0;
            if (!ok || value < 0 || value > 1) {
                parsed.problem =
                    Problem{QStringLiteral("attendance"),
                            tr("Line %1: “%2” is not an attendance rate (0 to 1, or 0% to 100%).")
                                .arg(i + 1)
                                .arg(original)};
                return parsed;
            }
        }
        parsed.values.push_back(value);
    }
    return parsed;
}

} // namespace PastedColumn

} // namespace Planner
