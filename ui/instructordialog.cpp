// SPDX-License-Identifier: GPL-3.0-or-later
#include "instructordialog.h"

#include "windowsize.h"

#include "comboitemdelegate.h"
#include "dateitemdelegate.h"
#include "fieldmarker.h"

#include "domain/track.h"
#include "items/plansession.h"
#include "items/plantablemodels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace Planner {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

// A qualification's subject in one value: a track as -id, a course as +id.
qint64 subjectOf(const Qualification &q)
{
    return q.trackId != 0 ? -q.trackId : q.courseId;
}

QTableWidget *newTable(int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                           QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    return table;
}

QTableWidgetItem *dateItem(QDate date)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, date.isValid() ? QVariant(date) : QVariant());
    return item;
}

QTableWidgetItem *choiceItem(const ComboItemDelegate *delegate, const QVariant &value)
{
    auto *item = new QTableWidgetItem(delegate->textOf(value));
    item->setData(Qt::UserRole, value);
    return item;
}

void removeSelectedRows(QTableWidget *table)
{
    QList<int> rows;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        table->removeRow(row);
}

} // namespace

InstructorDialog::InstructorDialog(PlanSession *session, Id instructorId, QWidget *parent)
    : QDialog(parent), m_session(session), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_district(new QLineEdit(this)),
      m_perWeek(new QSpinBox(this)), m_perMonth(new QSpinBox(this)), m_perYear(new QSpinBox(this)),
      m_qualifications(newTable(QualificationColumnCount, this)),
      m_leaves(newTable(LeaveColumnCount, this)),
      m_preferences(newTable(PreferenceColumnCount, this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_marker(new FieldMarker(m_error, this))
{
    const PlanEdits edits = m_session->edits();
    m_calendar = edits.workCalendar();

    // Subjects: the tracks by name, then the courses by code.
    const EditChoices choices = edits.choices();
    const std::vector<Course> &courses = choices.courses;
    QList<ComboItemDelegate::Choice> subjects;
    for (const Track &t : choices.tracks)
        subjects.append(
            {tr("Track: %1").arg(localizedName(t.name, t.nameZh)), QVariant::fromValue(-t.id)});
    for (const Course &c : courses)
        subjects.append({tr("Course: %1 · %2").arg(c.code, localizedName(c.title, c.titleZh)),
                         QVariant::fromValue(c.id)});
    QList<ComboItemDelegate::Choice> levels;
    for (CourseLevel level :
         {CourseLevel::Foundation, CourseLevel::Intermediate, CourseLevel::Advanced})
        levels.append({displayName(level), int(level)});

    m_qualifications->setHorizontalHeaderLabels({tr("Track or course"), tr("Up to level"),
                                                 tr("Valid from"), tr("Valid until"),
                                                 tr("No expiry")});
    m_qualifications->setItemDelegateForColumn(Subject,
                                               new ComboItemDelegate(subjects, m_qualifications));
    m_qualifications->setItemDelegateForColumn(Level,
                                               new ComboItemDelegate(levels, m_qualifications));
    auto *from = new DateItemDelegate(m_qualifications);
    from->setShowWeekday(false);
    m_qualifications->setItemDelegateForColumn(ValidFrom, from);
    auto *until = new DateItemDelegate(m_qualifications);
    until->setShowWeekday(false);
    until->setEmptyText(QStringLiteral("—"));
    m_qualifications->setItemDelegateForColumn(ValidUntil, until);
    m_qualifications->horizontalHeader()->setSectionResizeMode(Subject, QHeaderView::Stretch);
    for (int column : {Level, ValidFrom, ValidUntil, NoExpiry})
        m_qualifications->horizontalHeader()->setSectionResizeMode(column,
                                                                   QHeaderView::ResizeToContents);
    m_qualifications->setAccessibleName(tr("Qualifications"));

    m_leaves->setHorizontalHeaderLabels({tr("First day"), tr("Last day"), tr("Reason")});
    m_leaves->setItemDelegateForColumn(LeaveStart, new DateItemDelegate(m_leaves));
    m_leaves->setItemDelegateForColumn(LeaveEnd, new DateItemDelegate(m_leaves));
    m_leaves->horizontalHeader()->setSectionResizeMode(LeaveStart, QHeaderView::ResizeToContents);
    m_leaves->horizontalHeader()->setSectionResizeMode(LeaveEnd, QHeaderView::ResizeToContents);
    m_leaves->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    m_leaves->setAccessibleName(tr("Leave"));

    QList<ComboItemDelegate::Choice> courseChoices;
    for (const Course &c : courses)
        courseChoices.append({tr("%1 · %2").arg(c.code, localizedName(c.title, c.titleZh)),
                              QVariant::fromValue(c.id)});
    const QList<ComboItemDelegate::Choice> points{{tr("Prefers strongly (+2)"), 2},
                                                  {tr("Prefers (+1)"), 1},
                                                  {tr("Avoids (−1)"), -1},
                                                  {tr("Avoids strongly (−2)"), -2}};
    m_preferences->setHorizontalHeaderLabels({tr("Course"), tr("Preference")});
    m_preferences->setItemDelegateForColumn(PreferenceCourse,
                                            new ComboItemDelegate(courseChoices, m_preferences));
    m_preferences->setItemDelegateForColumn(PreferencePoints,
                                            new ComboItemDelegate(points, m_preferences));
    m_preferences->horizontalHeader()->setSectionResizeMode(PreferenceCourse, QHeaderView::Stretch);
    m_preferences->horizontalHeader()->setSectionResizeMode(PreferencePoints,
                                                            QHeaderView::ResizeToContents);
    m_preferences->setAccessibleName(tr("Course preferences"));

    // A date until which the qualification holds and "no expiry" exclude each other.
    connect(m_qualifications, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        const QSignalBlocker blocker(m_qualifications);
        const int row = item->row();
        if (item->column() == NoExpiry && item->checkState() == Qt::Checked)
            m_qualifications->item(row, ValidUntil)->setData(Qt::EditRole, QVariant());
        if (item->column() == ValidUntil && item->data(Qt::EditRole).toDate().isValid())
            m_qualifications->item(row, NoExpiry)->setCheckState(Qt::Unchecked);
        m_qualifications->viewport()->update();
    });

    for (QSpinBox *box : {m_perWeek, m_perMonth, m_perYear})
        box->setSuffix(tr(" days"));
    m_perWeek->setRange(0, 7);
    m_perMonth->setRange(0, 31);
    m_perYear->setRange(0, 366);

    auto *form = new QFormLayout;
    form->addRow(tr("&Staff number:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Home district:"), m_district);
    auto *limits = new QHBoxLayout;
    const std::pair<QString, QSpinBox *> limitFields[] = {
        {tr("per &week"), m_perWeek}, {tr("per m&onth"), m_perMonth}, {tr("per &year"), m_perYear}};
    for (const auto &[label, box] : limitFields) {
        auto *text = new QLabel(label, this);
        text->setBuddy(box);
        limits->addWidget(box);
        limits->addWidget(text);
        limits->addSpacing(8);
    }
    limits->addStretch();
    form->addRow(tr("Teaching at most:"), limits);

    // Three tabs rather than three boxes one above the other: the dialog fits a laptop's
    // screen, and each table gets the whole height. Each tab counts its rows.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("instructorTabs"));
    const auto addTab = [this, tabs](QTableWidget *table, QWidget *page,
                                     std::function<QString(int)> title) {
        const int tab = tabs->addTab(page, title(0));
        const auto count = [tabs, table, tab, title] {
            tabs->setTabText(tab, title(table->rowCount()));
        };
        connect(table->model(), &QAbstractItemModel::rowsInserted, tabs, count);
        connect(table->model(), &QAbstractItemModel::rowsRemoved, tabs, count);
    };
    addTab(m_qualifications,
           tableWithButtons(m_qualifications, tr("Add &qualification"), tr("Remove qualification"),
                            [this] { addQualification(); }),
           [](int n) { return tr("Q&ualifications (%1)").arg(n); });
    addTab(m_leaves,
           tableWithButtons(m_leaves, tr("Add &leave"), tr("Remove leave"), [this] { addLeave(); }),
           [](int n) { return tr("Lea&ve (%1)").arg(n); });
    addTab(m_preferences,
           tableWithButtons(m_preferences, tr("Add p&reference"), tr("Remove preference"),
                            [this] { addPreference(); }),
           [](int n) { return tr("Course pre&ferences (%1)").arg(n); });
    m_preferences->setToolTip(tr("Auto-assign weighs these when it chooses instructors."));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    m_marker->addField(QStringLiteral("code"), m_code);
    m_marker->addField(QStringLiteral("name"), m_name);
    m_marker->addField(QStringLiteral("email"), m_email);
    m_marker->addField(QStringLiteral("phone"), m_phone);
    m_marker->addField(QStringLiteral("home_district"), m_district);
    m_marker->addField(QStringLiteral("max_days_week"), m_perWeek);
    m_marker->addField(QStringLiteral("max_days_month"), m_perMonth);
    m_marker->addField(QStringLiteral("max_days_year"), m_perYear);
    m_marker->addFields({QStringLiteral("track_id"), QStringLiteral("course_id"),
                         QStringLiteral("level"), QStringLiteral("valid_from"),
                         QStringLiteral("valid_until")},
                        m_qualifications);
    m_marker->addFields(
        {QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("reason")},
        m_leaves);
    m_marker->addFields({QStringLiteral("preference")}, m_preferences);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &InstructorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InstructorDialog::reject);

    std::optional<InstructorDraft> stored =
        instructorId != 0 ? edits.instructor(instructorId) : std::nullopt;
    if (stored) {
        m_stored = stored->instructor;
        m_loaded = stored;
    }
    setWindowTitle(m_stored.id != 0 ? tr("Instructor %1").arg(m_stored.name)
                                    : tr("New instructor"));
    m_code->setText(m_stored.code);
    m_name->setText(m_stored.name);
    m_email->setText(m_stored.email);
    m_phone->setText(m_stored.phone);
    m_district->setText(m_stored.homeDistrict);
    m_perWeek->setValue(m_stored.maxDaysPerWeek);
    m_perMonth->setValue(m_stored.maxDaysPerMonth);
    m_perYear->setValue(m_stored.maxDaysPerYear);
    if (stored) {
        for (const Qualification &q : stored->qualifications)
            appendQualification(q);
        for (const Leave &l : stored->leaves)
            appendLeave(l);
        std::vector<CoursePreference> &preferences = stored->preferences;
        std::map<Id, QString> codeOf;
        for (const Course &c : courses)
            codeOf[c.id] = c.code;
        std::sort(preferences.begin(), preferences.end(),
                  [&](const CoursePreference &a, const CoursePreference &b) {
                      return codeOf[a.courseId] < codeOf[b.courseId];
                  });
        for (const CoursePreference &p : preferences)
            appendPreference(p);
    }
    resizeWithinScreen(this, QSize(780, 600));
}

InstructorDialog::~InstructorDialog() = default;

QWidget *InstructorDialog::tableWithButtons(QTableWidget *table, const QString &add,
                                            const QString &remove,
                                            const std::function<void()> &onAdd)
{
    auto *widget = new QWidget(this);
    auto *addButton = new QPushButton(add, widget);
    auto *removeButton = new QPushButton(remove, widget);
    connect(addButton, &QPushButton::clicked, this, onAdd);
    connect(removeButton, &QPushButton::clicked, this, [table] { removeSelectedRows(table); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    return widget;
}

void InstructorDialog::appendQualification(const Qualification &q)
{
    m_filling = true;
    const int row = m_qualifications->rowCount();
    m_qualifications->insertRow(row);
    auto *subjects =
        static_cast<ComboItemDelegate *>(m_qualifications->itemDelegateForColumn(Subject));
    auto *levels = static_cast<ComboItemDelegate *>(m_qualifications->itemDelegateForColumn(Level));
    QTableWidgetItem *subject = choiceItem(subjects, QVariant::fromValue(subjectOf(q)));
    subject->setData(IdRole, q.id);
    m_qualifications->setItem(row, Subject, subject);
    m_qualifications->setItem(row, Level, choiceItem(levels, int(q.level)));
    m_qualifications->setItem(row, ValidFrom, dateItem(q.validFrom));
    m_qualifications->setItem(row, ValidUntil, dateItem(q.validUntil));
    auto *noExpiry = new QTableWidgetItem;
    noExpiry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    noExpiry->setCheckState(q.validUntil.isValid() ? Qt::Unchecked : Qt::Checked);
    m_qualifications->setItem(row, NoExpiry, noExpiry);
    m_filling = false;
}

void InstructorDialog::appendLeave(const Leave &l)
{
    const int row = m_leaves->rowCount();
    m_leaves->insertRow(row);
    QTableWidgetItem *start = dateItem(l.start);
    start->setData(IdRole, l.id);
    m_leaves->setItem(row, LeaveStart, start);
    m_leaves->setItem(row, LeaveEnd, dateItem(l.end));
    m_leaves->setItem(row, Reason, new QTableWidgetItem(l.reason));
}

void InstructorDialog::appendPreference(const CoursePreference &p)
{
    const int row = m_preferences->rowCount();
    m_preferences->insertRow(row);
    auto *courses =
        static_cast<ComboItemDelegate *>(m_preferences->itemDelegateForColumn(PreferenceCourse));
    auto *points =
        static_cast<ComboItemDelegate *>(m_preferences->itemDelegateForColumn(PreferencePoints));
    m_preferences->setItem(row, PreferenceCourse,
                           choiceItem(courses, QVariant::fromValue(p.courseId)));
    m_preferences->setItem(row, PreferencePoints, choiceItem(points, p.points));
}

int InstructorDialog::addPreference()
{
    auto *courses =
        static_cast<ComboItemDelegate *>(m_preferences->itemDelegateForColumn(PreferenceCourse));
    QSet<Id> taken;
    for (const CoursePreference &p : preferences())
        taken.insert(p.courseId);
    for (const ComboItemDelegate::Choice &choice : courses->choices()) {
        if (taken.contains(choice.value.toLongLong()))
            continue;
        CoursePreference p;
        p.courseId = choice.value.toLongLong();
        p.points = 1;
        appendPreference(p);
        const int row = m_preferences->rowCount() - 1;
        m_preferences->setCurrentCell(row, PreferenceCourse);
        return row;
    }
    return -1;
}

int InstructorDialog::addQualification()
{
    auto *subjects =
        static_cast<ComboItemDelegate *>(m_qualifications->itemDelegateForColumn(Subject));
    Qualification q;
    if (!subjects->choices().isEmpty()) {
        const qint64 subject = subjects->choices().front().value.toLongLong();
        q.trackId = subject < 0 ? -subject : 0;
        q.courseId = subject > 0 ? subject : 0;
    }
    q.validFrom = QDate::currentDate();
    appendQualification(q);
    const int row = m_qualifications->rowCount() - 1;
    m_qualifications->setCurrentCell(row, Subject);
    return row;
}

int InstructorDialog::addLeave()
{
    Leave l;
    l.start = m_calendar.nextWorkingDay(QDate::currentDate().addDays(1));
    l.end = l.start;
    appendLeave(l);
    const int row = m_leaves->rowCount() - 1;
    m_leaves->setCurrentCell(row, LeaveStart);
    return row;
}

Instructor InstructorDialog::instructor() const
{
    Instructor i = m_stored;
    i.code = m_code->text().trimmed();
    i.name = m_name->text().trimmed();
    i.email = m_email->text().trimmed();
    i.phone = m_phone->text().trimmed();
    i.homeDistrict = m_district->text().trimmed();
    i.maxDaysPerWeek = m_perWeek->value();
    i.maxDaysPerMonth = m_perMonth->value();
    i.maxDaysPerYear = m_perYear->value();
    return i;
}

std::vector<Qualification> InstructorDialog::qualifications() const
{
    std::vector<Qualification> result;
    for (int row = 0; row < m_qualifications->rowCount(); ++row) {
        Qualification q;
        q.id = m_qualifications->item(row, Subject)->data(IdRole).toLongLong();
        q.instructorId = m_stored.id;
        const qint64 subject =
            m_qualifications->item(row, Subject)->data(Qt::UserRole).toLongLong();
        q.trackId = subject < 0 ? -subject : 0;
        q.courseId = subject > 0 ? subject : 0;
        q.level = CourseLevel(m_qualifications->item(row, Level)->data(Qt::UserRole).toInt());
        q.validFrom = m_qualifications->item(row, ValidFrom)->data(Qt::EditRole).toDate();
        if (m_qualifications->item(row, NoExpiry)->checkState() != Qt::Checked)
            q.validUntil = m_qualifications->item(row, ValidUntil)->data(Qt::EditRole).toDate();
        result.push_back(q);
    }
    return result;
}

std::vector<Leave> InstructorDialog::leaves() const
{
    std::vector<Leave> result;
    for (int row = 0; row < m_leaves->rowCount(); ++row) {
        Leave l;
        l.id = m_leaves->item(row, LeaveStart)->data(IdRole).toLongLong();
        l.instructorId = m_stored.id;
        l.start = m_leaves->item(row, LeaveStart)->data(Qt::EditRole).toDate();
        l.end = m_leaves->item(row, LeaveEnd)->data(Qt::EditRole).toDate();
        l.reason = m_leaves->item(row, Reason)->text().trimmed();
        result.push_back(l);
    }
    return result;
}

std::vector<CoursePreference> InstructorDialog::preferences() const
{
    std::vector<CoursePreference> result;
    for (int row = 0; row < m_preferences->rowCount(); ++row) {
        CoursePreference p;
        p.instructorId = m_stored.id;
        p.courseId = m_preferences->item(row, PreferenceCourse)->data(Qt::UserRole).toLongLong();
        p.points = m_preferences->item(row, PreferencePoints)->data(Qt::UserRole).toInt();
        result.push_back(p);
    }
    return result;
}

void InstructorDialog::selectRowMentioned(QTableWidget *table, const QList<int> &dateColumns,
                                          const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column : dateColumns) {
            const QDate date = table->item(row, column)->data(Qt::EditRole).toDate();
            if (date.isValid() && text.contains(date.toString(Qt::ISODate))) {
                table->setCurrentCell(row, column);
                return;
            }
        }
    }
}

void InstructorDialog::accept()
{
    for (QSpinBox *box : {m_perWeek, m_perMonth, m_perYear})
        box->interpretText();
    m_marker->clear();
    PlanEdit result = m_session->makeEdit([this](const PlanEdits &e) {
        return e.saveInstructor(instructor(), qualifications(), leaves(), preferences(), m_loaded);
    });
    if (!result.ok()) {
        QWidget *marked = m_marker->show(*result.problem);
        if (marked == m_qualifications)
            selectRowMentioned(m_qualifications, {ValidUntil, ValidFrom}, result.problem->message);
        else if (marked == m_leaves)
            selectRowMentioned(m_leaves, {LeaveEnd, LeaveStart}, result.problem->message);
        return;
    }
    m_result = std::move(result);
    QDialog::accept();
}

} // namespace Planner
