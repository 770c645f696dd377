#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace attest {

// One of the organisation's controls: something it does once (encrypt training data, monitor drift) that serves
// requirements of many frameworks for every AI system it covers.
struct Control
{
    qint64 id = 0;
    QString code; // e.g. "AIC-DAT-03"
    QString name;
    QString description;
    QString type; // preventive | detective | corrective
    QString owner;
    QString operationFrequency;
    QString testFrequency;
    QString origin; // seeded | custom
};

// A control serves a requirement, and why.
struct ControlMapping
{
    qint64 id = 0;
    qint64 controlId = 0;
    qint64 requirementId = 0;
    QString rationale;
};

// Whether a framework applies to a system, as the user confirmed it.
struct Applicability
{
    qint64 id = 0;
    qint64 systemId = 0;
    qint64 frameworkId = 0;
    bool applies = true;
    QString reason;
};

// How a control is implemented: organisation-wide (systemId 0) or for one system.
struct ControlImplementation
{
    qint64 id = 0;
    qint64 controlId = 0;
    qint64 systemId = 0;                            // 0: organisation-wide, the default for every system
    QString status = QStringLiteral("not_started"); // not_started | planned | partial | implemented | not_applicable
    QString justification;                          // required for not_applicable
    QString owner;
    QString targetDate;
    QString lastTestDate;
    QString lastTestResult; // "" | passed | failed
    QString notes;
};

// A person's assessment of a requirement that overrides what the controls say; always justified.
struct RequirementAssessment
{
    qint64 id = 0;
    qint64 requirementId = 0;
    qint64 systemId = 0; // 0: organisation level
    QString status;      // compliant | partial | non_compliant | not_applicable | not_assessed
    QString justification;
};

struct Evidence
{
    qint64 id = 0;
    QString title;
    QString kind; // file | link | note
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QString sha256; // hex
    QString url;
    QString note;
    QString collectedOn;
    QString validUntil; // YYYY-MM-DD, empty: no end
    bool isExpired(const QString& today) const { return !validUntil.isEmpty() && validUntil < today; }
};

// What an evidence item supports: a control or a requirement, for one system or for all.
struct EvidenceLink
{
    qint64 id = 0;
    qint64 evidenceId = 0;
    qint64 controlId = 0;
    qint64 requirementId = 0;
    qint64 systemId = 0;
};

struct Finding
{
    qint64 id = 0;
    QString title;
    QString description;
    QString source; // requirement | control_test | manual
    qint64 systemId = 0;
    qint64 requirementId = 0;
    qint64 controlId = 0;
    QString severity; // low | medium | high | critical
    QString owner;
    QString dueDate;
    QString status = QStringLiteral("open"); // open | in_progress | closed | risk_accepted
    qint64 closureEvidenceId = 0;
    QString closureNote;
    QString closedOn;
    bool isOpen() const { return status == u"open" || status == u"in_progress"; }
    bool isOverdue(const QString& today) const { return isOpen() && !dueDate.isEmpty() && dueDate < today; }
};

struct SoaEntry
{
    qint64 id = 0;
    qint64 requirementId = 0;
    bool applicable = true;
    QString justification;
};

// The words for the stored codes, translated.
class ComplianceText
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceText)

public:
    static QString controlType(const QString& code);
    static QString implementationStatus(const QString& code);
    static QString requirementStatus(const QString& code);
    static QString severity(const QString& code);
    static QString findingStatus(const QString& code);
    static QString findingSource(const QString& code);
    static QStringList implementationStatuses();
    static QStringList requirementStatuses();
    static QStringList severities();
    static QStringList findingStatuses();
};

} // namespace attest
