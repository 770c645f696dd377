#include "SystemRecord.h"

#include "inventory/TechnicalFile.h"
#include "privacy/ProcessingRecord.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace attest {

SystemRecordKind::SystemRecordKind(const QString& entityType,
                                   const QString& table,
                                   const char* label,
                                   const char* editReason,
                                   const QList<SystemField>& fields,
                                   const QList<Page>& pages)
    : m_label(label)
    , m_editReason(editReason)
    , m_fields(fields)
    , m_pages(pages)
{
    m_spec.entityType = entityType;
    m_spec.table = table;
    m_spec.fields << EntitySpec::Field{u"system_id"_s, EntitySpec::Type::Integer};
    for (const SystemField& field : m_fields) {
        m_spec.fields << EntitySpec::Field{field.key, EntitySpec::Type::Text};
    }
}

SystemField SystemRecordKind::textField(const QString& key, const char* label, const char* help)
{
    return SystemField{key, label, help, FieldKind::MultilineText, {}, false, false, 0, {}};
}

QString SystemRecordKind::displayLabel() const
{
    return QCoreApplication::translate("AiSystem", m_label);
}

QString SystemRecordKind::editReason(const QString& systemTitle) const
{
    return QCoreApplication::translate("AiSystem", m_editReason).arg(systemTitle);
}

const SystemField* SystemRecordKind::field(const QString& key) const
{
    for (const SystemField& f : m_fields) {
        if (f.key == key) {
            return &f;
        }
    }
    return nullptr;
}

QStringList SystemRecordKind::keys() const
{
    QStringList keys;
    for (const SystemField& f : m_fields) {
        keys << f.key;
    }
    return keys;
}

QList<const SystemRecordKind*> systemRecordKinds()
{
    return {&PrivacyFields::kind(), &TechnicalFile::kind()};
}

} // namespace attest
