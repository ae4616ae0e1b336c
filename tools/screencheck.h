// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPixmap>
#include <QString>
#include <QTextStream>
#include <QWidget>

#include <algorithm>

// What the screenshot tools check besides taking the picture: that the window or dialog
// fits an ordinary laptop screen. 1280×720 in device-independent pixels is both a
// 1280×720 screen at 100 % and a 1920×1080 screen at 150 % (QT_SCALE_FACTOR=1.5); a
// title bar (30) comes off the height of a window's content.
namespace ScreenCheck {

inline const QSize screen(1280, 720 - 30);

inline int &tooLarge()
{
    static int count = 0;
    return count;
}

// Saves a picture of the widget to the file and says on stderr when the widget needs more
// than the screen, or was given more by default.
inline void shoot(QWidget &widget, const QString &file)
{
    widget.grab().save(file);
    const QSize minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize());
    // A dialog opens at its own size; the tools size the main window themselves.
    const QSize shown = qobject_cast<QDialog *>(&widget) ? widget.size() : QSize();
    const QSize needed = minimum.expandedTo(shown);
    if (needed.width() > screen.width() || needed.height() > screen.height()) {
        ++tooLarge();
        QTextStream(stderr) << "does not fit " << screen.width() << "x" << screen.height() << ": "
                            << file << " needs at least " << minimum.width() << "x"
                            << minimum.height() << " (shown at " << shown.width() << "x"
                            << shown.height() << ")" << Qt::endl;
    }
}

// The tool's exit status: 0 when everything fit, 3 otherwise.
inline int status()
{
    if (tooLarge() == 0)
        return 0;
    QTextStream(stderr) << tooLarge() << " window(s) do not fit the screen" << Qt::endl;
    return 3;
}

} // namespace ScreenCheck
