#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace attest {

class Connection;

// One column of an export table: its stable name (the CSV header and the spreadsheet's heading) and what its cells
// hold, so that a spreadsheet writer can type them.
struct ExportColumn
{
    enum class Type
    {
        Text,   // written exactly as stored, never interpreted
        Number, // "" or a number in C-locale notation ("3", "12.5")
        Date,   // "" or YYYY-MM-DD
    };
    QString key;
    Type type = Type::Text;
};

// A register of the workspace as a table for people who work in spreadsheets: the AI systems, the risk register,
// the controls, the findings or the ISO/IEC 27001:2022 Statement of Applicability. Built once from the models and
// handed to a writer (CSV, XLSX), so every format holds the same cells. Each cell is the text the CSV carries: what
// the user typed, exactly, and what Attest computed; the column types tell a spreadsheet writer which cells are
// numbers and dates. The systems and risks tables have the columns their CSV imports read back.
class ExportTable
{
    Q_DECLARE_TR_FUNCTIONS(ExportTable)

public:
    enum class Kind
    {
        Systems,
        Risks,
        Controls,
        Findings,
        Soa,
    };

    Kind kind = Kind::Systems;
    QString name;  // "systems", "risks", "controls", "findings", "soa"
    QString title; // translated, e.g. "AI systems": the worksheet's name
    QList<ExportColumn> columns;
    QList<QStringList> rows; // one cell per column

    // The table names in the order the CLI lists them.
    static QStringList names();
    static std::optional<Kind> kindFor(const QString& name);
    static QString nameOf(Kind kind);
    static QString titleOf(Kind kind);

    // `today` decides what is overdue and which evidence has expired.
    static Result<ExportTable> build(Connection& connection, Kind kind, const QDate& today = QDate::currentDate());

    QStringList header() const;
    // The header row followed by the rows: what a CSV file holds.
    QList<QStringList> withHeader() const;
};

} // namespace attest
