#include "AiSystem.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AiSystem", text);
}

QList<SystemField> buildFields()
{
    using K = FieldKind;
    QList<SystemField> f;
    f << SystemField{u"code"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Code"),
                     QT_TRANSLATE_NOOP("AiSystem", "Unique internal identifier, e.g. FIN-FRAUD-01"),
                     K::Text,
                     {},
                     true,
                     true,
                     40,
                     {}};
    f << SystemField{u"name"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Name"),
                     QT_TRANSLATE_NOOP("AiSystem", "What people call the system"),
                     K::Text,
                     {},
                     true,
                     true,
                     200,
                     {}};
    f << SystemField{u"description"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Description"),
                     QT_TRANSLATE_NOOP("AiSystem", "What the system does and how"),
                     K::MultilineText,
                     {},
                     false,
                     true,
                     0,
                     {}};
    f << SystemField{u"purpose"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Intended purpose"),
                     QT_TRANSLATE_NOOP("AiSystem", "The use it is meant for, and the uses it is not meant for"),
                     K::MultilineText,
                     {},
                     false,
                     true,
                     0,
                     {}};
    f << SystemField{u"business_owner"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Business owner"),
                     QT_TRANSLATE_NOOP("AiSystem", "Accountable for the system's use and its risks"),
                     K::Text,
                     {},
                     false,
                     true,
                     200,
                     {}};
    f << SystemField{u"technical_owner"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Technical owner"),
                     QT_TRANSLATE_NOOP("AiSystem", "Responsible for building and running it"),
                     K::Text,
                     {},
                     false,
                     true,
                     200,
                     {}};
    f << SystemField{
        u"business_unit"_s, QT_TRANSLATE_NOOP("AiSystem", "Business unit"), nullptr, K::Text, {}, false, true, 200, {}};
    f << SystemField{u"lifecycle"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Lifecycle stage"),
                     nullptr,
                     K::Choice,
                     {{u"idea"_s, QT_TRANSLATE_NOOP("AiSystem", "Idea")},
                      {u"development"_s, QT_TRANSLATE_NOOP("AiSystem", "Development")},
                      {u"validation"_s, QT_TRANSLATE_NOOP("AiSystem", "Validation")},
                      {u"production"_s, QT_TRANSLATE_NOOP("AiSystem", "Production")},
                      {u"retired"_s, QT_TRANSLATE_NOOP("AiSystem", "Retired")}},
                     true,
                     false,
                     0,
                     u"idea"_s};
    f << SystemField{u"deployment"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Deployment"),
                     nullptr,
                     K::Choice,
                     {{u"on_premises"_s, QT_TRANSLATE_NOOP("AiSystem", "On-premises")},
                      {u"cloud"_s, QT_TRANSLATE_NOOP("AiSystem", "Cloud")},
                      {u"third_party_api"_s, QT_TRANSLATE_NOOP("AiSystem", "Third-party API / SaaS")},
                      {u"edge"_s, QT_TRANSLATE_NOOP("AiSystem", "Edge")}},
                     false,
                     false,
                     0,
                     {}};
    f << SystemField{u"model_type"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Model type"),
                     nullptr,
                     K::Choice,
                     {{u"generative"_s, QT_TRANSLATE_NOOP("AiSystem", "Generative / LLM")},
                      {u"classifier"_s, QT_TRANSLATE_NOOP("AiSystem", "Classifier")},
                      {u"regression"_s, QT_TRANSLATE_NOOP("AiSystem", "Regression")},
                      {u"recommender"_s, QT_TRANSLATE_NOOP("AiSystem", "Recommender")},
                      {u"computer_vision"_s, QT_TRANSLATE_NOOP("AiSystem", "Computer vision")},
                      {u"other"_s, QT_TRANSLATE_NOOP("AiSystem", "Other")}},
                     false,
                     false,
                     0,
                     {}};
    f << SystemField{u"provider_kind"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Provider"),
                     nullptr,
                     K::Choice,
                     {{u"in_house"_s, QT_TRANSLATE_NOOP("AiSystem", "In-house")},
                      {u"vendor"_s, QT_TRANSLATE_NOOP("AiSystem", "Vendor")}},
                     false,
                     false,
                     0,
                     {}};
    f << SystemField{u"provider_name"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Vendor"),
                     QT_TRANSLATE_NOOP("AiSystem", "Who supplies the system, when it is bought in"),
                     K::Text,
                     {},
                     false,
                     true,
                     200,
                     {}};
    f << SystemField{
        u"components"_s,
        QT_TRANSLATE_NOOP("AiSystem", "Third-party components"),
        QT_TRANSLATE_NOOP("AiSystem", "The supply chain, one per line as “kind: name”, e.g. “model: Llama 3.1 8B”"),
        K::Components,
        {{u"model"_s, QT_TRANSLATE_NOOP("AiSystem", "Pre-trained model")},
         {u"library"_s, QT_TRANSLATE_NOOP("AiSystem", "Library")},
         {u"dataset"_s, QT_TRANSLATE_NOOP("AiSystem", "Dataset")},
         {u"api"_s, QT_TRANSLATE_NOOP("AiSystem", "API")}},
        false,
        true,
        0,
        {}};
    f << SystemField{u"data_categories"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Data categories"),
                     QT_TRANSLATE_NOOP("AiSystem", "What kinds of data the system processes"),
                     K::MultiChoice,
                     {{u"personal"_s, QT_TRANSLATE_NOOP("AiSystem", "Personal data")},
                      {u"special_category"_s, QT_TRANSLATE_NOOP("AiSystem", "Special categories (GDPR Art. 9)")},
                      {u"phi"_s, QT_TRANSLATE_NOOP("AiSystem", "Protected health information (HIPAA)")},
                      {u"confidential"_s, QT_TRANSLATE_NOOP("AiSystem", "Confidential business data")},
                      {u"none"_s, QT_TRANSLATE_NOOP("AiSystem", "None of these")}},
                     false,
                     false,
                     0,
                     {}};
    f << SystemField{u"data_sources"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Data sources and provenance"),
                     QT_TRANSLATE_NOOP("AiSystem", "Where training and input data come from, and how that is tracked"),
                     K::MultilineText,
                     {},
                     false,
                     true,
                     0,
                     {}};
    f << SystemField{
        u"automated_decisions"_s,
        QT_TRANSLATE_NOOP("AiSystem", "Automated decisions (GDPR Art. 22)"),
        QT_TRANSLATE_NOOP("AiSystem", "Does it take decisions with legal or similarly significant effects on people?"),
        K::Choice,
        {{u"yes"_s, QT_TRANSLATE_NOOP("AiSystem", "Yes")},
         {u"no"_s, QT_TRANSLATE_NOOP("AiSystem", "No")},
         {u"unknown"_s, QT_TRANSLATE_NOOP("AiSystem", "Not yet known")}},
        true,
        false,
        0,
        u"unknown"_s};
    f << SystemField{u"human_oversight"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Human oversight"),
                     nullptr,
                     K::Choice,
                     {{u"in_the_loop"_s, QT_TRANSLATE_NOOP("AiSystem", "Human in the loop")},
                      {u"on_the_loop"_s, QT_TRANSLATE_NOOP("AiSystem", "Human on the loop")},
                      {u"none"_s, QT_TRANSLATE_NOOP("AiSystem", "No human oversight")}},
                     false,
                     false,
                     0,
                     {}};
    f << SystemField{u"ai_act_tier"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "EU AI Act risk tier"),
                     nullptr,
                     K::Choice,
                     {{u"prohibited"_s, QT_TRANSLATE_NOOP("AiSystem", "Prohibited")},
                      {u"high"_s, QT_TRANSLATE_NOOP("AiSystem", "High risk")},
                      {u"limited"_s, QT_TRANSLATE_NOOP("AiSystem", "Limited risk (transparency)")},
                      {u"minimal"_s, QT_TRANSLATE_NOOP("AiSystem", "Minimal risk")},
                      {u"gpai"_s, QT_TRANSLATE_NOOP("AiSystem", "General-purpose AI")},
                      {u"unclassified"_s, QT_TRANSLATE_NOOP("AiSystem", "Not yet classified")}},
                     true,
                     false,
                     0,
                     u"unclassified"_s};
    f << SystemField{u"criticality"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Criticality"),
                     QT_TRANSLATE_NOOP("AiSystem", "How much the business depends on it"),
                     K::Choice,
                     {{u"low"_s, QT_TRANSLATE_NOOP("AiSystem", "Low")},
                      {u"medium"_s, QT_TRANSLATE_NOOP("AiSystem", "Medium")},
                      {u"high"_s, QT_TRANSLATE_NOOP("AiSystem", "High")},
                      {u"critical"_s, QT_TRANSLATE_NOOP("AiSystem", "Critical")}},
                     false,
                     false,
                     0,
                     {}};
    f << SystemField{u"monitoring"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Monitoring in place"),
                     nullptr,
                     K::MultiChoice,
                     {{u"drift"_s, QT_TRANSLATE_NOOP("AiSystem", "Drift")},
                      {u"performance"_s, QT_TRANSLATE_NOOP("AiSystem", "Performance")},
                      {u"input_anomalies"_s, QT_TRANSLATE_NOOP("AiSystem", "Input anomalies")}},
                     false,
                     false,
                     0,
                     {}};
    f << SystemField{u"next_review"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Next review"),
                     QT_TRANSLATE_NOOP("AiSystem", "Date, as YYYY-MM-DD"),
                     K::Date,
                     {},
                     false,
                     false,
                     0,
                     {}};
    f << SystemField{u"tags"_s,
                     QT_TRANSLATE_NOOP("AiSystem", "Tags"),
                     QT_TRANSLATE_NOOP("AiSystem", "Comma-separated labels"),
                     K::Tags,
                     {},
                     false,
                     true,
                     0,
                     {}};
    f << SystemField{
        u"notes"_s, QT_TRANSLATE_NOOP("AiSystem", "Notes"), nullptr, K::MultilineText, {}, false, true, 0, {}};
    return f;
}

QString headerKey(const QString& text)
{
    QString key;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            key += c.toCaseFolded();
        }
    }
    return key;
}

} // namespace

QString SystemField::displayLabel() const
{
    return tr(label);
}

QString SystemField::displayHelp() const
{
    return help ? tr(help) : QString();
}

QString SystemField::choiceLabel(const QString& code) const
{
    for (const FieldChoice& choice : choices) {
        if (choice.code == code) {
            return tr(choice.label);
        }
    }
    return code;
}

QString SystemField::displayValue(const QString& stored) const
{
    switch (kind) {
    case FieldKind::Choice:
        return stored.isEmpty() ? QString() : choiceLabel(stored);
    case FieldKind::MultiChoice: {
        QStringList labels;
        for (const QString& code : SystemRules::splitList(stored)) {
            labels << choiceLabel(code);
        }
        return labels.join(u", "_s);
    }
    case FieldKind::Components:
    case FieldKind::MultilineText: {
        QString oneLine = stored;
        oneLine.replace(u"\r\n"_s, u" ¶ "_s).replace(QLatin1Char('\n'), u" ¶ "_s);
        return oneLine;
    }
    default:
        return stored;
    }
}

const QList<SystemField>& SystemFields::all()
{
    static const QList<SystemField> fields = buildFields();
    return fields;
}

const SystemField* SystemFields::find(const QString& key)
{
    for (const SystemField& field : all()) {
        if (field.key == key) {
            return &field;
        }
    }
    return nullptr;
}

const SystemField* SystemFields::matchHeader(const QString& header)
{
    const QString wanted = headerKey(header);
    if (wanted.isEmpty()) {
        return nullptr;
    }
    for (const SystemField& field : all()) {
        if (headerKey(field.key) == wanted || headerKey(QString::fromUtf8(field.label)) == wanted ||
            headerKey(field.displayLabel()) == wanted) {
            return &field;
        }
    }
    return nullptr;
}

QStringList SystemFields::keys()
{
    QStringList keys;
    for (const SystemField& field : all()) {
        keys << field.key;
    }
    return keys;
}

QString AiSystem::value(const QString& key) const
{
    return values.value(key);
}

QDate AiSystem::nextReview() const
{
    return QDate::fromString(value(u"next_review"_s), Qt::ISODate);
}

QString AiSystem::title() const
{
    return name().isEmpty() ? code() : u"%1 %2"_s.arg(code(), name());
}

AiSystem AiSystem::withDefaults()
{
    AiSystem system;
    for (const SystemField& field : SystemFields::all()) {
        system.values.insert(field.key, field.defaultValue);
    }
    return system;
}

QStringList SystemRules::splitList(const QString& stored)
{
    QStringList items;
    for (const QString& part : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty()) {
            items << item;
        }
    }
    return items;
}

QString SystemRules::fold(const QString& text)
{
    return text.toCaseFolded();
}

static const FieldChoice* findChoice(const SystemField& field, const QString& raw)
{
    // Stored values are codes: the common case needs no normalising.
    for (const FieldChoice& choice : field.choices) {
        if (choice.code == raw) {
            return &choice;
        }
    }
    const QString wanted = headerKey(raw);
    for (const FieldChoice& choice : field.choices) {
        if (choice.code == raw || headerKey(choice.code) == wanted ||
            headerKey(QString::fromUtf8(choice.label)) == wanted || headerKey(tr(choice.label)) == wanted) {
            return &choice;
        }
    }
    return nullptr;
}

static QString choiceList(const SystemField& field)
{
    QStringList codes;
    for (const FieldChoice& choice : field.choices) {
        codes << choice.code;
    }
    return codes.join(u", "_s);
}

QList<Component> SystemRules::parseComponents(const QString& text, QString* error)
{
    const SystemField* field = SystemFields::find(u"components"_s);
    QList<Component> components;
    static const QRegularExpression lineBreak(u"\r\n|\n|\r"_s);
    const QStringList lines = text.split(lineBreak);
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            if (error) {
                *error = tr("“%1” should read “kind: name”, with kind one of %2.").arg(line, choiceList(*field));
            }
            return {};
        }
        const FieldChoice* kind = findChoice(*field, line.left(colon).trimmed());
        const QString name = line.mid(colon + 1).trimmed();
        if (!kind) {
            if (error) {
                *error = tr("“%1” is not a kind of component; use one of %2.")
                             .arg(line.left(colon).trimmed(), choiceList(*field));
            }
            return {};
        }
        if (name.isEmpty()) {
            if (error) {
                *error = tr("The component “%1” has no name.").arg(line);
            }
            return {};
        }
        components << Component{kind->code, name};
    }
    return components;
}

QString SystemRules::formatComponents(const QList<Component>& components)
{
    QStringList lines;
    for (const Component& c : components) {
        lines << u"%1: %2"_s.arg(c.kind, c.name);
    }
    return lines.join(QLatin1Char('\n'));
}

QString SystemRules::normalise(const SystemField& field, const QString& raw, QString* error)
{
    if (error) {
        error->clear();
    }
    auto fail = [&](const QString& message) {
        if (error) {
            *error = message;
        }
        return QString();
    };
    switch (field.kind) {
    case FieldKind::Text: {
        const QString value = raw.trimmed();
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
            return fail(tr("%1 must be a single line.").arg(field.displayLabel()));
        }
        if (field.maxLength > 0 && value.size() > field.maxLength) {
            return fail(tr("%1 is too long (%2 characters; at most %3).")
                            .arg(field.displayLabel())
                            .arg(value.size())
                            .arg(field.maxLength));
        }
        if (field.key == u"code"_s && !value.isEmpty()) {
            // Codes are identifiers that travel through file names, spreadsheets and scripts, and must be unique
            // regardless of case: ASCII keeps "unique ignoring case" exact in every database and tool.
            static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._/-]*$"_s);
            if (!pattern.match(value).hasMatch()) {
                return fail(tr("Code “%1” may only contain the letters A–Z, digits and . _ / - (no spaces or "
                               "accents).")
                                .arg(value));
            }
        }
        return value;
    }
    case FieldKind::MultilineText:
        // Kept exactly as typed; only text that is nothing but blanks counts as empty.
        return raw.trimmed().isEmpty() ? QString() : raw;
    case FieldKind::Choice: {
        const QString value = raw.trimmed();
        if (value.isEmpty()) {
            return field.defaultValue;
        }
        if (const FieldChoice* choice = findChoice(field, value)) {
            return choice->code;
        }
        return fail(tr("%1: “%2” is not one of %3.").arg(field.displayLabel(), value, choiceList(field)));
    }
    case FieldKind::MultiChoice: {
        QSet<QString> chosen;
        static const QRegularExpression separators(u"[,;\n]"_s);
        for (const QString& part : raw.split(separators, Qt::SkipEmptyParts)) {
            const QString item = part.trimmed();
            if (item.isEmpty()) {
                continue;
            }
            const FieldChoice* choice = findChoice(field, item);
            if (!choice) {
                return fail(tr("%1: “%2” is not one of %3.").arg(field.displayLabel(), item, choiceList(field)));
            }
            chosen.insert(choice->code);
        }
        if (field.key == u"data_categories"_s && chosen.contains(u"none"_s) && chosen.size() > 1) {
            return fail(tr("Data categories: “none” cannot be combined with other categories."));
        }
        QStringList ordered;
        for (const FieldChoice& choice : field.choices) {
            if (chosen.contains(choice.code)) {
                ordered << choice.code;
            }
        }
        return ordered.join(QLatin1Char(','));
    }
    case FieldKind::Date: {
        const QString value = raw.trimmed();
        if (value.isEmpty()) {
            return {};
        }
        static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!iso.match(value).hasMatch() || !date.isValid()) {
            return fail(tr("%1: “%2” is not a date; write it as YYYY-MM-DD.").arg(field.displayLabel(), value));
        }
        return date.toString(Qt::ISODate);
    }
    case FieldKind::Components: {
        QString problem;
        const QList<Component> components = parseComponents(raw, &problem);
        if (!problem.isEmpty()) {
            return fail(tr("%1: %2").arg(field.displayLabel(), problem));
        }
        return formatComponents(components);
    }
    case FieldKind::Tags: {
        QStringList tags;
        QSet<QString> seen;
        for (const QString& part : raw.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString tag = part.simplified();
            if (!tag.isEmpty() && !seen.contains(fold(tag))) {
                seen.insert(fold(tag));
                tags << tag;
            }
        }
        return tags.join(u", "_s);
    }
    }
    return raw;
}

QList<FieldIssue> SystemRules::validate(AiSystem& system)
{
    QList<FieldIssue> issues;
    for (const SystemField& field : SystemFields::all()) {
        QString error;
        const QString value = normalise(field, system.value(field.key), &error);
        if (!error.isEmpty()) {
            issues << FieldIssue{field.key, error};
            continue;
        }
        system.values.insert(field.key, value);
        if (field.required && value.trimmed().isEmpty()) {
            issues << FieldIssue{field.key, tr("%1 is required.").arg(field.displayLabel())};
        }
    }
    for (auto it = system.values.cbegin(); it != system.values.cend(); ++it) {
        if (!SystemFields::find(it.key())) {
            issues << FieldIssue{it.key(), tr("“%1” is not a field of an AI system.").arg(it.key())};
        }
    }
    return issues;
}

QString SystemRules::describe(const QList<FieldIssue>& issues)
{
    QStringList lines;
    for (const FieldIssue& issue : issues) {
        lines << issue.message;
    }
    return lines.join(QLatin1Char(' '));
}

QString SystemRules::searchText(const QMap<QString, QString>& values)
{
    QStringList parts;
    for (const SystemField& field : SystemFields::all()) {
        if (field.searchable) {
            const QString value = values.value(field.key);
            if (!value.isEmpty()) {
                parts << value;
            }
        }
    }
    return fold(parts.join(QLatin1Char('\n')));
}

} // namespace attest
