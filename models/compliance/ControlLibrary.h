#pragma once

#include "compliance/Compliance.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace attest {

class Connection;

// The AI security control set Attest ships (resources/controls/: our own words), each control mapped with a one-line
// rationale to the requirements it serves in GDPR, HIPAA, ISO/IEC 27001 and the AI frameworks. New workspaces get it;
// a later release adds the controls and mappings it introduces, and never changes or brings back what the user
// edited or removed.
class ControlLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ControlLibrary)

public:
    struct SeedMapping
    {
        QString controlCode;
        QString frameworkKey;
        QString ref;
        QString rationale;
    };
    struct Seed
    {
        QList<Control> controls;
        QList<SeedMapping> mappings;
        QString release; // digest of the seed files
    };
    struct Report
    {
        int controlsAdded = 0;
        int mappingsAdded = 0;
        int mappingsSkipped = 0; // the requirement is not in this workspace's catalogs
    };

    static QString defaultDirectory();
    static Result<Seed> loadSeed(const QString& directory = defaultDirectory());
    static Result<bool> needsSeed(Connection& connection, const QString& directory = defaultDirectory());
    // Adds what the seed introduces since the release last seeded, in one audited write.
    static Result<Report> seed(Connection& connection, const QString& directory = defaultDirectory());
};

} // namespace attest
