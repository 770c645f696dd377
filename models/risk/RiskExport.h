#pragma once

#include "core/Result.h"
#include "storage/RiskRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace attest {

class Connection;

// The risk register as rows for people and programs: a terminal table, CSV (what RiskImport reads back: the
// same register re-imports into another workspace with the same systems) and JSON.
class RiskExport
{
    Q_DECLARE_TR_FUNCTIONS(RiskExport)

public:
    enum class Format
    {
        Table,
        Csv,
        Json,
    };

    // The CSV columns, in order. Scores, levels, the matrix version and the system name are computed or looked up
    // by Attest and ignored on import.
    static QStringList csvColumns();

    // The matching risks in list order (system code, then current score).
    static Result<QList<RiskRow>> rows(Connection& connection, const RiskFilter& filter);
    // Header and cells of the CSV, one list per risk.
    static Result<QList<QStringList>> csvRows(Connection& connection, const QList<RiskRow>& rows);
    // The compact table for a terminal: header first.
    static Result<QList<QStringList>> tableRows(Connection& connection, const QList<RiskRow>& rows);
    static Result<QByteArray> json(Connection& connection, const QList<RiskRow>& rows);
};

} // namespace attest
