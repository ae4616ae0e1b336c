// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariolistmodel.h"

#include <QColor>
#include <QDir>
#include <QLocale>
#include <QThread>

#include <memory>

namespace Planner {

ScenarioListModel::ScenarioListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScenarioListModel::setPlan(const QString &planPath)
{
    m_planPath = planPath;
    reload();
}

QString ScenarioListModel::folder() const
{
    return ScenarioStore::folderOf(m_planPath);
}

QString ScenarioListModel::pathOf(const QString &name) const
{
    return ScenarioStore(m_planPath).pathOf(name);
}

Result<> ScenarioListModel::checkName(const QString &name)
{
    return ScenarioStore::checkName(name);
}

void ScenarioListModel::run(std::function<QString(const ScenarioStore &)> work)
{
    m_busy = true;
    emit busyChanged(true);
    const QString planPath = m_planPath;
    auto error = std::make_shared<QString>();
    auto entries = std::make_shared<std::vector<ScenarioStore::Entry>>();
    QThread *thread = QThread::create([planPath, work = std::move(work), error, entries] {
        const ScenarioStore store(planPath);
        if (work)
            *error = work(store);
        *entries = store.list();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, error, entries] {
        setEntries(std::move(*entries));
        m_busy = false;
        emit busyChanged(false);
        emit done(*error);
    });
    thread->start();
}

void ScenarioListModel::reload()
{
    run({});
}

void ScenarioListModel::create(const QString &name, const QString &sourcePath)
{
    run([name, sourcePath](const ScenarioStore &store) {
        const auto created = store.create(name, sourcePath);
        return created ? QString() : created.message();
    });
}

void ScenarioListModel::rename(const QString &from, const QString &to)
{
    run([from, to](const ScenarioStore &store) {
        const auto renamed = store.rename(from, to);
        return renamed ? QString() : renamed.message();
    });
}

void ScenarioListModel::remove(const QString &name)
{
    run([name](const ScenarioStore &store) {
        const Result<> removed = store.remove(name);
        return removed ? QString() : removed.message();
    });
}

void ScenarioListModel::setEntries(std::vector<ScenarioStore::Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int ScenarioListModel::rowOf(const QString &name) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].name == name)
            return int(i);
    return -1;
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ScenarioListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScenarioStore::Entry &e = m_entries[std::size_t(index.row())];
    switch (role) {
    case PathRole:
        return e.path;
    case NameRole:
        return e.name;
    case UsableRole:
        return e.usable();
    case Qt::ForegroundRole:
        return e.usable() ? QVariant() : QVariant(QColor(0xc0, 0x39, 0x2b));
    case Qt::ToolTipRole:
        return e.usable() ? QDir::toNativeSeparators(e.path) : e.problem;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return e.name;
        case Modified:
            return QLocale().toString(e.modified.toLocalTime(), QLocale::ShortFormat);
        case State:
            return e.usable() ? tr("Ready") : tr("Cannot be opened: %1").arg(e.problem);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ScenarioListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Scenario");
    case Modified:
        return tr("Last changed");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Planner
