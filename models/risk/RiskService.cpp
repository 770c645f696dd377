#include "RiskService.h"

#include "core/Dates.h"
#include "core/Logging.h"
#include "core/Sha256.h"
#include "io/Csv.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/Connection.h"
#include "storage/RiskRepository.h"
#include "storage/WriteTransaction.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

using Repo = RiskRepository;

const QString ReleaseKey = u"threats_release"_s;

Result<void> setControls(WriteTransaction& txn, qint64 riskId, const QList<qint64>& controlIds)
{
    auto existing = txn.idsWhere(Repo::riskControlSpec(), u"risk_id"_s, riskId);
    if (!existing) {
        return existing.error();
    }
    QSet<qint64> wanted(controlIds.cbegin(), controlIds.cend());
    for (qint64 linkId : *existing) {
        auto row = txn.fetch(Repo::riskControlSpec(), linkId);
        if (!row) {
            return row.error();
        }
        const qint64 control = row->has_value() ? (*row)->value(u"control_id"_s).toLongLong() : 0;
        if (wanted.contains(control)) {
            wanted.remove(control); // already there
        } else if (auto removed = txn.remove(Repo::riskControlSpec(), linkId); !removed) {
            return removed;
        }
    }
    for (qint64 control : controlIds) {
        if (!wanted.contains(control)) {
            continue;
        }
        wanted.remove(control);
        auto created = txn.create(Repo::riskControlSpec(), {{u"risk_id"_s, riskId}, {u"control_id"_s, control}});
        if (!created) {
            return created.error();
        }
    }
    return {};
}

} // namespace

RiskService::RiskService(Connection& connection)
    : m_connection(connection)
{ }

Result<bool> RiskService::needsSeed(Connection& connection, const QString& threatsFile)
{
    QFile file(threatsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, tr("Cannot read the threat catalog file “%1”.").arg(threatsFile));
    }
    const QString release = QString::fromLatin1(Sha256::hash(file.readAll()).toHex().left(16));
    auto stored = ComplianceRepository(connection).info(ReleaseKey);
    if (!stored) {
        return stored.error();
    }
    return *stored != release;
}

Result<int> RiskService::seed(Connection& connection, const QString& threatsFile)
{
    QFile file(threatsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, tr("Cannot read the threat catalog file “%1”.").arg(threatsFile));
    }
    const QByteArray data = file.readAll();
    const QString release = QString::fromLatin1(Sha256::hash(data).toHex().left(16));
    ComplianceRepository info(connection);
    auto stored = info.info(ReleaseKey);
    if (!stored) {
        return stored.error();
    }
    if (*stored == release) {
        return 0;
    }
    auto records = Csv::parse(data);
    if (!records || records->isEmpty()) {
        return makeError(ErrorCode::Corrupt, tr("The threat catalog file “%1” is damaged.").arg(threatsFile));
    }
    const QStringList header = records->first().fields;
    auto column = [&](const QString& name) { return int(header.indexOf(name)); };
    // Requirement ids of the OWASP 2025 and MITRE ATLAS entries, control ids by code.
    CatalogRepository catalogs(connection);
    QHash<QString, qint64> owasp;
    QHash<QString, qint64> atlas;
    for (const auto& [key, target] : {std::pair<QString, QHash<QString, qint64>*>{u"owasp-llm-2025"_s, &owasp},
                                      std::pair<QString, QHash<QString, qint64>*>{u"mitre-atlas"_s, &atlas}}) {
        auto f = catalogs.framework(key);
        if (f && f->has_value()) {
            if (auto ids = catalogs.requirementIds((*f)->id)) {
                *target = *ids;
            }
        }
    }
    QHash<QString, qint64> controls;
    if (auto list = ComplianceRepository(connection).controls()) {
        for (const Control& c : *list) {
            controls.insert(c.code.toUpper(), c.id);
        }
    }
    RiskRepository repository(connection);
    auto existing = repository.threats();
    auto matrix = repository.currentMatrix();
    if (!existing || !matrix) {
        return makeError(ErrorCode::Database, tr("The threat catalog could not be read."));
    }
    QSet<QString> present;
    for (const Threat& t : *existing) {
        present.insert(t.code.toUpper());
    }
    auto previous = info.info(u"threats_seeded"_s);
    if (!previous) {
        return previous.error();
    }
    const QStringList seededList = previous->split(u'\n', Qt::SkipEmptyParts);
    QSet<QString> seededBefore(seededList.cbegin(), seededList.cend());
    int added = 0;
    auto written = connection.write(
        tr("Load the AI threat catalog (release %1)").arg(release), [&](WriteTransaction& txn) -> Result<void> {
            if (!matrix->has_value()) {
                const RiskMatrix defaults = RiskMatrix::defaults();
                auto created = txn.create(Repo::matrixSpec(),
                                          {{u"version"_s, qint64(1)},
                                           {u"definition"_s, defaults.toJson()},
                                           {u"note"_s, tr("Default 5 × 5 matrix")}});
                if (!created) {
                    return created.error();
                }
            }
            for (int i = 1; i < records->size(); ++i) {
                const QStringList f = records->at(i).fields;
                auto field = [&](const QString& name) { return f.value(column(name)).trimmed(); };
                Threat t{0,
                         field(u"code"_s),
                         field(u"name"_s),
                         field(u"description"_s),
                         field(u"assets"_s).replace(u';', u','),
                         u"seeded"_s};
                if (t.code.isEmpty() || present.contains(t.code.toUpper()) || seededBefore.contains(t.code.toUpper())) {
                    continue;
                }
                auto id = txn.create(Repo::threatSpec(), Repo::toValues(t));
                if (!id) {
                    return id.error();
                }
                ++added;
                seededBefore.insert(t.code.toUpper());
                for (const auto& [name, refs] :
                     {std::pair<QString, const QHash<QString, qint64>*>{u"owasp"_s, &owasp},
                      std::pair<QString, const QHash<QString, qint64>*>{u"atlas"_s, &atlas}}) {
                    for (const QString& ref : field(name).split(u';', Qt::SkipEmptyParts)) {
                        if (const qint64 requirement = refs->value(ref.trimmed())) {
                            auto link = txn.create(Repo::threatLinkSpec(),
                                                   {{u"threat_id"_s, *id}, {u"requirement_id"_s, requirement}});
                            if (!link) {
                                return link.error();
                            }
                        }
                    }
                }
                for (const QString& code : field(u"controls"_s).split(u';', Qt::SkipEmptyParts)) {
                    if (const qint64 control = controls.value(code.trimmed().toUpper())) {
                        auto link =
                            txn.create(Repo::threatControlSpec(), {{u"threat_id"_s, *id}, {u"control_id"_s, control}});
                        if (!link) {
                            return link.error();
                        }
                    }
                }
            }
            if (auto marked = info.setInfo(u"threats_seeded"_s,
                                           QStringList(seededBefore.cbegin(), seededBefore.cend()).join(u'\n'));
                !marked) {
                return marked;
            }
            return info.setInfo(ReleaseKey, release);
        });
    if (!written) {
        return written.error();
    }
    qCInfo(lcStorage) << "threat catalog:" << added << "threats added";
    return added;
}

Result<qint64> RiskService::addThreat(const Threat& input)
{
    Threat t = input;
    t.code = t.code.trimmed();
    t.name = t.name.trimmed();
    t.origin = u"custom"_s;
    if (t.code.isEmpty() || t.name.isEmpty()) {
        return makeError(ErrorCode::Validation, tr("A threat needs a code and a name."));
    }
    auto existing = RiskRepository(m_connection).threatByCode(t.code);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return makeError(ErrorCode::AlreadyExists,
                         tr("There is already a threat %1; choose another code.").arg(t.code));
    }
    qint64 id = 0;
    auto written = m_connection.write(tr("Add threat %1").arg(t.code), [&](WriteTransaction& txn) -> Result<void> {
        auto created = txn.create(Repo::threatSpec(), Repo::toValues(t));
        if (!created) {
            return created.error();
        }
        id = *created;
        return {};
    });
    if (!written) {
        return written.error();
    }
    return id;
}

Result<int> RiskService::saveMatrix(const RiskMatrix& input, const QString& note, int basedOn)
{
    if (auto valid = input.validate(); !valid) {
        return valid.error();
    }
    auto current = RiskRepository(m_connection).currentMatrix();
    if (!current) {
        return current.error();
    }
    const int latest = current->has_value() ? (*current)->version : 0;
    if (basedOn > 0 && basedOn != latest) {
        return makeError(ErrorCode::Conflict,
                         tr("Risk matrix version %1 was saved while you edited version %2; close the editor and make "
                            "your change on the new version.")
                             .arg(latest)
                             .arg(basedOn));
    }
    const int version = latest + 1;
    auto written =
        m_connection.write(tr("Save risk matrix version %1").arg(version), [&](WriteTransaction& txn) -> Result<void> {
            auto created = txn.create(
                Repo::matrixSpec(),
                {{u"version"_s, qint64(version)}, {u"definition"_s, input.toJson()}, {u"note"_s, note.trimmed()}});
            return created ? Result<void>() : Result<void>(created.error());
        });
    if (!written) {
        return written.error();
    }
    return version;
}

Result<void> RiskService::checkAndScore(Risk& r, const RiskMatrix& m)
{
    auto fail = [](const QString& message) { return Result<void>(makeError(ErrorCode::Validation, message)); };
    if (!r.systemId) {
        return fail(tr("A risk belongs to an AI system."));
    }
    if (!r.threatId) {
        return fail(tr("A risk names the threat it comes from."));
    }
    if (!m.inRange(r.likelihood, r.impact)) {
        return fail(tr("Likelihood and impact must be steps of the risk matrix: 1 to %1 and 1 to %2.")
                        .arg(m.likelihood.size())
                        .arg(m.impact.size()));
    }
    if ((r.residualLikelihood > 0) != (r.residualImpact > 0)) {
        return fail(tr("A residual assessment needs both likelihood and impact."));
    }
    if (r.hasResidual() && !m.inRange(r.residualLikelihood, r.residualImpact)) {
        return fail(tr("Residual likelihood and impact must be steps of the risk matrix."));
    }
    if (!RiskText::treatments().contains(r.treatment)) {
        return fail(tr("“%1” is not a treatment: mitigate, accept, transfer or avoid.").arg(r.treatment));
    }
    if (!RiskText::statuses().contains(r.status)) {
        return fail(tr("“%1” is not a risk status.").arg(r.status));
    }
    for (const auto& [value, what] : {std::pair{r.dueDate, tr("Due date")},
                                      std::pair{r.nextReview, tr("Next review")},
                                      std::pair{r.acceptedOn, tr("Accepted on")}}) {
        if (!value.isEmpty() && !isStoredDate(value)) {
            return fail(tr("%1: “%2” is not a date; write it as YYYY-MM-DD.").arg(what, value));
        }
    }
    QStringList assets;
    for (const QString& a : r.assets.split(u',', Qt::SkipEmptyParts)) {
        if (!RiskText::assets().contains(a.trimmed())) {
            return fail(tr("“%1” is not an asset: %2.").arg(a.trimmed(), RiskText::assets().join(u", "_s)));
        }
        assets << a.trimmed();
    }
    r.assets = assets.join(u',');
    r.matrixVersion = m.version;
    r.inherentScore = m.score(r.likelihood, r.impact);
    r.inherentLevel = m.level(r.likelihood, r.impact);
    if (r.hasResidual()) {
        r.residualScore = m.score(r.residualLikelihood, r.residualImpact);
        r.residualLevel = m.level(r.residualLikelihood, r.residualImpact);
    } else {
        r.residualScore = 0;
        r.residualLevel.clear();
    }
    // Accepting what lies above the threshold is someone's accountable decision.
    const bool accepting = r.treatment == u"accept"_s || r.status == u"accepted"_s;
    if (accepting && m.needsApproval(r.currentScore())) {
        if (r.acceptedBy.trimmed().isEmpty() || r.acceptedOn.isEmpty() ||
            r.acceptanceJustification.trimmed().isEmpty()) {
            return fail(
                tr("A %1 risk (score %2) is above the acceptance threshold (%3): accepting it needs an approver, "
                   "a date and a justification.")
                    .arg(r.currentLevel())
                    .arg(r.currentScore())
                    .arg(m.acceptanceThreshold));
        }
    }
    return {};
}

Result<qint64> RiskService::createRisk(WriteTransaction& txn, Risk risk, const RiskMatrix& matrix)
{
    if (auto ok = checkAndScore(risk, matrix); !ok) {
        return ok.error();
    }
    auto created = txn.create(Repo::riskSpec(), Repo::toValues(risk));
    if (!created) {
        return created.error();
    }
    if (auto linked = setControls(txn, *created, risk.controlIds); !linked) {
        return linked.error();
    }
    return *created;
}

Result<qint64> RiskService::addRisk(const Risk& input)
{
    auto matrix = RiskRepository(m_connection).currentMatrix();
    if (!matrix) {
        return matrix.error();
    }
    if (!matrix->has_value()) {
        return makeError(ErrorCode::NotFound, tr("This workspace has no risk matrix yet."));
    }
    qint64 id = 0;
    auto written = m_connection.write(tr("Add a risk"), [&](WriteTransaction& txn) -> Result<void> {
        auto created = createRisk(txn, input, **matrix);
        if (!created) {
            return created.error();
        }
        id = *created;
        return {};
    });
    if (!written) {
        return written.error();
    }
    return id;
}

Result<void> RiskService::updateRisk(const Risk& input)
{
    auto matrix = RiskRepository(m_connection).currentMatrix();
    if (!matrix) {
        return matrix.error();
    }
    if (!matrix->has_value()) {
        return makeError(ErrorCode::NotFound, tr("This workspace has no risk matrix yet."));
    }
    Risk risk = input;
    if (auto ok = checkAndScore(risk, **matrix); !ok) {
        return ok;
    }
    return m_connection.write(tr("Edit a risk"), [&](WriteTransaction& txn) -> Result<void> {
        auto updated = txn.update(Repo::riskSpec(), risk.id, Repo::toValues(risk));
        if (!updated) {
            return updated.error();
        }
        return setControls(txn, risk.id, risk.controlIds);
    });
}

Result<void> RiskService::removeRisk(qint64 riskId)
{
    return m_connection.write(tr("Remove a risk"), [&](WriteTransaction& txn) -> Result<void> {
        if (auto cleared = setControls(txn, riskId, {}); !cleared) {
            return cleared;
        }
        return txn.remove(Repo::riskSpec(), riskId);
    });
}

} // namespace attest
