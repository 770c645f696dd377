#pragma once

#include "inventory/AiSystem.h"
#include "storage/EntitySpec.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace attest {

// A record kept beside an AI system, one per system at most, described field by field like the inventory itself
// (SystemField): the GDPR data-protection record and the EU AI Act technical documentation. The description is used
// by the form, the storage layer (an audited governance table), the audit trail's labels and the reports.
class SystemRecordKind
{
public:
    struct Page
    {
        const char* title = nullptr; // "AiSystem" context
        QStringList keys;
    };

    SystemRecordKind(const QString& entityType,
                     const QString& table,
                     const char* label,
                     const char* editReason,
                     const QList<SystemField>& fields,
                     const QList<Page>& pages);

    const QString& entityType() const { return m_spec.entityType; }
    const QString& table() const { return m_spec.table; }
    QString displayLabel() const; // e.g. "Data-protection record"
    // The audit trail's reason for an edit, e.g. "Edit the data-protection record of AI system FRAUD-01".
    QString editReason(const QString& systemTitle) const;
    const QList<SystemField>& fields() const { return m_fields; }
    const SystemField* field(const QString& key) const;
    QStringList keys() const;
    const QList<Page>& pages() const { return m_pages; }
    // A free-text field of a record (kept exactly as typed), as most of them are.
    static SystemField textField(const QString& key, const char* label, const char* help);
    // The audited table: system_id and every field, as text.
    const EntitySpec& spec() const { return m_spec; }

private:
    const char* m_label;
    const char* m_editReason;
    QList<SystemField> m_fields;
    QList<Page> m_pages;
    EntitySpec m_spec;
};

struct SystemRecord
{
    qint64 id = 0; // 0 while nothing has been recorded for the system
    qint64 systemId = 0;
    QMap<QString, QString> values;

    QString value(const QString& key) const { return values.value(key); }
};

// The kinds of system records there are.
QList<const SystemRecordKind*> systemRecordKinds();

} // namespace attest
