#pragma once

#include "compliance/Compliance.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace attest {

class Connection;
class WriteTransaction;

// Every change to the control library and what it achieves, each one audited write with the rules checked first and
// a message that says what to do. The database enforces the same rules as a backstop.
class ComplianceService
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceService)

public:
    static constexpr qint64 MaxEvidenceFileSize = 100 * 1024 * 1024;

    explicit ComplianceService(Connection& connection);

    Result<qint64> addControl(const Control& control);
    Result<void> updateControl(const Control& control);
    // Removes the control with its mappings, implementations and evidence links, each recorded in the audit trail.
    // Refused while findings name it (they keep their history).
    Result<void> removeControl(qint64 controlId);

    Result<qint64> mapControl(qint64 controlId, qint64 requirementId, const QString& rationale);
    Result<void> unmapControl(qint64 mappingId);

    // Creates or updates the implementation of a control for one system (or organisation-wide with systemId 0).
    Result<void> setImplementation(const ControlImplementation& implementation);
    // Back to the organisation-wide implementation for this system.
    Result<void> clearImplementation(qint64 controlId, qint64 systemId);

    // Confirms (or corrects) whether a framework applies to a system, with the reason.
    Result<void> setApplicability(qint64 systemId, qint64 frameworkId, bool applies, const QString& reason);

    // A manual assessment overriding what the controls say; refused without a justification.
    Result<void> setOverride(const RequirementAssessment& assessment);
    Result<void> clearOverride(qint64 requirementId, qint64 systemId);

    // Stores a file as evidence (hashed, size-limited) and returns the evidence id.
    // `links` (their evidenceId is filled in) are made in the same transaction: all of it or nothing.
    Result<qint64>
    addFileEvidence(const Evidence& meta, const QByteArray& contents, const QList<EvidenceLink>& links = {});
    Result<qint64> addEvidence(const Evidence& evidence, const QList<EvidenceLink>& links = {}); // a link or a note
    Result<void> updateEvidence(const Evidence& evidence);
    Result<qint64> linkEvidence(const EvidenceLink& link);
    Result<void> unlinkEvidence(qint64 linkId);
    // Reads an evidence file back and checks it against its recorded SHA-256 and size.
    Result<QByteArray> readEvidenceFile(qint64 evidenceId);

    Result<qint64> addFinding(const Finding& finding);
    Result<void> updateFinding(const Finding& finding);

    // ISO/IEC 27001 Annex A: applicable or not (not applicable needs a justification).
    Result<void> setSoaEntry(qint64 requirementId, bool applicable, const QString& justification);

    static QString mediaTypeFor(const QString& fileName, const QByteArray& contents);

    // The same inside a caller's write (an interview applies its answers in one transaction).
    static Result<void> setOverride(WriteTransaction& txn, Connection& connection, RequirementAssessment assessment);
    static Result<qint64> createFinding(WriteTransaction& txn, Finding finding);

private:
    Connection& m_connection;
};

} // namespace attest
