#include "XlsxWriter.h"

#include "tables/ExportTable.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <memory>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

Q_LOGGING_CATEGORY(lcXlsx, "attest.reports.xlsx", QtInfoMsg)

constexpr int MinWidth = 6;
constexpr int MaxWidth = 60;
constexpr int DateWidth = 12;
constexpr int FilterButtonWidth = 3; // the autofilter's drop-down arrow covers the end of the heading

// A workbook that is freed without being written unless close() runs.
struct WorkbookFree
{
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookFree>;

struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* wrapped = nullptr;
    lxw_format* number = nullptr;
    lxw_format* date = nullptr;

    explicit Formats(lxw_workbook* workbook)
        : header(workbook_add_format(workbook))
        , text(workbook_add_format(workbook))
        , wrapped(workbook_add_format(workbook))
        , number(workbook_add_format(workbook))
        , date(workbook_add_format(workbook))
    {
        format_set_bold(header);
        format_set_bottom(header, LXW_BORDER_THIN);
        format_set_bg_color(header, 0xE7ECF3);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        for (lxw_format* f : {text, wrapped, number, date}) {
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        }
        format_set_text_wrap(wrapped);
        format_set_num_format(date, "yyyy-mm-dd");
    }
};

// The widest line of a cell, in characters.
int lineWidth(const QString& text)
{
    qsizetype widest = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        widest = qMax(widest, line.size());
    }
    return int(qMin<qsizetype>(widest, 10000));
}

std::optional<double> numberOf(const QString& text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<lxw_datetime> dateOf(const QString& text)
{
    if (text.size() != 10) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    // Spreadsheet dates start in 1900.
    if (!date.isValid() || date.year() < 1900 || date.year() > 9999) {
        return std::nullopt;
    }
    return lxw_datetime{date.year(), date.month(), date.day(), 0, 0, 0.0};
}

struct ColumnLayout
{
    double width = MinWidth;
    bool wrap = false;
};

QList<ColumnLayout> layoutOf(const ExportTable& table)
{
    QList<ColumnLayout> layout(table.columns.size());
    for (int c = 0; c < table.columns.size(); ++c) {
        int widest = int(table.columns[c].key.size()) + FilterButtonWidth;
        if (table.columns[c].type == ExportColumn::Type::Date) {
            widest = qMax(widest, DateWidth);
        }
        for (const QStringList& row : table.rows) {
            const QString& cell = row.value(c);
            widest = qMax(widest, lineWidth(cell) + 1);
            layout[c].wrap = layout[c].wrap || cell.contains(u'\n');
        }
        layout[c].wrap = layout[c].wrap || widest > MaxWidth;
        layout[c].width = qBound(MinWidth, widest, MaxWidth);
    }
    return layout;
}

Error lxwError(const QString& path, lxw_error code)
{
    return makeError(
        ErrorCode::Io,
        XlsxWriter::tr("Cannot write the spreadsheet “%1”: %2.").arg(path, QString::fromUtf8(lxw_strerror(code))),
        QString::fromUtf8(lxw_strerror(code)));
}

Result<void> writeSheet(
    lxw_workbook* workbook, const Formats& formats, const ExportTable& table, const QString& sheet, const QString& path)
{
    const QByteArray sheetName = sheet.toUtf8();
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheetName.constData());
    if (!worksheet) {
        return makeError(ErrorCode::Io, XlsxWriter::tr("Cannot write the spreadsheet “%1”.").arg(path));
    }
    if (table.rows.size() >= LXW_ROW_MAX) {
        return makeError(ErrorCode::Validation,
                         XlsxWriter::tr("The table “%1” has %2 rows, more than a spreadsheet can hold (%3). Export "
                                        "it as CSV instead.")
                             .arg(table.title)
                             .arg(table.rows.size())
                             .arg(LXW_ROW_MAX - 1));
    }
    const QList<ColumnLayout> layout = layoutOf(table);
    for (int c = 0; c < layout.size(); ++c) {
        const lxw_col_t col = lxw_col_t(c);
        lxw_format* columnFormat = layout[c].wrap ? formats.wrapped : nullptr;
        if (lxw_error e = worksheet_set_column(worksheet, col, col, layout[c].width, columnFormat); e != LXW_NO_ERROR) {
            return lxwError(path, e);
        }
    }
    // Constant-memory mode streams rows in order: the header first, then each row's cells left to right.
    for (int c = 0; c < table.columns.size(); ++c) {
        const QByteArray key = table.columns[c].key.toUtf8();
        if (lxw_error e = worksheet_write_string(worksheet, 0, lxw_col_t(c), key.constData(), formats.header);
            e != LXW_NO_ERROR) {
            return lxwError(path, e);
        }
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows[r];
        const lxw_row_t xlRow = lxw_row_t(r + 1);
        for (int c = 0; c < table.columns.size(); ++c) {
            const QString cell = row.value(c);
            if (cell.isEmpty()) {
                continue;
            }
            const lxw_col_t col = lxw_col_t(c);
            lxw_error e = LXW_NO_ERROR;
            bool written = false;
            switch (table.columns[c].type) {
            case ExportColumn::Type::Number:
                if (const auto number = numberOf(cell)) {
                    e = worksheet_write_number(worksheet, xlRow, col, *number, formats.number);
                    written = true;
                }
                break;
            case ExportColumn::Type::Date:
                if (auto date = dateOf(cell)) {
                    e = worksheet_write_datetime(worksheet, xlRow, col, &*date, formats.date);
                    written = true;
                }
                break;
            case ExportColumn::Type::Text:
                break;
            }
            if (!written) {
                // Whatever is not a number or a date is text, exactly as typed, never a formula.
                if (cell.size() > XlsxWriter::MaxCellLength) {
                    return makeError(ErrorCode::Validation,
                                     XlsxWriter::tr("Row %1, column “%2” of “%3” holds %4 characters, more than a "
                                                    "spreadsheet cell can hold (%5). Export it as CSV instead.")
                                         .arg(r + 2)
                                         .arg(table.columns[c].key, table.title)
                                         .arg(cell.size())
                                         .arg(XlsxWriter::MaxCellLength));
                }
                const QByteArray utf8 = XlsxWriter::escapeLiteralEscapes(cell).toUtf8();
                e = worksheet_write_string(
                    worksheet, xlRow, col, utf8.constData(), layout[c].wrap ? formats.wrapped : formats.text);
            }
            if (e != LXW_NO_ERROR) {
                return lxwError(path, e);
            }
        }
    }
    worksheet_freeze_panes(worksheet, 1, 0);
    if (!table.columns.isEmpty()) {
        if (lxw_error e = worksheet_autofilter(
                worksheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(table.columns.size() - 1));
            e != LXW_NO_ERROR) {
            return lxwError(path, e);
        }
    }
    return {};
}

} // namespace

QString XlsxWriter::sheetName(const QString& title)
{
    QString name = title;
    for (QChar& c : name) {
        if (QStringView(u"[]:*?/\\").contains(c) || c.category() == QChar::Other_Control) {
            c = u'-';
        }
    }
    name = name.left(31);
    while (name.startsWith(u'\'')) {
        name.remove(0, 1);
    }
    while (name.endsWith(u'\'')) {
        name.chop(1);
    }
    name = name.trimmed();
    return name.isEmpty() ? u"Sheet"_s : name;
}

QString XlsxWriter::escapeLiteralEscapes(const QString& text)
{
    if (!text.contains(u"_x"_s)) {
        return text;
    }
    static const QRegularExpression escape(u"_(x[0-9A-Fa-f]{4}_)"_s);
    QString out = text;
    out.replace(escape, u"_x005F_\\1"_s);
    return out;
}

Result<int> XlsxWriter::write(const ExportTable& table, const QString& path)
{
    return write(QList<ExportTable>{table}, path);
}

Result<int> XlsxWriter::write(const QList<ExportTable>& tables, const QString& path)
{
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    if (target.isDir()) {
        return makeError(ErrorCode::Io, tr("Cannot write “%1”: it is a folder.").arg(path));
    }
    if (!QFileInfo(folder).isDir()) {
        return makeError(ErrorCode::Io, tr("Cannot write “%1”: the folder “%2” does not exist.").arg(path, folder));
    }
    // The workbook is written beside the target and takes its name only when complete.
    QTemporaryFile partial(QDir(folder).filePath(u".%1.XXXXXX.partial"_s.arg(target.fileName())));
    if (!partial.open()) {
        return makeError(ErrorCode::Io, tr("Cannot write “%1”: %2.").arg(path, partial.errorString()));
    }
    partial.close();
    const QByteArray partialName = QFile::encodeName(partial.fileName());
    const QByteArray tmpdir = QFile::encodeName(folder);

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char*>(tmpdir.constData());
    WorkbookPtr workbook(workbook_new_opt(partialName.constData(), &options));
    if (!workbook) {
        return makeError(ErrorCode::Io, tr("Cannot write the spreadsheet “%1”.").arg(path));
    }
    const Formats formats(workbook.get());
    int rows = 0;
    QSet<QString> used;
    for (const ExportTable& table : tables) {
        QString sheet = sheetName(table.title.isEmpty() ? table.name : table.title);
        for (int n = 2; used.contains(sheet.toLower()); ++n) {
            sheet = sheetName(u"%1 (%2)"_s.arg(sheet.left(24)).arg(n));
        }
        used.insert(sheet.toLower());
        if (auto written = writeSheet(workbook.get(), formats, table, sheet, path); !written) {
            qCWarning(lcXlsx) << "writing" << path << "failed:"
                              << (written.error().detail.isEmpty() ? written.error().message : written.error().detail);
            return written.error();
        }
        rows += int(table.rows.size());
    }
    const QByteArray title = tables.size() == 1 ? tables.first().title.toUtf8() : QByteArray();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.constData());
    workbook_set_properties(workbook.get(), &properties);

    // workbook_close() writes the file and frees the workbook, whatever happens.
    const lxw_error closed = workbook_close(workbook.release());
    if (closed != LXW_NO_ERROR) {
        qCWarning(lcXlsx) << "writing" << path << "failed:" << lxw_strerror(closed);
        return lxwError(path, closed);
    }
    // Keep what the replaced file allowed, or the usual rights for a new document.
    QFile::setPermissions(partial.fileName(),
                          target.exists()
                              ? QFile::permissions(path)
                              : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                                    QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (std::rename(partialName.constData(), QFile::encodeName(path).constData()) != 0) {
        const int code = errno;
        return makeError(ErrorCode::Io, tr("Cannot write “%1”: %2.").arg(path, qt_error_string(code)));
    }
    partial.setAutoRemove(false);
    return rows;
}

} // namespace attest
