// SPDX-License-Identifier: GPL-3.0-or-later
// The documentation says what the program does: docs/CLI.md names exactly the commands
// cohortplanner-cli has, and for each command exactly the options it accepts. A command
// or option added without its documentation, or documentation left behind by a change,
// fails here. And one version everywhere: the programs', CHANGELOG.md's newest entry and
// the AppStream metadata's newest release are project(VERSION).
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <map>

class TestDocs final : public QObject
{
    Q_OBJECT

private slots:
    void cliCommandsAreDocumented();
    void cliOptionsAreDocumented_data();
    void cliOptionsAreDocumented();
    void oneVersion();

private:
    static QString run(const QStringList &arguments);
    static QStringList commands();
    // The options `cohortplanner-cli COMMAND --help` lists (long names, with the dashes).
    static QSet<QString> acceptedOptions(const QString &command);
    // docs/CLI.md's sections: "## command" -> the text up to the next "## ".
    static std::map<QString, QString> documentedSections();
};

QString TestDocs::run(const QStringList &arguments)
{
    QProcess cli;
    cli.start(QStringLiteral(COHORT_CLI_PATH), arguments);
    if (!cli.waitForFinished(30000))
        return {};
    return QString::fromUtf8(cli.readAllStandardOutput());
}

QStringList TestDocs::commands()
{
    // The usage's "Commands:" list: two spaces, then the command's name.
    const QString usage = run({QStringLiteral("--help")});
    const qsizetype from = usage.indexOf(QLatin1String("Commands:"));
    const qsizetype to = usage.indexOf(QLatin1String("\n\n"), from);
    QStringList names;
    static const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]*)\\b"),
                                         QRegularExpression::MultilineOption);
    auto it = line.globalMatch(usage.mid(from, to - from));
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}

QSet<QString> TestDocs::acceptedOptions(const QString &command)
{
    const QString help = run({command, QStringLiteral("--help")});
    QSet<QString> options;
    static const QRegularExpression option(QStringLiteral("^\\s+(?:-\\w, )?(--[a-z][a-z0-9-]*)"),
                                           QRegularExpression::MultilineOption);
    auto it = option.globalMatch(help.mid(help.indexOf(QLatin1String("Options:"))));
    while (it.hasNext())
        options.insert(it.next().captured(1));
    return options;
}

std::map<QString, QString> TestDocs::documentedSections()
{
    QFile file(QStringLiteral(COHORT_SOURCE_DIR "/docs/CLI.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    std::map<QString, QString> sections;
    static const QRegularExpression heading(QStringLiteral("^## ([a-z][a-z-]*)\\s*$"),
                                            QRegularExpression::MultilineOption);
    auto it = heading.globalMatch(text);
    QString name;
    qsizetype start = -1;
    auto close = [&](qsizetype end) {
        if (start >= 0)
            sections[name] = text.mid(start, end - start);
    };
    while (it.hasNext()) {
        const auto m = it.next();
        close(m.capturedStart());
        name = m.captured(1);
        start = m.capturedEnd();
    }
    close(text.size());
    return sections;
}

void TestDocs::cliCommandsAreDocumented()
{
    const QStringList cli = commands();
    QVERIFY2(cli.size() >= 10, qPrintable(cli.join(QLatin1Char(' '))));
    QStringList documented;
    for (const auto &[name, text] : documentedSections())
        documented << name;
    for (const QString &c : cli)
        QVERIFY2(documented.contains(c),
                 qPrintable(QStringLiteral("docs/CLI.md has no section \"## %1\"").arg(c)));
    for (const QString &d : documented)
        QVERIFY2(
            cli.contains(d),
            qPrintable(
                QStringLiteral(
                    "docs/CLI.md documents \"%1\", which cohortplanner-cli --help does not list")
                    .arg(d)));
}

void TestDocs::cliOptionsAreDocumented_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &c : commands())
        QTest::newRow(qPrintable(c)) << c;
}

void TestDocs::cliOptionsAreDocumented()
{
    QFETCH(QString, command);
    const QSet<QString> accepted = acceptedOptions(command);
    QVERIFY2(accepted.contains(QStringLiteral("--json")), qPrintable(command));
    const auto sections = documentedSections();
    const auto section = sections.find(command);
    QVERIFY(section != sections.end());
    QSet<QString> documented;
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])(--[a-z][a-z0-9-]*)"));
    auto it = option.globalMatch(section->second);
    while (it.hasNext())
        documented.insert(it.next().captured(1));
    // --help and --json are said once for every command, at the top of the page.
    for (const QString &o : accepted)
        if (o != QLatin1String("--help") && o != QLatin1String("--help-all") &&
            o != QLatin1String("--json"))
            QVERIFY2(
                documented.contains(o),
                qPrintable(QStringLiteral("docs/CLI.md does not document %1 %2").arg(command, o)));
    for (const QString &o : documented)
        QVERIFY2(accepted.contains(o),
                 qPrintable(QStringLiteral(
                                "docs/CLI.md documents %1 %2, which the command does not accept")
                                .arg(command, o)));
}

void TestDocs::oneVersion()
{
    const QString version = QStringLiteral(COHORT_PROJECT_VERSION);
    QCOMPARE(run({QStringLiteral("--version")}).trimmed(),
             QStringLiteral("cohortplanner-cli ") + version);

    QFile changelog(QStringLiteral(COHORT_SOURCE_DIR "/CHANGELOG.md"));
    QVERIFY(changelog.open(QIODevice::ReadOnly));
    static const QRegularExpression entry(QStringLiteral("^## ([0-9.]+) - (\\d{4}-\\d{2}-\\d{2})$"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch newest = entry.match(QString::fromUtf8(changelog.readAll()));
    QVERIFY2(newest.hasMatch(), "CHANGELOG.md has no \"## VERSION - YYYY-MM-DD\" entry");
    QCOMPARE(newest.captured(1), version);

    QFile metainfo(QStringLiteral(COHORT_METAINFO));
    QVERIFY2(metainfo.open(QIODevice::ReadOnly), COHORT_METAINFO);
    const QString xml = QString::fromUtf8(metainfo.readAll());
    QVERIFY2(xml.contains(QStringLiteral("<release version=\"%1\" date=\"%2\">")
                              .arg(version, newest.captured(2))),
             "the metainfo's newest release is not the project's version");
}

QTEST_MAIN(TestDocs)
#include "tst_docs.moc"
