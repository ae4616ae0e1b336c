// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Planner::Language {

// The languages the application speaks, by the name of their translation ("en", "zh_CN").
QStringList available();
// The locale a language name stands for ("zh_CN": Chinese, China; anything else: English).
QLocale localeOf(const QString &name);
// The language name of a locale: "zh_CN" for any Chinese locale, otherwise "en".
QString nameOf(const QLocale &locale);

// Installs the application's translation and Qt's own (buttons, standard dialogs) for
// `locale`'s language. Called again, it switches both: every widget then receives a
// LanguageChange event, and nothing else changes.
void install(const QLocale &locale);
// The language installed last ("en" before any install).
QString installed();

// While a Scope lives, the translations made on its thread use `locale`'s language
// instead of the installed one: a report printed in English from a Chinese window, on a
// worker thread, leaves the window's words alone. Scopes nest.
class Scope
{
public:
    explicit Scope(const QLocale &locale);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

private:
    const void *m_previous;
};

} // namespace Planner::Language

namespace Planner {

// A record's name in the language this thread speaks: the Chinese one when it speaks
// Chinese (its Language::Scope, else the default locale) and the record has one, else the
// English one.
QString localizedName(const QString &english, const QString &chinese);

} // namespace Planner
