#include "CatalogRepository.h"

#include "storage/Connection.h"
#include "storage/ConnectionPrivate.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

const QString RequirementColumns = u"r.id, r.framework_id, IFNULL(r.parent_id, 0), r.ref, r.title, r.kind, r.summary, "
                                   "r.question, r.assessable, r.flags, r.sort_order, r.status, r.status_note, "
                                   "r.statement, r.guidance"_s;
constexpr int RequirementColumnCount = 15;

Requirement readRequirement(const QSqlQuery& q, int at = 0)
{
    Requirement r;
    r.id = q.value(at + 0).toLongLong();
    r.frameworkId = q.value(at + 1).toLongLong();
    r.parentId = q.value(at + 2).toLongLong();
    r.ref = q.value(at + 3).toString();
    r.title = q.value(at + 4).toString();
    r.kind = q.value(at + 5).toString();
    r.summary = q.value(at + 6).toString();
    r.question = q.value(at + 7).toString();
    r.assessable = q.value(at + 8).toLongLong() != 0;
    r.flags = q.value(at + 9).toString();
    r.sortOrder = q.value(at + 10).toInt();
    r.status = q.value(at + 11).toString();
    r.statusNote = q.value(at + 12).toString();
    r.statement = q.value(at + 13).toString();
    r.guidance = q.value(at + 14).toString();
    return r;
}

const QString FrameworkColumns = u"f.id, f.key, f.name, f.short_name, f.edition, f.publisher, f.source_document, "
                                 "f.licence, f.attribution, f.effective_date, f.url, f.origin, f.release, f.metadata"_s;

Framework readFramework(const QSqlQuery& q)
{
    Framework f;
    f.id = q.value(0).toLongLong();
    f.key = q.value(1).toString();
    f.name = q.value(2).toString();
    f.shortName = q.value(3).toString();
    f.edition = q.value(4).toString();
    f.publisher = q.value(5).toString();
    f.sourceDocument = q.value(6).toString();
    f.licence = q.value(7).toString();
    f.attribution = q.value(8).toString();
    f.effectiveDate = q.value(9).toString();
    f.url = q.value(10).toString();
    f.origin = q.value(11).toString();
    f.release = q.value(12).toString();
    f.metadata = q.value(13).toString();
    return f;
}

} // namespace

CatalogRepository::CatalogRepository(Connection& connection)
    : m_connection(connection)
{ }

const EntitySpec& CatalogRepository::frameworkSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"framework"_s,
                              u"frameworks"_s,
                              {{u"key"_s, T::Text},
                               {u"name"_s, T::Text},
                               {u"short_name"_s, T::Text},
                               {u"edition"_s, T::Text},
                               {u"publisher"_s, T::Text},
                               {u"source_document"_s, T::Text},
                               {u"licence"_s, T::Text},
                               {u"attribution"_s, T::Text},
                               {u"effective_date"_s, T::Text},
                               {u"url"_s, T::Text},
                               {u"origin"_s, T::Text},
                               {u"release"_s, T::Text},
                               {u"metadata"_s, T::Text}},
                              {}};
    return s;
}

const EntitySpec& CatalogRepository::requirementSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"requirement"_s,
                              u"requirements"_s,
                              {{u"framework_id"_s, T::Integer},
                               {u"parent_id"_s, T::Integer},
                               {u"ref"_s, T::Text},
                               {u"title"_s, T::Text},
                               {u"kind"_s, T::Text},
                               {u"summary"_s, T::Text},
                               {u"question"_s, T::Text},
                               {u"statement"_s, T::Text},
                               {u"guidance"_s, T::Text},
                               {u"assessable"_s, T::Integer},
                               {u"flags"_s, T::Text},
                               {u"sort_order"_s, T::Integer},
                               {u"status"_s, T::Text},
                               {u"status_note"_s, T::Text}},
                              {}};
    return s;
}

const EntitySpec& CatalogRepository::mappingSpec()
{
    using T = EntitySpec::Type;
    static const EntitySpec s{u"requirement_mapping"_s,
                              u"requirement_mappings"_s,
                              {{u"from_id"_s, T::Integer},
                               {u"to_id"_s, T::Integer},
                               {u"relationship"_s, T::Text},
                               {u"provenance_kind"_s, T::Text},
                               {u"provenance"_s, T::Text},
                               {u"rationale"_s, T::Text},
                               {u"note"_s, T::Text},
                               {u"status"_s, T::Text}},
                              {}};
    return s;
}

FieldValues CatalogRepository::toValues(const Framework& f)
{
    return {{u"key"_s, f.key},
            {u"name"_s, f.name},
            {u"short_name"_s, f.shortName},
            {u"edition"_s, f.edition},
            {u"publisher"_s, f.publisher},
            {u"source_document"_s, f.sourceDocument},
            {u"licence"_s, f.licence},
            {u"attribution"_s, f.attribution},
            {u"effective_date"_s, f.effectiveDate},
            {u"url"_s, f.url},
            {u"origin"_s, f.origin.isEmpty() ? u"shipped"_s : f.origin},
            {u"release"_s, f.release},
            {u"metadata"_s, f.metadata}};
}

FieldValues CatalogRepository::toValues(const Requirement& r)
{
    return {{u"framework_id"_s, r.frameworkId},
            {u"parent_id"_s, r.parentId > 0 ? QVariant(r.parentId) : QVariant()},
            {u"ref"_s, r.ref},
            {u"title"_s, r.title},
            {u"kind"_s, r.kind},
            {u"summary"_s, r.summary},
            {u"question"_s, r.question},
            {u"statement"_s, r.statement},
            {u"guidance"_s, r.guidance},
            {u"assessable"_s, qint64(r.assessable ? 1 : 0)},
            {u"flags"_s, r.flags},
            {u"sort_order"_s, qint64(r.sortOrder)},
            {u"status"_s, r.status.isEmpty() ? u"current"_s : r.status},
            {u"status_note"_s, r.statusNote}};
}

FieldValues CatalogRepository::toValues(const RequirementMapping& m)
{
    return {{u"from_id"_s, m.fromId},
            {u"to_id"_s, m.toId},
            {u"relationship"_s, m.relationship},
            {u"provenance_kind"_s, m.provenanceKind},
            {u"provenance"_s, m.provenance},
            {u"rationale"_s, m.rationale},
            {u"note"_s, m.note},
            {u"status"_s, m.status.isEmpty() ? u"current"_s : m.status}};
}

Result<QList<Framework>> CatalogRepository::frameworks() const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT "_s + FrameworkColumns +
                           u", (SELECT count(*) FROM requirements r WHERE r.framework_id = f.id), "
                           "(SELECT count(*) FROM requirements r WHERE r.framework_id = f.id AND r.assessable <> 0 "
                           "AND r.status <> 'withdrawn') FROM frameworks f ORDER BY f.name COLLATE attest_nocase"_s,
                       {},
                       tr("The catalogs could not be read."));
    if (!q) {
        return q.error();
    }
    QList<Framework> list;
    while (q->next()) {
        Framework f = readFramework(*q);
        f.requirementCount = q->value(14).toInt();
        f.assessableCount = q->value(15).toInt();
        list << f;
    }
    return list;
}

Result<std::optional<Framework>> CatalogRepository::framework(const QString& key) const
{
    auto all = frameworks();
    if (!all) {
        return all.error();
    }
    for (const Framework& f : *all) {
        if (f.key.compare(key.trimmed(), Qt::CaseInsensitive) == 0) {
            return std::optional<Framework>(f);
        }
    }
    return std::optional<Framework>();
}

Result<QList<Requirement>> CatalogRepository::requirements(qint64 frameworkId) const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT "_s + RequirementColumns +
                           u" FROM requirements r WHERE r.framework_id = ? ORDER BY r.sort_order, r.id"_s,
                       {frameworkId},
                       tr("The catalog could not be read."));
    if (!q) {
        return q.error();
    }
    QList<Requirement> list;
    while (q->next()) {
        list << readRequirement(*q);
    }
    return list;
}

Result<std::optional<Requirement>> CatalogRepository::requirement(qint64 id) const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT "_s + RequirementColumns + u" FROM requirements r WHERE r.id = ?"_s,
                       {id},
                       tr("The catalog could not be read."));
    if (!q) {
        return q.error();
    }
    if (q->next()) {
        return std::optional<Requirement>(readRequirement(*q));
    }
    return std::optional<Requirement>();
}

Result<QHash<QString, qint64>> CatalogRepository::requirementIds(qint64 frameworkId) const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT ref, id FROM requirements WHERE framework_id = ?"_s,
                       {frameworkId},
                       tr("The catalog could not be read."));
    if (!q) {
        return q.error();
    }
    QHash<QString, qint64> ids;
    while (q->next()) {
        ids.insert(q->value(0).toString(), q->value(1).toLongLong());
    }
    return ids;
}

Result<QList<MappedRequirement>> CatalogRepository::mappingsOf(qint64 requirementId) const
{
    // Both directions in one query: the other end is to_id for outgoing and from_id for incoming mappings.
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT m.id, m.from_id, m.to_id, m.relationship, m.provenance_kind, m.provenance, "
                       "m.rationale, m.note, m.status, m.from_id = ?, f.key, f.name, "_s +
                           RequirementColumns +
                           u" FROM requirement_mappings m "
                           "JOIN requirements r ON r.id = CASE WHEN m.from_id = ? THEN m.to_id ELSE m.from_id END "
                           "JOIN frameworks f ON f.id = r.framework_id "
                           "WHERE m.from_id = ? OR m.to_id = ? "
                           "ORDER BY f.name COLLATE attest_nocase, r.sort_order, m.provenance_kind"_s,
                       {requirementId, requirementId, requirementId, requirementId},
                       tr("The mappings could not be read."));
    if (!q) {
        return q.error();
    }
    QList<MappedRequirement> list;
    while (q->next()) {
        MappedRequirement m;
        m.mapping.id = q->value(0).toLongLong();
        m.mapping.fromId = q->value(1).toLongLong();
        m.mapping.toId = q->value(2).toLongLong();
        m.mapping.relationship = q->value(3).toString();
        m.mapping.provenanceKind = q->value(4).toString();
        m.mapping.provenance = q->value(5).toString();
        m.mapping.rationale = q->value(6).toString();
        m.mapping.note = q->value(7).toString();
        m.mapping.status = q->value(8).toString();
        m.outgoing = q->value(9).toBool();
        m.otherFrameworkKey = q->value(10).toString();
        m.otherFrameworkName = q->value(11).toString();
        m.other = readRequirement(*q, 12);
        static_assert(RequirementColumnCount == 15);
        list << m;
    }
    return list;
}

Result<QList<RequirementMapping>> CatalogRepository::allMappings() const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT id, from_id, to_id, relationship, provenance_kind, provenance, rationale, note, status "
                       "FROM requirement_mappings ORDER BY id"_s,
                       {},
                       tr("The mappings could not be read."));
    if (!q) {
        return q.error();
    }
    QList<RequirementMapping> list;
    while (q->next()) {
        list << RequirementMapping{q->value(0).toLongLong(),
                                   q->value(1).toLongLong(),
                                   q->value(2).toLongLong(),
                                   q->value(3).toString(),
                                   q->value(4).toString(),
                                   q->value(5).toString(),
                                   q->value(6).toString(),
                                   q->value(7).toString(),
                                   q->value(8).toString()};
    }
    return list;
}

Result<QString> CatalogRepository::shippedRelease() const
{
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"SELECT value FROM workspace_info WHERE key = 'catalog_release'"_s,
                       {},
                       tr("The catalogs could not be read."));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toString() : QString();
}

Result<void> CatalogRepository::setShippedRelease(const QString& release)
{
    // Bookkeeping, not governance data: which release the (audited) catalog contents came from.
    auto q = ConnectionPrivate::get(m_connection)
                 .exec(u"INSERT INTO workspace_info (key, value) VALUES ('catalog_release', ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                       {release},
                       tr("The catalogs could not be recorded."));
    if (!q) {
        return q.error();
    }
    return {};
}

Result<QList<SearchHit>> CatalogRepository::search(const QString& text, int limit) const
{
    // Each word becomes a quoted prefix term: safe against FTS syntax in what the user types.
    QStringList terms;
    static const QRegularExpression separators(u"[\\s\"]+"_s);
    for (const QString& word : text.split(separators, Qt::SkipEmptyParts)) {
        terms << u"\""_s + word + u"\"*"_s;
    }
    if (terms.isEmpty()) {
        return QList<SearchHit>();
    }
    auto q =
        ConnectionPrivate::get(m_connection)
            .exec(u"SELECT "_s + RequirementColumns +
                      u", f.key, f.short_name, "
                      "snippet(requirement_search, -1, '\u0002', '\u0003', '…', 12) "
                      "FROM requirement_search s JOIN requirements r ON r.id = s.rowid "
                      "JOIN frameworks f ON f.id = r.framework_id "
                      "WHERE requirement_search MATCH ? ORDER BY bm25(requirement_search, 10.0, 5.0, 1.0, 1.0, 1.0) "
                      "LIMIT ?"_s,
                  {terms.join(u' '), limit},
                  tr("The catalogs could not be searched."));
    if (!q) {
        return q.error();
    }
    QList<SearchHit> hits;
    while (q->next()) {
        hits << SearchHit{readRequirement(*q),
                          q->value(RequirementColumnCount).toString(),
                          q->value(RequirementColumnCount + 1).toString(),
                          q->value(RequirementColumnCount + 2).toString()};
    }
    return hits;
}

} // namespace attest
