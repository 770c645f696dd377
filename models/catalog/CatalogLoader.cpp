#include "CatalogLoader.h"

#include "catalog/CatalogTitles.h"
#include "compliance/ControlLibrary.h"
#include "core/Logging.h"
#include "core/Sha256.h"
#include "risk/RiskService.h"
#include "storage/CatalogRepository.h"
#include "storage/Connection.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

QString compactJson(const QJsonObject& object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString mappingKey(
    const QString& fromKey, const QString& fromRef, const QString& toKey, const QString& toRef, const QString& kind)
{
    return fromKey + u'\x1f' + fromRef + u'\x1f' + toKey + u'\x1f' + toRef + u'\x1f' + kind;
}

// The provenance that marks a mapping as shipped (rather than authored by the user).
const QString ShippedAuthored = u"Authored by the Attest team"_s;

Result<QJsonObject> readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, CatalogLoader::tr("Cannot read the catalog file “%1”.").arg(path));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(ErrorCode::Database,
                         CatalogLoader::tr("The catalog file “%1” is damaged: %2.").arg(path, error.errorString()));
    }
    return document.object();
}

} // namespace

bool CatalogLoader::Report::changedAnything() const
{
    return frameworksAdded || frameworksUpdated || requirementsAdded || requirementsChanged || requirementsWithdrawn ||
           mappingsAdded || mappingsWithdrawn;
}

QString CatalogLoader::Report::summary() const
{
    return tr("Catalogs: %1 added, %2 updated; requirements: %3 added, %4 changed, %5 withdrawn; mappings: %6 "
              "added, %7 withdrawn.")
        .arg(frameworksAdded)
        .arg(frameworksUpdated)
        .arg(requirementsAdded)
        .arg(requirementsChanged)
        .arg(requirementsWithdrawn)
        .arg(mappingsAdded)
        .arg(mappingsWithdrawn);
}

QString CatalogLoader::defaultDirectory()
{
    return u":/attest/catalogs"_s;
}

Result<CatalogLoader::Shipped> CatalogLoader::loadShipped(const QString& directory)
{
    Shipped shipped;
    Sha256 release;
    const QDir dir(directory);
    for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        auto object = readJson(dir.filePath(name));
        if (!object) {
            return object.error();
        }
        if (object->value(u"format"_s).toString() != u"attest-catalog"_s) {
            return makeError(ErrorCode::Database, tr("“%1” is not an Attest catalog file.").arg(name));
        }
        const QJsonObject f = object->value(u"framework"_s).toObject();
        ShippedCatalog catalog;
        catalog.framework.key = f.value(u"key"_s).toString();
        catalog.framework.name = f.value(u"name"_s).toString();
        catalog.framework.shortName = f.value(u"shortName"_s).toString();
        catalog.framework.edition = f.value(u"edition"_s).toString();
        catalog.framework.publisher = f.value(u"publisher"_s).toString();
        catalog.framework.sourceDocument = f.value(u"sourceDocument"_s).toString();
        catalog.framework.licence = f.value(u"licence"_s).toString();
        catalog.framework.attribution = f.value(u"attribution"_s).toString();
        catalog.framework.effectiveDate = f.value(u"effectiveDate"_s).toString();
        catalog.framework.url = f.value(u"url"_s).toString();
        catalog.framework.origin = u"shipped"_s;
        QFile file(dir.filePath(name));
        file.open(QIODevice::ReadOnly);
        const QByteArray bytes = file.readAll();
        catalog.framework.release = QString::fromLatin1(Sha256::hash(bytes).toHex().left(16));
        release.addData(bytes);
        for (const QJsonValue& value : object->value(u"nodes"_s).toArray()) {
            const QJsonObject n = value.toObject();
            Node node;
            node.ref = n.value(u"ref"_s).toString();
            node.parentRef = n.value(u"parent"_s).toString();
            node.title = n.value(u"title"_s).toString();
            node.kind = n.value(u"kind"_s).toString();
            node.summary = n.value(u"summary"_s).toString();
            node.question = n.value(u"question"_s).toString();
            node.assessable = n.value(u"assessable"_s).toBool();
            node.flags = compactJson(n.value(u"flags"_s).toObject());
            const QJsonObject titles = n.value(u"titles"_s).toObject();
            for (auto t = titles.constBegin(); t != titles.constEnd(); ++t) {
                node.titles.insert(t.key(), t.value().toString());
            }
            catalog.nodes << node;
        }
        shipped.catalogs << catalog;
    }
    const QDir mappingDir(dir.filePath(u"mappings"_s));
    for (const QString& name : mappingDir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        auto object = readJson(mappingDir.filePath(name));
        if (!object) {
            return object.error();
        }
        QFile file(mappingDir.filePath(name));
        file.open(QIODevice::ReadOnly);
        release.addData(file.readAll());
        const QString kind = object->value(u"provenanceKind"_s).toString();
        const QString provenance = kind == u"authored"_s ? ShippedAuthored : object->value(u"provenance"_s).toString();
        for (const QJsonValue& value : object->value(u"mappings"_s).toArray()) {
            const QJsonObject m = value.toObject();
            const QString from = m.value(u"from"_s).toString();
            const QString to = m.value(u"to"_s).toString();
            shipped.mappings << ShippedMapping{from.section(u':', 0, 0),
                                               from.section(u':', 1),
                                               to.section(u':', 0, 0),
                                               to.section(u':', 1),
                                               m.value(u"relationship"_s).toString(),
                                               kind,
                                               provenance,
                                               m.value(u"rationale"_s).toString(),
                                               m.value(u"note"_s).toString()};
        }
    }
    if (shipped.catalogs.isEmpty()) {
        return makeError(ErrorCode::Database, tr("No catalogs found in “%1”.").arg(directory));
    }
    shipped.release = QString::fromLatin1(release.result().toHex().left(16));
    return shipped;
}

Result<bool> CatalogLoader::needsSync(Connection& connection, const QString& directory)
{
    auto shipped = loadShipped(directory);
    if (!shipped) {
        return shipped.error();
    }
    auto stored = CatalogRepository(connection).shippedRelease();
    if (!stored) {
        return stored.error();
    }
    if (*stored != shipped->release) {
        return true;
    }
    auto controls = ControlLibrary::needsSeed(connection);
    if (!controls || *controls) {
        return controls;
    }
    return RiskService::needsSeed(connection);
}

Result<void> CatalogLoader::apply(WriteTransaction& txn,
                                  Connection& connection,
                                  const ShippedCatalog& catalog,
                                  Report& report,
                                  const Progress& progress)
{
    CatalogRepository repository(connection);
    auto existing = repository.framework(catalog.framework.key);
    if (!existing) {
        return existing.error();
    }
    QHash<QString, Requirement> current;
    qint64 frameworkId = 0;
    if (existing->has_value()) {
        frameworkId = (*existing)->id;
        auto nodes = repository.requirements(frameworkId);
        if (!nodes) {
            return nodes.error();
        }
        for (const Requirement& r : *nodes) {
            current.insert(r.ref, r);
        }
        Framework updated = catalog.framework;
        updated.origin = catalog.framework.origin.isEmpty() ? (*existing)->origin : catalog.framework.origin;
        if (auto u = txn.update(CatalogRepository::frameworkSpec(), frameworkId, CatalogRepository::toValues(updated));
            !u) {
            return u.error();
        }
        ++report.frameworksUpdated;
    } else {
        auto created = txn.create(CatalogRepository::frameworkSpec(), CatalogRepository::toValues(catalog.framework));
        if (!created) {
            return created.error();
        }
        frameworkId = *created;
        ++report.frameworksAdded;
    }
    QHash<QString, qint64> ids;
    QSet<QString> shippedRefs;
    int order = 0;
    const qint64 total = catalog.nodes.size();
    for (const Node& node : catalog.nodes) {
        if (progress && (order % 100 == 0) && !progress(order, total)) {
            return makeError(ErrorCode::Cancelled, tr("The catalog import was cancelled; nothing was changed."));
        }
        shippedRefs.insert(node.ref);
        Requirement r;
        r.frameworkId = frameworkId;
        r.parentId = node.parentRef.isEmpty() ? 0 : ids.value(node.parentRef);
        r.ref = node.ref;
        r.title = node.title;
        r.kind = node.kind;
        r.summary = node.summary;
        r.question = node.question;
        r.statement = node.statement;
        r.guidance = node.guidance;
        r.assessable = node.assessable;
        r.flags = node.flags;
        r.sortOrder = ++order;
        r.status = node.status.isEmpty() ? u"current"_s : node.status;
        const auto it = current.constFind(node.ref);
        if (it == current.cend()) {
            auto created = txn.create(CatalogRepository::requirementSpec(), CatalogRepository::toValues(r));
            if (!created) {
                return created.error();
            }
            ids.insert(node.ref, *created);
            if (!node.titles.isEmpty()) {
                if (auto stored = CatalogTitles::store(txn, connection, *created, node.titles); !stored) {
                    return stored.error();
                }
            }
            if (existing->has_value()) {
                ++report.requirementsAdded;
            }
            continue;
        }
        ids.insert(node.ref, it->id);
        // Titles in other languages are kept beside the title of record and never flag the requirement.
        if (auto stored = CatalogTitles::store(txn, connection, it->id, node.titles); !stored) {
            return stored.error();
        }
        // The official wording changed: flag it so assessments made against the old text get a look.
        if (it->title != r.title && r.status == u"current"_s) {
            r.status = u"changed"_s;
            r.statusNote =
                tr("Title changed in catalog release %1; it was “%2”.").arg(catalog.framework.release, it->title);
            ++report.requirementsChanged;
        } else if (it->status == u"changed"_s && r.status == u"current"_s) {
            r.status = it->status;
            r.statusNote = it->statusNote;
        }
        auto updated = txn.update(CatalogRepository::requirementSpec(), it->id, CatalogRepository::toValues(r));
        if (!updated) {
            return updated.error();
        }
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (shippedRefs.contains(it.key()) || it->status == u"withdrawn"_s) {
            continue;
        }
        auto withdrawn = txn.update(CatalogRepository::requirementSpec(),
                                    it->id,
                                    {{u"status"_s, u"withdrawn"_s},
                                     {u"status_note"_s,
                                      tr("No longer in catalog release %1; kept with everything attached to it.")
                                          .arg(catalog.framework.release)}});
        if (!withdrawn) {
            return withdrawn.error();
        }
        ++report.requirementsWithdrawn;
    }
    return {};
}

Result<CatalogLoader::Report>
CatalogLoader::sync(Connection& connection, const QString& directory, const Progress& progress)
{
    auto loaded = loadShipped(directory);
    if (!loaded) {
        return loaded.error();
    }
    const Shipped& shipped = *loaded;
    CatalogRepository repository(connection);
    Report report;
    const qint64 total = shipped.catalogs.size() + 1;
    qint64 done = 0;
    QHash<QString, qint64> frameworkIds;
    QHash<QString, QHash<QString, qint64>> requirementIds; // framework key -> ref -> id

    for (const ShippedCatalog& catalog : shipped.catalogs) {
        auto existing = repository.framework(catalog.framework.key);
        if (!existing) {
            return existing.error();
        }
        const bool upToDate = existing->has_value() && (*existing)->release == catalog.framework.release;
        if (!upToDate) {
            const QString reason =
                existing->has_value()
                    ? tr("Update catalog %1 to release %2").arg(catalog.framework.name, catalog.framework.release)
                    : tr("Load catalog %1 (release %2)").arg(catalog.framework.name, catalog.framework.release);
            auto written = connection.write(
                reason, [&](WriteTransaction& txn) { return apply(txn, connection, catalog, report); });
            if (!written) {
                return written.error();
            }
        }
        auto framework = repository.framework(catalog.framework.key);
        if (!framework || !framework->has_value()) {
            return framework
                       ? makeError(ErrorCode::Database, tr("The catalog %1 was not stored.").arg(catalog.framework.key))
                       : framework.error();
        }
        frameworkIds.insert(catalog.framework.key, (*framework)->id);
        auto refs = repository.requirementIds((*framework)->id);
        if (!refs) {
            return refs.error();
        }
        requirementIds.insert(catalog.framework.key, *refs);
        if (progress && !progress(++done, total)) {
            return makeError(ErrorCode::Cancelled, tr("Loading the catalogs was cancelled."));
        }
    }

    // Mappings: add the new ones, correct changed ones, withdraw shipped ones that are no longer shipped.
    auto existingMappings = repository.allMappings();
    if (!existingMappings) {
        return existingMappings.error();
    }
    QHash<qint64, QPair<QString, QString>> refOfId; // id -> (framework key, ref)
    for (auto f = requirementIds.cbegin(); f != requirementIds.cend(); ++f) {
        for (auto r = f->cbegin(); r != f->cend(); ++r) {
            refOfId.insert(r.value(), {f.key(), r.key()});
        }
    }
    QHash<QString, RequirementMapping> existingByKey;
    for (const RequirementMapping& m : *existingMappings) {
        const auto from = refOfId.value(m.fromId);
        const auto to = refOfId.value(m.toId);
        existingByKey.insert(mappingKey(from.first, from.second, to.first, to.second, m.provenanceKind), m);
    }
    QSet<QString> shippedKeys;
    auto written = connection.write(
        tr("Load the shipped crosswalks (release %1)").arg(shipped.release),
        [&](WriteTransaction& txn) -> Result<void> {
            for (const ShippedMapping& s : shipped.mappings) {
                const qint64 fromId = requirementIds.value(s.fromKey).value(s.fromRef);
                const qint64 toId = requirementIds.value(s.toKey).value(s.toRef);
                if (!fromId || !toId) {
                    return makeError(ErrorCode::Database,
                                     tr("A shipped crosswalk names an unknown requirement: %1:%2 → %3:%4.")
                                         .arg(s.fromKey, s.fromRef, s.toKey, s.toRef));
                }
                const QString key = mappingKey(s.fromKey, s.fromRef, s.toKey, s.toRef, s.provenanceKind);
                if (shippedKeys.contains(key)) {
                    continue;
                }
                shippedKeys.insert(key);
                RequirementMapping m{
                    0, fromId, toId, s.relationship, s.provenanceKind, s.provenance, s.rationale, s.note, u"current"_s};
                const auto it = existingByKey.constFind(key);
                if (it == existingByKey.cend()) {
                    auto created = txn.create(CatalogRepository::mappingSpec(), CatalogRepository::toValues(m));
                    if (!created) {
                        return created.error();
                    }
                    ++report.mappingsAdded;
                } else if (auto updated =
                               txn.update(CatalogRepository::mappingSpec(), it->id, CatalogRepository::toValues(m));
                           !updated) {
                    return updated.error();
                }
            }
            for (auto it = existingByKey.cbegin(); it != existingByKey.cend(); ++it) {
                const bool shippedOrigin = it->provenanceKind != u"authored"_s || it->provenance == ShippedAuthored;
                if (shippedOrigin && !shippedKeys.contains(it.key()) && it->status != u"withdrawn"_s) {
                    if (auto u = txn.update(CatalogRepository::mappingSpec(), it->id, {{u"status"_s, u"withdrawn"_s}});
                        !u) {
                        return u.error();
                    }
                    ++report.mappingsWithdrawn;
                }
            }
            return {};
        });
    if (!written) {
        return written.error();
    }
    // The control library maps to the catalogs: it follows them.
    if (auto seeded = ControlLibrary::seed(connection); !seeded) {
        return seeded.error();
    }
    // The threat catalog links to the catalogs and to the controls: it comes last.
    if (auto seeded = RiskService::seed(connection); !seeded) {
        return seeded.error();
    }
    if (auto marked = repository.setShippedRelease(shipped.release); !marked) {
        return marked.error();
    }
    if (progress) {
        progress(total, total);
    }
    qCInfo(lcStorage) << "catalog sync:" << report.summary();
    return report;
}

} // namespace attest
