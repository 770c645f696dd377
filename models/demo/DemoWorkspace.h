#pragma once

#include "core/Actor.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace attest {

class Connection;
namespace crypto {
struct EncryptionKeys;
}

// Fills a workspace with a realistic demo inventory: a handful of hand-written AI systems (predictive
// maintenance, fraud detection, a medical diagnostic aid processing PHI, a customer-service LLM chatbot, CV
// screening, credit scoring, ...) with change logs and a plausible edit history, plus `extraSystems` generated
// systems for scale tests. The same seed always gives the same workspace content.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    struct Options
    {
        int extraSystems = 0;
        quint32 seed = 1;
    };
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<void> populate(Connection& connection, const Options& options, const Progress& progress = {});
    // Creates a complete demo workspace at `path`, or nothing: it is built under a temporary name and only takes
    // its name when finished (a failure or a cancel leaves no half-filled workspace behind). Refuses an existing
    // path. With `encryption`, the workspace is encrypted from its first byte (Workspace::Options::encryption).
    static Result<void> createFile(const QString& path,
                                   const Actor& actor,
                                   const Options& options,
                                   const Progress& progress = {},
                                   std::shared_ptr<const crypto::EncryptionKeys> encryption = {});
    // Number of hand-written systems populate() adds before the generated ones.
    static int curatedCount();
};

} // namespace attest
