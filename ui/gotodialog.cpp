// SPDX-License-Identifier: GPL-3.0-or-later
#include "gotodialog.h"

#include "items/gotoindex.h"
#include "items/gotomodel.h"

#include <QApplication>
#include <QFrame>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QScreen>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Planner {

namespace {

QIcon kindIcon(GoToKind kind)
{
    const char *name = "cohorts";
    switch (kind) {
    case GoToKind::Cohort:
        name = "cohorts";
        break;
    case GoToKind::Instructor:
        name = "instructors";
        break;
    case GoToKind::Trainee:
        name = "trainees";
        break;
    case GoToKind::Course:
        name = "courses";
        break;
    case GoToKind::Venue:
        name = "venues";
        break;
    }
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

// Two lines per entry: the code in bold and the name, then the kind and the detail in
// the placeholder colour; the kind's icon on the left.
class GoToDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        // As wide as the list (no horizontal scrolling): names are elided instead.
        return {0, option.fontMetrics.height() * 2 + 12};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = QIcon();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QColor text =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor faint = selected ? text : opt.palette.color(group, QPalette::PlaceholderText);
        const QRect r = opt.rect.adjusted(8, 6, -8, -6);
        const int line = opt.fontMetrics.height();
        const int iconSize = 22;
        kindIcon(GoToKind(index.data(GoToModel::KindRole).toInt()))
            .paint(painter,
                   QRect(r.left(), r.top() + (r.height() - iconSize) / 2, iconSize, iconSize));
        QRect textRect = r.adjusted(iconSize + 10, 0, 0, 0);

        painter->save();
        const QString code = index.data(GoToModel::CodeRole).toString();
        const QString name = index.data(GoToModel::NameRole).toString();
        QFont bold = opt.font;
        bold.setBold(true);
        int x = textRect.left();
        painter->setPen(text);
        if (!code.isEmpty()) {
            painter->setFont(bold);
            painter->drawText(QRect(x, textRect.top(), textRect.width(), line),
                              Qt::AlignLeft | Qt::AlignVCenter, code);
            x += QFontMetrics(bold).horizontalAdvance(code) +
                 opt.fontMetrics.horizontalAdvance(QLatin1Char(' ')) * 2;
        }
        painter->setFont(opt.font);
        painter->drawText(QRect(x, textRect.top(), textRect.right() - x, line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(name, Qt::ElideRight, textRect.right() - x));
        painter->setPen(faint);
        const QString second =
            QStringLiteral("%1 · %2").arg(index.data(GoToModel::KindNameRole).toString(),
                                          index.data(GoToModel::DetailRole).toString());
        painter->drawText(QRect(textRect.left(), textRect.top() + line + 2, textRect.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(second, Qt::ElideRight, textRect.width()));
        painter->restore();
    }
};

} // namespace

GoToDialog::GoToDialog(GoToIndex *index, QWidget *parent)
    : QDialog(parent, Qt::Popup), m_index(index), m_model(new GoToModel(index, this)),
      m_text(new QLineEdit(this)), m_list(new QListView(this)), m_hint(new QLabel(this))
{
    setWindowTitle(tr("Go to"));
    // The popup has no window frame: draw a border round it.
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFrameShadow(QFrame::Raised);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(frame);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 10, 10, 10);

    m_text->setPlaceholderText(tr("Go to a cohort, instructor, trainee, course or venue…"));
    m_text->setClearButtonEnabled(true);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_text->setFont(big);
    m_text->installEventFilter(this);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new GoToDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the text field
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);

    layout->addWidget(m_text);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);

    connect(m_text, &QLineEdit::textChanged, m_model, &GoToModel::setQuery);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0, 0));
        updateHint();
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        choose();
    });
    connect(m_index, &GoToIndex::ready, this, &GoToDialog::updateHint);
    updateHint();
}

void GoToDialog::popup()
{
    m_index->ensureBuilt();
    m_text->clear();
    QWidget *over = parentWidget() ? parentWidget()->window() : nullptr;
    const QRect area = over ? over->geometry() : screen()->availableGeometry();
    const int width = std::clamp(area.width() / 2, 420, 720);
    const int height = std::clamp(area.height() * 3 / 5, 300, 560);
    // Centred across, in the upper part of the window: where the eye is.
    setGeometry(area.left() + (area.width() - width) / 2, area.top() + area.height() / 8, width,
                height);
    show();
    raise();
    activateWindow();
    m_text->setFocus(Qt::PopupFocusReason);
    updateHint();
}

void GoToDialog::done(int result)
{
    QDialog::done(result);
    // The window under the popup takes the keys again (shortcuts, the row gone to).
    if (QWidget *over = parentWidget())
        over->window()->activateWindow();
}

void GoToDialog::updateHint()
{
    if (!m_index->isReady())
        m_hint->setText(tr("Reading the plan…"));
    else if (m_text->text().trimmed().isEmpty())
        m_hint->setText(tr("Type a code or a name. ↑↓ to choose, Enter to open, Esc to close."));
    else if (m_model->rowCount() == 0)
        m_hint->setText(tr("Nothing found."));
    else if (m_model->rowCount() >= GoToModel::Limit)
        m_hint->setText(tr("The first %1 found; type more to narrow them.").arg(GoToModel::Limit));
    else
        m_hint->setText(tr("%n found.", nullptr, m_model->rowCount()));
}

void GoToDialog::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const GoToEntry entry = m_model->entry(current.row());
    accept();
    emit entryChosen(entry.kind, entry.id);
}

bool GoToDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_model->rowCount();
        const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
        const int page =
            std::max(1, m_list->viewport()->height() / std::max(1, m_list->sizeHintForRow(0)));
        auto moveTo = [&](int target) {
            if (rows == 0)
                return true;
            m_list->setCurrentIndex(m_model->index(std::clamp(target, 0, rows - 1), 0));
            return true;
        };
        switch (key->key()) {
        case Qt::Key_Down:
            return moveTo(row + 1);
        case Qt::Key_Up:
            return moveTo(row - 1);
        case Qt::Key_PageDown:
            return moveTo(row + page);
        case Qt::Key_PageUp:
            return moveTo(row - page);
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        case Qt::Key_Escape:
            reject();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Planner
