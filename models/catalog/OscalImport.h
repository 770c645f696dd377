#pragma once

#include "catalog/CatalogLoader.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace attest {

class Connection;

// Reads OSCAL (NIST's Open Security Controls Assessment Language) JSON, versions 1.0 to 1.2, into the workspace:
// a catalog becomes a framework (groups, controls, nested enhancements, parameters shown readably in the prose,
// statement and guidance parts, label and sort-id props, withdrawn status, back-matter kept); a profile becomes a
// tailored framework holding the controls it selects from an imported catalog.
//
// Real files deviate from the schema. Where the meaning is clear the deviation is accepted and listed in
// `tolerated`; what cannot be understood is refused with a clear message. Nothing is written unless the whole
// file was understood, and then everything is written in one transaction.
class OscalImport
{
    Q_DECLARE_TR_FUNCTIONS(OscalImport)

public:
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
    static constexpr int MaxDepth = 40;

    struct Parsed
    {
        enum class Model
        {
            Catalog,
            Profile,
        };
        Model model = Model::Catalog;
        CatalogLoader::ShippedCatalog catalog; // the framework and its nodes (a profile: after selection)
        QStringList tolerated;
        int groups = 0;
        int controls = 0;
        int enhancements = 0;
        int withdrawn = 0;
        int parameters = 0;
        // Profiles: the catalog the profile selects from, and what it selected.
        QString sourceFrameworkKey;
        QList<QString> selectedRefs;
    };

    struct Outcome
    {
        Parsed parsed;
        CatalogLoader::Report report;
        QString frameworkKey;
        QString summary() const;
    };

    using Progress = CatalogLoader::Progress;

    // Parses a catalog or a profile. A profile needs the workspace to resolve its import; `catalogKey` names the
    // framework to select from when the profile's own reference cannot be resolved.
    static Result<Parsed>
    parse(Connection& connection, const QByteArray& data, const QString& fileName, const QString& catalogKey = {});
    static Result<Outcome> importFile(Connection& connection,
                                      const QString& path,
                                      const QString& catalogKey = {},
                                      const Progress& progress = {});

    // "{{ insert: param, ac-1_prm_1 }}" becomes "[Assignment: organization-defined frequency]" (or the value, or
    // the choices), so that a statement reads as a sentence.
    static QString renderProse(const QString& prose, const QHash<QString, QJsonObject>& params);

private:
    static QString renderProse(const QString& prose, const QHash<QString, QJsonObject>& params, QStringList& expanding);
};

} // namespace attest
