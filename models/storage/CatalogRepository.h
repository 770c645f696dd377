#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "storage/EntitySpec.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace attest {

class Connection;
class WriteTransaction;

// Reads and writes frameworks, requirement trees and requirement mappings. Writes go through the audited
// WriteTransaction like everything else.
class CatalogRepository
{
    Q_DECLARE_TR_FUNCTIONS(CatalogRepository)

public:
    explicit CatalogRepository(Connection& connection);

    static const EntitySpec& frameworkSpec();
    static const EntitySpec& requirementSpec();
    static const EntitySpec& mappingSpec();

    static FieldValues toValues(const Framework& framework);
    static FieldValues toValues(const Requirement& requirement);
    static FieldValues toValues(const RequirementMapping& mapping);

    // Frameworks with their node and assessable counts, in name order.
    Result<QList<Framework>> frameworks() const;
    Result<std::optional<Framework>> framework(const QString& key) const;
    // Every node of a framework, in tree order (parents before children, siblings by sort order).
    Result<QList<Requirement>> requirements(qint64 frameworkId) const;
    Result<std::optional<Requirement>> requirement(qint64 id) const;
    // framework key -> (ref -> requirement id)
    Result<QHash<QString, qint64>> requirementIds(qint64 frameworkId) const;
    // Every mapping that touches the requirement, both directions, with the other requirement.
    Result<QList<MappedRequirement>> mappingsOf(qint64 requirementId) const;
    Result<QList<RequirementMapping>> allMappings() const;
    // The release of the shipped catalogs last loaded into this workspace ("" if none).
    Result<QString> shippedRelease() const;
    Result<void> setShippedRelease(const QString& release);

    // Full-text search over all catalogs; each word is a prefix ("enc cryp" finds "encryption", "cryptography").
    Result<QList<SearchHit>> search(const QString& text, int limit = 200) const;

private:
    Connection& m_connection;
};

} // namespace attest
