#pragma once

#include "inventory/AiSystem.h"
#include "inventory/SystemRecord.h"

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
    static const SystemRecordKind& kind();
    static const QList<SystemField>& all();
    static const SystemField* find(const QString& key);
    static QStringList keys();
};

// One system's data-protection record: its stored field values (see PrivacyFields), "" when not recorded.
using ProcessingRecord = SystemRecord;

// Whether an AI system's inventory entry says it processes personal data (personal, special-category or health
// data): those systems belong in the record of processing activities.
bool processesPersonalData(const AiSystem& system);

} // namespace attest
