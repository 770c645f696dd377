#include "Cli.h"

#include "AppSettings.h"
#include "CliSupport.h"
#include "ExportCommands.h"
#include "InterviewCommands.h"
#include "ReportCommands.h"
#include "RiskCommands.h"
#include "SigningCommands.h"
#include "WorkspaceCommands.h"
#include "WorkspaceKeyStore.h"
#include "audit/AuditVerifier.h"
#include "catalog/OscalImport.h"
#include "compliance/ComplianceEngine.h"
#include "compliance/StatementOfApplicability.h"
#include "demo/DemoWorkspace.h"
#include "inventory/SystemExport.h"
#include "inventory/SystemImport.h"
#include "io/Csv.h"
#include "oscal/OscalCatalogExport.h"
#include "storage/CatalogRepository.h"
#include "storage/SystemRepository.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace attest::app {

namespace {

struct Command
{
    QStringList words; // e.g. {"systems", "list"}
    const char* summary;
    std::function<void(QCommandLineParser&)> configure;
    std::function<int(QCommandLineParser&)> run;
};

int runDemo(QCommandLineParser& parser)
{
    bool ok = true;
    const int systems = parser.isSet(u"systems"_s) ? parser.value(u"systems"_s).toInt(&ok) : 0;
    if (!ok || systems < 0 || systems > 1000000) {
        return fail(ExitUsage, Cli::tr("--systems needs a number between 0 and 1000000."));
    }
    const quint32 seed = parser.isSet(u"seed"_s) ? parser.value(u"seed"_s).toUInt(&ok) : 1;
    if (!ok) {
        return fail(ExitUsage, Cli::tr("--seed needs a non-negative whole number."));
    }
    const bool noEncrypt = parser.isSet(u"no-encrypt"_s);
    if (noEncrypt && parser.optionNames().contains(passphraseFileOptionName())) {
        return fail(ExitUsage, Cli::tr("--no-encrypt and --passphrase-file contradict each other."));
    }
    const QString path = workspacePath(parser);
    // Encrypted from its first byte: with a new key kept in the keychain when one can be reached, and with the
    // recovery passphrase when one is given.
    std::shared_ptr<crypto::EncryptionKeys> keys;
    QString plainBecause;
    if (noEncrypt) {
        plainBecause = Cli::tr("--no-encrypt was given");
    } else {
        auto passphrase = givenPassphrase(parser, false);
        if (!passphrase) {
            return failWith(passphrase.error());
        }
        keys = std::make_shared<crypto::EncryptionKeys>();
        keys->kdf = passphraseKdf();
        keys->passphrase = std::move(*passphrase);
        const QString noKeychain = WorkspaceKeyStore::unavailableReason();
        if (noKeychain.isEmpty()) {
            keys->keychainKey = crypto::SecretBuffer::random(crypto::KeySize);
        }
        if (keys->isEmpty()) {
            keys.reset();
            plainBecause = Cli::tr("%1, and no --passphrase-file was given").arg(noKeychain);
        }
    }
    if (auto created = DemoWorkspace::createFile(path, AppSettings().actor(), {systems, seed}, {}, keys); !created) {
        return failWith(created.error());
    }
    if (keys && !keys->keychainKey.isEmpty()) {
        auto info = Workspace::inspectEncryption(path);
        auto stored = info ? WorkspaceKeyStore::store(info->keyId, keys->keychainKey) : Result<void>(info.error());
        if (!stored) {
            Workspace::removeFiles(path); // nothing could open it on another day
            return fail(exitCodeFor(stored.error()),
                        Cli::tr("The demo workspace was not kept: its key could not be stored in the keychain. %1")
                            .arg(stored.error().message));
        }
    }
    Workspace::Options options;
    options.access = Workspace::Access::ReadOnly;
    options.encryption = keys;
    auto ws = Workspace::open(path, options);
    if (!ws) {
        return failWith(ws.error());
    }
    auto count = SystemRepository((*ws)->connection()).count(true);
    auto head = (*ws)->connection().auditHead();
    out() << Cli::tr("Created demo workspace %1: %2 AI systems, %3 audit events.")
                 .arg(QFileInfo(path).absoluteFilePath())
                 .arg(count ? *count : 0)
                 .arg(head ? head->seq : 0)
          << '\n';
    if (keys && !keys->keychainKey.isEmpty()) {
        out() << (keys->passphrase.isEmpty()
                      ? Cli::tr("Encrypted; its key is in this computer's keychain.")
                      : Cli::tr("Encrypted; its key is in this computer's keychain, and the recovery passphrase "
                                "also opens it."))
              << '\n';
    } else if (keys) {
        out() << Cli::tr("Encrypted; only its recovery passphrase opens it.") << '\n';
    }
    out().flush();
    if (!keys) {
        err() << "attest: "
              << Cli::tr("note: “%1” is not encrypted: %2.")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), plainBecause)
              << Qt::endl;
    }
    return ExitSuccess;
}

int runSystemsList(QCommandLineParser& parser)
{
    const QString format = parser.value(u"format"_s);
    if (format != u"table"_s && format != u"csv"_s && format != u"json"_s) {
        return fail(ExitUsage, Cli::tr("Unknown format “%1”: use table, csv or json.").arg(format));
    }
    auto ws = openWorkspace(parser, Workspace::Access::ReadOnly);
    if (!ws) {
        return failWith(ws.error());
    }
    Connection& connection = (*ws)->connection();
    if (format == u"csv"_s || format == u"json"_s) {
        auto data = SystemExport::exportAll(
            connection, format == u"csv"_s ? SystemExport::Format::Csv : SystemExport::Format::Json);
        if (!data) {
            return failWith(data.error());
        }
        out().flush();
        fwrite(data->constData(), 1, size_t(data->size()), stdout);
        fflush(stdout);
        return ExitSuccess;
    }
    auto systems = SystemRepository(connection).all();
    if (!systems) {
        return failWith(systems.error());
    }
    const QStringList keys{u"code"_s,
                           u"name"_s,
                           u"lifecycle"_s,
                           u"ai_act_tier"_s,
                           u"criticality"_s,
                           u"business_unit"_s,
                           u"business_owner"_s,
                           u"next_review"_s};
    QStringList header;
    for (const QString& key : keys) {
        header << SystemFields::find(key)->displayLabel();
    }
    QList<QStringList> rows;
    for (const AiSystem& system : *systems) {
        QStringList row;
        for (const QString& key : keys) {
            row << SystemFields::find(key)->displayValue(system.value(key));
        }
        rows << row;
    }
    printTable(header, rows);
    out() << Cli::tr("AI systems: %1").arg(rows.size()) << Qt::endl;
    return ExitSuccess;
}

int runImportSystems(QCommandLineParser& parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        return fail(ExitUsage, Cli::tr("import systems needs exactly one CSV file."));
    }
    const bool dryRun = parser.isSet(u"dry-run"_s);
    auto ws = openWorkspace(parser, dryRun ? Workspace::Access::ReadOnly : Workspace::Access::ReadWrite);
    if (!ws) {
        return failWith(ws.error());
    }
    if (!dryRun && (*ws)->isReadOnly()) {
        return fail(ExitWorkspaceError,
                    Cli::tr("Cannot import into “%1”: %2.").arg((*ws)->path(), (*ws)->readOnlyReason()));
    }
    auto result = SystemImport::importFile((*ws)->connection(), files.first(), dryRun);
    if (!result) {
        return failWith(result.error());
    }
    if (!result->ok()) {
        out().flush();
        for (const ImportProblem& problem : result->problems) {
            err() << files.first() << ':' << (problem.line > 0 ? QString::number(problem.line) + u": "_s : u" "_s)
                  << problem.message << '\n';
        }
        return fail(ExitCheckFailed, result->summary());
    }
    out() << (dryRun ? Cli::tr("Dry run, nothing written: %1").arg(result->summary())
                     : Cli::tr("Imported %1").arg(result->summary()))
          << Qt::endl;
    return ExitSuccess;
}

int runAuditVerify(QCommandLineParser& parser)
{
    QByteArray anchor;
    if (parser.isSet(u"anchor"_s)) {
        static const QRegularExpression hex(u"^[0-9a-fA-F]{64}$"_s);
        if (!hex.match(parser.value(u"anchor"_s)).hasMatch()) {
            return fail(ExitUsage, Cli::tr("--anchor needs a head hash of 64 hexadecimal digits."));
        }
        anchor = QByteArray::fromHex(parser.value(u"anchor"_s).toLatin1());
    }
    auto ws = openWorkspace(parser, Workspace::Access::ReadOnly);
    if (!ws) {
        return failWith(ws.error());
    }
    auto result = AuditVerifier::verify((*ws)->connection(), {}, anchor);
    if (!result) {
        return failWith(result.error());
    }
    if (!result->intact) {
        out() << result->summary() << Qt::endl;
        return fail(ExitCheckFailed, Cli::tr("the audit trail does not verify: %1.").arg(result->explanation));
    }
    out() << result->summary() << Qt::endl;
    return ExitSuccess;
}

int runCatalogList(QCommandLineParser& parser)
{
    const QString format = parser.value(u"format"_s);
    if (format != u"table"_s && format != u"json"_s) {
        return fail(ExitUsage, Cli::tr("Unknown format “%1”: use table or json.").arg(format));
    }
    auto ws = openWorkspace(parser, Workspace::Access::ReadOnly);
    if (!ws) {
        return failWith(ws.error());
    }
    auto frameworks = CatalogRepository((*ws)->connection()).frameworks();
    if (!frameworks) {
        return failWith(frameworks.error());
    }
    if (format == u"json"_s) {
        QJsonArray items;
        for (const Framework& f : *frameworks) {
            items.append(QJsonObject{{u"id"_s, f.key},
                                     {u"name"_s, f.name},
                                     {u"version"_s, f.edition},
                                     {u"publisher"_s, f.publisher},
                                     {u"requirements"_s, f.requirementCount},
                                     {u"assessable"_s, f.assessableCount},
                                     {u"origin"_s, f.origin},
                                     {u"attribution"_s, f.attribution}});
        }
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"frameworks"_s, items}}).toJson(QJsonDocument::Indented));
        out().flush();
        return ExitSuccess;
    }
    QList<QStringList> rows;
    for (const Framework& f : *frameworks) {
        rows << QStringList{
            f.key, f.name, f.edition, QString::number(f.requirementCount), QString::number(f.assessableCount)};
    }
    printTable({Cli::tr("Id"), Cli::tr("Name"), Cli::tr("Version"), Cli::tr("Nodes"), Cli::tr("Assessable")}, rows);
    return ExitSuccess;
}

int runCatalogShow(QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        return fail(ExitUsage, Cli::tr("catalog show needs exactly one framework id (see “attest catalog list”)."));
    }
    const QString format = parser.value(u"format"_s);
    if (format != u"csv"_s && format != u"json"_s) {
        return fail(ExitUsage, Cli::tr("catalog show needs --format csv or --format json."));
    }
    auto ws = openWorkspace(parser, Workspace::Access::ReadOnly);
    if (!ws) {
        return failWith(ws.error());
    }
    CatalogRepository repository((*ws)->connection());
    auto framework = repository.framework(args.first());
    if (!framework) {
        return failWith(framework.error());
    }
    if (!framework->has_value()) {
        return fail(
            ExitCheckFailed,
            Cli::tr("There is no framework “%1” in this workspace (see “attest catalog list”).").arg(args.first()));
    }
    const Framework& f = **framework;
    auto nodes = repository.requirements(f.id);
    if (!nodes) {
        return failWith(nodes.error());
    }
    QHash<qint64, QString> refOf;
    for (const Requirement& r : *nodes) {
        refOf.insert(r.id, r.ref);
    }
    if (format == u"csv"_s) {
        QList<QStringList> rows{{u"ref"_s,
                                 u"parent"_s,
                                 u"kind"_s,
                                 u"title"_s,
                                 u"summary"_s,
                                 u"question"_s,
                                 u"assessable"_s,
                                 u"flags"_s,
                                 u"status"_s,
                                 u"statement"_s,
                                 u"guidance"_s}};
        for (const Requirement& r : *nodes) {
            rows << QStringList{r.ref,
                                refOf.value(r.parentId),
                                r.kind,
                                r.title,
                                r.summary,
                                r.question,
                                r.assessable ? u"yes"_s : u"no"_s,
                                r.flags,
                                r.status,
                                r.statement,
                                r.guidance};
        }
        const QByteArray data = Csv::write(rows);
        out().flush();
        fwrite(data.constData(), 1, size_t(data.size()), stdout);
        fflush(stdout);
        // The attribution travels with every listing; on stderr so the CSV stays a plain table.
        err() << Cli::tr("%1 — %2. %3").arg(f.name, f.attribution, f.licence) << Qt::endl;
        return ExitSuccess;
    }
    QJsonArray items;
    for (const Requirement& r : *nodes) {
        QJsonObject item{{u"ref"_s, r.ref},
                         {u"title"_s, r.title},
                         {u"kind"_s, r.kind},
                         {u"assessable"_s, r.assessable},
                         {u"status"_s, r.status}};
        if (r.parentId) {
            item.insert(u"parent"_s, refOf.value(r.parentId));
        }
        if (!r.summary.isEmpty()) {
            item.insert(u"summary"_s, r.summary);
        }
        if (!r.question.isEmpty()) {
            item.insert(u"question"_s, r.question);
        }
        if (!r.statement.isEmpty()) {
            item.insert(u"statement"_s, r.statement);
        }
        if (!r.guidance.isEmpty()) {
            item.insert(u"guidance"_s, r.guidance);
        }
        if (!r.flags.isEmpty()) {
            item.insert(u"flags"_s, QJsonDocument::fromJson(r.flags.toUtf8()).object());
        }
        items.append(item);
    }
    const QJsonObject root{{u"framework"_s,
                            QJsonObject{{u"id"_s, f.key},
                                        {u"name"_s, f.name},
                                        {u"version"_s, f.edition},
                                        {u"publisher"_s, f.publisher},
                                        {u"source"_s, f.sourceDocument},
                                        {u"licence"_s, f.licence},
                                        {u"attribution"_s, f.attribution},
                                        {u"effective"_s, f.effectiveDate}}},
                           {u"requirements"_s, items}};
    out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    out().flush();
    return ExitSuccess;
}

int runCatalogImport(QCommandLineParser& parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        return fail(ExitUsage, Cli::tr("catalog import needs exactly one OSCAL JSON file."));
    }
    auto ws = openWorkspace(parser, Workspace::Access::ReadWrite);
    if (!ws) {
        return failWith(ws.error());
    }
    if ((*ws)->isReadOnly()) {
        return fail(ExitWorkspaceError,
                    Cli::tr("Cannot import into “%1”: %2.").arg((*ws)->path(), (*ws)->readOnlyReason()));
    }
    auto outcome = OscalImport::importFile((*ws)->connection(), files.first(), parser.value(u"catalog"_s));
    if (!outcome) {
        // The file was read but cannot be imported (including a profile whose catalog is missing): a failed check.
        const int code =
            outcome.error().code == ErrorCode::NotFound ? int(ExitCheckFailed) : exitCodeFor(outcome.error());
        return fail(code, Cli::tr("%1: nothing was imported: %2").arg(files.first(), outcome.error().message));
    }
    out() << outcome->summary() << Qt::endl;
    if (!outcome->parsed.tolerated.isEmpty()) {
        out() << Cli::tr("Tolerated deviations from the OSCAL schema:") << '\n';
        for (const QString& note : outcome->parsed.tolerated) {
            out() << u"  - "_s << note << '\n';
        }
        out().flush();
    }
    return ExitSuccess;
}

int runCatalogExport(QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        return fail(ExitUsage, Cli::tr("catalog export needs exactly one framework id (see “attest catalog list”)."));
    }
    if (parser.value(u"format"_s) != u"oscal"_s) {
        return fail(ExitUsage, Cli::tr("catalog export needs --format oscal."));
    }
    if (!parser.isSet(u"out"_s) || parser.value(u"out"_s).isEmpty()) {
        return fail(ExitUsage, Cli::tr("catalog export needs --out FILE."));
    }
    auto ws = openWorkspace(parser, Workspace::Access::ReadOnly);
    if (!ws) {
        return failWith(ws.error());
    }
    auto count = OscalCatalogExport::exportToFile((*ws)->connection(), args.first(), parser.value(u"out"_s));
    if (!count) {
        return count.error().code == ErrorCode::NotFound
                   ? fail(ExitCheckFailed,
                          Cli::tr("There is no framework “%1” in this workspace (see “attest catalog list”).")
                              .arg(args.first()))
                   : failWith(count.error());
    }
    out() << Cli::tr("Exported %1 requirements of %2 as an OSCAL %3 catalog to %4")
                 .arg(*count)
                 .arg(args.first(), QString::fromLatin1(OscalCatalogExport::OscalVersion), parser.value(u"out"_s))
          << Qt::endl;
    return ExitSuccess;
}

int runComplianceStatus(QCommandLineParser& parser)
{
    const QString format = parser.value(u"format"_s);
    if (format != u"table"_s && format != u"json"_s) {
        return fail(ExitUsage, Cli::tr("Unknown format “%1”: use table or json.").arg(format));
    }
    auto ws = openWorkspace(parser, Workspace::Access::ReadOnly);
    if (!ws) {
        return failWith(ws.error());
    }
    Connection& connection = (*ws)->connection();
    auto engine = ComplianceEngine::load(connection);
    if (!engine) {
        return failWith(engine.error());
    }
    qint64 systemId = 0;
    if (parser.isSet(u"system"_s)) {
        auto id = SystemRepository(connection).idForCode(parser.value(u"system"_s));
        if (!id) {
            return failWith(id.error());
        }
        if (!id->has_value()) {
            return fail(ExitCheckFailed,
                        Cli::tr("There is no AI system “%1” in this workspace (see “attest systems list”).")
                            .arg(parser.value(u"system"_s)));
        }
        systemId = **id;
        if (auto loaded = engine->loadSystems(connection, {systemId}); !loaded) {
            return failWith(loaded.error());
        }
    } else if (auto loaded = engine->loadAllSystems(connection); !loaded) {
        return failWith(loaded.error());
    }
    const ComplianceEngine::FrameworkInfo* only = nullptr;
    if (parser.isSet(u"framework"_s)) {
        only = engine->framework(parser.value(u"framework"_s));
        if (!only) {
            return fail(ExitCheckFailed,
                        Cli::tr("There is no framework “%1” with requirements to assess (see “attest catalog list”).")
                            .arg(parser.value(u"framework"_s)));
        }
    }
    auto countsJson = [](const Coverage& c) {
        QJsonObject o{{u"compliant"_s, c.compliant},
                      {u"partial"_s, c.partial},
                      {u"non_compliant"_s, c.nonCompliant},
                      {u"assessed"_s, c.assessed()},
                      {u"not_assessed"_s, c.notAssessed},
                      {u"not_applicable"_s, c.notApplicable}};
        o.insert(u"coverage_percent"_s, c.hasFigure() ? QJsonValue(qRound(c.percent() * 10) / 10.0) : QJsonValue());
        return o;
    };
    auto countsRow = [](const Coverage& c) {
        return QStringList{c.percentText(),
                           QString::number(c.compliant),
                           QString::number(c.partial),
                           QString::number(c.nonCompliant),
                           QString::number(c.assessed()),
                           QString::number(c.notAssessed),
                           QString::number(c.notApplicable)};
    };
    const QStringList countsHeader{Cli::tr("Coverage"),
                                   Cli::tr("Compliant"),
                                   Cli::tr("Partial"),
                                   Cli::tr("Non-compliant"),
                                   Cli::tr("Assessed"),
                                   Cli::tr("Not assessed"),
                                   Cli::tr("N/A")};
    QJsonObject root{{u"formula"_s, Coverage::formula()}};
    QList<QStringList> rows;
    QStringList header;

    if (systemId && only) {
        // One system, one framework: every requirement with its status and why.
        const FrameworkApplicability a = engine->applicability(systemId, only->id);
        QJsonArray items;
        for (int r : engine->applicableRequirements(systemId, only->id)) {
            const auto& req = engine->requirements()[r];
            const RequirementResult result = engine->evaluate(systemId, req.id);
            const QString why = engine->explain(systemId, req.id);
            items.append(QJsonObject{{u"ref"_s, req.ref},
                                     {u"title"_s, req.title},
                                     {u"status"_s, result.status},
                                     {u"overridden"_s, result.overridden},
                                     {u"evidence_expired"_s, result.evidenceExpired},
                                     {u"derivation"_s, why}});
            rows << QStringList{req.ref, ComplianceText::requirementStatus(result.status), why};
        }
        const Coverage c = engine->coverage(systemId, only->id);
        root.insert(u"system"_s, engine->systemCode(systemId));
        root.insert(u"framework"_s, only->key);
        root.insert(u"applies"_s, a.applies);
        root.insert(u"applicability_confirmed"_s, a.confirmed);
        root.insert(u"reason"_s, a.reason);
        root.insert(u"counts"_s, countsJson(c));
        root.insert(u"requirements"_s, items);
        if (format == u"table"_s) {
            out() << Cli::tr("%1, %2: %3 (%4)")
                         .arg(engine->systemCode(systemId), only->name, c.percentText(), c.countsText())
                  << '\n';
            if (!a.applies) {
                out() << Cli::tr("Does not apply: %1").arg(a.reason) << '\n';
            }
            printTable({Cli::tr("Requirement"), Cli::tr("Status"), Cli::tr("Derivation")}, rows);
        }
    } else if (systemId) {
        // One system: every framework that applies.
        QJsonArray items;
        for (const FrameworkApplicability& a : engine->applicability(systemId)) {
            const Coverage c = engine->coverage(systemId, a.frameworkId);
            QJsonObject item{{u"framework"_s, a.frameworkKey},
                             {u"name"_s, a.frameworkName},
                             {u"applies"_s, a.applies},
                             {u"confirmed"_s, a.confirmed},
                             {u"reason"_s, a.reason}};
            if (a.applies) {
                item.insert(u"counts"_s, countsJson(c));
                rows << (QStringList{a.frameworkKey} << countsRow(c));
            }
            items.append(item);
        }
        root.insert(u"system"_s, engine->systemCode(systemId));
        root.insert(u"frameworks"_s, items);
        header = QStringList{Cli::tr("Framework")} << countsHeader;
    } else {
        // The workspace: per framework over the systems it applies to, or per system for one framework.
        QJsonArray items;
        const QList<qint64> systems = engine->systemIds(); // by code, once
        if (only) {
            for (qint64 id : systems) {
                const FrameworkApplicability a = engine->applicability(id, only->id);
                if (!a.applies) {
                    continue;
                }
                const Coverage c = engine->coverage(id, only->id);
                items.append(QJsonObject{{u"system"_s, engine->systemCode(id)}, {u"counts"_s, countsJson(c)}});
                rows << (QStringList{engine->systemCode(id)} << countsRow(c));
            }
            root.insert(u"framework"_s, only->key);
            root.insert(u"systems"_s, items);
            header = QStringList{Cli::tr("System")} << countsHeader;
        } else {
            for (const auto& f : engine->frameworks()) {
                int applying = 0;
                Coverage total;
                for (qint64 id : systems) {
                    if (engine->applicability(id, f.id).applies) {
                        ++applying;
                        total.add(engine->coverage(id, f.id));
                    }
                }
                items.append(QJsonObject{{u"framework"_s, f.key},
                                         {u"name"_s, f.name},
                                         {u"systems"_s, applying},
                                         {u"counts"_s, countsJson(total)}});
                rows << (QStringList{f.key, QString::number(applying)} << countsRow(total));
            }
            root.insert(u"frameworks"_s, items);
            header = QStringList{Cli::tr("Framework"), Cli::tr("Systems")} << countsHeader;
        }
    }
    if (format == u"json"_s) {
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        out().flush();
        return ExitSuccess;
    }
    if (!header.isEmpty()) {
        printTable(header, rows);
    }
    out() << Coverage::formula() << Qt::endl;
    return ExitSuccess;
}

int runSoa(QCommandLineParser& parser)
{
    const QString format = parser.value(u"format"_s);
    if (format != u"csv"_s && format != u"json"_s) {
        return fail(ExitUsage, Cli::tr("soa needs --format csv or --format json."));
    }
    auto ws = openWorkspace(parser, Workspace::Access::ReadOnly);
    if (!ws) {
        return failWith(ws.error());
    }
    auto engine = ComplianceEngine::load((*ws)->connection());
    if (!engine) {
        return failWith(engine.error());
    }
    auto rows = StatementOfApplicability::build((*ws)->connection(), *engine);
    if (!rows) {
        return failWith(rows.error());
    }
    if (format == u"csv"_s) {
        QList<QStringList> table{{u"control"_s,
                                  u"title"_s,
                                  u"theme"_s,
                                  u"applicable"_s,
                                  u"justification"_s,
                                  u"implementation"_s,
                                  u"linked_controls"_s,
                                  u"evidence"_s,
                                  u"derivation"_s}};
        for (const auto& r : *rows) {
            table << QStringList{r.ref,
                                 r.title,
                                 r.theme,
                                 r.applicable ? u"yes"_s : u"no"_s,
                                 r.justification,
                                 StatementOfApplicability::implementationText(r.implementation),
                                 r.controls.join(u"; "_s),
                                 r.evidence.join(u"; "_s),
                                 r.derivation};
        }
        const QByteArray data = Csv::write(table);
        out().flush();
        fwrite(data.constData(), 1, size_t(data.size()), stdout);
        fflush(stdout);
        return ExitSuccess;
    }
    QJsonArray items;
    for (const auto& r : *rows) {
        items.append(QJsonObject{{u"control"_s, r.ref},
                                 {u"title"_s, r.title},
                                 {u"theme"_s, r.theme},
                                 {u"applicable"_s, r.applicable},
                                 {u"decided"_s, r.justified},
                                 {u"justification"_s, r.justification},
                                 {u"implementation"_s, r.implementation},
                                 {u"linked_controls"_s, QJsonArray::fromStringList(r.controls)},
                                 {u"evidence"_s, QJsonArray::fromStringList(r.evidence)},
                                 {u"derivation"_s, r.derivation}});
    }
    out() << QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"standard"_s, u"ISO/IEC 27001:2022"_s}, {u"controls"_s, items}})
            .toJson(QJsonDocument::Indented));
    out().flush();
    return ExitSuccess;
}

const QList<Command>& commands()
{
    static const QList<Command> list = {
        {{u"demo"_s},
         QT_TRANSLATE_NOOP("Cli", "Create a demo workspace (refuses to overwrite an existing file)."),
         [](QCommandLineParser& p) {
             p.addOption(dbOption());
             p.addOption({{u"systems"_s}, Cli::tr("Add N generated systems for scale tests."), Cli::tr("N")});
             p.addOption({{u"seed"_s}, Cli::tr("Seed for the generated systems (default 1)."), Cli::tr("S")});
             p.addOption({{u"no-encrypt"_s},
                          Cli::tr("Do not encrypt the new workspace (by default it is encrypted with a key kept in "
                                  "the keychain, and with the recovery passphrase of --passphrase-file).")});
         },
         runDemo},
        {{u"systems"_s, u"list"_s},
         QT_TRANSLATE_NOOP("Cli", "List the AI systems of a workspace."),
         [](QCommandLineParser& p) {
             p.addOption(dbOption());
             p.addOption({{u"format"_s}, Cli::tr("table (default), csv or json."), Cli::tr("format"), u"table"_s});
         },
         runSystemsList},
        {{u"import"_s, u"systems"_s},
         QT_TRANSLATE_NOOP("Cli", "Import AI systems from a CSV file: all rows or none."),
         [](QCommandLineParser& p) {
             p.addOption(dbOption());
             p.addOption({{u"dry-run"_s}, Cli::tr("Check the file and report what would change, without writing.")});
             p.addPositionalArgument(u"file"_s, Cli::tr("The CSV file (UTF-8, header row)."));
         },
         runImportSystems},
        {{u"import"_s, u"risks"_s},
         QT_TRANSLATE_NOOP("Cli", "Import a risk register from a CSV file: all rows or none."),
         [](QCommandLineParser& p) {
             p.addOption(dbOption());
             p.addOption({{u"dry-run"_s}, Cli::tr("Check the file and report what would be added, without writing.")});
             p.addOption({{u"create-threats"_s},
                          Cli::tr("Add the threats the file names but the threat catalog does not know.")});
             p.addPositionalArgument(u"file"_s, Cli::tr("The CSV file (UTF-8, header row)."));
         },
         runImportRisks},
        {{u"risks"_s, u"list"_s},
         QT_TRANSLATE_NOOP("Cli", "List the risk register, across systems or for one."),
         [](QCommandLineParser& p) {
             p.addOption(dbOption());
             p.addOption({{u"system"_s}, Cli::tr("One AI system, by code or id."), Cli::tr("ID")});
             p.addOption({{u"level"_s}, Cli::tr("Only risks at this level now (e.g. High)."), Cli::tr("L")});
             p.addOption({{u"overdue"_s}, Cli::tr("Only open risks past their due date.")});
             p.addOption({{u"format"_s}, Cli::tr("table (default), csv or json."), Cli::tr("format"), u"table"_s});
         },
         runRisksList},
        {{u"export"_s},
         QT_TRANSLATE_NOOP("Cli",
                           "Export systems, risks, controls, findings or soa as XLSX or CSV, or one system's OSCAL "
                           "assessment results (oscal-ar) or plan of action and milestones (oscal-poam)."),
         configureExport,
         runExport},
        {{u"catalog"_s, u"list"_s},
         QT_TRANSLATE_NOOP("Cli", "List the framework catalogs of a workspace."),
         [](QCommandLineParser& p) {
             p.addOption(dbOption());
             p.addOption({{u"format"_s}, Cli::tr("table (default) or json."), Cli::tr("format"), u"table"_s});
         },
         runCatalogList},
        {{u"catalog"_s, u"show"_s},
         QT_TRANSLATE_NOOP("Cli", "Show one framework's requirements, with its attribution."),
         [](QCommandLineParser& p) {
             p.addOption(dbOption());
             p.addOption({{u"format"_s}, Cli::tr("csv or json."), Cli::tr("format")});
             p.addPositionalArgument(u"framework"_s, Cli::tr("The framework id, e.g. iso27001-2022."));
         },
         runCatalogShow},
        {{u"catalog"_s, u"import"_s},
         QT_TRANSLATE_NOOP("Cli", "Import an OSCAL catalog, or a profile as a tailored framework: all or nothing."),
         [](QCommandLineParser& p) {
             p.addOption(dbOption());
             p.addOption({{u"catalog"_s},
                          Cli::tr("For a profile: the framework to select from, when the profile's import cannot be "
                                  "matched by itself."),
                          Cli::tr("framework")});
             p.addPositionalArgument(u"file"_s, Cli::tr("The OSCAL JSON file (OSCAL 1.0 to 1.2)."));
         },
         runCatalogImport},
        {{u"catalog"_s, u"export"_s},
         QT_TRANSLATE_NOOP("Cli", "Export a framework as an OSCAL catalog (JSON)."),
         [](QCommandLineParser& p) {
             p.addOption(dbOption());
             p.addOption({{u"format"_s}, Cli::tr("oscal (an OSCAL 1.1.3 catalog in JSON)."), Cli::tr("format")});
             p.addOption({{u"out"_s}, Cli::tr("File to write."), Cli::tr("file")});
             p.addPositionalArgument(u"framework"_s, Cli::tr("The framework id, e.g. iso27001-2022."));
         },
         runCatalogExport},
        {{u"compliance"_s, u"status"_s},
         QT_TRANSLATE_NOOP("Cli", "Coverage per framework and system, with its counts."),
         [](QCommandLineParser& p) {
             p.addOption(dbOption());
             p.addOption({{u"system"_s}, Cli::tr("One AI system, by code."), Cli::tr("code")});
             p.addOption(
                 {{u"framework"_s}, Cli::tr("One framework, by id (see “attest catalog list”)."), Cli::tr("id")});
             p.addOption({{u"format"_s}, Cli::tr("table (default) or json."), Cli::tr("format"), u"table"_s});
         },
         runComplianceStatus},
        {{u"soa"_s},
         QT_TRANSLATE_NOOP("Cli", "The ISO/IEC 27001:2022 Statement of Applicability."),
         [](QCommandLineParser& p) {
             p.addOption(dbOption());
             p.addOption({{u"format"_s}, Cli::tr("csv or json."), Cli::tr("format")});
         },
         runSoa},
        {{u"report"_s},
         QT_TRANSLATE_NOOP("Cli",
                           "Write a report as PDF: executive, dossier, soa, ropa, dpia, hipaa, risks, remediation, "
                           "interview or audit."),
         [](QCommandLineParser& p) {
             p.addOption(dbOption());
             p.addOption({{u"out"_s}, Cli::tr("The PDF file to write."), Cli::tr("file")});
             p.addOption(
                 {{u"paper"_s},
                  Cli::tr("a4 or letter (default: the locale's paper, US Letter in the US and Canada, else A4)."),
                  Cli::tr("size")});
             p.addOption({{u"pdfa"_s}, Cli::tr("Write PDF/A-1b, for archiving.")});
             p.addOption({{u"organisation"_s}, Cli::tr("The organisation named on the cover."), Cli::tr("name")});
             p.addOption({{u"system"_s},
                          Cli::tr("dossier, dpia: the AI system; hipaa, risks, remediation: only this one. By code or "
                                  "id."),
                          Cli::tr("ID")});
             p.addOption({{u"session"_s}, Cli::tr("interview: the session's id."), Cli::tr("ID")});
             p.addOption({{u"from"_s}, Cli::tr("audit: the first day, YYYY-MM-DD."), Cli::tr("date")});
             p.addOption({{u"to"_s}, Cli::tr("audit: the last day, YYYY-MM-DD."), Cli::tr("date")});
             p.addOption({{u"sign"_s},
                          Cli::tr("Sign the report with this user's signing key (kept in the keychain, made on first "
                                  "use): writes FILE.pdf.sig beside it and names the key on the cover.")});
             p.addPositionalArgument(u"type"_s,
                                     Cli::tr("The report: executive, dossier, soa, ropa, dpia, hipaa, risks, "
                                             "remediation, interview or audit."));
         },
         runReport},
        {{u"interviews"_s, u"list"_s},
         QT_TRANSLATE_NOOP("Cli", "List the audit interviews: status, systems, progress, acknowledgement."),
         [](QCommandLineParser& p) {
             p.addOption(dbOption());
             p.addOption({{u"format"_s}, Cli::tr("table (default) or json."), Cli::tr("format"), u"table"_s});
         },
         runInterviewsList},
        {{u"audit"_s, u"verify"_s},
         QT_TRANSLATE_NOOP("Cli", "Verify the audit trail's hash chain."),
         [](QCommandLineParser& p) {
             p.addOption(dbOption());
             p.addOption({{u"anchor"_s},
                          Cli::tr("Also require this event (a head hash printed by an earlier verify) to be in the "
                                  "trail: detects events cut from the end or a rebuilt trail."),
                          Cli::tr("hash")});
         },
         runAuditVerify},
        {{u"verify"_s},
         QT_TRANSLATE_NOOP("Cli", "Check a signed report against its signature: valid (0) or invalid (1)."),
         [](QCommandLineParser& p) {
             p.addOption({{u"sig"_s}, Cli::tr("The signature (default: FILE.sig beside the file)."), Cli::tr("file")});
             p.addOption({{u"pubkey"_s},
                          Cli::tr("The signer's public-key file (default: this user's key, from the keychain)."),
                          Cli::tr("file")});
             p.addPositionalArgument(u"file"_s, Cli::tr("The signed file, e.g. a report PDF."));
         },
         runVerify},
        {{u"signing-key"_s, u"show"_s},
         QT_TRANSLATE_NOOP("Cli", "Show the report-signing key's fingerprint and public key (made on first use)."),
         [](QCommandLineParser&) {},
         runSigningKeyShow},
        {{u"signing-key"_s, u"export"_s},
         QT_TRANSLATE_NOOP("Cli", "Write the report-signing public key to a file, for others to verify with."),
         [](QCommandLineParser& p) {
             p.addOption({{u"out"_s}, Cli::tr("The public-key file to write."), Cli::tr("file")});
         },
         runSigningKeyExport},
        {{u"workspace"_s, u"info"_s},
         QT_TRANSLATE_NOOP("Cli",
                           "Whether a workspace is encrypted, its key id and key slots, and whether this computer's "
                           "keychain holds its key."),
         configureWorkspaceInfo,
         runWorkspaceInfo},
        {{u"workspace"_s, u"encrypt"_s},
         QT_TRANSLATE_NOOP("Cli",
                           "Encrypt a plain workspace (key in the keychain and/or recovery passphrase); the verified "
                           "encrypted file replaces it."),
         configureWorkspaceEncrypt,
         runWorkspaceEncrypt},
        {{u"workspace"_s, u"decrypt"_s},
         QT_TRANSLATE_NOOP("Cli",
                           "Write a decrypted copy of an encrypted workspace (--out FILE --yes), recorded in its "
                           "audit trail."),
         configureWorkspaceDecrypt,
         runWorkspaceDecrypt},
        {{u"workspace"_s, u"rekey"_s},
         QT_TRANSLATE_NOOP("Cli",
                           "Encrypt every page of a workspace again under a new key, and replace its keychain entry."),
         configureWorkspaceRekey,
         runWorkspaceRekey},
        {{u"workspace"_s, u"set-passphrase"_s},
         QT_TRANSLATE_NOOP("Cli",
                           "Set or change an encrypted workspace's recovery passphrase (--passphrase-file NEW), or "
                           "remove it (--remove)."),
         configureWorkspaceSetPassphrase,
         runWorkspaceSetPassphrase},
    };
    return list;
}

QString overview()
{
    QString text = Cli::tr("Usage: attest [--db PATH] [--demo]          open the GUI\n"
                           "       attest COMMAND [options]            automation\n\nCommands:\n");
    for (const Command& c : commands()) {
        text += u"  %1%2\n"_s.arg(c.words.join(u' ').leftJustified(26), Cli::tr(c.summary));
    }
    text += Cli::tr("\nEvery command takes --passphrase-file FILE (or the environment variable %1=FILE): the "
                    "recovery passphrase of an encrypted workspace whose key this computer's keychain does not "
                    "hold, as the file's first line.\n")
                .arg(passphraseFileVariable());
    text += Cli::tr("\nExit codes: 0 success, 1 a check failed, 2 usage error (also: an encrypted workspace and no "
                    "key or passphrase that unlocks it), 3 workspace or I/O error.\n"
                    "Run “attest COMMAND --help” for a command's options.\n");
    return text;
}

const QStringList& commandWords()
{
    static const QStringList words = [] {
        QStringList w;
        for (const Command& c : commands()) {
            w << c.words.first();
        }
        w << u"help"_s;
        return w;
    }();
    return words;
}

// The arguments without global flags (--verbose) that main() already handled. A --passphrase-file given before
// the command moves behind it, where the command's parser reads it.
QStringList stripGlobal(const QStringList& arguments)
{
    QStringList rest;
    QStringList moved;
    bool beforeCommand = true;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == u"--verbose"_s || argument == u"-v"_s) {
            continue;
        }
        if (beforeCommand && argument.startsWith(u"--passphrase-file="_s)) {
            moved << argument;
            continue;
        }
        if (beforeCommand && argument == u"--passphrase-file"_s && i + 1 < arguments.size()) {
            moved << argument << arguments[++i];
            continue;
        }
        beforeCommand = beforeCommand && argument.startsWith(u'-');
        rest << argument;
    }
    return rest + moved;
}

} // namespace

bool Cli::handles(const QStringList& arguments)
{
    const QStringList rest = stripGlobal(arguments);
    if (rest.isEmpty()) {
        return false;
    }
    const QString first = rest.first();
    if (first == u"--help"_s || first == u"-h"_s || first == u"--version"_s) {
        return true;
    }
    // A workspace file to open (`attest FILE.attest`, as a file manager starts it) is the GUI's.
    if (first.endsWith(u".attest"_s, Qt::CaseInsensitive) || (first.contains(u'/') && QFileInfo(first).isFile())) {
        return false;
    }
    // Anything else that is not an option is a command (unknown ones get a usage error, not the GUI).
    return !first.startsWith(u'-');
}

int Cli::run(const QStringList& arguments)
{
    const QStringList rest = stripGlobal(arguments);
    if (rest.isEmpty() || rest.first() == u"--help"_s || rest.first() == u"-h"_s || rest.first() == u"help"_s) {
        out() << overview();
        return ExitSuccess;
    }
    if (rest.first() == u"--version"_s) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitSuccess;
    }
    for (const Command& command : commands()) {
        if (rest.size() < command.words.size() || rest.mid(0, command.words.size()) != command.words) {
            continue;
        }
        QCommandLineParser parser;
        parser.setApplicationDescription(Cli::tr(command.summary));
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help({u"h"_s, u"help"_s}, Cli::tr("Show this help."));
        parser.addOption(help);
        command.configure(parser);
        parser.addOption(passphraseFileOption());
        QStringList args{u"attest "_s + command.words.join(u' ')};
        args << rest.mid(command.words.size());
        if (!parser.parse(args)) {
            return fail(ExitUsage, parser.errorText());
        }
        if (parser.isSet(help)) {
            out() << parser.helpText();
            return ExitSuccess;
        }
        const bool takesArguments =
            command.words.contains(u"import"_s) || command.words == QStringList{u"catalog"_s, u"show"_s} ||
            command.words == QStringList{u"catalog"_s, u"export"_s} || command.words == QStringList{u"report"_s} ||
            command.words == QStringList{u"export"_s} || command.words == QStringList{u"verify"_s};
        if (parser.positionalArguments().size() > 0 && !takesArguments) {
            return fail(ExitUsage,
                        Cli::tr("Unexpected argument “%1”. Run “attest %2 --help”.")
                            .arg(parser.positionalArguments().first(), command.words.join(u' ')));
        }
        return command.run(parser);
    }
    const QString known = commandWords().contains(rest.first()) ? rest.mid(0, 2).join(u' ') : rest.first();
    return fail(ExitUsage, Cli::tr("Unknown command “%1”. Run “attest --help” for the list.").arg(known));
}

} // namespace attest::app
