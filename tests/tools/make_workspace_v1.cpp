// Writes tests/data/workspace-v1.attest: an Attest workspace at schema version 1 (the format of the first release),
// with a few AI systems, some edits and an intact audit chain. TestMigrator upgrades copies of it.
//
//     make_workspace_v1 <path>        (refuses to overwrite an existing file)
//
// Only what existed at version 1 is used: Workspace::create() stopping at targetVersion 1 and SystemRepository
// creates and updates on the ai_systems table (no change log, no hard delete: those need version 2). The clock is
// fixed, so every timestamp in the file is reproducible; the workspace id and the audit batch ids are random UUIDs,
// so two runs do not give byte-identical files.

#include "core/Clock.h"
#include "storage/SystemRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace attest;
using namespace Qt::StringLiterals;

namespace {

class FixedClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now = 1736935200000; // 2025-01-15T10:00:00Z
};

int fail(const QString& what, const Error& error)
{
    QTextStream(stderr) << "make_workspace_v1: " << what << ": " << error.message << " (" << error.detail << ")\n";
    return 1;
}

AiSystem system(const QMap<QString, QString>& values)
{
    AiSystem s = AiSystem::withDefaults();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        s.set(it.key(), it.value());
    }
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // What the first release recorded as the creating application (workspace_info.created_by).
    QCoreApplication::setApplicationName(u"Attest"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: make_workspace_v1 <path>\n";
        return 2;
    }
    const QString path = QFileInfo(args.at(1)).absoluteFilePath();

    FixedClock clock;
    Workspace::Options options;
    options.targetVersion = 1;
    options.clock = &clock;
    options.actor = Actor{u"Dana Reviewer"_s, u"dana"_s};
    auto ws = Workspace::create(path, options);
    if (!ws) {
        return fail(u"create"_s, ws.error());
    }
    if ((*ws)->schemaVersion() != 1) {
        QTextStream(stderr) << "make_workspace_v1: created schema version " << (*ws)->schemaVersion() << ", not 1\n";
        return 1;
    }

    SystemRepository repo((*ws)->connection());
    const QList<AiSystem> systems = {
        system({{u"code"_s, u"FRAUD-01"_s},
                {u"name"_s, u"Card fraud detection"_s},
                {u"description"_s, u"Scores card transactions in real time and holds suspicious ones."_s},
                {u"purpose"_s, u"Reduce card fraud losses"_s},
                {u"business_owner"_s, u"Payments"_s},
                {u"technical_owner"_s, u"Risk Analytics"_s},
                {u"lifecycle"_s, u"production"_s},
                {u"deployment"_s, u"on_premises"_s},
                {u"model_type"_s, u"classifier"_s},
                {u"provider_kind"_s, u"in_house"_s},
                {u"components"_s, u"library: xgboost 1.7\ndataset: card transactions 2019-2024"_s},
                {u"data_categories"_s, u"personal,confidential"_s},
                {u"automated_decisions"_s, u"yes"_s},
                {u"human_oversight"_s, u"on_the_loop"_s},
                {u"criticality"_s, u"high"_s},
                {u"monitoring"_s, u"drift,performance"_s},
                {u"next_review"_s, u"2025-06-30"_s},
                {u"tags"_s, u"payments,realtime"_s}}),
        system({{u"code"_s, u"CHAT-01"_s},
                {u"name"_s, u"Customer service chatbot"_s},
                {u"purpose"_s, u"Answer routine customer questions"_s},
                {u"business_owner"_s, u"Customer Care"_s},
                {u"lifecycle"_s, u"validation"_s},
                {u"deployment"_s, u"third_party_api"_s},
                {u"model_type"_s, u"generative"_s},
                {u"provider_kind"_s, u"vendor"_s},
                {u"provider_name"_s, u"Example LLM Vendor"_s},
                {u"ai_act_tier"_s, u"limited"_s},
                {u"notes"_s, u"Disclosure banner agreed with Legal."_s}}),
        system({{u"code"_s, u"CV-01"_s},
                {u"name"_s, u"CV screening"_s},
                {u"purpose"_s, u"Rank incoming job applications"_s},
                {u"business_owner"_s, u"Human Resources"_s},
                {u"lifecycle"_s, u"development"_s},
                {u"model_type"_s, u"recommender"_s},
                {u"data_categories"_s, u"personal"_s},
                {u"ai_act_tier"_s, u"high"_s},
                {u"criticality"_s, u"critical"_s}}),
        system({{u"code"_s, u"FORECAST-02"_s},
                {u"name"_s, u"Cash demand forecast (Überweisungen)"_s},
                {u"business_owner"_s, u"Treasury"_s},
                {u"lifecycle"_s, u"production"_s},
                {u"model_type"_s, u"regression"_s},
                {u"ai_act_tier"_s, u"minimal"_s}}),
    };
    QList<qint64> ids;
    for (const AiSystem& s : systems) {
        auto id = repo.create(s);
        if (!id) {
            return fail(u"create "_s + s.code(), id.error());
        }
        ids << *id;
        clock.advance(15 * 60 * 1000);
    }

    const QList<std::pair<int, QMap<QString, QString>>> edits = {
        {0, {{u"business_owner"_s, u"Payments Risk"_s}, {u"next_review"_s, u"2025-09-30"_s}}},
        {1, {{u"lifecycle"_s, u"production"_s}}},
        {2, {{u"notes"_s, u"Bias test pending; works council informed."_s}}},
        {1, {{u"human_oversight"_s, u"in_the_loop"_s}, {u"tags"_s, u"customer,genai"_s}}},
    };
    for (const auto& [index, changes] : edits) {
        clock.advance(24 * 60 * 60 * 1000);
        auto updated = repo.update(ids.at(index), changes);
        if (!updated) {
            return fail(u"update"_s, updated.error());
        }
    }
    clock.advance(24 * 60 * 60 * 1000);
    if (auto retired = repo.retire(ids.at(3)); !retired) {
        return fail(u"retire"_s, retired.error());
    }

    auto head = (*ws)->connection().auditHead();
    if (!head) {
        return fail(u"audit head"_s, head.error());
    }
    const QString id = (*ws)->id();
    // Closing the last connection checkpoints the write-ahead log into the file and removes -wal and -shm.
    ws->reset();
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u".lock"_s}) {
        if (QFileInfo::exists(path + suffix)) {
            QTextStream(stderr) << "make_workspace_v1: " << path << suffix << " was left behind\n";
            return 1;
        }
    }
    QTextStream(stdout) << "wrote " << path << ": schema 1, workspace id " << id << ", " << ids.size()
                        << " AI systems, " << head->seq << " audit events, head "
                        << QString::fromLatin1(head->hash.toHex()) << "\n";
    return 0;
}
