#include "ComplianceRepository.h"

#include "storage/ConnectionPrivate.h"
#include "storage/WriteTransaction.h"

using namespace Qt::StringLiterals;

namespace attest {

namespace {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

ComplianceRepository::ComplianceRepository(Connection& connection)
    : m_connection(connection)
{ }

const EntitySpec& ComplianceRepository::controlSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"control"_s,
                              u"controls"_s,
                              {{u"code"_s, T::Text},
                               {u"name"_s, T::Text},
                               {u"description"_s, T::Text},
                               {u"type"_s, T::Text},
                               {u"owner"_s, T::Text},
                               {u"operation_frequency"_s, T::Text},
                               {u"test_frequency"_s, T::Text},
                               {u"origin"_s, T::Text}},
                              {}};
    return s;
}

const EntitySpec& ComplianceRepository::controlMappingSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{
        u"control_mapping"_s,
        u"control_mappings"_s,
        {{u"control_id"_s, T::Integer}, {u"requirement_id"_s, T::Integer}, {u"rationale"_s, T::Text}},
        {}};
    return s;
}

const EntitySpec& ComplianceRepository::applicabilitySpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"applicability"_s,
                              u"system_frameworks"_s,
                              {{u"system_id"_s, T::Integer},
                               {u"framework_id"_s, T::Integer},
                               {u"applies"_s, T::Integer},
                               {u"reason"_s, T::Text}},
                              {}};
    return s;
}

const EntitySpec& ComplianceRepository::implementationSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"control_implementation"_s,
                              u"control_implementations"_s,
                              {{u"control_id"_s, T::Integer},
                               {u"system_id"_s, T::Integer},
                               {u"status"_s, T::Text},
                               {u"justification"_s, T::Text},
                               {u"owner"_s, T::Text},
                               {u"target_date"_s, T::Text},
                               {u"last_test_date"_s, T::Text},
                               {u"last_test_result"_s, T::Text},
                               {u"notes"_s, T::Text}},
                              {}};
    return s;
}

const EntitySpec& ComplianceRepository::assessmentSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"requirement_assessment"_s,
                              u"requirement_assessments"_s,
                              {{u"requirement_id"_s, T::Integer},
                               {u"system_id"_s, T::Integer},
                               {u"status"_s, T::Text},
                               {u"justification"_s, T::Text}},
                              {}};
    return s;
}

const EntitySpec& ComplianceRepository::evidenceSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"evidence"_s,
                              u"evidence"_s,
                              {{u"title"_s, T::Text},
                               {u"kind"_s, T::Text},
                               {u"file_name"_s, T::Text},
                               {u"media_type"_s, T::Text},
                               {u"size"_s, T::Integer},
                               {u"sha256"_s, T::Text},
                               {u"url"_s, T::Text},
                               {u"note"_s, T::Text},
                               {u"collected_on"_s, T::Text},
                               {u"valid_until"_s, T::Text}},
                              {}};
    return s;
}

const EntitySpec& ComplianceRepository::evidenceLinkSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"evidence_link"_s,
                              u"evidence_links"_s,
                              {{u"evidence_id"_s, T::Integer},
                               {u"control_id"_s, T::Integer},
                               {u"requirement_id"_s, T::Integer},
                               {u"system_id"_s, T::Integer}},
                              {}};
    return s;
}

const EntitySpec& ComplianceRepository::findingSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"finding"_s,
                              u"findings"_s,
                              {{u"title"_s, T::Text},
                               {u"description"_s, T::Text},
                               {u"source"_s, T::Text},
                               {u"system_id"_s, T::Integer},
                               {u"requirement_id"_s, T::Integer},
                               {u"control_id"_s, T::Integer},
                               {u"severity"_s, T::Text},
                               {u"owner"_s, T::Text},
                               {u"due_date"_s, T::Text},
                               {u"status"_s, T::Text},
                               {u"closure_evidence_id"_s, T::Integer},
                               {u"closure_note"_s, T::Text},
                               {u"closed_on"_s, T::Text}},
                              {}};
    return s;
}

const EntitySpec& ComplianceRepository::soaSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{
        u"soa_entry"_s,
        u"soa_entries"_s,
        {{u"requirement_id"_s, T::Integer}, {u"applicable"_s, T::Integer}, {u"justification"_s, T::Text}},
        {}};
    return s;
}

QList<const EntitySpec*> ComplianceRepository::specs()
{
    return {&controlSpec(),
            &controlMappingSpec(),
            &applicabilitySpec(),
            &implementationSpec(),
            &assessmentSpec(),
            &evidenceSpec(),
            &evidenceLinkSpec(),
            &findingSpec(),
            &soaSpec()};
}

FieldValues ComplianceRepository::toValues(const Control& v)
{
    return {{u"code"_s, v.code},
            {u"name"_s, v.name},
            {u"description"_s, v.description},
            {u"type"_s, v.type},
            {u"owner"_s, v.owner},
            {u"operation_frequency"_s, v.operationFrequency},
            {u"test_frequency"_s, v.testFrequency},
            {u"origin"_s, v.origin}};
}

FieldValues ComplianceRepository::toValues(const ControlMapping& v)
{
    return {{u"control_id"_s, v.controlId}, {u"requirement_id"_s, v.requirementId}, {u"rationale"_s, v.rationale}};
}

FieldValues ComplianceRepository::toValues(const Applicability& v)
{
    return {{u"system_id"_s, v.systemId},
            {u"framework_id"_s, v.frameworkId},
            {u"applies"_s, qint64(v.applies ? 1 : 0)},
            {u"reason"_s, v.reason}};
}

FieldValues ComplianceRepository::toValues(const ControlImplementation& v)
{
    return {{u"control_id"_s, v.controlId},
            {u"system_id"_s, nullableId(v.systemId)},
            {u"status"_s, v.status},
            {u"justification"_s, v.justification},
            {u"owner"_s, v.owner},
            {u"target_date"_s, v.targetDate},
            {u"last_test_date"_s, v.lastTestDate},
            {u"last_test_result"_s, v.lastTestResult},
            {u"notes"_s, v.notes}};
}

FieldValues ComplianceRepository::toValues(const RequirementAssessment& v)
{
    return {{u"requirement_id"_s, v.requirementId},
            {u"system_id"_s, nullableId(v.systemId)},
            {u"status"_s, v.status},
            {u"justification"_s, v.justification}};
}

FieldValues ComplianceRepository::toValues(const Evidence& v)
{
    return {{u"title"_s, v.title},
            {u"kind"_s, v.kind},
            {u"file_name"_s, v.fileName},
            {u"media_type"_s, v.mediaType},
            {u"size"_s, v.size},
            {u"sha256"_s, v.sha256},
            {u"url"_s, v.url},
            {u"note"_s, v.note},
            {u"collected_on"_s, v.collectedOn},
            {u"valid_until"_s, v.validUntil}};
}

FieldValues ComplianceRepository::toValues(const EvidenceLink& v)
{
    return {{u"evidence_id"_s, v.evidenceId},
            {u"control_id"_s, nullableId(v.controlId)},
            {u"requirement_id"_s, nullableId(v.requirementId)},
            {u"system_id"_s, nullableId(v.systemId)}};
}

FieldValues ComplianceRepository::toValues(const Finding& v)
{
    return {{u"title"_s, v.title},
            {u"description"_s, v.description},
            {u"source"_s, v.source},
            {u"system_id"_s, nullableId(v.systemId)},
            {u"requirement_id"_s, nullableId(v.requirementId)},
            {u"control_id"_s, nullableId(v.controlId)},
            {u"severity"_s, v.severity},
            {u"owner"_s, v.owner},
            {u"due_date"_s, v.dueDate},
            {u"status"_s, v.status},
            {u"closure_evidence_id"_s, nullableId(v.closureEvidenceId)},
            {u"closure_note"_s, v.closureNote},
            {u"closed_on"_s, v.closedOn}};
}

FieldValues ComplianceRepository::toValues(const SoaEntry& v)
{
    return {{u"requirement_id"_s, v.requirementId},
            {u"applicable"_s, qint64(v.applicable ? 1 : 0)},
            {u"justification"_s, v.justification}};
}

namespace {

const QString controlColumns =
    u"id, code, name, description, type, owner, operation_frequency, test_frequency, origin"_s;

Control readControl(const QSqlQuery& q)
{
    Control r;
    r.id = q.value(0).toLongLong();
    r.code = q.value(1).toString();
    r.name = q.value(2).toString();
    r.description = q.value(3).toString();
    r.type = q.value(4).toString();
    r.owner = q.value(5).toString();
    r.operationFrequency = q.value(6).toString();
    r.testFrequency = q.value(7).toString();
    r.origin = q.value(8).toString();
    return r;
}

const QString controlMappingColumns = u"id, control_id, requirement_id, rationale"_s;

ControlMapping readControlMapping(const QSqlQuery& q)
{
    ControlMapping r;
    r.id = q.value(0).toLongLong();
    r.controlId = q.value(1).toLongLong();
    r.requirementId = q.value(2).toLongLong();
    r.rationale = q.value(3).toString();
    return r;
}

const QString applicabilityColumns = u"id, system_id, framework_id, applies, reason"_s;

Applicability readApplicability(const QSqlQuery& q)
{
    Applicability r;
    r.id = q.value(0).toLongLong();
    r.systemId = q.value(1).toLongLong();
    r.frameworkId = q.value(2).toLongLong();
    r.applies = q.value(3).toLongLong() != 0;
    r.reason = q.value(4).toString();
    return r;
}

const QString implementationColumns =
    u"id, control_id, system_id, status, justification, owner, target_date, last_test_date, last_test_result, notes"_s;

ControlImplementation readControlImplementation(const QSqlQuery& q)
{
    ControlImplementation r;
    r.id = q.value(0).toLongLong();
    r.controlId = q.value(1).toLongLong();
    r.systemId = q.value(2).toLongLong();
    r.status = q.value(3).toString();
    r.justification = q.value(4).toString();
    r.owner = q.value(5).toString();
    r.targetDate = q.value(6).toString();
    r.lastTestDate = q.value(7).toString();
    r.lastTestResult = q.value(8).toString();
    r.notes = q.value(9).toString();
    return r;
}

const QString assessmentColumns = u"id, requirement_id, system_id, status, justification"_s;

RequirementAssessment readRequirementAssessment(const QSqlQuery& q)
{
    RequirementAssessment r;
    r.id = q.value(0).toLongLong();
    r.requirementId = q.value(1).toLongLong();
    r.systemId = q.value(2).toLongLong();
    r.status = q.value(3).toString();
    r.justification = q.value(4).toString();
    return r;
}

const QString evidenceColumns =
    u"id, title, kind, file_name, media_type, size, sha256, url, note, collected_on, valid_until"_s;

Evidence readEvidence(const QSqlQuery& q)
{
    Evidence r;
    r.id = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    r.kind = q.value(2).toString();
    r.fileName = q.value(3).toString();
    r.mediaType = q.value(4).toString();
    r.size = q.value(5).toLongLong();
    r.sha256 = q.value(6).toString();
    r.url = q.value(7).toString();
    r.note = q.value(8).toString();
    r.collectedOn = q.value(9).toString();
    r.validUntil = q.value(10).toString();
    return r;
}

const QString evidenceLinkColumns = u"id, evidence_id, control_id, requirement_id, system_id"_s;

EvidenceLink readEvidenceLink(const QSqlQuery& q)
{
    EvidenceLink r;
    r.id = q.value(0).toLongLong();
    r.evidenceId = q.value(1).toLongLong();
    r.controlId = q.value(2).toLongLong();
    r.requirementId = q.value(3).toLongLong();
    r.systemId = q.value(4).toLongLong();
    return r;
}

const QString findingColumns =
    u"id, title, description, source, system_id, requirement_id, control_id, severity, owner, due_date, status, closure_evidence_id, closure_note, closed_on"_s;

Finding readFinding(const QSqlQuery& q)
{
    Finding r;
    r.id = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    r.description = q.value(2).toString();
    r.source = q.value(3).toString();
    r.systemId = q.value(4).toLongLong();
    r.requirementId = q.value(5).toLongLong();
    r.controlId = q.value(6).toLongLong();
    r.severity = q.value(7).toString();
    r.owner = q.value(8).toString();
    r.dueDate = q.value(9).toString();
    r.status = q.value(10).toString();
    r.closureEvidenceId = q.value(11).toLongLong();
    r.closureNote = q.value(12).toString();
    r.closedOn = q.value(13).toString();
    return r;
}

const QString soaColumns = u"id, requirement_id, applicable, justification"_s;

SoaEntry readSoaEntry(const QSqlQuery& q)
{
    SoaEntry r;
    r.id = q.value(0).toLongLong();
    r.requirementId = q.value(1).toLongLong();
    r.applicable = q.value(2).toLongLong() != 0;
    r.justification = q.value(3).toString();
    return r;
}

template <typename T, typename Reader>
Result<QList<T>> readAll(Connection& connection, const QString& sql, const QVariantList& bindings, Reader reader)
{
    auto q = ConnectionPrivate::get(connection)
                 .exec(sql, bindings, ComplianceRepository::tr("The compliance records could not be read."));
    if (!q) {
        return q.error();
    }
    QList<T> list;
    while (q->next()) {
        list << reader(*q);
    }
    return list;
}

} // namespace

Result<QList<Control>> ComplianceRepository::controls() const
{
    return readAll<Control>(m_connection,
                            u"SELECT "_s + controlColumns + u" FROM controls ORDER BY code COLLATE NOCASE"_s,
                            {},
                            readControl);
}

Result<std::optional<Control>> ComplianceRepository::control(qint64 id) const
{
    auto list = readAll<Control>(
        m_connection, u"SELECT "_s + controlColumns + u" FROM controls WHERE id = ?"_s, {id}, readControl);
    if (!list) {
        return list.error();
    }
    return list->isEmpty() ? std::optional<Control>() : std::optional<Control>(list->first());
}

Result<std::optional<Control>> ComplianceRepository::controlByCode(const QString& code) const
{
    auto list = readAll<Control>(m_connection,
                                 u"SELECT "_s + controlColumns + u" FROM controls WHERE code = ? COLLATE NOCASE"_s,
                                 {code.trimmed()},
                                 readControl);
    if (!list) {
        return list.error();
    }
    return list->isEmpty() ? std::optional<Control>() : std::optional<Control>(list->first());
}

Result<QList<ControlMapping>> ComplianceRepository::controlMappings() const
{
    return readAll<ControlMapping>(m_connection,
                                   u"SELECT "_s + controlMappingColumns + u" FROM control_mappings ORDER BY id"_s,
                                   {},
                                   readControlMapping);
}

Result<QList<ControlMapping>> ComplianceRepository::mappingsOfControl(qint64 controlId) const
{
    return readAll<ControlMapping>(
        m_connection,
        u"SELECT m.id, m.control_id, m.requirement_id, m.rationale FROM control_mappings m "
        "JOIN requirements r ON r.id = m.requirement_id JOIN frameworks f ON f.id = r.framework_id "
        "WHERE m.control_id = ? ORDER BY f.key, r.sort_order"_s,
        {controlId},
        readControlMapping);
}

Result<QList<Applicability>> ComplianceRepository::applicability(qint64 systemId) const
{
    return systemId < 0 ? readAll<Applicability>(m_connection,
                                                 u"SELECT "_s + applicabilityColumns + u" FROM system_frameworks"_s,
                                                 {},
                                                 readApplicability)
                        : readAll<Applicability>(m_connection,
                                                 u"SELECT "_s + applicabilityColumns +
                                                     u" FROM system_frameworks WHERE system_id = ?"_s,
                                                 {systemId},
                                                 readApplicability);
}

Result<QList<ControlImplementation>> ComplianceRepository::implementations(qint64 systemId) const
{
    if (systemId < 0) {
        return readAll<ControlImplementation>(m_connection,
                                              u"SELECT "_s + implementationColumns + u" FROM control_implementations"_s,
                                              {},
                                              readControlImplementation);
    }
    return readAll<ControlImplementation>(
        m_connection,
        u"SELECT "_s + implementationColumns +
            u" FROM control_implementations WHERE system_id IS NULL OR system_id = ?"_s,
        {systemId},
        readControlImplementation);
}

Result<QList<RequirementAssessment>> ComplianceRepository::assessments(qint64 systemId) const
{
    if (systemId < 0) {
        return readAll<RequirementAssessment>(m_connection,
                                              u"SELECT "_s + assessmentColumns + u" FROM requirement_assessments"_s,
                                              {},
                                              readRequirementAssessment);
    }
    return readAll<RequirementAssessment>(
        m_connection,
        u"SELECT "_s + assessmentColumns + u" FROM requirement_assessments WHERE system_id IS NULL OR system_id = ?"_s,
        {systemId},
        readRequirementAssessment);
}

Result<QList<Evidence>> ComplianceRepository::evidence() const
{
    return readAll<Evidence>(m_connection,
                             u"SELECT "_s + evidenceColumns + u" FROM evidence ORDER BY title COLLATE NOCASE"_s,
                             {},
                             readEvidence);
}

Result<std::optional<Evidence>> ComplianceRepository::evidenceItem(qint64 id) const
{
    auto list = readAll<Evidence>(
        m_connection, u"SELECT "_s + evidenceColumns + u" FROM evidence WHERE id = ?"_s, {id}, readEvidence);
    if (!list) {
        return list.error();
    }
    return list->isEmpty() ? std::optional<Evidence>() : std::optional<Evidence>(list->first());
}

Result<QList<EvidenceLink>> ComplianceRepository::evidenceLinks(qint64 systemId) const
{
    if (systemId < 0) {
        return readAll<EvidenceLink>(
            m_connection, u"SELECT "_s + evidenceLinkColumns + u" FROM evidence_links"_s, {}, readEvidenceLink);
    }
    return readAll<EvidenceLink>(m_connection,
                                 u"SELECT "_s + evidenceLinkColumns +
                                     u" FROM evidence_links WHERE system_id IS NULL OR system_id = ?"_s,
                                 {systemId},
                                 readEvidenceLink);
}

Result<QList<Finding>> ComplianceRepository::findings() const
{
    return readAll<Finding>(
        m_connection,
        u"SELECT "_s + findingColumns +
            u" FROM findings ORDER BY status IN ('closed', 'risk_accepted'), due_date = '', due_date, id"_s,
        {},
        readFinding);
}

Result<QList<SoaEntry>> ComplianceRepository::soaEntries() const
{
    return readAll<SoaEntry>(m_connection, u"SELECT "_s + soaColumns + u" FROM soa_entries"_s, {}, readSoaEntry);
}

Result<std::optional<QByteArray>> ComplianceRepository::blob(const QString& sha256) const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT data FROM evidence_blobs WHERE sha256 = ?"_s,
                       {sha256},
                       tr("The evidence file could not be read."));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<QByteArray>();
    }
    return std::optional<QByteArray>(q->value(0).toByteArray());
}

Result<void> ComplianceRepository::storeBlob(WriteTransaction& txn, const QString& sha256, const QByteArray& data)
{
    Q_UNUSED(txn) // proof that the caller is inside a write: the blob lands in its transaction
    auto q =
        ConnectionPrivate::get(m_connection)
            .exec(u"INSERT INTO evidence_blobs (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING"_s,
                  {sha256, qint64(data.size()), data},
                  tr("The evidence file could not be stored."));
    if (!q) {
        return q.error();
    }
    return {};
}

namespace {

// Runs `sql` (with "%1" where the id list goes) for every chunk of ids, or once over all rows when `ids` is empty
// (then "%1" becomes `all`).
template <typename T, typename Reader>
Result<QList<T>>
readForIds(Connection& connection, const QString& sql, const QString& all, const QList<qint64>& ids, Reader reader)
{
    if (ids.isEmpty()) {
        return readAll<T>(connection, sql.arg(all), {}, reader);
    }
    QList<T> list;
    constexpr int Chunk = 500;
    for (int start = 0; start < ids.size(); start += Chunk) {
        const int n = int(qMin<qsizetype>(Chunk, ids.size() - start));
        QStringList marks;
        QVariantList bindings;
        for (int i = 0; i < n; ++i) {
            marks << u"?"_s;
            bindings << ids[start + i];
        }
        QString chunk = sql;
        // "WHERE id %1" takes "IN (…)"; "WHERE %1" (system facts) takes "id IN (…)".
        chunk = chunk.contains(u"WHERE %1"_s) ? chunk.arg(u"id IN ("_s + marks.join(u',') + u')')
                                              : chunk.arg(u"IN ("_s + marks.join(u',') + u')');
        auto part = readAll<T>(connection, chunk, bindings, reader);
        if (!part) {
            return part.error();
        }
        list << *part;
    }
    return list;
}

ComplianceRepository::SystemFacts readFacts(const QSqlQuery& q)
{
    ComplianceRepository::SystemFacts f;
    f.id = q.value(0).toLongLong();
    f.code = q.value(1).toString();
    f.name = q.value(2).toString();
    f.dataCategories = q.value(3).toString();
    f.tier = q.value(4).toString();
    f.modelType = q.value(5).toString();
    return f;
}

} // namespace

Result<QList<ComplianceRepository::SystemFacts>> ComplianceRepository::systemFacts(const QList<qint64>& systemIds) const
{
    return readForIds<SystemFacts>(
        m_connection,
        u"SELECT id, code, name, data_categories, ai_act_tier, model_type FROM ai_systems WHERE %1"_s,
        u"lifecycle <> 'retired'"_s,
        systemIds,
        readFacts);
}

Result<QList<ControlImplementation>> ComplianceRepository::systemImplementations(const QList<qint64>& systemIds) const
{
    return readForIds<ControlImplementation>(m_connection,
                                             u"SELECT "_s + implementationColumns +
                                                 u" FROM control_implementations WHERE system_id %1"_s,
                                             u"IS NOT NULL"_s,
                                             systemIds,
                                             readControlImplementation);
}

Result<QList<Applicability>> ComplianceRepository::systemApplicability(const QList<qint64>& systemIds) const
{
    return readForIds<Applicability>(m_connection,
                                     u"SELECT "_s + applicabilityColumns +
                                         u" FROM system_frameworks WHERE system_id %1"_s,
                                     u"IS NOT NULL"_s,
                                     systemIds,
                                     readApplicability);
}

Result<QList<RequirementAssessment>> ComplianceRepository::systemAssessments(const QList<qint64>& systemIds) const
{
    return readForIds<RequirementAssessment>(m_connection,
                                             u"SELECT "_s + assessmentColumns +
                                                 u" FROM requirement_assessments WHERE system_id %1"_s,
                                             u"IS NOT NULL"_s,
                                             systemIds,
                                             readRequirementAssessment);
}

Result<QList<EvidenceLink>> ComplianceRepository::systemEvidenceLinks(const QList<qint64>& systemIds) const
{
    return readForIds<EvidenceLink>(m_connection,
                                    u"SELECT "_s + evidenceLinkColumns + u" FROM evidence_links WHERE system_id %1"_s,
                                    u"IS NOT NULL"_s,
                                    systemIds,
                                    readEvidenceLink);
}

Result<QList<ControlImplementation>> ComplianceRepository::organisationImplementations() const
{
    return readAll<ControlImplementation>(m_connection,
                                          u"SELECT "_s + implementationColumns +
                                              u" FROM control_implementations WHERE system_id IS NULL"_s,
                                          {},
                                          readControlImplementation);
}

Result<QList<RequirementAssessment>> ComplianceRepository::organisationAssessments() const
{
    return readAll<RequirementAssessment>(m_connection,
                                          u"SELECT "_s + assessmentColumns +
                                              u" FROM requirement_assessments WHERE system_id IS NULL"_s,
                                          {},
                                          readRequirementAssessment);
}

Result<QList<EvidenceLink>> ComplianceRepository::organisationEvidenceLinks() const
{
    return readAll<EvidenceLink>(m_connection,
                                 u"SELECT "_s + evidenceLinkColumns + u" FROM evidence_links WHERE system_id IS NULL"_s,
                                 {},
                                 readEvidenceLink);
}

Result<qint64>
ComplianceRepository::scopedId(const EntitySpec& spec, const QString& keyField, qint64 key, qint64 systemId) const
{
    // Table and column names come from the static specs, never from input.
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT id FROM %1 WHERE %2 = ? AND system_id IS ? LIMIT 1"_s.arg(spec.table, keyField),
                       {key, systemId > 0 ? QVariant(systemId) : QVariant()},
                       tr("The compliance records could not be read."));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<QString> ComplianceRepository::info(const QString& key) const
{
    auto q =
        ConnectionPrivate::get(m_connection)
            .exec(u"SELECT value FROM workspace_info WHERE key = ?"_s, {key}, tr("The workspace could not be read."));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toString() : QString();
}

Result<void> ComplianceRepository::setInfo(const QString& key, const QString& value)
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"INSERT INTO workspace_info (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                       {key, value},
                       tr("The workspace could not be updated."));
    if (!q) {
        return q.error();
    }
    return {};
}

Result<int> ComplianceRepository::recordsOfSystem(qint64 systemId) const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT (SELECT COUNT(*) FROM system_frameworks WHERE system_id = ?) "
                       "+ (SELECT COUNT(*) FROM control_implementations WHERE system_id = ?) "
                       "+ (SELECT COUNT(*) FROM requirement_assessments WHERE system_id = ?) "
                       "+ (SELECT COUNT(*) FROM evidence_links WHERE system_id = ?) "
                       "+ (SELECT COUNT(*) FROM findings WHERE system_id = ?)"_s,
                       {systemId, systemId, systemId, systemId, systemId},
                       tr("The compliance records could not be read."));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace attest
