#pragma once

#include "content/ReportDocument.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QPageSize>

#include <functional>

namespace attest {

// Writes a ReportDocument as PDF with QPdfWriter: a cover page (organisation, title, scope, period, prepared by,
// generated at, workspace fingerprint and audit-chain head), a table of contents with page numbers, a running
// header and a "Page x of y" footer on every page, and tables that break across pages with their heading row
// repeated. Fonts are embedded (subsets); A4 or US Letter; PDF/A-1b on request. Text is drawn as plain text.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    struct Options
    {
        QPageSize::PageSizeId paper = QPageSize::A4;
        bool pdfa = false;
        // A signed report names its signing key's fingerprint on the cover ("Signing key"); empty: unsigned.
        QString signingKeyFingerprint;
        // Called as pages are drawn (done, total), and with (0, 0) now and then while long tables are measured;
        // returning false cancels (ErrorCode::Cancelled, nothing written). Always called on the writing thread.
        std::function<bool(int page, int pages)> progress;
        // Long tables are measured on every core (the result is the same; tests compare both ways).
        bool parallelMeasure = true;
    };

    static Result<int> write(const ReportDocument& document, const QString& path, const Options& options); // pages
};

} // namespace attest
