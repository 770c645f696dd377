#pragma once

#include "compliance/Compliance.h"
#include "core/Result.h"
#include "storage/EntitySpec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace attest {

class Connection;
class WriteTransaction;

// Reads the control library and what it achieves (mappings, applicability, implementations, assessments, evidence,
// findings, the Statement of Applicability). Writes go through the audited WriteTransaction like everything else;
// the rules a write must follow live in ComplianceService.
class ComplianceRepository
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceRepository)

public:
    explicit ComplianceRepository(Connection& connection);

    static const EntitySpec& controlSpec();
    static const EntitySpec& controlMappingSpec();
    static const EntitySpec& applicabilitySpec();
    static const EntitySpec& implementationSpec();
    static const EntitySpec& assessmentSpec();
    static const EntitySpec& evidenceSpec();
    static const EntitySpec& evidenceLinkSpec();
    static const EntitySpec& findingSpec();
    static const EntitySpec& soaSpec();
    static QList<const EntitySpec*> specs();

    static FieldValues toValues(const Control& control);
    static FieldValues toValues(const ControlMapping& mapping);
    static FieldValues toValues(const Applicability& applicability);
    static FieldValues toValues(const ControlImplementation& implementation);
    static FieldValues toValues(const RequirementAssessment& assessment);
    static FieldValues toValues(const Evidence& evidence);
    static FieldValues toValues(const EvidenceLink& link);
    static FieldValues toValues(const Finding& finding);
    static FieldValues toValues(const SoaEntry& entry);

    Result<QList<Control>> controls() const;
    Result<std::optional<Control>> control(qint64 id) const;
    Result<std::optional<Control>> controlByCode(const QString& code) const;
    Result<QList<ControlMapping>> controlMappings() const;
    Result<QList<ControlMapping>> mappingsOfControl(qint64 controlId) const;
    Result<QList<Applicability>> applicability(qint64 systemId = -1) const; // -1: every system
    // Organisation-wide rows (systemId 0) and, with systemId > 0, that system's rows; -1: every row.
    Result<QList<ControlImplementation>> implementations(qint64 systemId = -1) const;
    Result<QList<RequirementAssessment>> assessments(qint64 systemId = -1) const;
    Result<QList<Evidence>> evidence() const;
    Result<std::optional<Evidence>> evidenceItem(qint64 id) const;
    Result<QList<EvidenceLink>> evidenceLinks(qint64 systemId = -1) const;
    Result<QList<Finding>> findings() const;
    Result<QList<SoaEntry>> soaEntries() const;

    // Evidence contents, by their hash (hex); nullopt if not stored.
    Result<std::optional<QByteArray>> blob(const QString& sha256) const;
    // Stores contents under their hash if not there yet (inside the caller's write).
    Result<void> storeBlob(WriteTransaction& txn, const QString& sha256, const QByteArray& data);

    // Bulk reads for deriving statuses (ComplianceEngine). `systemIds` empty: every system.
    struct SystemFacts
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString dataCategories;
        QString tier;
        QString modelType;
    };
    // Without ids: every system that is not retired.
    Result<QList<SystemFacts>> systemFacts(const QList<qint64>& systemIds) const;
    Result<QList<ControlImplementation>> systemImplementations(const QList<qint64>& systemIds) const;
    Result<QList<Applicability>> systemApplicability(const QList<qint64>& systemIds) const;
    Result<QList<RequirementAssessment>> systemAssessments(const QList<qint64>& systemIds) const;
    Result<QList<EvidenceLink>> systemEvidenceLinks(const QList<qint64>& systemIds) const;
    Result<QList<ControlImplementation>> organisationImplementations() const;
    Result<QList<RequirementAssessment>> organisationAssessments() const;
    Result<QList<EvidenceLink>> organisationEvidenceLinks() const;

    // The row of `spec` (one with a system_id column) whose `keyField` is `key` for that system (0: organisation
    // level), or 0.
    Result<qint64> scopedId(const EntitySpec& spec, const QString& keyField, qint64 key, qint64 systemId) const;

    // Bookkeeping in workspace_info (not governance data), e.g. which release of the control library was seeded.
    Result<QString> info(const QString& key) const;
    Result<void> setInfo(const QString& key, const QString& value);

    // How many compliance records name a system (applicability, implementations, assessments, evidence links,
    // findings): such a system is retired, not deleted.
    Result<int> recordsOfSystem(qint64 systemId) const;

private:
    Connection& m_connection;
};

} // namespace attest
