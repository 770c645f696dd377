#pragma once

#include "core/Result.h"
#include "inventory/AiSystem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace attest {

class Connection;

// Writes the inventory as CSV (one row per system, the columns SystemImport reads back unchanged) or as JSON
// (typed lists, with each system's change log) for automation.
class SystemExport
{
    Q_DECLARE_TR_FUNCTIONS(SystemExport)

public:
    enum class Format
    {
        Csv,
        Json,
    };

    static QByteArray toCsv(const QList<AiSystem>& systems);
    static Result<QByteArray> toJson(Connection& connection, const QList<AiSystem>& systems);

    static Result<QByteArray> exportAll(Connection& connection, Format format, int* count = nullptr);
    // Writes atomically: `path` is either the complete export or untouched.
    static Result<int> exportToFile(Connection& connection, Format format, const QString& path);
};

} // namespace attest
