#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace attest {

class Connection;
class WriteTransaction;

// Loads the catalogs that ship with Attest (resources/catalogs) into a workspace, and brings them up to date when a
// later release ships new ones. An update never deletes: requirements keep their identity (and so everything
// attached to them); a requirement whose official title changed is flagged "changed", one that is no longer
// shipped is marked "withdrawn". Everything is recorded in the audit trail like any other change. Official titles in
// other languages come along (CatalogTitles); only the English title of record decides whether a requirement changed.
class CatalogLoader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    struct Node
    {
        QString ref;
        QString parentRef;
        QString title;
        QString kind;
        QString summary;
        QString question;
        QString statement;
        QString guidance;
        bool assessable = false;
        QString flags;
        QString status; // empty = current; an imported catalog may mark a node withdrawn
        // Official titles in other languages ("de" -> "..."), stored beside the (English) title of record; they
        // never make a requirement "changed" (CatalogTitles).
        QMap<QString, QString> titles;
    };
    struct ShippedCatalog
    {
        Framework framework;
        QList<Node> nodes;
    };
    struct ShippedMapping
    {
        QString fromKey;
        QString fromRef;
        QString toKey;
        QString toRef;
        QString relationship;
        QString provenanceKind;
        QString provenance;
        QString rationale;
        QString note;
    };
    struct Shipped
    {
        QList<ShippedCatalog> catalogs;
        QList<ShippedMapping> mappings;
        QString release; // digest over every shipped file
    };
    struct Report
    {
        int frameworksAdded = 0;
        int frameworksUpdated = 0;
        int requirementsAdded = 0;
        int requirementsChanged = 0;
        int requirementsWithdrawn = 0;
        int mappingsAdded = 0;
        int mappingsWithdrawn = 0;
        bool changedAnything() const;
        QString summary() const;
    };
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static QString defaultDirectory();
    static Result<Shipped> loadShipped(const QString& directory = defaultDirectory());

    // Whether the workspace holds an older (or no) release of the shipped catalogs.
    static Result<bool> needsSync(Connection& connection, const QString& directory = defaultDirectory());
    static Result<Report>
    sync(Connection& connection, const QString& directory = defaultDirectory(), const Progress& progress = {});

    // Writes one catalog into the workspace inside the caller's transaction: creates it, or updates the framework
    // with the same key in place (same rules as a shipped release: keep identities, flag changed titles, withdraw
    // what is gone). Used by the shipped catalogs and by imports.
    static Result<void> apply(WriteTransaction& txn,
                              Connection& connection,
                              const ShippedCatalog& catalog,
                              Report& report,
                              const Progress& progress = {});
};

} // namespace attest
