#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace attest {

class ComplianceEngine;
class Connection;

// The ISO/IEC 27001:2022 Statement of Applicability at organisation level: every Annex A control, applicable or
// not with the justification, whether it is implemented (derived from the mapped controls' organisation-wide
// implementation, or assessed by hand), and the controls and evidence behind it.
class StatementOfApplicability
{
    Q_DECLARE_TR_FUNCTIONS(StatementOfApplicability)

public:
    struct Row
    {
        qint64 requirementId = 0;
        QString ref;
        QString title;         // in the catalog language where the catalog ships it (CatalogTitles)
        QString officialTitle; // the title of record
        QString theme;
        bool applicable = true;
        bool justified = false; // a recorded decision (applicable or not) exists
        QString justification;
        QString implementation; // compliant | partial | non_compliant | not_applicable | not_assessed
        QString derivation;
        QStringList controls; // "AIC-DAT-03 Encryption of data at rest"
        QStringList evidence; // titles, "(expired)" marked
    };

    static Result<QList<Row>> build(Connection& connection, const ComplianceEngine& engine);
    static QString implementationText(const QString& status); // "Implemented", "Partially implemented", ...
};

} // namespace attest
