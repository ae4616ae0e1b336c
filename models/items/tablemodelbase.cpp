// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablemodelbase.h"

#include "planning/identitydocument.h"
#include "plansession.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>

namespace Planner {

TableModelBase::TableModelBase(QObject *parent) : QAbstractTableModel(parent) {}

int TableModelBase::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int TableModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant TableModelBase::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int source = m_order[std::size_t(index.row())];
    switch (role) {
    case Qt::EditRole:
    case EditorRole:
    case ChoicesRole:
    case MinimumRole:
    case MaximumRole:
        return editData(source, index.column(), role);
    default:
        return cellData(source, index.column(), role);
    }
}

void TableModelBase::setSession(PlanSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, &PlanSession::idNumberRevealed, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &PlanSession::idNumberRevealed, this, [this] {
            if (rowCount() > 0)
                emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        });
    }
}

bool TableModelBase::idNumberShownInFull(qint64 traineeId, const QString &number) const
{
    return number.isEmpty() || (m_session && m_session->isIdNumberRevealed(traineeId));
}

QString TableModelBase::shownIdNumber(qint64 traineeId, const QString &number) const
{
    return idNumberShownInFull(traineeId, number) ? number : IdentityDocument::masked(number);
}

Qt::ItemFlags TableModelBase::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_session || !m_session->editor()->canEdit())
        return f;
    const QVariant kind = editData(m_order[std::size_t(index.row())], index.column(), EditorRole);
    if (kind.isValid() && EditorKind(kind.toInt()) != EditorKind::None)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TableModelBase::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int row = m_order[std::size_t(index.row())];
    m_lastEditError = m_session
                          ->apply(m_session->makeEdit([&](const PlanEdits &edits) {
                              return buildEdit(row, index.column(), value, edits);
                          }))
                          .message();
    if (!m_lastEditError.isEmpty()) {
        emit editRejected(m_lastEditError);
        return false;
    }
    return true;
}

QVariant TableModelBase::editData(int, int, int) const
{
    return {};
}

PlanEdit TableModelBase::buildEdit(int, int, const QVariant &, const PlanEdits &) const
{
    return {};
}

QVariant TableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole) {
        const QString tip = columnToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

int TableModelBase::sourceRow(int row) const
{
    return row >= 0 && row < int(m_order.size()) ? m_order[std::size_t(row)] : -1;
}

QString TableModelBase::columnToolTip(int) const
{
    return {};
}

QHash<int, QByteArray> TableModelBase::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(IdRole, "id");
    return names;
}

void TableModelBase::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columns())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> oldSourceRows;
    oldSourceRows.reserve(std::size_t(persistent.size()));
    for (const QModelIndex &index : persistent)
        oldSourceRows.push_back(m_order[std::size_t(index.row())]);
    rebuildSorted();
    // Sorting changes no row's filter result: the same rows are shown, reordered.
    applyFilter();
    std::vector<int> rowOfSource(std::size_t(sourceRowCount()), -1);
    for (std::size_t row = 0; row < m_order.size(); ++row)
        rowOfSource[std::size_t(m_order[row])] = int(row);
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i)
        moved << index(rowOfSource[std::size_t(oldSourceRows[std::size_t(i)])],
                       persistent[i].column());
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TableModelBase::rebuildSorted()
{
    const int n = sourceRowCount();
    m_sorted.resize(std::size_t(n));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (m_sortColumn < 0 || n == 0)
        return;
    std::vector<QVariant> keys(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        keys[std::size_t(i)] = cellData(i, m_sortColumn, SortRole);
    const bool text = std::any_of(keys.begin(), keys.end(), [](const QVariant &v) {
        return v.typeId() == QMetaType::QString;
    });
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (text) {
        // Sort keys make locale-aware order (pinyin for Chinese names) one memcmp per
        // comparison instead of a collation per comparison.
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::vector<QCollatorSortKey> sortKeys;
        sortKeys.reserve(std::size_t(n));
        for (const QVariant &v : keys)
            sortKeys.push_back(collator.sortKey(v.toString()));
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [&](int a, int b) {
            const int c = sortKeys[std::size_t(a)].compare(sortKeys[std::size_t(b)]);
            return descending ? c > 0 : c < 0;
        });
        return;
    }
    std::stable_sort(m_sorted.begin(), m_sorted.end(), [&](int a, int b) {
        const QVariant &x = keys[std::size_t(a)];
        const QVariant &y = keys[std::size_t(b)];
        // Empty values sort last in either direction.
        if (x.isNull() != y.isNull())
            return y.isNull();
        const auto c = QVariant::compare(x, y);
        return descending ? c == QPartialOrdering::Greater : c == QPartialOrdering::Less;
    });
}

// ---- Filtering

namespace {

QStringList filterWords(const QString &text)
{
    return text.toCaseFolded().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Rows with no date are {NoDate, NoDate - 1}: first > last.
constexpr qint64 NoDate = 1;

} // namespace

std::size_t TableModelBase::facetSlot(Facet facet)
{
    return facetIndex(facet);
}

Facets TableModelBase::supportedFacets() const
{
    return {};
}

bool TableModelBase::hasDateSpan() const
{
    return false;
}

QString TableModelBase::searchText(int sourceRow) const
{
    QString text;
    for (int c = 0; c < columns(); ++c) {
        text += cellData(sourceRow, c, Qt::DisplayRole).toString();
        text += QLatin1Char(' ');
    }
    return text;
}

QString TableModelBase::facet(int, Facet) const
{
    return {};
}

QString TableModelBase::facetAnyText(Facet) const
{
    return {};
}

std::pair<QDate, QDate> TableModelBase::dateSpan(int) const
{
    return {};
}

QStringList TableModelBase::facetValues(Facet facet) const
{
    return m_facetNames[facetSlot(facet)];
}

std::pair<QDate, QDate> TableModelBase::dateExtent() const
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const auto &[a, b] : m_spans) {
        if (a > b)
            continue;
        first = std::min(first, a);
        last = std::max(last, b);
    }
    if (first > last)
        return {};
    return {QDate::fromJulianDay(first), QDate::fromJulianDay(last)};
}

void TableModelBase::rebuildSearchData()
{
    const int n = sourceRowCount();
    m_searchKeys.assign(std::size_t(n), QString());
    for (int i = 0; i < n; ++i)
        m_searchKeys[std::size_t(i)] = searchText(i).toCaseFolded();

    const Facets supported = supportedFacets();
    for (Facet f : AllFacets) {
        const std::size_t slot = facetSlot(f);
        m_facetNames[slot].clear();
        m_facetOfRow[slot].clear();
        if (!supported.testFlag(f))
            continue;
        // Number the values (few, but for the audit log's record keys), then order the
        // names for the combo boxes and renumber.
        QHash<QString, int> numbers;
        QStringList names;
        std::vector<int> &ofRow = m_facetOfRow[slot];
        ofRow.resize(std::size_t(n), -1);
        for (int i = 0; i < n; ++i) {
            const QString value = facet(i, f);
            if (value.isEmpty())
                continue;
            auto it = numbers.constFind(value);
            if (it == numbers.cend()) {
                it = numbers.insert(value, int(names.size()));
                names << value;
            }
            ofRow[std::size_t(i)] = *it;
        }
        QStringList sorted = names;
        QCollator collator;
        collator.setNumericMode(true);
        std::sort(sorted.begin(), sorted.end(), collator);
        std::vector<int> renumber(std::size_t(names.size()));
        for (qsizetype k = 0; k < sorted.size(); ++k)
            renumber[std::size_t(numbers.value(sorted[k]))] = int(k);
        for (int &value : ofRow) {
            if (value >= 0)
                value = renumber[std::size_t(value)];
        }
        m_facetNames[slot] = sorted;
    }

    m_spans.clear();
    if (hasDateSpan()) {
        m_spans.resize(std::size_t(n), {NoDate, NoDate - 1});
        for (int i = 0; i < n; ++i) {
            auto [first, last] = dateSpan(i);
            if (!first.isValid())
                first = last;
            if (!last.isValid())
                last = first;
            if (first.isValid())
                m_spans[std::size_t(i)] = {first.toJulianDay(), last.toJulianDay()};
        }
    }
}

bool TableModelBase::passesText(int sourceRow, const QStringList &words) const
{
    const QString &key = m_searchKeys[std::size_t(sourceRow)];
    for (const QString &word : words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

void TableModelBase::applyFilter()
{
    if (m_filter.isEmpty()) {
        m_order = m_sorted;
        return;
    }
    m_order.clear();
    // The facet test compares small numbers: find each wanted value's number once.
    std::array<int, FacetCount> wanted;
    wanted.fill(-1);
    bool none = false;
    for (Facet f : AllFacets) {
        const QString value = m_filter.facet(f);
        const std::size_t slot = facetSlot(f);
        if (value.isEmpty() || m_facetOfRow[slot].empty())
            continue;
        wanted[slot] = int(m_facetNames[slot].indexOf(value));
        none = none || wanted[slot] < 0;
    }
    if (none)
        return;
    const bool dates = (m_filter.from.isValid() || m_filter.to.isValid()) && !m_spans.empty();
    const qint64 from =
        m_filter.from.isValid() ? m_filter.from.toJulianDay() : std::numeric_limits<qint64>::min();
    const qint64 to =
        m_filter.to.isValid() ? m_filter.to.toJulianDay() : std::numeric_limits<qint64>::max();
    for (int row : m_sorted) {
        bool pass = true;
        for (std::size_t slot = 0; slot < FacetCount && pass; ++slot) {
            if (wanted[slot] >= 0)
                pass = m_facetOfRow[slot][std::size_t(row)] == wanted[slot];
        }
        if (pass && dates) {
            const auto [first, last] = m_spans[std::size_t(row)];
            pass = first <= last && first <= to && last >= from;
        }
        if (pass && passesText(row, m_filterWords))
            m_order.push_back(row);
    }
}

void TableModelBase::setFilter(const TableFilter &filter)
{
    if (filter == m_filter)
        return;
    const QStringList words = filterWords(filter.text);
    TableFilter sameFacets = filter;
    sameFacets.text = m_filter.text;
    // Typing on: when only the text changed and every old word is within a new word,
    // the new rows are a subset of the rows shown, so only those are tested.
    const bool narrowing =
        m_loaded && sameFacets == m_filter &&
        std::all_of(m_filterWords.cbegin(), m_filterWords.cend(), [&](const QString &old) {
            return std::any_of(words.cbegin(), words.cend(),
                               [&](const QString &word) { return word.contains(old); });
        });
    beginResetModel();
    m_filter = filter;
    m_filterWords = words;
    if (narrowing)
        std::erase_if(m_order, [&](int row) { return !passesText(row, m_filterWords); });
    else
        applyFilter();
    endResetModel();
    emit filterChanged();
}

int TableModelBase::rowOfId(qint64 id) const
{
    for (std::size_t row = 0; row < m_order.size(); ++row) {
        if (cellData(m_order[row], 0, IdRole).toLongLong() == id)
            return int(row);
    }
    return -1;
}

bool TableModelBase::hasId(qint64 id) const
{
    const int n = sourceRowCount();
    for (int i = 0; i < n; ++i) {
        if (cellData(i, 0, IdRole).toLongLong() == id)
            return true;
    }
    return false;
}

// ---- Copying

QString TableModelBase::rowsAsTsv(const std::vector<int> &rows,
                                  const std::vector<int> &columns) const
{
    std::vector<int> shown = columns;
    if (shown.empty()) {
        shown.resize(std::size_t(columnCount()));
        std::iota(shown.begin(), shown.end(), 0);
    }
    auto cell = [](QString text) {
        for (QChar &c : text) {
            if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
                c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
                c = QLatin1Char(' ');
        }
        return text;
    };
    QString out;
    auto line = [&](auto value) {
        for (std::size_t i = 0; i < shown.size(); ++i) {
            if (i > 0)
                out += QLatin1Char('\t');
            out += cell(value(shown[i]));
        }
        out += QLatin1Char('\n');
    };
    line([this](int c) { return headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(); });
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        line([this, row](int c) { return index(row, c).data(Qt::DisplayRole).toString(); });
    }
    return out;
}

void TableModelBase::beginReplaceRows()
{
    beginResetModel();
}

void TableModelBase::endReplaceRows()
{
    rebuildSearchData();
    rebuildSorted();
    applyFilter();
    endResetModel();
    m_loaded = true;
    emit loaded();
    if (isFiltered())
        emit filterChanged();
}

} // namespace Planner
