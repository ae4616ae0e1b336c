// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepage.h"

#include "pagetitle.h"

#include "domain/workcalendar.h"
#include "items/plansession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <cstdlib>

namespace Planner {

struct TimelinePage::Loaded
{
    std::vector<int> years;
    TimelineData data;
};

namespace {

// The year to show when none was chosen: this one if the plan has it, else the nearest.
int defaultYear(const std::vector<int> &years, int thisYear)
{
    int best = 0;
    for (int y : years) {
        if (best == 0 || std::abs(y - thisYear) < std::abs(best - thisYear))
            best = y;
    }
    return best != 0 ? best : thisYear;
}

} // namespace

TimelinePage::TimelinePage(PlanSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_view(new TimelineView(this)),
      m_year(new QComboBox(this)), m_grouping(new QComboBox(this)), m_zoom(new QComboBox(this)),
      m_today(new QToolButton(this)), m_status(new QLabel(this)),
      m_calendarBanner(createWarningBanner(this))
{
    QLabel *title = createPageTitle(tr("Timeline"), this);

    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_year->setMinimumContentsLength(6);
    auto *groupingLabel = new QLabel(tr("&Group by:"), this);
    groupingLabel->setBuddy(m_grouping);
    m_grouping->addItem(tr("Track"), int(TimelineView::Grouping::Track));
    m_grouping->addItem(tr("Venue"), int(TimelineView::Grouping::Venue));
    m_grouping->addItem(tr("Lead instructor"), int(TimelineView::Grouping::Instructor));
    auto *zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(m_zoom);
    m_zoom->addItem(tr("Year"), int(TimelineView::Zoom::Year));
    m_zoom->addItem(tr("Quarter"), int(TimelineView::Zoom::Quarter));
    m_zoom->addItem(tr("Month"), int(TimelineView::Zoom::Month));
    m_zoom->addItem(tr("Week"), int(TimelineView::Zoom::Week));
    m_zoom->setToolTip(tr("Ctrl+mouse wheel over the chart zooms too"));
    m_today->setText(tr("Today"));
    m_today->setToolTip(tr("Show today's date and the cohorts running now"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(yearLabel);
    header->addWidget(m_year);
    header->addSpacing(8);
    header->addWidget(groupingLabel);
    header->addWidget(m_grouping);
    header->addSpacing(8);
    header->addWidget(zoomLabel);
    header->addWidget(m_zoom);
    header->addSpacing(8);
    header->addWidget(m_today);

    m_calendarBanner->setObjectName(QStringLiteral("calendarBanner"));
    connect(m_calendarBanner, &QLabel::linkActivated, this, &TimelinePage::importCalendarRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_calendarBanner);
    layout->addWidget(m_status);
    layout->addWidget(createLegend());
    layout->addWidget(m_view, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant year = m_year->currentData();
        if (year.isValid() && year.toInt() != this->year())
            setYear(year.toInt());
    });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setGrouping(TimelineView::Grouping(m_grouping->currentData().toInt()));
    });
    connect(m_zoom, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setZoom(TimelineView::Zoom(m_zoom->currentData().toInt())); });
    connect(m_view, &TimelineView::zoomChanged, this, [this](TimelineView::Zoom zoom) {
        const QSignalBlocker blocker(m_zoom);
        m_zoom->setCurrentIndex(m_zoom->findData(int(zoom)));
    });
    connect(m_today, &QToolButton::clicked, this, &TimelinePage::goToToday);
    connect(m_view, &TimelineView::cohortActivated, this, &TimelinePage::cohortActivated);
    connect(m_view, &TimelineView::moveRequested, this, &TimelinePage::moveRequested);
    connect(m_view, &TimelineView::resizeRequested, this, &TimelinePage::resizeRequested);
    connect(m_session, &PlanSession::planClosed, this, [this] {
        ++m_request;
        m_loaded = false;
        m_view->setData({});
        m_status->clear();
    });
}

QWidget *TimelinePage::createLegend()
{
    auto *legend = new QWidget(this);
    auto *row = new QHBoxLayout(legend);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    const QPalette pal = palette();
    const int side = fontMetrics().height();
    enum class Shape { Fill, Line, Outline };
    const auto addItem = [&](TimelineView::Legend item, Shape shape, const QString &text) {
        QPixmap pixmap(side * 2, side);
        pixmap.fill(pal.color(QPalette::Base));
        QPainter p(&pixmap);
        const QColor colour = TimelineView::legendColour(item, pal);
        switch (shape) {
        case Shape::Fill:
            p.fillRect(pixmap.rect(), colour);
            break;
        case Shape::Line:
            p.fillRect(QRect(side - 1, 0, 2, side), colour);
            break;
        case Shape::Outline:
            p.fillRect(QRect(4, 5, side * 2 - 8, side - 10), pal.color(QPalette::Mid));
            p.setPen(QPen(colour, 2));
            p.drawRect(QRect(2, 3, side * 2 - 5, side - 7));
            break;
        }
        p.setPen(pal.color(QPalette::Mid));
        p.setBrush(Qt::NoBrush);
        p.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
        p.end();
        auto *swatch = new QLabel(legend);
        swatch->setPixmap(pixmap);
        row->addWidget(swatch);
        auto *label = new QLabel(text, legend);
        row->addWidget(label);
        row->addSpacing(10);
    };
    addItem(TimelineView::Legend::Weekend, Shape::Fill, tr("Weekend"));
    addItem(TimelineView::Legend::Holiday, Shape::Fill, tr("Public holiday"));
    addItem(TimelineView::Legend::MakeUpDay, Shape::Fill, tr("Make-up working day"));
    addItem(TimelineView::Legend::Today, Shape::Line, tr("Today"));
    addItem(TimelineView::Legend::Warning, Shape::Outline, tr("Conflict warning"));
    addItem(TimelineView::Legend::Blocking, Shape::Outline, tr("Blocking conflict"));
    row->addStretch(1);
    return legend;
}

void TimelinePage::markStale()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void TimelinePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void TimelinePage::setYear(int year)
{
    m_requestedYear = year;
    reload();
}

void TimelinePage::reload()
{
    m_stale = false;
    if (!m_session->isOpen())
        return;
    m_status->setText(tr("Loading…"));
    const quint64 request = ++m_request;
    const int requested = m_requestedYear;
    const int thisYear = QDate::currentDate().year();
    m_session->query<Loaded>(
        this,
        [requested, thisYear](const PlanQueries &q) {
            Loaded result;
            result.years = q.planYears();
            result.data =
                q.timeline(requested != 0 ? requested : defaultYear(result.years, thisYear));
            return result;
        },
        [this, request](Loaded result) {
            if (request == m_request) {
                m_shownRequest = request;
                showLoaded(std::move(result));
            }
        },
        [this](const QString &error) {
            m_status->setText(tr("Could not read the plan: %1").arg(error));
        });
}

void TimelinePage::showLoaded(Loaded result)
{
    const bool newYear = result.data.year != year();
    {
        const QSignalBlocker blocker(m_year);
        m_year->clear();
        for (int y : result.years)
            m_year->addItem(QString::number(y), y);
        if (m_year->findData(result.data.year) < 0)
            m_year->addItem(QString::number(result.data.year), result.data.year);
        m_year->setCurrentIndex(m_year->findData(result.data.year));
    }
    m_requestedYear = result.data.year;
    const int cohorts = int(result.data.cohorts.size());
    // Never invented: a year the plan has no official calendar for shows weekends only.
    const bool calendarMissing = !WorkCalendar(result.data.calendar).hasYear(result.data.year);
    m_calendarBanner->setText(calendarMissing ? tr("The plan has no work calendar for %1: the "
                                                   "timeline shows its weekends only, and its "
                                                   "public holidays and make-up working days are "
                                                   "unknown. <a href=\"import\">Import Work "
                                                   "Calendar…</a>")
                                                    .arg(result.data.year)
                                              : QString());
    m_calendarBanner->setVisible(calendarMissing);
    const QDate today = QDate::currentDate();
    m_view->setData(std::move(result.data));
    if (newYear && today.year() == year())
        m_view->showToday();
    else if (newYear)
        m_view->scrollToDate(QDate(year(), 1, 1));
    m_status->setText(
        tr("Cohorts meeting in %1: %2. Drag a cohort to move it by working days, or its "
           "right edge to change its end; Alt+←/→ moves the selected cohort by one working "
           "day; double-click opens it in Cohorts.")
            .arg(year())
            .arg(QLocale().toString(cohorts)));
    m_loaded = true;
    emit loaded();
}

void TimelinePage::goToToday()
{
    const QDate today = QDate::currentDate();
    if (today.year() != year() && m_year->findData(today.year()) >= 0) {
        m_year->setCurrentIndex(m_year->findData(today.year())); // loads, then shows today
        return;
    }
    m_view->showToday();
}

std::optional<std::vector<Session>> TimelinePage::shownSessions(qint64 cohortId) const
{
    // While the page reloads after an edit (its own, usually: the user's step a moment
    // ago), what it shows is older than the plan: no "as shown" then, else that step would
    // be taken for someone else's change. The edit is made over what is stored, as before.
    if (m_shownRequest != m_request || m_stale)
        return std::nullopt;
    for (const TimelineCohort &c : m_view->data().cohorts)
        if (c.id == cohortId)
            return c.sessions;
    return std::nullopt;
}

void TimelinePage::setConflictMarks(QHash<qint64, int> severityByCohort)
{
    m_view->setConflictMarks(std::move(severityByCohort));
}

} // namespace Planner
