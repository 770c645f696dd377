#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace attest {

class Workspace;

// Writes what the workspace knows about one AI system's compliance as OSCAL 1.1.3 documents (JSON) that validate
// against the NIST OSCAL complete schema:
// - assessment results: one result holding, for every requirement of every framework that applies to the system,
//   an observation (how Attest derived its status, in words) and a finding (satisfied or not, with the
//   implementation status), plus the system's register risks as OSCAL risks (likelihood, impact and level as
//   characterizations, treating controls as mitigating factors, due date as deadline);
// - a plan of action and milestones: one POA&M item per open finding of the system, each with a risk carrying the
//   finding's due date (deadline and a milestone) and owner (responsible for the remediation), and the observation
//   and finding of the requirement it was raised from.
// Every uuid is derived (UUIDv5) from the workspace id and the record it stands for, so a re-export names the same
// things with the same uuids; metadata says when it was written and, as its version, which audit event the
// workspace had reached.
class OscalAssessmentExport
{
    Q_DECLARE_TR_FUNCTIONS(OscalAssessmentExport)

public:
    static constexpr const char* OscalVersion = "1.1.3";

    enum class Model
    {
        AssessmentResults,
        PlanOfActionAndMilestones,
    };

    struct Summary
    {
        int observations = 0;
        int findings = 0;
        int risks = 0;
        int poamItems = 0;
    };

    // Fails with NotFound for an unknown system, and with Validation when there is nothing the model could hold
    // (no framework applies; no open finding for a plan of action).
    static Result<QByteArray>
    exportSystem(Workspace& workspace, Model model, qint64 systemId, const QDateTime& now, Summary* summary = nullptr);
    // Writes atomically: `path` is either the complete document or untouched.
    static Result<Summary> exportToFile(Workspace& workspace,
                                        Model model,
                                        qint64 systemId,
                                        const QString& path,
                                        const QDateTime& now = QDateTime::currentDateTimeUtc());

    // The uuid of a record of the workspace in Attest's OSCAL documents: the same for the same workspace, kind and
    // key in every export.
    static QString uuidFor(const QString& workspaceId, const QString& kind, const QString& key);
};

} // namespace attest
