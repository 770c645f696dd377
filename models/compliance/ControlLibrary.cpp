#include "ControlLibrary.h"

#include "core/Logging.h"
#include "core/Sha256.h"
#include "io/Csv.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/Connection.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

Result<QList<QHash<QString, QString>>> readCsv(const QString& path, const QStringList& required, QByteArray& all)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, ControlLibrary::tr("Cannot read the control library file “%1”.").arg(path));
    }
    const QByteArray data = file.readAll();
    all += data;
    auto records = Csv::parse(data);
    if (!records || records->isEmpty()) {
        return makeError(ErrorCode::Corrupt, ControlLibrary::tr("The control library file “%1” is damaged.").arg(path));
    }
    const QStringList header = records->first().fields;
    for (const QString& column : required) {
        if (!header.contains(column)) {
            return makeError(ErrorCode::Corrupt,
                             ControlLibrary::tr("The control library file “%1” has no column “%2”.").arg(path, column));
        }
    }
    QList<QHash<QString, QString>> rows;
    for (int i = 1; i < records->size(); ++i) {
        QHash<QString, QString> row;
        for (int c = 0; c < header.size(); ++c) {
            row.insert(header[c], records->at(i).fields.value(c).trimmed());
        }
        rows << row;
    }
    return rows;
}

const QString ReleaseKey = u"controls_release"_s;

} // namespace

QString ControlLibrary::defaultDirectory()
{
    return u":/attest/controls"_s;
}

Result<ControlLibrary::Seed> ControlLibrary::loadSeed(const QString& directory)
{
    Seed seed;
    QByteArray all;
    auto controls =
        readCsv(directory + u"/controls.csv"_s,
                {u"code"_s, u"name"_s, u"type"_s, u"operation_frequency"_s, u"test_frequency"_s, u"description"_s},
                all);
    if (!controls) {
        return controls.error();
    }
    for (const auto& row : *controls) {
        Control c;
        c.code = row.value(u"code"_s);
        c.name = row.value(u"name"_s);
        c.type = row.value(u"type"_s);
        c.description = row.value(u"description"_s);
        c.operationFrequency = row.value(u"operation_frequency"_s);
        c.testFrequency = row.value(u"test_frequency"_s);
        c.origin = u"seeded"_s;
        seed.controls << c;
    }
    auto mappings =
        readCsv(directory + u"/control-mappings.csv"_s, {u"control"_s, u"framework"_s, u"ref"_s, u"rationale"_s}, all);
    if (!mappings) {
        return mappings.error();
    }
    for (const auto& row : *mappings) {
        seed.mappings << SeedMapping{
            row.value(u"control"_s), row.value(u"framework"_s), row.value(u"ref"_s), row.value(u"rationale"_s)};
    }
    seed.release = QString::fromLatin1(Sha256::hash(all).toHex().left(16));
    return seed;
}

Result<bool> ControlLibrary::needsSeed(Connection& connection, const QString& directory)
{
    auto seed = loadSeed(directory);
    if (!seed) {
        return seed.error();
    }
    auto stored = ComplianceRepository(connection).info(ReleaseKey);
    if (!stored) {
        return stored.error();
    }
    return *stored != seed->release;
}

Result<ControlLibrary::Report> ControlLibrary::seed(Connection& connection, const QString& directory)
{
    auto loaded = loadSeed(directory);
    if (!loaded) {
        return loaded.error();
    }
    const Seed& seed = *loaded;
    ComplianceRepository repository(connection);
    CatalogRepository catalogs(connection);
    auto stored = repository.info(ReleaseKey);
    if (!stored) {
        return stored.error();
    }
    if (*stored == seed.release) {
        return Report();
    }
    // What an earlier release already brought is the user's to change or remove: only new codes and pairs are added.
    auto previous = repository.info(u"controls_seeded_pairs"_s);
    if (!previous) {
        return previous.error();
    }
    const QStringList previousPairs = previous->split(u'\n', Qt::SkipEmptyParts);
    const QSet<QString> seededBefore(previousPairs.cbegin(), previousPairs.cend());
    QHash<QString, QHash<QString, qint64>> refs; // framework key -> ref -> requirement id
    auto frameworks = catalogs.frameworks();
    if (!frameworks) {
        return frameworks.error();
    }
    for (const Framework& f : *frameworks) {
        auto ids = catalogs.requirementIds(f.id);
        if (!ids) {
            return ids.error();
        }
        refs.insert(f.key, *ids);
    }
    Report report;
    QStringList pairs;
    auto written = connection.write(
        tr("Load the AI security control library (release %1)").arg(seed.release),
        [&](WriteTransaction& txn) -> Result<void> {
            QHash<QString, qint64> ids;
            auto existing = repository.controls();
            if (!existing) {
                return existing.error();
            }
            for (const Control& c : *existing) {
                ids.insert(c.code.toUpper(), c.id);
            }
            auto existingMappings = repository.controlMappings();
            if (!existingMappings) {
                return existingMappings.error();
            }
            QSet<QPair<qint64, qint64>> present;
            for (const ControlMapping& m : *existingMappings) {
                present.insert({m.controlId, m.requirementId});
            }
            for (const Control& c : seed.controls) {
                const QString key = u"control:"_s + c.code;
                pairs << key;
                if (ids.contains(c.code.toUpper()) || seededBefore.contains(key)) {
                    continue;
                }
                auto created = txn.create(ComplianceRepository::controlSpec(), ComplianceRepository::toValues(c));
                if (!created) {
                    return created.error();
                }
                ids.insert(c.code.toUpper(), *created);
                ++report.controlsAdded;
            }
            for (const SeedMapping& m : seed.mappings) {
                const QString key = u"mapping:%1|%2|%3"_s.arg(m.controlCode, m.frameworkKey, m.ref);
                const qint64 control = ids.value(m.controlCode.toUpper());
                const qint64 requirement = refs.value(m.frameworkKey).value(m.ref);
                if (!control || !requirement) {
                    // Not here yet (its catalog or control is missing): a later seed may still add it.
                    ++report.mappingsSkipped;
                    continue;
                }
                pairs << key;
                if (present.contains({control, requirement}) || seededBefore.contains(key)) {
                    continue;
                }
                ControlMapping mapping{0, control, requirement, m.rationale};
                auto created =
                    txn.create(ComplianceRepository::controlMappingSpec(), ComplianceRepository::toValues(mapping));
                if (!created) {
                    return created.error();
                }
                present.insert({control, requirement});
                ++report.mappingsAdded;
            }
            // What was seeded is remembered in the same transaction: all of it or none of it.
            for (const QString& key : seededBefore) {
                if (!pairs.contains(key)) {
                    pairs << key; // brought by an earlier release and since dropped from the seed
                }
            }
            if (auto marked = repository.setInfo(ReleaseKey, seed.release); !marked) {
                return marked;
            }
            return repository.setInfo(u"controls_seeded_pairs"_s, pairs.join(u'\n'));
        });
    if (!written) {
        return written.error();
    }
    qCInfo(lcStorage) << "control library:" << report.controlsAdded << "controls," << report.mappingsAdded
                      << "mappings added," << report.mappingsSkipped << "skipped";
    return report;
}

} // namespace attest
