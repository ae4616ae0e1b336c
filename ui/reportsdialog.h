// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/report.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPrintPreviewDialog;
class QPrinter;
class QPushButton;
class QSpinBox;
class QThread;

namespace Planner {

class PlanSession;

// File ▸ Print…: choose a report (io/report.h) and its scope, then preview it, print it
// or save it as a PDF. The report is read and composed on the session's worker; a PDF is
// laid out and written on a thread of its own, so the window never waits for a long one.
class ReportsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReportsDialog(PlanSession *session, QWidget *parent = nullptr);
    ~ReportsDialog() override;

    // Preselects a report; record is its cohort, instructor or venue (0: none or all).
    void select(Report::Kind kind, Id record = 0);
    Report::Request request() const;
    Report::PageSetup pageSetup() const;

    // Builds the report and writes it to path (no file dialog); written() or failed()
    // follows.
    void savePdf(const QString &path);
    // Opens Print Preview once the report is built.
    void preview();

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *cohortBox() const { return m_cohort; }
    QComboBox *languageBox() const { return m_language; }
    QLabel *statusLabel() const { return m_status; }
    // Whether the scope field of row is shown for the chosen report.
    bool isShown(QWidget *field) const;
    QWidget *yearField() const;
    QWidget *periodField() const;

signals:
    void written(const QString &path, int pages);
    void failed(const QString &message);
    // The preview, laid out and about to be shown (modal): for tests.
    void previewShown(QPrintPreviewDialog *preview);

private:
    void kindChanged();
    void cohortChanged();
    void setBusy(const QString &what);
    // Reads and composes the report on the session's worker, then runs then.
    void build(std::function<void(const Report::Document &)> then);
    void print();
    void saveDialog();
    void showProblem(const QString &message);
    // Runs work on a thread of its own, saying what in the status line meanwhile, then
    // runs then on the window's thread.
    void offThread(const QString &what, std::function<void()> work, std::function<void()> then);

    PlanSession *m_session = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_track = nullptr;
    QComboBox *m_cohort = nullptr;
    QComboBox *m_day = nullptr;
    QComboBox *m_instructor = nullptr;
    QComboBox *m_venue = nullptr;
    QWidget *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    bool m_busy = false;
    Id m_pendingRecord = 0;      // selected once the lists have arrived
    QThread *m_worker = nullptr; // laying out, printing or writing a PDF
};

} // namespace Planner
