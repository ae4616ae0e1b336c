// SPDX-License-Identifier: GPL-3.0-or-later
// Complete Chinese: every string the sources mark for translation (run through lupdate
// now, so a string added without its translation fails here, not in a screenshot) has a
// finished Chinese translation, and every translation keeps its source's placeholders
// (%1, %n) and its shortcut letter.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everySourceTextIsTranslated();
    void placeholdersAndShortcutsKept();
};

namespace {

struct Message
{
    QString context, source, type;
    QStringList translations; // one, or the plural forms
    bool numerus = false;
};

std::vector<Message> readTsWithPlurals(const QString &path)
{
    std::vector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context,
                                  {},
                                  {},
                                  {},
                                  xml.attributes().value(QLatin1String("numerus")) ==
                                      QLatin1String("yes")};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (current.numerus)
                    inTranslation = true;
                else
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform") && inTranslation) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement()) {
            if (name == QLatin1String("translation"))
                inTranslation = false;
            else if (name == QLatin1String("message"))
                messages.push_back(current);
        }
    }
    return messages;
}

QString describe(const Message &m)
{
    return QStringLiteral("%1: “%2”").arg(m.context, m.source.left(80));
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?[1-9n]"));
    QSet<QString> found;
    for (const auto &match : marker.globalMatch(text))
        found.insert(match.captured().remove(QLatin1Char('L')));
    return found;
}

// "&Open…" has a shortcut letter; "&&" and "&amp;" in rich text do not count.
bool hasShortcut(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&(?!&)[^\\s;]"));
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("&[a-z]+;")));
    return mnemonic.match(plain).hasMatch();
}

} // namespace

void TestTranslations::everySourceTextIsTranslated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("zh_CN.ts"));
    QVERIFY(QFile::copy(
        QStringLiteral(COHORT_SOURCE_DIR "/resources/translations/cohortplanner_zh_CN.ts"), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    // The project lupdate reads (every translated source), as update_translations makes it.
    const QString project = dir.filePath(QStringLiteral("project.json"));
    QProcess cmake;
    cmake.start(QStringLiteral(COHORT_CMAKE),
                {QStringLiteral("-DIN_FILE=" COHORT_LUPDATE_PROJECT),
                 QStringLiteral("-DOUT_FILE=") + project, QStringLiteral("-P"),
                 QStringLiteral(COHORT_LUPDATE_SCRIPT)});
    QVERIFY(cmake.waitForFinished(60000));
    QVERIFY2(cmake.exitCode() == 0, cmake.readAllStandardError().constData());
    // Into the copy only: the committed file stays as it is.
    QProcess lupdate;
    lupdate.start(QStringLiteral(COHORT_LUPDATE),
                  {QStringLiteral("-project"), project, QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"),
                   ts});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const std::vector<Message> messages = readTsWithPlurals(ts);
    QVERIFY(messages.size() > 1000);
    QStringList missing;
    for (const Message &m : messages) {
        const bool empty = std::any_of(m.translations.begin(), m.translations.end(),
                                       [](const QString &t) { return t.trimmed().isEmpty(); });
        if (m.type == QLatin1String("unfinished") || m.translations.isEmpty() || empty)
            missing << describe(m);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 text(s) without Chinese (run update_translations, "
                                       "then add them to tools/translations_zh.py):\n")
                            .arg(missing.size()) +
                        missing.mid(0, 30).join(QLatin1Char('\n'))));
}

void TestTranslations::placeholdersAndShortcutsKept()
{
    const std::vector<Message> messages = readTsWithPlurals(
        QStringLiteral(COHORT_SOURCE_DIR "/resources/translations/cohortplanner_zh_CN.ts"));
    QVERIFY(messages.size() > 1000);
    QStringList wrong;
    for (const Message &m : messages) {
        for (const QString &t : m.translations) {
            QSet<QString> expected = placeholders(m.source);
            QSet<QString> found = placeholders(t);
            if (found != expected)
                wrong << describe(m) + QStringLiteral(" → “%1” (placeholders)").arg(t);
            else if (hasShortcut(m.source) && !hasShortcut(t))
                wrong << describe(m) + QStringLiteral(" → “%1” (shortcut letter)").arg(t);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 30).join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
