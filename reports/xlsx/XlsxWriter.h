#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace attest {

class ExportTable;

// Writes export tables as an Excel workbook (XLSX, with libxlsxwriter), one worksheet per table: a bold header
// row that stays in view (frozen) with an autofilter on it, column widths that fit the content (long text wraps),
// numbers as numbers and dates as real dates shown as YYYY-MM-DD. Text cells are always written as text: a value
// such as `=HYPERLINK("x")` or `+1` stays the literal string the user typed and is never evaluated as a formula.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    // What one spreadsheet cell can hold.
    static constexpr int MaxCellLength = 32767;

    // Writes atomically: the workbook is written to a temporary file beside `path` that replaces it only when
    // complete, so on failure `path` is untouched and nothing is left behind. Returns the number of data rows
    // written (headers not counted).
    static Result<int> write(const ExportTable& table, const QString& path);
    static Result<int> write(const QList<ExportTable>& tables, const QString& path);

    // A valid worksheet name for a title: at most 31 characters, none of []:*?/\, not starting or ending with an
    // apostrophe.
    static QString sheetName(const QString& title);
    // Text exactly as OOXML stores it: "_xHHHH_" is how a spreadsheet writes control characters, so a literal
    // "_x" that starts such a pattern in user text is itself escaped ("_x005F_"), and reads back as typed.
    static QString escapeLiteralEscapes(const QString& text);
};

} // namespace attest
