#include "StatementOfApplicability.h"

#include "catalog/CatalogTitles.h"
#include "compliance/ComplianceEngine.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"

using namespace Qt::StringLiterals;

namespace attest {

QString StatementOfApplicability::implementationText(const QString& status)
{
    if (status == u"compliant"_s) {
        return tr("Implemented");
    }
    if (status == u"partial"_s) {
        return tr("Partially implemented");
    }
    if (status == u"non_compliant"_s) {
        return tr("Not implemented");
    }
    if (status == u"not_applicable"_s) {
        return tr("Not applicable");
    }
    return tr("Not assessed");
}

Result<QList<StatementOfApplicability::Row>> StatementOfApplicability::build(Connection& connection,
                                                                             const ComplianceEngine& engine)
{
    CatalogRepository catalogs(connection);
    ComplianceRepository repository(connection);
    auto iso = catalogs.framework(u"iso27001-2022"_s);
    if (!iso) {
        return iso.error();
    }
    if (!iso->has_value()) {
        return makeError(ErrorCode::NotFound, tr("This workspace has no ISO/IEC 27001:2022 catalog."));
    }
    auto nodes = catalogs.requirements((*iso)->id);
    auto entries = repository.soaEntries();
    auto links = repository.evidenceLinks();
    auto evidence = repository.evidence();
    if (!nodes || !entries || !links || !evidence) {
        return makeError(ErrorCode::Database, tr("The Statement of Applicability could not be read."));
    }
    QHash<qint64, SoaEntry> byRequirement;
    for (const SoaEntry& e : *entries) {
        byRequirement.insert(e.requirementId, e);
    }
    QHash<qint64, Evidence> evidenceById;
    for (const Evidence& e : *evidence) {
        evidenceById.insert(e.id, e);
    }
    const CatalogTitles titles(connection);
    QHash<qint64, QString> titleOf;
    for (const Requirement& r : *nodes) {
        titleOf.insert(r.id, titles.title(r));
    }
    const QString today = engine.today().toString(Qt::ISODate);
    QList<Row> rows;
    for (const Requirement& r : *nodes) {
        if (r.kind != u"control"_s || !r.ref.startsWith(u"A."_s)) {
            continue;
        }
        Row row;
        row.requirementId = r.id;
        row.ref = r.ref;
        row.title = titles.title(r);
        row.officialTitle = r.title;
        row.theme = titleOf.value(r.parentId);
        const auto entry = byRequirement.constFind(r.id);
        if (entry != byRequirement.cend()) {
            row.applicable = entry->applicable;
            row.justified = true;
            row.justification = entry->justification;
        }
        if (!row.applicable) {
            row.implementation = u"not_applicable"_s;
        } else {
            row.implementation = engine.evaluate(0, r.id).status;
            row.derivation = engine.explain(0, r.id);
        }
        QSet<qint64> controlIds;
        if (const auto* info = engine.requirement(r.id)) {
            for (int c : info->controls) {
                const auto& control = engine.controls().at(c);
                row.controls << tr("%1 %2").arg(control.code, control.name);
                controlIds.insert(control.id);
            }
        }
        QSet<qint64> seen;
        for (const EvidenceLink& l : *links) {
            // Organisation-level evidence only: what one system shows is not the organisation's statement.
            if (l.systemId == 0 && (l.requirementId == r.id || controlIds.contains(l.controlId)) &&
                !seen.contains(l.evidenceId)) {
                seen.insert(l.evidenceId);
                const Evidence e = evidenceById.value(l.evidenceId);
                row.evidence << (e.isExpired(today) ? tr("%1 (expired %2)").arg(e.title, e.validUntil) : e.title);
            }
        }
        rows << row;
    }
    return rows;
}

} // namespace attest
