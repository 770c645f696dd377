#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace attest {

// How a field of an AI system is entered, stored and shown.
enum class FieldKind
{
    Text,          // one line
    MultilineText, // free text, kept exactly as typed
    Choice,        // one code out of `choices`
    MultiChoice,   // a set of codes, stored comma-separated in declaration order
    Date,          // YYYY-MM-DD or empty
    Components,    // supply chain: one "kind: name" per line, kind out of `choices`
    Tags,          // free labels, stored comma-separated
};

struct FieldChoice
{
    QString code;
    const char* label = nullptr; // source text, translated in the "AiSystem" context
};

// One field of the inventory, described once and used everywhere: the form, the table, CSV/JSON headers, the
// search index and the audit trail's field labels.
struct SystemField
{
    QString key;                 // column, CSV/JSON name and audit field name
    const char* label = nullptr; // "AiSystem" context
    const char* help = nullptr;  // one-line hint shown in the form
    FieldKind kind = FieldKind::Text;
    QList<FieldChoice> choices;
    bool required = false;
    bool searchable = false; // part of filter-as-you-type
    int maxLength = 0;       // 0 = no limit
    QString defaultValue;

    QString displayLabel() const;
    QString displayHelp() const;
    QString choiceLabel(const QString& code) const;
    // Human-readable form of a stored value (choice labels, one line for sets).
    QString displayValue(const QString& stored) const;
};

class SystemFields
{
    Q_DECLARE_TR_FUNCTIONS(AiSystem)

public:
    static const QList<SystemField>& all();
    static const SystemField* find(const QString& key);
    // Matches an import header to a field: the key, or the English or translated label, ignoring case, spaces,
    // dashes and underscores.
    static const SystemField* matchHeader(const QString& header);
    static QStringList keys();
};

// An AI system as a set of stored field values (see SystemFields), plus its identity and timestamps.
struct AiSystem
{
    qint64 id = 0;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QMap<QString, QString> values;

    QString value(const QString& key) const;
    void set(const QString& key, const QString& value) { values.insert(key, value); }

    QString code() const { return value(QStringLiteral("code")); }
    QString name() const { return value(QStringLiteral("name")); }
    QString lifecycle() const { return value(QStringLiteral("lifecycle")); }
    bool isRetired() const { return lifecycle() == QLatin1String("retired"); }
    QDate nextReview() const;
    // "FRAUD-01 Fraud detection": how the system is named in messages and the audit trail.
    QString title() const;

    // Every field at its default value.
    static AiSystem withDefaults();
};

struct FieldIssue
{
    QString field; // key, or empty for the record as a whole
    QString message;
};

struct Component
{
    QString kind;
    QString name;
};

// Validation and normalisation shared by the form, the importers and the storage layer, so that what one
// accepts the others accept too.
class SystemRules
{
    Q_DECLARE_TR_FUNCTIONS(AiSystem)

public:
    // Brings a raw value into its stored form (choice labels to codes, sets ordered, dates checked). On invalid
    // input returns an empty string and sets `error`.
    static QString normalise(const SystemField& field, const QString& raw, QString* error);
    // Normalises every field of `system` in place and returns what is wrong with it (empty when valid).
    static QList<FieldIssue> validate(AiSystem& system);
    static QString describe(const QList<FieldIssue>& issues);

    static QList<Component> parseComponents(const QString& text, QString* error);
    static QString formatComponents(const QList<Component>& components);
    static QStringList splitList(const QString& stored);
    // The case-folded text the filter searches.
    static QString searchText(const QMap<QString, QString>& values);
    static QString fold(const QString& text);
};

} // namespace attest
