#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace attest {

// Field values of one governance record, keyed by column name. Text fields hold QString ("" when unset),
// integer fields hold qint64 or a null QVariant.
using FieldValues = QMap<QString, QVariant>;

// Describes a governance table to the generic, audited write path (WriteTransaction): which columns are audited
// fields and which extra columns are derived from them. Table and column names come from these static
// descriptions, never from user input.
struct EntitySpec
{
    enum class Type
    {
        Text,
        Integer,
    };
    struct Field
    {
        QString name;
        Type type = Type::Text;
    };

    QString entityType; // as recorded in audit_events.entity_type, e.g. "ai_system"
    QString table;      // e.g. "ai_systems"
    QList<Field> fields;
    // Extra, non-audited columns computed from the complete new state (e.g. a search index column).
    std::function<FieldValues(const FieldValues& state)> derive;

    const Field* field(const QString& name) const
    {
        for (const Field& f : fields) {
            if (f.name == name) {
                return &f;
            }
        }
        return nullptr;
    }
    QStringList fieldNames() const
    {
        QStringList names;
        for (const Field& f : fields) {
            names << f.name;
        }
        return names;
    }
};

} // namespace attest
