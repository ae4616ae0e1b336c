// SPDX-License-Identifier: GPL-3.0-or-later
// The layers of docs/ARCHITECTURE.md, checked on the sources: each directory includes only
// the layers below it (widgets never reach the store, whose SQL they must not run; the
// planning rules never see SQL), and nothing under models/ includes a Widgets header.
// A file that breaks a rule fails here with its line. And the code stays portable: the
// headers of one kind of system are included in models/store/osplatform.cpp only, the one
// platform file, which has a branch for POSIX and one for Windows.
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestLayering final : public QObject
{
    Q_OBJECT

private slots:
    void projectIncludes_data();
    void projectIncludes();
    void noWidgetsInModels();
    void noSqlInRules_data();
    void noSqlInRules();
    void platformHeader_data();
    void platformHeader();
    void platformHeadersInOneFile_data();
    void platformHeadersInOneFile();

private:
    // The headers only one kind of system has: POSIX's (<unistd.h>, <sys/...>) and
    // Windows' (<windows.h>, <io.h>). Everything else goes through Qt or the standard.
    static bool isPlatformHeader(const QString &target);
    struct Include
    {
        QString file;
        int line = 0;
        QString target; // "store/planqueries.h" or <QWidget>'s "QWidget"
        bool system = false;
    };
    // Every #include in the .h and .cpp files under dir (relative to the source tree).
    static std::vector<Include> includesUnder(const QString &dir);
    static QString describe(const Include &i)
    {
        return QStringLiteral("%1:%2 includes %3").arg(i.file).arg(i.line).arg(i.target);
    }
};

std::vector<TestLayering::Include> TestLayering::includesUnder(const QString &dir)
{
    static const QRegularExpression include(
        QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"));
    const QString root = QStringLiteral(COHORT_SOURCE_DIR);
    std::vector<Include> found;
    QDirIterator it(root + QLatin1Char('/') + dir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const QString text = QString::fromUtf8(file.readLine());
            const QRegularExpressionMatch m = include.match(text);
            if (m.hasMatch())
                found.push_back({path.mid(root.size() + 1), line, m.captured(2),
                                 m.captured(1) == QLatin1String("<")});
        }
    }
    return found;
}

void TestLayering::projectIncludes_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QStringList>("allowed");
    const QString domain = QStringLiteral("domain"), planning = QStringLiteral("planning"),
                  store = QStringLiteral("store"), io = QStringLiteral("io"),
                  commands = QStringLiteral("commands"), items = QStringLiteral("items"),
                  demo = QStringLiteral("demo"), charts = QStringLiteral("charts"),
                  timeline = QStringLiteral("timeline");
    QTest::newRow("domain") << QStringLiteral("models/domain") << QStringList{};
    QTest::newRow("planning") << QStringLiteral("models/planning") << QStringList{domain};
    QTest::newRow("store") << QStringLiteral("models/store") << QStringList{domain, planning};
    QTest::newRow("io") << QStringLiteral("models/io") << QStringList{domain, planning, store};
    QTest::newRow("commands") << QStringLiteral("models/commands")
                              << QStringList{domain, planning, store};
    QTest::newRow("demo") << QStringLiteral("models/demo")
                          << QStringList{domain, planning, store, io, demo};
    QTest::newRow("items") << QStringLiteral("models/items")
                           << QStringList{domain, planning, store, io, commands};
    // The widgets read and edit through items and commands: never the store itself.
    QTest::newRow("ui") << QStringLiteral("ui") << QStringList{domain, planning, io,     commands,
                                                               items,  demo,     charts, timeline};
}

void TestLayering::projectIncludes()
{
    QFETCH(QString, dir);
    QFETCH(QStringList, allowed);
    const std::vector<Include> includes = includesUnder(dir);
    QVERIFY2(!includes.empty(), qPrintable(dir + QStringLiteral(": no sources found")));
    static const QRegularExpression layer(QStringLiteral("^([a-z]+)/"));
    QStringList broken;
    for (const Include &i : includes) {
        if (i.system)
            continue;
        const QRegularExpressionMatch m = layer.match(i.target);
        // A layer includes its own headers by path too (planning/solver/problem.h).
        if (m.hasMatch() && !allowed.contains(m.captured(1)) &&
            !dir.endsWith(QLatin1Char('/') + m.captured(1)) && dir != m.captured(1))
            broken << describe(i);
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

void TestLayering::noWidgetsInModels()
{
    // Qt's Widgets headers, as installed: <QWidget>, <QDialog>, <QtWidgets/...>.
    const QString widgetsDir =
        QLibraryInfo::path(QLibraryInfo::HeadersPath) + QStringLiteral("/QtWidgets");
    QSet<QString> widgetHeaders;
    QDirIterator it(widgetsDir, QDir::Files);
    while (it.hasNext())
        widgetHeaders.insert(QFileInfo(it.next()).fileName());
    QVERIFY2(widgetHeaders.contains(QStringLiteral("QWidget")), qPrintable(widgetsDir));
    QStringList broken;
    for (const Include &i : includesUnder(QStringLiteral("models"))) {
        if (i.system &&
            (widgetHeaders.contains(i.target) || i.target.startsWith(QLatin1String("QtWidgets"))))
            broken << describe(i);
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

void TestLayering::noSqlInRules_data()
{
    QTest::addColumn<QString>("dir");
    QTest::newRow("domain") << QStringLiteral("models/domain");
    QTest::newRow("planning") << QStringLiteral("models/planning");
}

void TestLayering::noSqlInRules()
{
    QFETCH(QString, dir);
    QStringList broken;
    for (const Include &i : includesUnder(dir)) {
        if (i.system && (i.target.startsWith(QLatin1String("QSql")) ||
                         i.target.startsWith(QLatin1String("QtSql")) ||
                         i.target.contains(QLatin1String("sqlite"))))
            broken << describe(i);
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

bool TestLayering::isPlatformHeader(const QString &target)
{
    static const QRegularExpression header(
        QStringLiteral(
            "^(unistd|fcntl|pwd|grp|signal|dlfcn|dirent|termios|poll|pthread|semaphore|spawn|"
            "syslog|"
            "strings|libgen|fnmatch|glob|sched|utime|netdb|ifaddrs|"
            "windows|winbase|winsock2|ws2tcpip|io|direct|process|shlobj|lmcons|shellapi)\\.h$|"
            "^(sys|arpa|netinet|net)/"),
        QRegularExpression::CaseInsensitiveOption);
    return header.match(target).hasMatch();
}

void TestLayering::platformHeader_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("platform");
    QTest::newRow("unistd") << QStringLiteral("unistd.h") << true;
    QTest::newRow("sys/file") << QStringLiteral("sys/file.h") << true;
    QTest::newRow("sys/stat") << QStringLiteral("sys/stat.h") << true;
    QTest::newRow("signal") << QStringLiteral("signal.h") << true;
    QTest::newRow("pwd") << QStringLiteral("pwd.h") << true;
    QTest::newRow("windows") << QStringLiteral("Windows.h") << true;
    QTest::newRow("io") << QStringLiteral("io.h") << true;
    QTest::newRow("QFile") << QStringLiteral("QFile") << false;
    QTest::newRow("csignal") << QStringLiteral("csignal") << false;
    QTest::newRow("filesystem") << QStringLiteral("filesystem") << false;
    QTest::newRow("sqlite3") << QStringLiteral("sqlite3.h") << false;
    QTest::newRow("project header") << QStringLiteral("store/osplatform.h") << false;
    QTest::newRow("qcustomplot") << QStringLiteral("qcustomplot.h") << false;
}

void TestLayering::platformHeader()
{
    QFETCH(QString, target);
    QFETCH(bool, platform);
    QCOMPARE(isPlatformHeader(target), platform);
}

void TestLayering::platformHeadersInOneFile_data()
{
    QTest::addColumn<QString>("dir");
    for (const char *dir : {"app", "ui", "models", "tests", "bench", "tools", "packaging"})
        QTest::newRow(dir) << QString::fromLatin1(dir);
}

void TestLayering::platformHeadersInOneFile()
{
    QFETCH(QString, dir);
    const QString platformFile = QStringLiteral("models/store/osplatform.cpp");
    const std::vector<Include> includes = includesUnder(dir);
    QVERIFY2(!includes.empty(), qPrintable(dir + QStringLiteral(": no sources found")));
    QStringList broken;
    for (const Include &i : includes) {
        if (i.system && isPlatformHeader(i.target) && i.file != platformFile)
            broken << describe(i) +
                          QStringLiteral(", which only one kind of system has: "
                                         "do it through Qt or in ") +
                          platformFile;
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
