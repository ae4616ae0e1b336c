// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;
class QTextBrowser;

namespace Planner {

// The user guide, bundled with the application in English and Chinese and shown in
// the window's language (F1, Help ▸ User Guide). Not modal: it stays open beside the
// plan while the user follows it.
class HelpDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    // Shows the guide's section with this anchor ("conflicts", "print" …), or its top.
    void showSection(const QString &anchor = {});
    QTextBrowser *browser() const { return m_browser; }

    // The guide's resource for a language ("en", "zh_CN"); English for any other.
    static QString guideFor(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();

    QTextBrowser *m_browser = nullptr;
    QString m_anchor;
};

// Help ▸ Keyboard Shortcuts: every shortcut of the window's menus, read from the
// menus themselves, so the list is never out of date.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace Planner
