#include "RiskImport.h"

#include "core/Logging.h"
#include "io/Csv.h"
#include "risk/RiskService.h"
#include "storage/ComplianceRepository.h"
#include "storage/Connection.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"
#include "storage/WriteTransaction.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

constexpr int MaxProblems = 1000; // enough to fix a file; the rest is counted

QString normalised(const QString& header)
{
    QString s = header.toCaseFolded();
    for (QChar& c : s) {
        if (!c.isLetterOrNumber()) {
            c = u' ';
        }
    }
    return s.simplified();
}

QString folded(const QString& text)
{
    return text.simplified().toCaseFolded();
}

// The spellings spreadsheets use for each field, best match first.
const QList<QStringList>& aliases()
{
    static const QList<QStringList> list = {
        {u"system"_s,
         u"system code"_s,
         u"ai system"_s,
         u"system id"_s,
         u"application"_s,
         u"system name"_s,
         u"ai system name"_s},
        {u"threat"_s,
         u"threat name"_s,
         u"threat code"_s,
         u"threat category"_s,
         u"risk category"_s,
         u"risk type"_s,
         u"hazard"_s},
        {u"scenario"_s, u"risk scenario"_s, u"risk description"_s, u"description"_s, u"risk"_s},
        {u"assets"_s, u"affected assets"_s, u"asset"_s},
        {u"likelihood"_s, u"inherent likelihood"_s, u"probability"_s, u"l"_s},
        {u"impact"_s, u"inherent impact"_s, u"severity"_s, u"consequence"_s, u"i"_s},
        {u"treatment"_s, u"risk treatment"_s, u"risk response"_s, u"response"_s, u"strategy"_s},
        {u"controls"_s, u"linked controls"_s, u"treating controls"_s, u"mitigating controls"_s, u"control"_s},
        {u"residual likelihood"_s, u"residual probability"_s},
        {u"residual impact"_s, u"residual severity"_s},
        {u"owner"_s, u"risk owner"_s, u"responsible"_s},
        {u"due date"_s, u"due"_s, u"target date"_s, u"deadline"_s},
        {u"next review"_s, u"next review date"_s, u"review date"_s},
        {u"status"_s, u"risk status"_s, u"state"_s},
        {u"accepted by"_s, u"approved by"_s, u"approver"_s},
        {u"accepted on"_s, u"acceptance date"_s, u"approved on"_s, u"approval date"_s},
        {u"acceptance justification"_s, u"justification"_s, u"acceptance rationale"_s, u"rationale"_s},
    };
    return list;
}

// A code or its label, any case; `synonyms` adds common spreadsheet words.
QString codeFor(const QString& text,
                const QStringList& codes,
                const std::function<QString(const QString&)>& label,
                const QHash<QString, QString>& synonyms = {})
{
    const QString f = folded(text);
    for (const QString& code : codes) {
        if (f == folded(code) || f == folded(label(code)) || f == normalised(code)) {
            return code;
        }
    }
    return synonyms.value(f, u"?"_s);
}

// "4", "4.0", "Likely", "4 - Likely", "4 (Likely)". 0: not a step; -1: number and name disagree.
int parseStep(const QString& raw, const QStringList& names)
{
    const QString text = raw.trimmed();
    bool isNumber = false;
    const double value = text.toDouble(&isNumber);
    if (isNumber) {
        return value == double(int(value)) && value >= 1 && value <= names.size() ? int(value) : 0;
    }
    for (int i = 0; i < names.size(); ++i) {
        if (folded(names[i]) == folded(text)) {
            return i + 1;
        }
    }
    static const QRegularExpression numbered(u"^(\\d+)\\s*[-–:.(]?\\s*([^)]*)\\)?$"_s);
    const auto m = numbered.match(text);
    if (!m.hasMatch()) {
        return 0;
    }
    const int step = m.captured(1).toInt();
    if (step < 1 || step > names.size()) {
        return 0;
    }
    const QString name = m.captured(2).trimmed();
    return name.isEmpty() || folded(name) == folded(names[step - 1]) ? step : -1;
}

// YYYY-MM-DD, also with a time after it, YYYY/MM/DD and DD.MM.YYYY; "" for an empty cell, nullopt when unreadable.
// Day/month orders that cannot be told apart (03/04/2026) are refused rather than guessed.
std::optional<QString> parseDate(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        return QString();
    }
    static const QRegularExpression iso(u"^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ].*)?$"_s);
    static const QRegularExpression dotted(u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"_s);
    QDate date;
    if (const auto m = iso.match(text); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const auto d = dotted.match(text); d.hasMatch()) {
        date = QDate(d.captured(3).toInt(), d.captured(2).toInt(), d.captured(1).toInt());
    }
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date.toString(Qt::ISODate);
}

QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(u"[;,\\n]"_s);
    QStringList items;
    for (const QString& item : text.split(separators, Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty()) {
            items << item.trimmed();
        }
    }
    return items;
}

} // namespace

QString RiskImportPlan::summary() const
{
    if (!problems.isEmpty()) {
        return RiskImport::tr("Problems found: %1; nothing was imported.").arg(problems.size() + moreProblems);
    }
    if (needsThreatConsent()) {
        return RiskImport::tr("Threats not in the threat catalog: %1; nothing was imported. Agree to add them, or "
                              "correct their names.")
            .arg(unknownThreats.size());
    }
    if (unknownThreats.isEmpty()) {
        return RiskImport::tr("Rows read: %1; new risks: %2.").arg(rows).arg(toCreate.size());
    }
    return RiskImport::tr("Rows read: %1; new risks: %2; new threats: %3.")
        .arg(rows)
        .arg(toCreate.size())
        .arg(unknownThreats.size());
}

QString RiskImport::fieldKey(int field)
{
    static const QStringList keys = {u"system"_s,
                                     u"threat"_s,
                                     u"scenario"_s,
                                     u"assets"_s,
                                     u"likelihood"_s,
                                     u"impact"_s,
                                     u"treatment"_s,
                                     u"controls"_s,
                                     u"residual_likelihood"_s,
                                     u"residual_impact"_s,
                                     u"owner"_s,
                                     u"due_date"_s,
                                     u"next_review"_s,
                                     u"status"_s,
                                     u"accepted_by"_s,
                                     u"accepted_on"_s,
                                     u"acceptance_justification"_s};
    return keys.value(field);
}

QString RiskImport::fieldLabel(int field)
{
    switch (Field(field)) {
    case System:
        return tr("AI system (code or name)");
    case Threat:
        return tr("Threat (name or code)");
    case Scenario:
        return tr("Scenario");
    case Assets:
        return tr("Affected assets");
    case Likelihood:
        return tr("Likelihood");
    case Impact:
        return tr("Impact");
    case Treatment:
        return tr("Treatment");
    case Controls:
        return tr("Treating controls");
    case ResidualLikelihood:
        return tr("Residual likelihood");
    case ResidualImpact:
        return tr("Residual impact");
    case Owner:
        return tr("Owner");
    case DueDate:
        return tr("Due date");
    case NextReview:
        return tr("Next review");
    case Status:
        return tr("Status");
    case AcceptedBy:
        return tr("Accepted by");
    case AcceptedOn:
        return tr("Accepted on");
    case Justification:
        return tr("Acceptance justification");
    case FieldCount:
        break;
    }
    return {};
}

bool RiskImport::isRequired(int field)
{
    return field == System || field == Threat || field == Likelihood || field == Impact;
}

QList<int> RiskImport::guessMapping(const QStringList& headers)
{
    QList<int> mapping(headers.size(), -1);
    QStringList names;
    for (const QString& h : headers) {
        names << normalised(h);
    }
    for (int field = 0; field < FieldCount; ++field) {
        QStringList candidates = aliases().value(field);
        candidates << normalised(fieldLabel(field));
        for (const QString& alias : std::as_const(candidates)) {
            const qsizetype column = names.indexOf(alias);
            if (column >= 0 && mapping[column] < 0) {
                mapping[column] = field;
                break;
            }
        }
    }
    return mapping;
}

Result<RiskImport::Preview> RiskImport::preview(const QByteArray& data, int count)
{
    auto parsed = Csv::parse(data);
    if (!parsed) {
        return parsed.error();
    }
    if (parsed->isEmpty()) {
        return makeError(ErrorCode::Validation, tr("The file is empty: it needs a header row and one row per risk."));
    }
    Preview p;
    for (const QString& h : parsed->first().fields) {
        p.headers << h.trimmed();
    }
    for (int i = 1; i < parsed->size(); ++i) {
        bool blank = true;
        for (const QString& f : parsed->at(i).fields) {
            blank = blank && f.trimmed().isEmpty();
        }
        p.totalRows += blank ? 0 : 1;
    }
    for (int i = 1; i < parsed->size() && i <= count; ++i) {
        p.rows << parsed->at(i).fields;
    }
    return p;
}

Result<RiskImportPlan>
RiskImport::plan(Connection& connection, const QByteArray& data, const QString& fileName, const Options& options)
{
    RiskImportPlan plan;
    plan.fileName = fileName;
    plan.createThreats = options.createThreats;
    auto problem = [&plan](int line, const QString& message) {
        if (plan.problems.size() < MaxProblems) {
            plan.problems << ImportProblem{line, message};
        } else {
            ++plan.moreProblems;
        }
    };
    auto parsed = Csv::parse(data);
    if (!parsed) {
        problem(0, parsed.error().message);
        return plan;
    }
    const QList<CsvRecord>& records = *parsed;
    if (records.isEmpty()) {
        problem(0, tr("The file is empty: it needs a header row and one row per risk."));
        return plan;
    }
    for (const QString& h : records.first().fields) {
        plan.headers << h.trimmed();
    }
    plan.mapping = options.mapping.value_or(guessMapping(plan.headers));
    const int headerLine = records.first().line;
    if (plan.mapping.size() != plan.headers.size()) {
        problem(headerLine, tr("the column mapping does not match the file's %1 columns").arg(plan.headers.size()));
        return plan;
    }
    QList<int> column(FieldCount, -1);
    for (int c = 0; c < plan.mapping.size(); ++c) {
        const int field = plan.mapping[c];
        if (field < 0 || field >= FieldCount) {
            continue;
        }
        if (column[field] >= 0) {
            problem(headerLine,
                    tr("the columns “%1” and “%2” are both read as %3; keep one")
                        .arg(plan.headers[column[field]], plan.headers[c], fieldLabel(field)));
        }
        column[field] = c;
    }
    for (int field = 0; field < FieldCount; ++field) {
        if (isRequired(field) && column[field] < 0) {
            problem(headerLine, tr("no column is read as %1: every risk needs it").arg(fieldLabel(field)));
        }
    }
    if (!plan.problems.isEmpty()) {
        return plan;
    }

    // What rows refer to.
    auto matrixRead = RiskRepository(connection).currentMatrix();
    if (!matrixRead) {
        return matrixRead.error();
    }
    if (!matrixRead->has_value()) {
        return makeError(ErrorCode::NotFound, tr("This workspace has no risk matrix yet."));
    }
    const RiskMatrix matrix = **matrixRead;
    auto systems = SystemRepository(connection).all();
    if (!systems) {
        return systems.error();
    }
    QHash<QString, qint64> systemByCode;
    QHash<QString, QList<qint64>> systemsByName;
    for (const AiSystem& s : *systems) {
        systemByCode.insert(folded(s.code()), s.id);
        systemsByName[folded(s.name())] << s.id;
    }
    auto threats = RiskRepository(connection).threats();
    if (!threats) {
        return threats.error();
    }
    QHash<QString, qint64> threatByKey;
    for (const attest::Threat& t : *threats) {
        threatByKey.insert(folded(t.name), t.id);
        threatByKey.insert(folded(t.code), t.id);
    }
    auto controls = ComplianceRepository(connection).controls();
    if (!controls) {
        return controls.error();
    }
    QHash<QString, qint64> controlByCode;
    for (const Control& c : *controls) {
        controlByCode.insert(folded(c.code), c.id);
    }
    auto existing = RiskRepository(connection).riskKeys();
    if (!existing) {
        return existing.error();
    }
    QHash<QString, int> unknownThreatIndex; // folded name -> index in plan.unknownThreats
    QHash<QString, int> lineOfKey;
    static const QHash<QString, QString> treatmentWords = {{u"mitigation"_s, u"mitigate"_s},
                                                           {u"reduce"_s, u"mitigate"_s},
                                                           {u"treat"_s, u"mitigate"_s},
                                                           {u"acceptance"_s, u"accept"_s},
                                                           {u"retain"_s, u"accept"_s},
                                                           {u"tolerate"_s, u"accept"_s},
                                                           {u"share"_s, u"transfer"_s},
                                                           {u"transference"_s, u"transfer"_s},
                                                           {u"avoidance"_s, u"avoid"_s},
                                                           {u"terminate"_s, u"avoid"_s}};
    static const QHash<QString, QString> statusWords = {{u"new"_s, u"open"_s},
                                                        {u"identified"_s, u"open"_s},
                                                        {u"in progress"_s, u"treating"_s},
                                                        {u"in treatment"_s, u"treating"_s},
                                                        {u"mitigating"_s, u"treating"_s},
                                                        {u"done"_s, u"closed"_s},
                                                        {u"resolved"_s, u"closed"_s}};

    for (int i = 1; i < records.size(); ++i) {
        const CsvRecord& record = records[i];
        const int line = record.line;
        bool blank = true;
        for (const QString& f : record.fields) {
            blank = blank && f.trimmed().isEmpty();
        }
        if (blank) {
            continue; // spreadsheets leave empty rows at the end
        }
        ++plan.rows;
        if (record.fields.size() > plan.headers.size()) {
            bool extra = false;
            for (qsizetype f = plan.headers.size(); f < record.fields.size(); ++f) {
                extra = extra || !record.fields[f].trimmed().isEmpty();
            }
            if (extra) {
                problem(line,
                        tr("the row has %1 fields where the header has %2")
                            .arg(record.fields.size())
                            .arg(plan.headers.size()));
                continue;
            }
        }
        auto value = [&](int field) {
            return column[field] < 0 ? QString() : record.fields.value(column[field]).trimmed();
        };
        const int problemsBefore = int(plan.problems.size());
        Risk r;

        const QString systemText = value(System);
        if (systemText.isEmpty()) {
            problem(line, tr("the AI system is empty"));
        } else if (const qint64 id = systemByCode.value(folded(systemText))) {
            r.systemId = id;
        } else if (const QList<qint64> named = systemsByName.value(folded(systemText)); named.size() == 1) {
            r.systemId = named.first();
        } else if (named.size() > 1) {
            problem(line,
                    tr("“%1” is the name of %2 AI systems; give the system's code").arg(systemText).arg(named.size()));
        } else {
            problem(line, tr("the AI system “%1” is not in the inventory (neither a code nor a name)").arg(systemText));
        }

        const QString threatText = value(Threat);
        QString newThreat;
        if (threatText.isEmpty()) {
            problem(line, tr("the threat is empty"));
        } else if (const qint64 id = threatByKey.value(folded(threatText))) {
            r.threatId = id;
        } else {
            const QString key = folded(threatText);
            if (!unknownThreatIndex.contains(key)) {
                unknownThreatIndex.insert(key, int(plan.unknownThreats.size()));
                plan.unknownThreats << RiskImportPlan::NewThreat{threatText.simplified(), {}};
            }
            plan.unknownThreats[unknownThreatIndex.value(key)].lines << line;
            newThreat = plan.unknownThreats[unknownThreatIndex.value(key)].name;
            r.threatId = -1 - unknownThreatIndex.value(key); // a placeholder until the threat exists
        }

        r.scenario = value(Scenario);
        auto step = [&](int field, const QStringList& names, bool required) -> int {
            const QString text = value(field);
            if (text.isEmpty()) {
                if (required) {
                    problem(line, tr("%1 is empty").arg(fieldLabel(field)));
                }
                return 0;
            }
            const int s = parseStep(text, names);
            if (s == 0) {
                problem(line,
                        tr("%1 “%2” is neither a step from 1 to %3 nor one of: %4")
                            .arg(fieldLabel(field), text)
                            .arg(names.size())
                            .arg(names.join(u", "_s)));
            } else if (s < 0) {
                problem(line, tr("%1 “%2”: the number and the name disagree").arg(fieldLabel(field), text));
            }
            return std::max(s, 0);
        };
        r.likelihood = step(Likelihood, matrix.likelihood, true);
        r.impact = step(Impact, matrix.impact, true);
        r.residualLikelihood = step(ResidualLikelihood, matrix.likelihood, false);
        r.residualImpact = step(ResidualImpact, matrix.impact, false);

        QStringList assets;
        for (const QString& a : splitList(value(Assets))) {
            const QString code = codeFor(a, RiskText::assets(), &RiskText::asset);
            if (code == u"?"_s) {
                problem(
                    line,
                    tr("“%1” is not an asset: training data, model, pipeline, inference endpoint or outputs").arg(a));
            } else if (!assets.contains(code)) {
                assets << code;
            }
        }
        r.assets = assets.join(u',');

        if (const QString t = value(Treatment); !t.isEmpty()) {
            r.treatment = codeFor(t, RiskText::treatments(), &RiskText::treatment, treatmentWords);
            if (r.treatment == u"?"_s) {
                problem(line, tr("“%1” is not a treatment: mitigate, accept, transfer or avoid").arg(t));
                r.treatment.clear();
            }
        }
        if (const QString s = value(Status); !s.isEmpty()) {
            r.status = codeFor(s, RiskText::statuses(), &RiskText::status, statusWords);
            if (r.status == u"?"_s) {
                problem(line, tr("“%1” is not a risk status: open, treating, accepted or closed").arg(s));
                r.status = u"open"_s;
            }
        }
        for (const QString& c : splitList(value(Controls))) {
            if (const qint64 id = controlByCode.value(folded(c))) {
                if (!r.controlIds.contains(id)) {
                    r.controlIds << id;
                }
            } else {
                problem(line, tr("the control “%1” is not in the control library").arg(c));
            }
        }
        r.owner = value(Owner);
        for (const auto& [field, target] : {std::pair{int(DueDate), &r.dueDate},
                                            std::pair{int(NextReview), &r.nextReview},
                                            std::pair{int(AcceptedOn), &r.acceptedOn}}) {
            const auto date = parseDate(value(field));
            if (!date) {
                problem(line, tr("%1 “%2” is not a date; write it as YYYY-MM-DD").arg(fieldLabel(field), value(field)));
            } else {
                *target = *date;
            }
        }
        r.acceptedBy = value(AcceptedBy);
        r.acceptanceJustification = value(Justification);

        if (plan.problems.size() > problemsBefore) {
            continue; // the rules below would only repeat what is already said
        }
        if (auto checked = RiskService::checkAndScore(r, matrix); !checked) {
            problem(line, checked.error().message);
            continue;
        }
        // A new threat's placeholder id is negative and its own, so its key cannot meet another's.
        const QString key = RiskRepository::riskKey(r.systemId, r.threatId, r.scenario);
        if (const qint64 id = existing->value(key)) {
            problem(line,
                    tr("this risk is already in the register (risk %1): same system, threat and scenario").arg(id));
            continue;
        }
        if (const int first = lineOfKey.value(key)) {
            problem(line, tr("the same system, threat and scenario as line %1").arg(first));
            continue;
        }
        lineOfKey.insert(key, line);
        plan.toCreate << r;
        plan.newThreatOfRow << newThreat;
        plan.lineOfRow << line;
    }
    if (plan.rows == 0) {
        problem(0, tr("The file has a header but no rows."));
    }
    return plan;
}

Result<void> RiskImport::apply(Connection& connection, const RiskImportPlan& plan, const Progress& progress)
{
    if (!plan.ok()) {
        return makeError(ErrorCode::Validation, plan.summary());
    }
    const qint64 total = plan.toCreate.size();
    if (total == 0) {
        return {};
    }
    RiskRepository repository(connection);
    auto matrix = repository.currentMatrix();
    if (!matrix) {
        return matrix.error();
    }
    if (!matrix->has_value() ||
        (!plan.toCreate.isEmpty() && (*matrix)->version != plan.toCreate.first().matrixVersion)) {
        return makeError(ErrorCode::Validation,
                         tr("The risk matrix changed after the file was checked; check the file again."));
    }
    auto threats = repository.threats();
    if (!threats) {
        return threats.error();
    }
    QSet<QString> codes;
    for (const attest::Threat& t : *threats) {
        codes.insert(t.code.toUpper());
    }
    const QString file = QFileInfo(plan.fileName).fileName();
    const QString reason = plan.unknownThreats.isEmpty()
                               ? tr("Import a risk register from %1 (%2 risks)").arg(file).arg(total)
                               : tr("Import a risk register from %1 (%2 risks, %3 new threats)")
                                     .arg(file)
                                     .arg(total)
                                     .arg(plan.unknownThreats.size());
    return connection.write(reason, [&](WriteTransaction& txn) -> Result<void> {
        // The file was checked before; what others wrote since is checked again here, inside the write.
        auto existing = repository.riskKeys();
        auto current = repository.threats();
        if (!existing || !current) {
            return !existing ? existing.error() : current.error();
        }
        QHash<QString, qint64> threatByName;
        for (const attest::Threat& t : *current) {
            threatByName.insert(folded(t.name), t.id);
            codes.insert(t.code.toUpper());
        }
        QHash<QString, qint64> newThreatId;
        int number = 1;
        for (const RiskImportPlan::NewThreat& t : plan.unknownThreats) {
            if (const qint64 id = threatByName.value(folded(t.name))) {
                newThreatId.insert(t.name, id); // added meanwhile by someone else: use it
                continue;
            }
            QString code;
            do {
                code = u"THR-U%1"_s.arg(number++, 3, 10, QLatin1Char('0'));
            } while (codes.contains(code));
            codes.insert(code);
            attest::Threat threat{0,
                                  code,
                                  t.name,
                                  tr("Added by the import of %1; describe it in the threat catalog.").arg(file),
                                  QString(),
                                  u"custom"_s};
            auto created = txn.create(RiskRepository::threatSpec(), RiskRepository::toValues(threat));
            if (!created) {
                return created.error();
            }
            newThreatId.insert(t.name, *created);
        }
        for (qint64 done = 0; done < total; ++done) {
            Risk risk = plan.toCreate[done];
            const int line = plan.lineOfRow.value(done);
            if (const QString& name = plan.newThreatOfRow.value(done); !name.isEmpty()) {
                risk.threatId = newThreatId.value(name);
            }
            if (const qint64 id =
                    existing->value(RiskRepository::riskKey(risk.systemId, risk.threatId, risk.scenario))) {
                return makeError(ErrorCode::Validation,
                                 tr("line %1: this risk was added to the register meanwhile (risk %2); nothing was "
                                    "imported. Check the file again.")
                                     .arg(line)
                                     .arg(id));
            }
            auto created = RiskService::createRisk(txn, risk, **matrix);
            if (!created) {
                Error error = created.error();
                error.message = tr("line %1: %2").arg(line).arg(error.message);
                return error;
            }
            if (progress && ((done + 1) % 256 == 0 || done + 1 == total) && !progress(done + 1, total)) {
                return makeError(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
            }
        }
        return {};
    });
}

Result<RiskImportPlan> RiskImport::importFile(
    Connection& connection, const QString& path, bool dryRun, const Options& options, const Progress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, tr("Cannot read “%1”: %2.").arg(path, file.errorString()));
    }
    auto planned = plan(connection, file.readAll(), path, options);
    if (!planned || dryRun || !planned->ok()) {
        return planned;
    }
    if (auto applied = apply(connection, *planned, progress); !applied) {
        return applied.error();
    }
    qCInfo(lcImport) << "imported risks from" << path << planned->summary();
    return planned;
}

} // namespace attest
