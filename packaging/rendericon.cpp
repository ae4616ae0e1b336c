// SPDX-License-Identifier: GPL-3.0-or-later
// cohort-rendericon SVG OUTDIR SIZE...: the application icon at each size, for the
// packaging (hicolor PNGs on Linux, the .ico of the Windows executable).
//   cohort-rendericon cohortplanner.svg icons 16 32 48   -> icons/16x16/apps/cohortplanner.png ...
//   cohort-rendericon cohortplanner.svg out.ico 256      -> one Windows icon (Qt's ico plugin)
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: cohort-rendericon SVG OUTDIR|OUT.ico SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << args.at(1) << ": not an SVG image this program can read\n";
        return 1;
    }
    const QString out = args.at(2);
    const QString name = QFileInfo(args.at(1)).completeBaseName();
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            err << args.at(i) << ": a size from 8 to 1024 pixels is needed\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        QString file = out;
        if (!out.endsWith(QLatin1String(".ico"))) {
            const QString folder = QStringLiteral("%1/%2x%2/apps").arg(out).arg(size);
            QDir().mkpath(folder);
            file = QStringLiteral("%1/%2.png").arg(folder, name);
        }
        QImageWriter writer(file);
        if (!writer.write(image)) {
            err << file << ": " << writer.errorString() << '\n';
            return 1;
        }
    }
    return 0;
}
