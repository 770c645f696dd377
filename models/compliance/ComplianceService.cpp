#include "ComplianceService.h"

#include "core/Dates.h"
#include "core/Sha256.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/Connection.h"
#include "storage/RiskRepository.h"
#include "storage/WriteTransaction.h"

#include <QDate>
#include <QMimeDatabase>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

using Repo = ComplianceRepository;

Result<void> checkDate(const QString& value, const QString& what)
{
    if (value.isEmpty() || isStoredDate(value)) {
        return {};
    }
    return makeError(ErrorCode::Validation,
                     ComplianceService::tr("%1: “%2” is not a date; write it as YYYY-MM-DD.").arg(what, value));
}

Result<void> checkOneOf(const QString& value, const QStringList& allowed, const QString& what)
{
    if (allowed.contains(value)) {
        return {};
    }
    return makeError(ErrorCode::Validation,
                     ComplianceService::tr("%1: “%2” is not one of %3.").arg(what, value, allowed.join(u", "_s)));
}

// The id of the row of `spec` whose `keyField` is `key` and whose system_id is `systemId` (0: NULL), or 0; one
// indexed query, also when thousands of systems have rows for the same control or framework.
Result<qint64>
findScoped(Connection& connection, const EntitySpec& spec, const QString& keyField, qint64 key, qint64 systemId)
{
    return Repo(connection).scopedId(spec, keyField, key, systemId);
}

Result<void> checkControl(const Control& c)
{
    if (c.code.trimmed().isEmpty()) {
        return makeError(ErrorCode::Validation, ComplianceService::tr("A control needs a code, e.g. AIC-DAT-03."));
    }
    if (c.name.trimmed().isEmpty()) {
        return makeError(ErrorCode::Validation, ComplianceService::tr("The control %1 needs a name.").arg(c.code));
    }
    return checkOneOf(
        c.type, {u"preventive"_s, u"detective"_s, u"corrective"_s}, ComplianceService::tr("Control type"));
}

} // namespace

ComplianceService::ComplianceService(Connection& connection)
    : m_connection(connection)
{ }

Result<qint64> ComplianceService::addControl(const Control& input)
{
    Control control = input;
    control.code = control.code.trimmed();
    control.origin = control.origin.isEmpty() ? u"custom"_s : control.origin;
    if (auto valid = checkControl(control); !valid) {
        return valid.error();
    }
    auto existing = Repo(m_connection).controlByCode(control.code);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return makeError(
            ErrorCode::AlreadyExists,
            tr("There is already a control %1 (%2); choose another code.").arg(control.code, (*existing)->name));
    }
    qint64 id = 0;
    auto written =
        m_connection.write(tr("Add control %1").arg(control.code), [&](WriteTransaction& txn) -> Result<void> {
            auto created = txn.create(Repo::controlSpec(), Repo::toValues(control));
            if (!created) {
                return created.error();
            }
            id = *created;
            return {};
        });
    if (!written) {
        return written.error();
    }
    return id;
}

Result<void> ComplianceService::updateControl(const Control& control)
{
    if (auto valid = checkControl(control); !valid) {
        return valid;
    }
    auto existing = Repo(m_connection).controlByCode(control.code);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value() && (*existing)->id != control.id) {
        return makeError(ErrorCode::AlreadyExists,
                         tr("There is already a control %1; choose another code.").arg(control.code));
    }
    return m_connection.write(tr("Edit control %1").arg(control.code), [&](WriteTransaction& txn) -> Result<void> {
        auto updated = txn.update(Repo::controlSpec(), control.id, Repo::toValues(control));
        if (!updated) {
            return updated.error();
        }
        return {};
    });
}

Result<void> ComplianceService::removeControl(qint64 controlId)
{
    auto control = Repo(m_connection).control(controlId);
    if (!control) {
        return control.error();
    }
    if (!control->has_value()) {
        return makeError(ErrorCode::NotFound, tr("The control no longer exists."));
    }
    const QString code = (*control)->code;
    return m_connection.write(tr("Remove control %1").arg(code), [&](WriteTransaction& txn) -> Result<void> {
        auto findings = txn.idsWhere(Repo::findingSpec(), u"control_id"_s, controlId);
        if (!findings) {
            return findings.error();
        }
        if (!findings->isEmpty()) {
            return makeError(ErrorCode::Conflict,
                             tr("%1 is named by %2 finding(s), which keep their history; it cannot be removed. Mark "
                                "its implementations not applicable instead.")
                                 .arg(code)
                                 .arg(findings->size()));
        }
        // Everything attached goes first, each with its own audit event: nothing is left dangling or unrecorded.
        for (const EntitySpec* spec : {&Repo::controlMappingSpec(),
                                       &Repo::implementationSpec(),
                                       &Repo::evidenceLinkSpec(),
                                       &RiskRepository::riskControlSpec(),
                                       &RiskRepository::threatControlSpec()}) {
            auto ids = txn.idsWhere(*spec, u"control_id"_s, controlId);
            if (!ids) {
                return ids.error();
            }
            for (qint64 id : *ids) {
                if (auto removed = txn.remove(*spec, id); !removed) {
                    return removed;
                }
            }
        }
        return txn.remove(Repo::controlSpec(), controlId);
    });
}

Result<qint64> ComplianceService::mapControl(qint64 controlId, qint64 requirementId, const QString& rationale)
{
    qint64 id = 0;
    auto written = m_connection.write(tr("Map a control to a requirement"), [&](WriteTransaction& txn) -> Result<void> {
        auto control = txn.fetch(Repo::controlSpec(), controlId);
        auto requirement = txn.fetch(CatalogRepository::requirementSpec(), requirementId);
        if (!control || !requirement) {
            return makeError(ErrorCode::Database, tr("The control library could not be read."));
        }
        if (!control->has_value() || !requirement->has_value()) {
            return makeError(ErrorCode::NotFound, tr("The control or the requirement no longer exists."));
        }
        auto ids = txn.idsWhere(Repo::controlMappingSpec(), u"control_id"_s, controlId);
        if (!ids) {
            return ids.error();
        }
        for (qint64 mid : *ids) {
            auto row = txn.fetch(Repo::controlMappingSpec(), mid);
            if (row && row->has_value() && (*row)->value(u"requirement_id"_s).toLongLong() == requirementId) {
                return makeError(
                    ErrorCode::AlreadyExists,
                    tr("%1 is already mapped to %2.")
                        .arg((*control)->value(u"code"_s).toString(), (*requirement)->value(u"ref"_s).toString()));
            }
        }
        ControlMapping m{0, controlId, requirementId, rationale.trimmed()};
        auto created = txn.create(Repo::controlMappingSpec(), Repo::toValues(m));
        if (!created) {
            return created.error();
        }
        id = *created;
        return {};
    });
    if (!written) {
        return written.error();
    }
    return id;
}

Result<void> ComplianceService::unmapControl(qint64 mappingId)
{
    return m_connection.write(tr("Remove a control mapping"),
                              [&](WriteTransaction& txn) { return txn.remove(Repo::controlMappingSpec(), mappingId); });
}

Result<void> ComplianceService::setImplementation(const ControlImplementation& input)
{
    ControlImplementation impl = input;
    impl.justification = impl.justification.trimmed();
    if (auto ok = checkOneOf(impl.status, ComplianceText::implementationStatuses(), tr("Implementation status")); !ok) {
        return ok;
    }
    if (impl.status == u"not_applicable"_s && impl.justification.isEmpty()) {
        return makeError(ErrorCode::Validation,
                         tr("Say why the control does not apply: “not applicable” needs a justification."));
    }
    if (auto ok = checkOneOf(impl.lastTestResult, {QString(), u"passed"_s, u"failed"_s}, tr("Last test result")); !ok) {
        return ok;
    }
    for (const auto& [value, what] :
         {std::pair{impl.targetDate, tr("Target date")}, std::pair{impl.lastTestDate, tr("Last test date")}}) {
        if (auto ok = checkDate(value, what); !ok) {
            return ok;
        }
    }
    auto control = Repo(m_connection).control(impl.controlId);
    if (!control) {
        return control.error();
    }
    if (!control->has_value()) {
        return makeError(ErrorCode::NotFound, tr("The control no longer exists."));
    }
    const QString reason = impl.systemId ? tr("Set implementation of %1 for a system").arg((*control)->code)
                                         : tr("Set organisation-wide implementation of %1").arg((*control)->code);
    return m_connection.write(reason, [&](WriteTransaction& txn) -> Result<void> {
        auto existing =
            findScoped(m_connection, Repo::implementationSpec(), u"control_id"_s, impl.controlId, impl.systemId);
        if (!existing) {
            return existing.error();
        }
        if (*existing) {
            auto updated = txn.update(Repo::implementationSpec(), *existing, Repo::toValues(impl));
            return updated ? Result<void>() : Result<void>(updated.error());
        }
        auto created = txn.create(Repo::implementationSpec(), Repo::toValues(impl));
        return created ? Result<void>() : Result<void>(created.error());
    });
}

Result<void> ComplianceService::clearImplementation(qint64 controlId, qint64 systemId)
{
    return m_connection.write(
        tr("Use the organisation-wide implementation"), [&](WriteTransaction& txn) -> Result<void> {
            auto existing = findScoped(m_connection, Repo::implementationSpec(), u"control_id"_s, controlId, systemId);
            if (!existing) {
                return existing.error();
            }
            return *existing ? txn.remove(Repo::implementationSpec(), *existing) : Result<void>();
        });
}

Result<void>
ComplianceService::setApplicability(qint64 systemId, qint64 frameworkId, bool applies, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(ErrorCode::Validation, tr("Say why the framework applies or not: a reason is needed."));
    }
    return m_connection.write(
        applies ? tr("Confirm a framework applies to a system") : tr("Confirm a framework does not apply to a system"),
        [&](WriteTransaction& txn) -> Result<void> {
            auto existing =
                findScoped(m_connection, Repo::applicabilitySpec(), u"framework_id"_s, frameworkId, systemId);
            if (!existing) {
                return existing.error();
            }
            Applicability a{0, systemId, frameworkId, applies, reason.trimmed()};
            if (*existing) {
                auto updated = txn.update(Repo::applicabilitySpec(), *existing, Repo::toValues(a));
                return updated ? Result<void>() : Result<void>(updated.error());
            }
            auto created = txn.create(Repo::applicabilitySpec(), Repo::toValues(a));
            return created ? Result<void>() : Result<void>(created.error());
        });
}

Result<void> ComplianceService::setOverride(WriteTransaction& txn, Connection& connection, RequirementAssessment a)
{
    a.justification = a.justification.trimmed();
    if (auto ok = checkOneOf(a.status, ComplianceText::requirementStatuses(), tr("Requirement status")); !ok) {
        return ok;
    }
    if (a.justification.isEmpty()) {
        return makeError(ErrorCode::Validation,
                         tr("An assessment by hand overrides what the controls say: write down why (a justification "
                            "is required)."));
    }
    auto existing = findScoped(connection, Repo::assessmentSpec(), u"requirement_id"_s, a.requirementId, a.systemId);
    if (!existing) {
        return existing.error();
    }
    if (*existing) {
        auto updated = txn.update(Repo::assessmentSpec(), *existing, Repo::toValues(a));
        return updated ? Result<void>() : Result<void>(updated.error());
    }
    auto created = txn.create(Repo::assessmentSpec(), Repo::toValues(a));
    return created ? Result<void>() : Result<void>(created.error());
}

Result<void> ComplianceService::setOverride(const RequirementAssessment& input)
{
    if (auto ok = checkOneOf(input.status, ComplianceText::requirementStatuses(), tr("Requirement status")); !ok) {
        return ok;
    }
    return m_connection.write(tr("Assess a requirement by hand"), [&](WriteTransaction& txn) -> Result<void> {
        return setOverride(txn, m_connection, input);
    });
}

Result<void> ComplianceService::clearOverride(qint64 requirementId, qint64 systemId)
{
    return m_connection.write(
        tr("Return a requirement to its derived status"), [&](WriteTransaction& txn) -> Result<void> {
            auto existing =
                findScoped(m_connection, Repo::assessmentSpec(), u"requirement_id"_s, requirementId, systemId);
            if (!existing) {
                return existing.error();
            }
            return *existing ? txn.remove(Repo::assessmentSpec(), *existing) : Result<void>();
        });
}

QString ComplianceService::mediaTypeFor(const QString& fileName, const QByteArray& contents)
{
    static const QMimeDatabase mimes;
    return mimes.mimeTypeForFileNameAndData(fileName, contents).name();
}

namespace {

Result<void> createLinks(WriteTransaction& txn, qint64 evidenceId, const QList<EvidenceLink>& links)
{
    for (EvidenceLink link : links) {
        if ((link.controlId == 0) == (link.requirementId == 0)) {
            return makeError(ErrorCode::Validation,
                             ComplianceService::tr("Evidence supports either a control or a requirement."));
        }
        link.evidenceId = evidenceId;
        if (auto created = txn.create(Repo::evidenceLinkSpec(), Repo::toValues(link)); !created) {
            return created.error();
        }
    }
    return {};
}

} // namespace

Result<qint64>
ComplianceService::addFileEvidence(const Evidence& meta, const QByteArray& contents, const QList<EvidenceLink>& links)
{
    if (contents.size() > MaxEvidenceFileSize) {
        return makeError(ErrorCode::Validation,
                         tr("“%1” is %2 MB; evidence files can be up to %3 MB. Store a larger file elsewhere and add "
                            "it as a link.")
                             .arg(meta.fileName)
                             .arg(contents.size() / (1024 * 1024))
                             .arg(MaxEvidenceFileSize / (1024 * 1024)));
    }
    Evidence evidence = meta;
    evidence.kind = u"file"_s;
    evidence.title = evidence.title.trimmed().isEmpty() ? evidence.fileName : evidence.title.trimmed();
    evidence.size = contents.size();
    evidence.sha256 = QString::fromLatin1(Sha256::hash(contents).toHex());
    if (evidence.mediaType.isEmpty()) {
        evidence.mediaType = mediaTypeFor(evidence.fileName, contents);
    }
    if (evidence.title.isEmpty()) {
        return makeError(ErrorCode::Validation, tr("Evidence needs a title."));
    }
    for (const auto& [value, what] :
         {std::pair{evidence.collectedOn, tr("Collected on")}, std::pair{evidence.validUntil, tr("Valid until")}}) {
        if (auto ok = checkDate(value, what); !ok) {
            return ok.error();
        }
    }
    qint64 id = 0;
    auto written =
        m_connection.write(tr("Add evidence %1").arg(evidence.title), [&](WriteTransaction& txn) -> Result<void> {
            if (auto stored = Repo(m_connection).storeBlob(txn, evidence.sha256, contents); !stored) {
                return stored;
            }
            auto created = txn.create(Repo::evidenceSpec(), Repo::toValues(evidence));
            if (!created) {
                return created.error();
            }
            id = *created;
            return createLinks(txn, id, links);
        });
    if (!written) {
        return written.error();
    }
    return id;
}

Result<qint64> ComplianceService::addEvidence(const Evidence& input, const QList<EvidenceLink>& links)
{
    Evidence evidence = input;
    evidence.title = evidence.title.trimmed();
    if (evidence.title.isEmpty()) {
        return makeError(ErrorCode::Validation, tr("Evidence needs a title."));
    }
    if (auto ok = checkOneOf(evidence.kind, {u"link"_s, u"note"_s}, tr("Evidence kind")); !ok) {
        return ok.error();
    }
    if (evidence.kind == u"link"_s && evidence.url.trimmed().isEmpty()) {
        return makeError(ErrorCode::Validation, tr("A link needs its address."));
    }
    for (const auto& [value, what] :
         {std::pair{evidence.collectedOn, tr("Collected on")}, std::pair{evidence.validUntil, tr("Valid until")}}) {
        if (auto ok = checkDate(value, what); !ok) {
            return ok.error();
        }
    }
    qint64 id = 0;
    auto written =
        m_connection.write(tr("Add evidence %1").arg(evidence.title), [&](WriteTransaction& txn) -> Result<void> {
            auto created = txn.create(Repo::evidenceSpec(), Repo::toValues(evidence));
            if (!created) {
                return created.error();
            }
            id = *created;
            return createLinks(txn, id, links);
        });
    if (!written) {
        return written.error();
    }
    return id;
}

Result<void> ComplianceService::updateEvidence(const Evidence& evidence)
{
    for (const auto& [value, what] :
         {std::pair{evidence.collectedOn, tr("Collected on")}, std::pair{evidence.validUntil, tr("Valid until")}}) {
        if (auto ok = checkDate(value, what); !ok) {
            return ok;
        }
    }
    return m_connection.write(tr("Edit evidence %1").arg(evidence.title), [&](WriteTransaction& txn) -> Result<void> {
        auto current = txn.fetch(Repo::evidenceSpec(), evidence.id);
        if (!current) {
            return current.error();
        }
        if (!current->has_value()) {
            return makeError(ErrorCode::NotFound, tr("The evidence no longer exists."));
        }
        // What a file is (its hash, size, kind) never changes; a new file is new evidence.
        FieldValues values = Repo::toValues(evidence);
        for (const QString& fixed : {u"kind"_s, u"sha256"_s, u"size"_s, u"file_name"_s, u"media_type"_s}) {
            values.insert(fixed, (*current)->value(fixed));
        }
        auto updated = txn.update(Repo::evidenceSpec(), evidence.id, values);
        return updated ? Result<void>() : Result<void>(updated.error());
    });
}

Result<qint64> ComplianceService::linkEvidence(const EvidenceLink& link)
{
    if ((link.controlId == 0) == (link.requirementId == 0)) {
        return makeError(ErrorCode::Validation, tr("Evidence supports either a control or a requirement."));
    }
    qint64 id = 0;
    auto written = m_connection.write(tr("Link evidence"), [&](WriteTransaction& txn) -> Result<void> {
        auto created = txn.create(Repo::evidenceLinkSpec(), Repo::toValues(link));
        if (!created) {
            return created.error();
        }
        id = *created;
        return {};
    });
    if (!written) {
        return written.error();
    }
    return id;
}

Result<void> ComplianceService::unlinkEvidence(qint64 linkId)
{
    return m_connection.write(tr("Unlink evidence"),
                              [&](WriteTransaction& txn) { return txn.remove(Repo::evidenceLinkSpec(), linkId); });
}

Result<QByteArray> ComplianceService::readEvidenceFile(qint64 evidenceId)
{
    Repo repository(m_connection);
    auto evidence = repository.evidenceItem(evidenceId);
    if (!evidence) {
        return evidence.error();
    }
    if (!evidence->has_value() || (*evidence)->kind != u"file"_s) {
        return makeError(ErrorCode::NotFound, tr("This evidence has no stored file."));
    }
    const Evidence& e = **evidence;
    auto data = repository.blob(e.sha256);
    if (!data) {
        return data.error();
    }
    if (!data->has_value()) {
        return makeError(
            ErrorCode::Corrupt,
            tr("The file of “%1” is missing from the workspace: it was removed outside Attest.").arg(e.title));
    }
    const QString actual = QString::fromLatin1(Sha256::hash(**data).toHex());
    if (actual != e.sha256 || (**data).size() != e.size) {
        return makeError(ErrorCode::Corrupt,
                         tr("The file of “%1” does not match its recorded SHA-256 (recorded %2, found %3): it was "
                            "changed outside Attest and cannot be trusted as evidence.")
                             .arg(e.title, e.sha256.left(16), actual.left(16)));
    }
    return **data;
}

Result<qint64> ComplianceService::addFinding(const Finding& input)
{
    qint64 id = 0;
    auto written = m_connection.write(tr("Raise finding %1").arg(input.title.trimmed()),
                                      [&](WriteTransaction& txn) -> Result<void> {
                                          auto created = createFinding(txn, input);
                                          if (!created) {
                                              return created.error();
                                          }
                                          id = *created;
                                          return {};
                                      });
    if (!written) {
        return written.error();
    }
    return id;
}

Result<qint64> ComplianceService::createFinding(WriteTransaction& txn, Finding f)
{
    f.title = f.title.trimmed();
    if (f.title.isEmpty()) {
        return makeError(ErrorCode::Validation, tr("A finding needs a title."));
    }
    for (const auto& ok : {checkOneOf(f.severity, ComplianceText::severities(), tr("Severity")),
                           checkOneOf(f.status, ComplianceText::findingStatuses(), tr("Finding status")),
                           checkOneOf(f.source, {u"requirement"_s, u"control_test"_s, u"manual"_s}, tr("Source")),
                           checkDate(f.dueDate, tr("Due date"))}) {
        if (!ok) {
            return ok.error();
        }
    }
    if (f.source == u"requirement"_s && !f.requirementId) {
        return makeError(ErrorCode::Validation, tr("A finding from a requirement names the requirement."));
    }
    if (f.source == u"control_test"_s && !f.controlId) {
        return makeError(ErrorCode::Validation, tr("A finding from a control test names the control."));
    }
    return txn.create(Repo::findingSpec(), Repo::toValues(f));
}

Result<void> ComplianceService::updateFinding(const Finding& f)
{
    for (const auto& ok : {checkOneOf(f.severity, ComplianceText::severities(), tr("Severity")),
                           checkOneOf(f.status, ComplianceText::findingStatuses(), tr("Finding status")),
                           checkDate(f.dueDate, tr("Due date")),
                           checkDate(f.closedOn, tr("Closed on"))}) {
        if (!ok) {
            return ok;
        }
    }
    if ((f.status == u"closed"_s || f.status == u"risk_accepted"_s) && f.closureNote.trimmed().isEmpty() &&
        !f.closureEvidenceId) {
        return makeError(ErrorCode::Validation,
                         tr("Closing a finding needs closure evidence or a note saying how it was resolved."));
    }
    return m_connection.write(tr("Update finding %1").arg(f.title), [&](WriteTransaction& txn) -> Result<void> {
        auto updated = txn.update(Repo::findingSpec(), f.id, Repo::toValues(f));
        return updated ? Result<void>() : Result<void>(updated.error());
    });
}

Result<void> ComplianceService::setSoaEntry(qint64 requirementId, bool applicable, const QString& justification)
{
    if (!applicable && justification.trimmed().isEmpty()) {
        return makeError(
            ErrorCode::Validation,
            tr("An Annex A control can only be excluded with a justification: say why it does not apply."));
    }
    CatalogRepository catalogs(m_connection);
    auto requirement = catalogs.requirement(requirementId);
    auto iso = catalogs.framework(u"iso27001-2022"_s);
    if (!requirement || !iso) {
        return requirement ? iso.error() : requirement.error();
    }
    if (!requirement->has_value() || !iso->has_value() || (*requirement)->frameworkId != (*iso)->id ||
        !(*requirement)->ref.startsWith(u"A."_s)) {
        return makeError(ErrorCode::Validation,
                         tr("The Statement of Applicability lists ISO/IEC 27001 Annex A controls only."));
    }
    const QString ref = (*requirement)->ref;
    return m_connection.write(tr("Statement of Applicability: %1").arg(ref),
                              [&](WriteTransaction& txn) -> Result<void> {
                                  auto ids = txn.idsWhere(Repo::soaSpec(), u"requirement_id"_s, requirementId);
                                  if (!ids) {
                                      return ids.error();
                                  }
                                  SoaEntry entry{0, requirementId, applicable, justification.trimmed()};
                                  if (!ids->isEmpty()) {
                                      auto updated = txn.update(Repo::soaSpec(), ids->first(), Repo::toValues(entry));
                                      return updated ? Result<void>() : Result<void>(updated.error());
                                  }
                                  auto created = txn.create(Repo::soaSpec(), Repo::toValues(entry));
                                  return created ? Result<void>() : Result<void>(created.error());
                              });
}

} // namespace attest
