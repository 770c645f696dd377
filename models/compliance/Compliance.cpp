#include "Compliance.h"

using namespace Qt::StringLiterals;

namespace attest {

QString ComplianceText::controlType(const QString& code)
{
    if (code == u"preventive"_s) {
        return tr("Preventive");
    }
    if (code == u"detective"_s) {
        return tr("Detective");
    }
    if (code == u"corrective"_s) {
        return tr("Corrective");
    }
    return code;
}

QString ComplianceText::implementationStatus(const QString& code)
{
    if (code == u"not_started"_s) {
        return tr("Not started");
    }
    if (code == u"planned"_s) {
        return tr("Planned");
    }
    if (code == u"partial"_s) {
        return tr("Partially implemented");
    }
    if (code == u"implemented"_s) {
        return tr("Implemented");
    }
    if (code == u"not_applicable"_s) {
        return tr("Not applicable");
    }
    return code;
}

QString ComplianceText::requirementStatus(const QString& code)
{
    if (code == u"compliant"_s) {
        return tr("Compliant");
    }
    if (code == u"partial"_s) {
        return tr("Partially compliant");
    }
    if (code == u"non_compliant"_s) {
        return tr("Non-compliant");
    }
    if (code == u"not_applicable"_s) {
        return tr("Not applicable");
    }
    if (code == u"not_assessed"_s) {
        return tr("Not assessed");
    }
    return code;
}

QString ComplianceText::severity(const QString& code)
{
    if (code == u"low"_s) {
        return tr("Low");
    }
    if (code == u"medium"_s) {
        return tr("Medium");
    }
    if (code == u"high"_s) {
        return tr("High");
    }
    if (code == u"critical"_s) {
        return tr("Critical");
    }
    return code;
}

QString ComplianceText::findingStatus(const QString& code)
{
    if (code == u"open"_s) {
        return tr("Open");
    }
    if (code == u"in_progress"_s) {
        return tr("In progress");
    }
    if (code == u"closed"_s) {
        return tr("Closed");
    }
    if (code == u"risk_accepted"_s) {
        return tr("Risk accepted");
    }
    return code;
}

QString ComplianceText::findingSource(const QString& code)
{
    if (code == u"requirement"_s) {
        return tr("Non-compliant requirement");
    }
    if (code == u"control_test"_s) {
        return tr("Failed control test");
    }
    if (code == u"manual"_s) {
        return tr("Raised by hand");
    }
    return code;
}

QStringList ComplianceText::implementationStatuses()
{
    return {u"not_started"_s, u"planned"_s, u"partial"_s, u"implemented"_s, u"not_applicable"_s};
}

QStringList ComplianceText::requirementStatuses()
{
    return {u"compliant"_s, u"partial"_s, u"non_compliant"_s, u"not_applicable"_s, u"not_assessed"_s};
}

QStringList ComplianceText::severities()
{
    return {u"low"_s, u"medium"_s, u"high"_s, u"critical"_s};
}

QStringList ComplianceText::findingStatuses()
{
    return {u"open"_s, u"in_progress"_s, u"closed"_s, u"risk_accepted"_s};
}

} // namespace attest
