// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMutex>
#include <QTranslator>

#include <atomic>
#include <map>
#include <memory>

namespace Planner::Language {

namespace {

// One loaded translation per language, kept for the process's life: a translator is
// only read once loaded, so threads share it without locks.
const QTranslator *translation(const QString &name)
{
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    std::unique_ptr<QTranslator> &t = loaded[name];
    if (!t) {
        t = std::make_unique<QTranslator>();
        if (!t->load(QStringLiteral("cohortplanner_") + name, QStringLiteral(":/i18n")))
            qWarning("No translation for %s in the application", qPrintable(name));
    }
    return t.get();
}

thread_local const QTranslator *scoped = nullptr;

// The one translator the application installs: it answers with the language of the
// thread's Scope, if any, else with the installed language.
class Switchable final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        const QTranslator *t = scoped ? scoped : m_current.load();
        return t ? t->translate(context, sourceText, disambiguation, n) : QString();
    }
    bool isEmpty() const override { return false; }
    void set(const QTranslator *t) { m_current.store(t); }

private:
    std::atomic<const QTranslator *> m_current = nullptr;
};

QString current = QStringLiteral("en");

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QLocale localeOf(const QString &name)
{
    return name == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                          : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString nameOf(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void install(const QLocale &locale)
{
    static Switchable *own = nullptr;
    static QTranslator *qt = nullptr;
    if (own && nameOf(locale) == current)
        return; // nothing changes: no window needs to retranslate
    // Qt's words first, in the language chosen (English needs none).
    if (qt) {
        QCoreApplication::removeTranslator(qt);
        delete qt;
        qt = nullptr;
    }
    current = nameOf(locale);
    if (current != QLatin1String("en")) {
        qt = new QTranslator;
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    // English carries the plural forms; Chinese everything.
    if (!own) {
        own = new Switchable;
        own->set(translation(current));
        QCoreApplication::installTranslator(own);
    } else {
        own->set(translation(current));
        // The translators changed: tell every widget (installTranslator does this itself).
        QCoreApplication::removeTranslator(own);
        QCoreApplication::installTranslator(own);
    }
}

QString installed()
{
    return current;
}

Scope::Scope(const QLocale &locale) : m_previous(scoped)
{
    scoped = translation(nameOf(locale));
}

Scope::~Scope()
{
    scoped = static_cast<const QTranslator *>(m_previous);
}

} // namespace Planner::Language

namespace Planner {

QString localizedName(const QString &english, const QString &chinese)
{
    const bool chineseHere =
        Language::scoped ? Language::scoped == Language::translation(QStringLiteral("zh_CN"))
                         : QLocale().language() == QLocale::Chinese;
    return chineseHere && !chinese.isEmpty() ? chinese : english;
}

} // namespace Planner
