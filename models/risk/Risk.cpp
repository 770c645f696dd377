#include "Risk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace attest {

RiskMatrix RiskMatrix::defaults()
{
    RiskMatrix m;
    m.version = 1;
    m.likelihood = {tr("Rare"), tr("Unlikely"), tr("Possible"), tr("Likely"), tr("Almost certain")};
    m.impact = {tr("Negligible"), tr("Minor"), tr("Moderate"), tr("Major"), tr("Severe")};
    m.bands = {{tr("Low"), 1, 4, u"#3fa35b"_s},
               {tr("Medium"), 5, 9, u"#e0b020"_s},
               {tr("High"), 10, 16, u"#e07020"_s},
               {tr("Critical"), 17, 25, u"#c0302a"_s}};
    m.acceptanceThreshold = 9; // up to Medium may be accepted by the risk owner
    return m;
}

Result<RiskMatrix> RiskMatrix::fromJson(const QString& json, int version)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    RiskMatrix m;
    m.version = version;
    for (const QJsonValue& v : o.value(u"likelihood"_s).toArray()) {
        m.likelihood << v.toString();
    }
    for (const QJsonValue& v : o.value(u"impact"_s).toArray()) {
        m.impact << v.toString();
    }
    for (const QJsonValue& v : o.value(u"bands"_s).toArray()) {
        const QJsonObject b = v.toObject();
        m.bands << RiskBand{b.value(u"name"_s).toString(),
                            b.value(u"min"_s).toInt(),
                            b.value(u"max"_s).toInt(),
                            b.value(u"colour"_s).toString()};
    }
    m.acceptanceThreshold = o.value(u"acceptance_threshold"_s).toInt();
    if (auto valid = m.validate(); !valid) {
        return valid.error();
    }
    return m;
}

QString RiskMatrix::toJson() const
{
    QJsonArray bandArray;
    for (const RiskBand& b : bands) {
        bandArray.append(
            QJsonObject{{u"name"_s, b.name}, {u"min"_s, b.min}, {u"max"_s, b.max}, {u"colour"_s, b.colour}});
    }
    const QJsonObject o{{u"likelihood"_s, QJsonArray::fromStringList(likelihood)},
                        {u"impact"_s, QJsonArray::fromStringList(impact)},
                        {u"bands"_s, bandArray},
                        {u"acceptance_threshold"_s, acceptanceThreshold}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<void> RiskMatrix::validate() const
{
    auto fail = [](const QString& message) { return Result<void>(makeError(ErrorCode::Validation, message)); };
    for (const QStringList* scale : {&likelihood, &impact}) {
        if (scale->size() < 2 || scale->size() > 10) {
            return fail(tr("A scale has 2 to 10 steps."));
        }
        for (const QString& step : *scale) {
            if (step.trimmed().isEmpty()) {
                return fail(tr("Every step of a scale needs a name."));
            }
        }
    }
    if (bands.isEmpty()) {
        return fail(tr("The matrix needs at least one level."));
    }
    int next = 1;
    static const QRegularExpression colour(u"^#[0-9a-fA-F]{6}$"_s);
    for (const RiskBand& b : bands) {
        if (b.name.trimmed().isEmpty()) {
            return fail(tr("Every level needs a name."));
        }
        if (b.min != next || b.max < b.min) {
            return fail(tr("The levels must cover the scores 1 to %1 in order, without gaps or overlaps (“%2” starts "
                           "at %3, expected %4).")
                            .arg(maxScore())
                            .arg(b.name)
                            .arg(b.min)
                            .arg(next));
        }
        if (!colour.match(b.colour).hasMatch()) {
            return fail(tr("The colour of “%1” is not a colour like #c0302a.").arg(b.name));
        }
        next = b.max + 1;
    }
    if (next != maxScore() + 1) {
        return fail(tr("The levels must reach the highest score, %1.").arg(maxScore()));
    }
    if (acceptanceThreshold < 1 || acceptanceThreshold > maxScore()) {
        return fail(tr("The acceptance threshold must be a score from 1 to %1.").arg(maxScore()));
    }
    return {};
}

RiskBand RiskMatrix::band(int score) const
{
    for (const RiskBand& b : bands) {
        if (score >= b.min && score <= b.max) {
            return b;
        }
    }
    return {};
}

int RiskMatrix::levelRank(const QString& level) const
{
    for (int i = 0; i < bands.size(); ++i) {
        if (bands[i].name == level) {
            return i;
        }
    }
    return -1;
}

QString RiskMatrix::explain(int l, int i) const
{
    if (!inRange(l, i)) {
        return {};
    }
    return tr("likelihood %1 %2 × impact %3 %4 = %5 → %6")
        .arg(l)
        .arg(likelihood.at(l - 1))
        .arg(i)
        .arg(impact.at(i - 1))
        .arg(score(l, i))
        .arg(level(l, i));
}

QString RiskMatrix::explain(const Risk& r, bool residual) const
{
    if (residual) {
        return r.hasResidual() && inRange(r.residualLikelihood, r.residualImpact)
                   ? explain(r.residualLikelihood, r.residualImpact)
                   : QString();
    }
    return inRange(r.likelihood, r.impact) ? explain(r.likelihood, r.impact) : QString();
}

namespace {

int stepOf(const QStringList& scale, const QString& text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (ok) {
        return n >= 1 && n <= scale.size() ? n : 0;
    }
    for (int i = 0; i < scale.size(); ++i) {
        if (scale[i].compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
            return i + 1;
        }
    }
    return 0;
}

} // namespace

int RiskMatrix::likelihoodStep(const QString& text) const
{
    return stepOf(likelihood, text);
}

int RiskMatrix::impactStep(const QString& text) const
{
    return stepOf(impact, text);
}

QString RiskText::asset(const QString& code)
{
    if (code == u"training_data"_s) {
        return tr("Training data");
    }
    if (code == u"model"_s) {
        return tr("Model");
    }
    if (code == u"pipeline"_s) {
        return tr("Pipeline");
    }
    if (code == u"endpoint"_s) {
        return tr("Inference endpoint");
    }
    if (code == u"outputs"_s) {
        return tr("Outputs");
    }
    return code;
}

QStringList RiskText::assets()
{
    return {u"training_data"_s, u"model"_s, u"pipeline"_s, u"endpoint"_s, u"outputs"_s};
}

QString RiskText::treatment(const QString& code)
{
    if (code == u"mitigate"_s) {
        return tr("Mitigate");
    }
    if (code == u"accept"_s) {
        return tr("Accept");
    }
    if (code == u"transfer"_s) {
        return tr("Transfer");
    }
    if (code == u"avoid"_s) {
        return tr("Avoid");
    }
    return tr("Not decided");
}

QStringList RiskText::treatments()
{
    return {QString(), u"mitigate"_s, u"accept"_s, u"transfer"_s, u"avoid"_s};
}

QString RiskText::status(const QString& code)
{
    if (code == u"open"_s) {
        return tr("Open");
    }
    if (code == u"treating"_s) {
        return tr("Being treated");
    }
    if (code == u"accepted"_s) {
        return tr("Accepted");
    }
    if (code == u"closed"_s) {
        return tr("Closed");
    }
    return code;
}

QStringList RiskText::statuses()
{
    return {u"open"_s, u"treating"_s, u"accepted"_s, u"closed"_s};
}

} // namespace attest
