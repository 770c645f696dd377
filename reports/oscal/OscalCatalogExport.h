#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace attest {

class Connection;

// Writes any framework of the workspace as an OSCAL 1.1.3 catalog (JSON) that validates against the NIST OSCAL
// complete schema. Imported catalogs come out as they came in (ids, props, params, parts, links, back-matter, with
// the workspace's current titles); other frameworks become groups and controls labelled with their references,
// carrying Attest's summaries and interview questions as parts in Attest's namespace. Importing the export gives
// back the same tree.
class OscalCatalogExport
{
    Q_DECLARE_TR_FUNCTIONS(OscalCatalogExport)

public:
    static constexpr const char* OscalVersion = "1.1.3";

    // `written` receives the number of requirement nodes written.
    static Result<QByteArray>
    exportFramework(Connection& connection, const QString& frameworkKey, const QDateTime& now, int* written = nullptr);
    // Writes atomically; returns the number of requirements written.
    static Result<int> exportToFile(Connection& connection, const QString& frameworkKey, const QString& path);

    // An OSCAL token (id) for a reference: "A.5.1" -> "a.5.1", "Art. 22" -> "art-22", "164.308(a)(1)" ->
    // "req-164.308-a-1".
    static QString tokenFor(const QString& ref);
};

} // namespace attest
