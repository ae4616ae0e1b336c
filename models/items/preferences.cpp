// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "domain/language.h"
#include "io/icswriter.h"
#include "store/auditlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Planner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Planner::Preferences", text);
}

constexpr SessionSlot AllSlots[] = {SessionSlot::Morning, SessionSlot::Afternoon,
                                    SessionSlot::Evening};

// Auto-assign's weights by their settings keys.
std::array<std::pair<const char *, int *>, 6> weightKeys(SolverWeights &w)
{
    return {{{"preferences/autoAssign/unstaffedLead", &w.unstaffedLead},
             {"preferences/autoAssign/unstaffedAssistant", &w.unstaffedAssistant},
             {"preferences/autoAssign/load", &w.load},
             {"preferences/autoAssign/travel", &w.travel},
             {"preferences/autoAssign/preference", &w.preference},
             {"preferences/autoAssign/churn", &w.churn}}};
}

} // namespace

Preferences::Preferences()
{
    for (SessionSlot s : AllSlots)
        times[std::size_t(s)] = {Ics::defaultSlotStart(s), Ics::defaultSlotEnd(s)};
}

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences p;
    const QString language = settings.value(QStringLiteral("preferences/language")).toString();
    if (Language::available().contains(language))
        p.language = language;
    p.planFolder = settings.value(QStringLiteral("preferences/planFolder")).toString();
    p.displayName =
        settings.value(QStringLiteral("preferences/displayName")).toString().simplified();
    const auto number = [&](const char *key, int fallback, int low, int high) {
        bool ok = false;
        const int n = settings.value(QLatin1String(key)).toInt(&ok);
        return ok && n >= low && n <= high ? n : fallback;
    };
    const BackupStore::Policy defaults;
    p.backups.periodicMinutes =
        number("preferences/backupMinutes", defaults.periodicMinutes, 1, 24 * 60);
    p.backups.keepNewest = number("preferences/keepNewest", defaults.keepNewest, 1, 1000);
    p.backups.keepDays = number("preferences/keepDays", defaults.keepDays, 0, 3650);
    p.backups.keepMonths = number("preferences/keepMonths", defaults.keepMonths, 0, 1200);
    for (SessionSlot s : AllSlots) {
        const QString key = QStringLiteral("preferences/sessions/") + toKey(s);
        const QTime start = QTime::fromString(
            settings.value(key + QStringLiteral("Start")).toString(), Qt::ISODate);
        const QTime end =
            QTime::fromString(settings.value(key + QStringLiteral("End")).toString(), Qt::ISODate);
        if (start.isValid() && end.isValid() && start < end)
            p.times[std::size_t(s)] = {start, end};
    }
    if (!p.check()) // overlapping sessions from a hand-edited file: the defaults
        p.times = Preferences().times;
    for (int r = 0; r < ConflictRuleCount; ++r) {
        const auto rule = ConflictRule(r);
        const auto severity = fromKey<Severity>(
            settings.value(QStringLiteral("preferences/severity/") + toKey(rule)).toString());
        if (severity)
            p.severities.set(rule, *severity);
    }
    for (const auto &[key, weight] : weightKeys(p.weights))
        *weight = number(key, *weight, 0, SolverWeights::MaxWeight);
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("preferences/language"), language);
    settings.setValue(QStringLiteral("preferences/planFolder"), planFolder);
    settings.setValue(QStringLiteral("preferences/displayName"), displayName);
    settings.setValue(QStringLiteral("preferences/backupMinutes"), backups.periodicMinutes);
    settings.setValue(QStringLiteral("preferences/keepNewest"), backups.keepNewest);
    settings.setValue(QStringLiteral("preferences/keepDays"), backups.keepDays);
    settings.setValue(QStringLiteral("preferences/keepMonths"), backups.keepMonths);
    for (SessionSlot s : AllSlots) {
        const QString key = QStringLiteral("preferences/sessions/") + toKey(s);
        settings.setValue(key + QStringLiteral("Start"), slot(s).start.toString(Qt::ISODate));
        settings.setValue(key + QStringLiteral("End"), slot(s).end.toString(Qt::ISODate));
    }
    for (int r = 0; r < ConflictRuleCount; ++r) {
        const auto rule = ConflictRule(r);
        settings.setValue(QStringLiteral("preferences/severity/") + toKey(rule),
                          toKey(severities.of(rule)));
    }
    SolverWeights copy = weights;
    for (const auto &[key, weight] : weightKeys(copy))
        settings.setValue(QLatin1String(key), *weight);
}

Result<> Preferences::check() const
{
    for (SessionSlot s : AllSlots) {
        if (!slot(s).start.isValid() || !slot(s).end.isValid() || slot(s).start >= slot(s).end)
            return Problem{QStringLiteral("slots"), tr("The %1 session must end after it starts.")
                                                        .arg(Planner::displayName(s).toLower())};
    }
    for (std::size_t i = 1; i < std::size(AllSlots); ++i) {
        const Slot &earlier = times[i - 1];
        const Slot &later = times[i];
        if (later.start < earlier.end)
            return Problem{QStringLiteral("slots"),
                           tr("The %1 session must start after the %2 session ends (%3).")
                               .arg(Planner::displayName(AllSlots[i]).toLower(),
                                    Planner::displayName(AllSlots[i - 1]).toLower(),
                                    earlier.end.toString(QStringLiteral("HH:mm")))};
    }
    if (backups.periodicMinutes < 1 || backups.keepNewest < 1)
        return Problem{QStringLiteral("backups"),
                       tr("Back up at least every so many minutes, and keep at least one "
                          "backup.")};
    if (!planFolder.isEmpty() && !QFileInfo(planFolder).isDir())
        return Problem{
            QStringLiteral("planFolder"),
            tr("The folder “%1” is not there.").arg(QDir::toNativeSeparators(planFolder))};
    return {};
}

void Preferences::apply() const
{
    Language::install(language.isEmpty() ? QLocale::system() : Language::localeOf(language));
    for (SessionSlot s : AllSlots)
        Ics::setSlotTimes(s, slot(s).start, slot(s).end);
    AuditLog::setDisplayName(displayName);
    BackupStore::setPolicy(backups);
    ConflictSettings::setCurrent(severities);
}

} // namespace Planner
