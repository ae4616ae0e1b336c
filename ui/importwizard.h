// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importer.h"

#include <QWizard>

namespace Planner {

class TransferJob;

// File ▸ Import…: one wizard for every kind of spreadsheet. File and kind (proposed from
// the file's headers; a blank template of each kind can be saved) → encoding and
// delimiter (detected, switchable, the preview follows) → column mapping (matched by
// header, required columns marked) → dry run listing every problem (sortable, exportable
// as CSV) → the import on a worker thread → what it did. Nothing is written before the
// last page; the import writes all rows or none (or, when asked, the valid rows only), as
// one undo step.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, FormatPageId, MappingPageId, CheckPageId, ImportPageId };

    // planPath: the open plan, written through a connection of the worker thread.
    explicit ImportWizard(const QString &planPath, const QString &folder,
                          QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Presets the first page (and what tests drive).
    void setFile(const QString &path);
    void setKind(ImportKind kind);

    // The options the pages have gathered so far.
    ImportOptions &options() { return m_options; }
    QString file() const;
    QString planPath() const { return m_planPath; }
    QString folder() const { return m_folder; }
    // Whether the import wrote to the plan, and what it did.
    bool hasImported() const { return m_imported; }
    const ImportResult &result() const { return m_result; }
    void setImported(const ImportResult &result);

private:
    QString m_planPath;
    QString m_folder;
    ImportOptions m_options;
    ImportResult m_result;
    bool m_imported = false;
};

} // namespace Planner
