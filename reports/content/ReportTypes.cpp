#include "ReportTypes.h"

#include "content/PrivacyReports.h"
#include "content/ProgrammeReports.h"
#include "content/RegisterReports.h"
#include "content/SoaReport.h"
#include "content/SystemReports.h"

using namespace Qt::StringLiterals;

namespace attest {

QString ReportType::displayName() const
{
    return QCoreApplication::translate("ReportTypes", name);
}

const QList<ReportType>& ReportTypes::all()
{
    using N = ReportType::Needs;
    static const QList<ReportType> types{
        {u"executive"_s, QT_TRANSLATE_NOOP("ReportTypes", "Executive compliance summary"), N::Nothing},
        {u"dossier"_s, QT_TRANSLATE_NOOP("ReportTypes", "AI system dossier (EU AI Act Annex IV)"), N::System},
        {u"soa"_s, QT_TRANSLATE_NOOP("ReportTypes", "Statement of Applicability (ISO/IEC 27001:2022)"), N::Nothing},
        {u"ropa"_s, QT_TRANSLATE_NOOP("ReportTypes", "Record of processing activities (GDPR Art. 30)"), N::Nothing},
        {u"dpia"_s, QT_TRANSLATE_NOOP("ReportTypes", "Data protection impact assessment (GDPR Art. 35)"), N::System},
        {u"hipaa"_s, QT_TRANSLATE_NOOP("ReportTypes", "HIPAA Security Rule risk analysis"), N::OptionalSystem},
        {u"risks"_s, QT_TRANSLATE_NOOP("ReportTypes", "Risk register"), N::OptionalSystem},
        {u"remediation"_s, QT_TRANSLATE_NOOP("ReportTypes", "Remediation plan"), N::OptionalSystem},
        {u"interview"_s, QT_TRANSLATE_NOOP("ReportTypes", "Interview record"), N::Session},
        {u"audit"_s, QT_TRANSLATE_NOOP("ReportTypes", "Audit-trail extract"), N::Range},
    };
    return types;
}

const ReportType* ReportTypes::find(const QString& key)
{
    for (const ReportType& t : all()) {
        if (t.key == key) {
            return &t;
        }
    }
    return nullptr;
}

QStringList ReportTypes::keys()
{
    QStringList keys;
    for (const ReportType& t : all()) {
        keys << t.key;
    }
    return keys;
}

Result<ReportDocument> ReportTypes::build(Connection& connection,
                                          const ReportContext& context,
                                          const ReportRequest& request,
                                          const Progress& progress)
{
    const ReportType* type = find(request.type);
    if (!type) {
        return makeError(ErrorCode::Validation,
                         tr("There is no report “%1”; the reports are %2.").arg(request.type, keys().join(u", "_s)));
    }
    if ((type->needs & ReportType::System) && !request.systemId) {
        return makeError(ErrorCode::Validation,
                         tr("The %1 is about one AI system: choose it.").arg(type->displayName()));
    }
    if ((type->needs & ReportType::Session) && !request.sessionId) {
        return makeError(ErrorCode::Validation,
                         tr("The %1 is about one interview session: choose it.").arg(type->displayName()));
    }
    const QString& key = request.type;
    const QString& org = request.organisation;
    Result<ReportDocument> document = makeError(ErrorCode::Validation, QString());
    if (key == u"executive"_s) {
        document = ProgrammeReports::executiveSummary(connection, context, org, progress);
    } else if (key == u"dossier"_s) {
        document = SystemReports::dossier(connection, context, org, request.systemId);
    } else if (key == u"soa"_s) {
        document = SoaReport::build(connection, context, org);
    } else if (key == u"ropa"_s) {
        document = PrivacyReports::recordOfProcessing(connection, context, org);
    } else if (key == u"dpia"_s) {
        document = PrivacyReports::impactAssessment(connection, context, org, request.systemId);
    } else if (key == u"hipaa"_s) {
        document = SystemReports::hipaaRiskAnalysis(connection, context, org, request.systemId);
    } else if (key == u"risks"_s) {
        document = RegisterReports::riskRegister(connection, context, org, request.systemId);
    } else if (key == u"remediation"_s) {
        document = ProgrammeReports::remediationPlan(connection, context, org, request.systemId);
    } else if (key == u"interview"_s) {
        document = ProgrammeReports::interviewRecord(connection, context, org, request.sessionId);
    } else {
        RegisterReports::Progress auditProgress;
        if (progress) {
            auditProgress = [&progress](qint64 done, qint64 total) {
                return progress(total > 0 ? int(done * 90 / total) : 0);
            };
        }
        document = RegisterReports::auditExtract(connection, context, org, request.from, request.to, auditProgress);
    }
    return document;
}

} // namespace attest
