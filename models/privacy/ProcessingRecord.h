#pragma once

#include "inventory/AiSystem.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace attest {

// What the GDPR asks an organisation to record about a processing activity (Art. 30) and to assess before a
// high-risk one (Art. 35), kept per AI system that processes personal data. Described once, as SystemFields are,
// and used by the form, the storage layer, the audit trail's field labels and the ROPA and DPIA reports.
class PrivacyFields
{
    Q_DECLARE_TR_FUNCTIONS(AiSystem)

public:
    static const QList<SystemField>& all();
    static const SystemField* find(const QString& key);
    static QStringList keys();
    // The fields of the record of processing (Art. 30) and of the impact assessment (Art. 35), in form order.
    static QStringList recordKeys();
    static QStringList assessmentKeys();
};

// One system's data-protection record: its stored field values (see PrivacyFields), "" when not recorded.
struct ProcessingRecord
{
    qint64 id = 0; // 0 while nothing has been recorded for the system
    qint64 systemId = 0;
    QMap<QString, QString> values;

    QString value(const QString& key) const { return values.value(key); }
    bool isProcessor() const { return value(QStringLiteral("role")) == QLatin1String("processor"); }
    // The WP248 criteria ticked: two or more usually mean a DPIA is needed.
    int highRiskCriteria() const;
};

// Whether an AI system's inventory entry says it processes personal data (personal, special-category or health
// data): those systems belong in the record of processing activities.
bool processesPersonalData(const AiSystem& system);

} // namespace attest
