// SPDX-License-Identifier: GPL-3.0-or-later
// Filtering the page tables in the index-vector model: text words, facets, dates, the
// typing-on fast path, filter with sort, and the TSV the tables copy.
#include "testsupport.h"

#include "items/plansession.h"
#include "items/plantablemodels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Planner;

class TestTableFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filter_data();
    void filter();
    void typingOnMatchesFreshFilter_data();
    void typingOnMatchesFreshFilter();
    void filterThenSortAndBack();
    void facetValuesAndExtent();
    void tsv();
    void tsvOfSortedFilteredRows();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanSession> m_session;
};

namespace {

// What the test knows about each page model: how to make and load it, the columns
// whose display text a row is searched by, the column showing each facet, and the
// columns holding its date span.
struct Spec
{
    std::function<TableModelBase *()> make;
    std::function<void(TableModelBase *, PlanSession &)> reload;
    std::vector<int> searchColumns;
    std::map<Facet, int> facetColumns;
    int startColumn = -1;
    int endColumn = -1;
};

template <typename M>
Spec spec(std::vector<int> search, std::map<Facet, int> facets = {}, int start = -1, int end = -1)
{
    Spec s;
    s.make = [] {
        auto *m = new M;
        if constexpr (std::is_same_v<M, InstructorTableModel>)
            m->setYear(2026);
        return m;
    };
    s.reload = [](TableModelBase *m, PlanSession &session) {
        static_cast<M *>(m)->reload(session);
    };
    s.searchColumns = std::move(search);
    s.facetColumns = std::move(facets);
    s.startColumn = start;
    s.endColumn = end < 0 ? start : end;
    return s;
}

Spec specFor(const QString &name)
{
    using C = CohortTableModel;
    using T = TraineeTableModel;
    using I = InstructorTableModel;
    using Co = CourseTableModel;
    using V = VenueTableModel;
    using Ca = CalendarTableModel;
    using A = AuditTableModel;
    using Tr = TrackTableModel;
    if (name == QLatin1String("cohorts"))
        return spec<C>(
            {C::Code, C::Course, C::Track, C::Venue, C::District, C::Lead},
            {{Facet::Track, C::Track}, {Facet::Status, C::Status}, {Facet::District, C::District}},
            C::Start, C::End);
    if (name == QLatin1String("trainees"))
        return spec<T>({T::Name, T::IdNumber, T::Employer, T::District, T::LatestCohort},
                       {{Facet::Status, T::Certification}, {Facet::District, T::District}},
                       T::LatestStart);
    if (name == QLatin1String("instructors"))
        return spec<I>({I::Code, I::Name, I::HomeDistrict, I::Qualifications},
                       {{Facet::District, I::HomeDistrict}});
    if (name == QLatin1String("courses"))
        return spec<Co>({Co::Code, Co::Title, Co::TitleZh, Co::Track}, {{Facet::Track, Co::Track}});
    if (name == QLatin1String("venues"))
        return spec<V>({V::Name, V::District, V::Address}, {{Facet::District, V::District}});
    if (name == QLatin1String("calendar"))
        return spec<Ca>({Ca::Date, Ca::Name, Ca::NameZh}, {}, Ca::Date);
    if (name == QLatin1String("audit"))
        return spec<A>({A::Who, A::Table, A::Record, A::Change}, {{Facet::Status, A::Action}},
                       A::When);
    if (name == QLatin1String("tracks"))
        return spec<Tr>({Tr::Name, Tr::NameZh});
    return {};
}

bool waitLoaded(TableModelBase *model)
{
    QSignalSpy spy(model, &TableModelBase::loaded);
    return spy.wait(30000);
}

std::vector<qint64> shownIds(const TableModelBase &model)
{
    std::vector<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.index(row, 0).data(TableModelBase::IdRole).toLongLong());
    return ids;
}

QDate dateIn(const TableModelBase &model, int row, int column)
{
    // Audit times read "yyyy-MM-dd HH:mm:ss": the day is the first ten characters.
    return QDate::fromString(model.index(row, column).data().toString().left(10), Qt::ISODate);
}

// Which rows of the unfiltered model should pass, worked out from what the table shows.
std::vector<qint64> expectedIds(const TableModelBase &model, const Spec &spec,
                                const TableFilter &filter)
{
    const QStringList words =
        filter.text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::vector<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        QString text;
        for (int c : spec.searchColumns)
            text += model.index(row, c).data().toString().toCaseFolded() + QLatin1Char(' ');
        bool pass = std::all_of(words.begin(), words.end(),
                                [&](const QString &w) { return text.contains(w); });
        for (const auto &[facet, column] : spec.facetColumns) {
            const QString wanted = filter.facet(facet);
            if (!wanted.isEmpty())
                pass = pass && model.index(row, column).data().toString() == wanted;
        }
        if (filter.from.isValid() || filter.to.isValid()) {
            const QDate first = dateIn(model, row, spec.startColumn);
            const QDate last = dateIn(model, row, spec.endColumn);
            pass = pass && first.isValid() && (!filter.to.isValid() || first <= filter.to) &&
                   (!filter.from.isValid() || last >= filter.from);
        }
        if (pass)
            ids.push_back(model.index(row, 0).data(TableModelBase::IdRole).toLongLong());
    }
    return ids;
}

} // namespace

void TestTableFilter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = TestSupport::writeDemoPlan(m_dir.filePath(QStringLiteral("demo.cohortplan")));
    m_session = std::make_unique<PlanSession>();
    VERIFY_OK(m_session->open(m_path, PlanDatabase::Mode::ReadOnly));
}

void TestTableFilter::filter_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("facet");     // 0: none, else the Facet whose first value is chosen
    QTest::addColumn<bool>("dates");    // 2026-03-01 .. 2026-06-30
    QTest::addColumn<bool>("narrower"); // expect fewer rows than all, and some

    const int none = 0;
    QTest::newRow("cohorts: code") << "cohorts"
                                   << "bc-101" << none << false << true;
    QTest::newRow("cohorts: two words") << "cohorts"
                                        << "Blockchain  海淀区" << none << false << true;
    QTest::newRow("cohorts: track") << "cohorts"
                                    << "" << int(Facet::Track) << false << true;
    QTest::newRow("cohorts: status") << "cohorts"
                                     << "" << int(Facet::Status) << false << true;
    QTest::newRow("cohorts: district") << "cohorts"
                                       << "" << int(Facet::District) << false << true;
    QTest::newRow("cohorts: dates") << "cohorts"
                                    << "" << none << true << true;
    QTest::newRow("cohorts: all at once") << "cohorts"
                                          << "ai" << int(Facet::District) << true << false;
    QTest::newRow("cohorts: no match") << "cohorts"
                                       << "zzzz" << none << false << false;
    QTest::newRow("trainees: surname") << "trainees"
                                       << "王" << none << false << true;
    QTest::newRow("trainees: name and district") << "trainees"
                                                 << "王 海淀" << none << false << true;
    QTest::newRow("trainees: id number") << "trainees"
                                         << "110108" << none << false << true;
    QTest::newRow("trainees: certificate") << "trainees"
                                           << "" << int(Facet::Status) << false << true;
    QTest::newRow("trainees: district") << "trainees"
                                        << "" << int(Facet::District) << false << true;
    QTest::newRow("trainees: dates") << "trainees"
                                     << "" << none << true << true;
    QTest::newRow("instructors: code") << "instructors"
                                       << "i00" << none << false << true;
    QTest::newRow("instructors: district") << "instructors"
                                           << "" << int(Facet::District) << false << true;
    QTest::newRow("courses: word") << "courses"
                                   << "DATA" << none << false << true;
    QTest::newRow("courses: track") << "courses"
                                    << "" << int(Facet::Track) << false << true;
    QTest::newRow("venues: district") << "venues"
                                      << "" << int(Facet::District) << false << true;
    QTest::newRow("calendar: month") << "calendar"
                                     << "2026-10" << none << false << true;
    QTest::newRow("calendar: dates") << "calendar"
                                     << "" << none << true << true;
    QTest::newRow("audit: action") << "audit"
                                   << "" << int(Facet::Status) << false << false;
    QTest::newRow("audit: text") << "audit"
                                 << "trainee" << none << true << false;
    QTest::newRow("tracks: Chinese") << "tracks"
                                     << "数据" << none << false << true;
}

void TestTableFilter::filter()
{
    QFETCH(QString, model);
    QFETCH(QString, text);
    QFETCH(int, facet);
    QFETCH(bool, dates);
    QFETCH(bool, narrower);
    const Spec s = specFor(model);
    std::unique_ptr<TableModelBase> m(s.make());
    QAbstractItemModelTester tester(m.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    s.reload(m.get(), *m_session);
    QVERIFY(waitLoaded(m.get()));
    const int total = m->rowCount();
    QVERIFY(total > 0);
    QCOMPARE(m->totalRowCount(), total);
    QVERIFY(!m->isFiltered());

    TableFilter f;
    f.text = text;
    if (facet != 0) {
        QVERIFY(m->supportedFacets().testFlag(Facet(facet)));
        const QStringList values = m->facetValues(Facet(facet));
        QVERIFY(!values.isEmpty());
        QString &slot = Facet(facet) == Facet::Track    ? f.track
                        : Facet(facet) == Facet::Status ? f.status
                                                        : f.district;
        slot = values.first();
    }
    if (dates) {
        QVERIFY(m->hasDateSpan());
        f.from = QDate(2026, 3, 1);
        f.to = QDate(2026, 6, 30);
    }
    const std::vector<qint64> expected = expectedIds(*m, s, f);
    QSignalSpy changed(m.get(), &TableModelBase::filterChanged);
    m->setFilter(f);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m->isFiltered());
    QCOMPARE(m->totalRowCount(), total);
    QCOMPARE(shownIds(*m), expected);
    if (narrower)
        QVERIFY2(m->rowCount() > 0 && m->rowCount() < total,
                 qPrintable(QString::number(m->rowCount())));

    // A filter set before the rows arrive applies to them, and a reload keeps it.
    std::unique_ptr<TableModelBase> early(s.make());
    QAbstractItemModelTester earlyTester(early.get(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    early->setFilter(f);
    s.reload(early.get(), *m_session);
    QVERIFY(waitLoaded(early.get()));
    QCOMPARE(shownIds(*early), expected);
    s.reload(early.get(), *m_session);
    QVERIFY(waitLoaded(early.get()));
    QCOMPARE(shownIds(*early), expected);

    // Back to every row, in load order.
    m->setFilter({});
    QCOMPARE(m->rowCount(), total);
    QVERIFY(!m->isFiltered());
}

namespace {

// The text after each keystroke, "|" apart.
QStringList steps(const char *texts)
{
    return QString::fromUtf8(texts).split(QLatin1Char('|'));
}

} // namespace

void TestTableFilter::typingOnMatchesFreshFilter_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("keystrokes"); // the text after each keystroke
    QTest::newRow("trainees: a name") << "trainees" << steps("王|王欣");
    QTest::newRow("trainees: name, then district")
        << "trainees" << steps("王|王 |王 海|王 海淀|王 海|王 朝|王 朝阳区");
    QTest::newRow("trainees: latin, case") << "trainees" << steps("b|bc|bc-|BC-1|bc-10|bc-1|bc-2");
    QTest::newRow("cohorts: words")
        << "cohorts" << steps("a|ai|ai |ai 2|ai 20|ai 202|ai 2026|i 2026");
}

void TestTableFilter::typingOnMatchesFreshFilter()
{
    QFETCH(QString, model);
    QFETCH(QStringList, keystrokes);
    const Spec s = specFor(model);
    std::unique_ptr<TableModelBase> typed(s.make());
    std::unique_ptr<TableModelBase> fresh(s.make());
    QAbstractItemModelTester tester(typed.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    s.reload(typed.get(), *m_session);
    QVERIFY(waitLoaded(typed.get()));
    s.reload(fresh.get(), *m_session);
    QVERIFY(waitLoaded(fresh.get()));
    std::unique_ptr<TableModelBase> plain(s.make());
    s.reload(plain.get(), *m_session);
    QVERIFY(waitLoaded(plain.get()));
    plain->sort(0, Qt::DescendingOrder);
    // Sorted, so that the fast path must keep the order too.
    typed->sort(0, Qt::DescendingOrder);
    fresh->sort(0, Qt::DescendingOrder);
    for (const QString &text : keystrokes) {
        TableFilter f;
        f.text = text;
        typed->setFilter(f);
        fresh->setFilter({});
        // A facet first, then none: the whole filter is worked out again.
        TableFilter other;
        other.district = QStringLiteral("nowhere");
        fresh->setFilter(other);
        QCOMPARE(fresh->rowCount(), 0);
        fresh->setFilter(f);
        QCOMPARE(shownIds(*typed), shownIds(*fresh));
        // And both are what the table shows for the text, unfiltered.
        QCOMPARE(shownIds(*typed), expectedIds(*plain, s, f));
    }
}

void TestTableFilter::filterThenSortAndBack()
{
    TraineeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(*m_session);
    QVERIFY(waitLoaded(&model));
    TableFilter f;
    f.text = QStringLiteral("王");
    model.setFilter(f);
    const int shown = model.rowCount();
    QVERIFY(shown > 0);
    const QPersistentModelIndex kept(model.index(3, TraineeTableModel::Name));
    const qint64 keptId = kept.data(TableModelBase::IdRole).toLongLong();
    // Sorting keeps the filter and moves persistent indexes with their rows.
    model.sort(TraineeTableModel::LatestStart, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), shown);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(TableModelBase::IdRole).toLongLong(), keptId);
    QDate previous = QDate(9999, 12, 31);
    bool sawEmpty = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row, TraineeTableModel::Name)
                    .data()
                    .toString()
                    .contains(QStringLiteral("王")) ||
                model.index(row, TraineeTableModel::Employer)
                    .data()
                    .toString()
                    .contains(QStringLiteral("王")));
        const QDate d = model.index(row, TraineeTableModel::LatestStart)
                            .data(TableModelBase::SortRole)
                            .toDate();
        if (!d.isValid()) {
            sawEmpty = true; // empty dates sort last
            continue;
        }
        QVERIFY(!sawEmpty);
        QVERIFY(d <= previous);
        previous = d;
    }
    // Filtering keeps the sort; clearing shows every row, still sorted.
    f.district = model.facetValues(Facet::District).value(1);
    model.setFilter(f);
    QVERIFY(model.rowCount() < shown);
    for (int row = 0; row + 1 < model.rowCount(); ++row) {
        const QDate a = model.index(row, TraineeTableModel::LatestStart)
                            .data(TableModelBase::SortRole)
                            .toDate();
        const QDate b = model.index(row + 1, TraineeTableModel::LatestStart)
                            .data(TableModelBase::SortRole)
                            .toDate();
        QVERIFY(!a.isValid() ? !b.isValid() : (!b.isValid() || a >= b));
    }
    model.setFilter({});
    QCOMPARE(model.rowCount(), model.totalRowCount());
    QVERIFY(
        model.index(0, TraineeTableModel::LatestStart).data(TableModelBase::SortRole).toDate() >=
        model.index(model.rowCount() - 1, TraineeTableModel::LatestStart)
            .data(TableModelBase::SortRole)
            .toDate());
    // Ids: shown or not.
    model.setFilter(f);
    const qint64 hidden = [&] {
        for (const TraineeSummary &t : model.rows()) {
            if (t.trainee.district != f.district)
                return t.trainee.id;
        }
        return qint64(0);
    }();
    QVERIFY(hidden != 0);
    QCOMPARE(model.rowOfId(hidden), -1);
    QVERIFY(model.hasId(hidden));
    QCOMPARE(model.rowOfId(model.index(2, 0).data(TableModelBase::IdRole).toLongLong()), 2);
}

void TestTableFilter::facetValuesAndExtent()
{
    CohortTableModel cohorts;
    cohorts.reload(*m_session);
    QVERIFY(waitLoaded(&cohorts));
    QCOMPARE(cohorts.facetValues(Facet::Track),
             (QStringList{QStringLiteral("Artificial Intelligence"), QStringLiteral("Big Data"),
                          QStringLiteral("Blockchain")}));
    QVERIFY(cohorts.facetValues(Facet::Status).contains(displayName(CohortStatus::Completed)));
    QVERIFY(!cohorts.facetValues(Facet::District).contains(QString())); // online cohorts have none
    const auto [first, last] = cohorts.dateExtent();
    QCOMPARE(first.year(), 2026);
    QVERIFY(last >= first);
    VenueTableModel venues;
    venues.reload(*m_session);
    QVERIFY(waitLoaded(&venues));
    QVERIFY(!venues.hasDateSpan());
    QCOMPARE(venues.supportedFacets(), Facets(Facet::District));
    QVERIFY(venues.facetValues(Facet::Track).isEmpty());
    QVERIFY(!venues.dateExtent().first.isValid());
}

namespace {

struct Note
{
    QString name;
    QString note;
};

// The smallest page table: two text columns.
class NoteModel final : public RowTableModel<Note>
{
public:
    using RowTableModel::RowTableModel;

protected:
    int columns() const override { return 2; }
    QString columnTitle(int column) const override
    {
        return column == 0 ? QStringLiteral("Name") : QStringLiteral("Note\t(free text)");
    }
    QVariant cellData(int sourceRow, int column, int role) const override
    {
        if (role == IdRole)
            return sourceRow + 1;
        if (role != Qt::DisplayRole && role != SortRole)
            return {};
        return column == 0 ? row(sourceRow).name : row(sourceRow).note;
    }
};

} // namespace

void TestTableFilter::tsv()
{
    NoteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({{QStringLiteral("张伟"), QStringLiteral("one\ttwo")},
                   {QStringLiteral("Li"), QStringLiteral("line one\nline two\r\nthree")},
                   {QStringLiteral("Wang"), QString()}});
    QCOMPARE(model.rowsAsTsv({0, 1, 2}), QStringLiteral("Name\tNote (free text)\n"
                                                        "张伟\tone two\n"
                                                        "Li\tline one line two  three\n"
                                                        "Wang\t\n"));
    // Columns as given (moved, some hidden); rows out of range are left out.
    QCOMPARE(model.rowsAsTsv({2, 7}, {1, 0}), QStringLiteral("Note (free text)\tName\n\tWang\n"));
    QCOMPARE(model.rowsAsTsv({}, {0}), QStringLiteral("Name\n"));
}

void TestTableFilter::tsvOfSortedFilteredRows()
{
    NoteModel model;
    model.setRows({{QStringLiteral("b"), QStringLiteral("x")},
                   {QStringLiteral("a"), QStringLiteral("y")},
                   {QStringLiteral("c"), QStringLiteral("x")}});
    model.sort(0, Qt::DescendingOrder);
    TableFilter f;
    f.text = QStringLiteral("X"); // the default search text: every column's display text
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowsAsTsv({0, 1}), QStringLiteral("Name\tNote (free text)\nc\tx\nb\tx\n"));
}

QTEST_MAIN(TestTableFilter)
#include "tst_tablefilter.moc"
