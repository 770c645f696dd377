#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace attest::ui {

// Evidence is opened in its own application (a PDF reader, a spreadsheet) from a temporary plain copy. The copies
// live in a private folder (0700, files 0600): under the user's runtime directory, which is kept in memory on
// Linux, when there is one, else in the cache folder. They are removed when the workspace closes and, in case
// Attest did not get to do it, at the next start.
class EvidenceViewer
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceViewer)

public:
    static QString scratchDirectory();
    // This process's part of it.
    static QString processDirectory();
    // Writes `contents` as `fileName` (sanitised) into a fresh subfolder of the scratch folder.
    static Result<QString> writeForViewing(const QString& fileName, const QByteArray& contents);
    // Writes the copy and asks the desktop to open it.
    static Result<void> open(const QString& fileName, const QByteArray& contents);
    // Removes every copy this process wrote for viewing (when the workspace closes).
    static void clear();
    // At start: removes the copies of Attest processes that are no longer running (a crash, a power cut).
    static void clearStale();
};

} // namespace attest::ui
