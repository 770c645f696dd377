#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace attest {

class ExportTable;

// Writes an export table as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read it as UTF-8), RFC 4180
// quoting, CRLF line ends, the header row first. Cells are written exactly as entered, like every CSV export of
// Attest: a cell starting with "=" stays as typed (a spreadsheet may take it for a formula; the XLSX export never
// does).
class CsvTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableWriter)

public:
    static QByteArray toCsv(const ExportTable& table);
    // Writes atomically: `path` is either the complete file or untouched. Returns the number of rows written
    // (without the header).
    static Result<int> write(const ExportTable& table, const QString& path);
};

} // namespace attest
