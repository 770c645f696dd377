#include "OscalImport.h"

#include "catalog/OscalNames.h"
#include "core/Logging.h"
#include "core/Sha256.h"
#include "storage/CatalogRepository.h"
#include "storage/Connection.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

using Node = CatalogLoader::Node;

// Property names OSCAL defines for catalog content; any other name without a namespace is kept but noted.
const QSet<QString> KnownProps = {u"label"_s,
                                  u"sort-id"_s,
                                  u"status"_s,
                                  u"alt-identifier"_s,
                                  u"alt-label"_s,
                                  u"method"_s,
                                  u"implementation-level"_s,
                                  u"marking"_s,
                                  u"keep"_s,
                                  u"aggregates"_s,
                                  u"contributes-to-assessment"_s};

const QStringList OtherModels = {u"system-security-plan"_s,
                                 u"component-definition"_s,
                                 u"assessment-plan"_s,
                                 u"assessment-results"_s,
                                 u"plan-of-action-and-milestones"_s,
                                 u"mapping-collection"_s};

QString compact(const QJsonValue& value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

QString slug(const QString& text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            out += c;
        } else if (!out.endsWith(u'-')) {
            out += u'-';
        }
    }
    while (out.endsWith(u'-')) {
        out.chop(1);
    }
    while (out.startsWith(u'-')) {
        out.remove(0, 1);
    }
    return out.left(60);
}

QString propValue(const QJsonObject& object, const QString& name)
{
    for (const QJsonValue& p : object.value(u"props"_s).toArray()) {
        const QJsonObject prop = p.toObject();
        if (prop.value(u"name"_s).toString() == name && !prop.contains(u"ns"_s)) {
            return prop.value(u"value"_s).toString();
        }
    }
    return {};
}

bool isAttest(const QJsonObject& object)
{
    return object.value(u"ns"_s).toString() == oscal::attestNamespace();
}

// Takes what an Attest export adds in its own namespace (kind, assessable, flags, summary, interview question) off
// a group or control and into the node, so that the stored OSCAL stays as its publisher wrote it.
void takeAttestAnnotations(Node& node, QJsonObject& raw, QJsonObject& flags)
{
    QJsonArray props;
    for (const QJsonValue& value : raw.value(u"props"_s).toArray()) {
        const QJsonObject prop = value.toObject();
        if (!isAttest(prop)) {
            props.append(prop);
            continue;
        }
        const QString name = prop.value(u"name"_s).toString();
        const QString text = prop.value(u"value"_s).toString();
        if (name == u"kind"_s) {
            node.kind = text;
        } else if (name == u"assessable"_s) {
            node.assessable = text == u"true"_s;
        } else if (name == u"flags"_s) {
            const QJsonObject extra = QJsonDocument::fromJson(text.toUtf8()).object();
            for (auto it = extra.begin(); it != extra.end(); ++it) {
                if (it.key() != u"oscal"_s && it.key() != u"oscalKind"_s) {
                    flags.insert(it.key(), it.value());
                }
            }
        }
    }
    QJsonArray parts;
    for (const QJsonValue& value : raw.value(u"parts"_s).toArray()) {
        const QJsonObject part = value.toObject();
        if (!isAttest(part)) {
            parts.append(part);
            continue;
        }
        const QString name = part.value(u"name"_s).toString();
        if (name == u"summary"_s) {
            node.summary = part.value(u"prose"_s).toString();
        } else if (name == u"interview-question"_s) {
            node.question = part.value(u"prose"_s).toString();
        }
    }
    props.isEmpty() ? void(raw.remove(u"props"_s)) : void(raw.insert(u"props"_s, props));
    parts.isEmpty() ? void(raw.remove(u"parts"_s)) : void(raw.insert(u"parts"_s, parts));
}

class Walker
{
    Q_DECLARE_TR_FUNCTIONS(OscalImport)

public:
    OscalImport::Parsed parsed;
    std::optional<Error> error;
    QHash<QString, QJsonObject> params;
    QSet<QString> ids;
    QSet<QString> refs;
    QSet<QString> unknownProps;
    QSet<QString> toleratedKinds;

    // Notes a deviation once per kind (`key`), however often the file repeats it.
    void tolerateOnce(const QString& key, const QString& message)
    {
        if (!toleratedKinds.contains(key)) {
            toleratedKinds.insert(key);
            tolerate(message);
        }
    }

    void tolerate(const QString& message)
    {
        if (!parsed.tolerated.contains(message)) {
            parsed.tolerated << message;
        }
    }

    bool fail(const QString& message)
    {
        if (!error) {
            error = makeError(ErrorCode::Validation, message);
        }
        return false;
    }

    // First pass: every id once, every parameter known before any prose is rendered.
    bool collect(const QJsonObject& object, const QString& where, int depth)
    {
        if (depth > OscalImport::MaxDepth) {
            return fail(tr("The catalog is nested more than %1 levels deep at %2; that is not a catalog Attest can "
                           "read.")
                            .arg(OscalImport::MaxDepth)
                            .arg(where));
        }
        for (const QJsonValue& p : object.value(u"params"_s).toArray()) {
            const QJsonObject param = p.toObject();
            const QString id = param.value(u"id"_s).toString();
            if (id.isEmpty()) {
                return fail(tr("A parameter without an id at %1.").arg(where));
            }
            if (params.contains(id)) {
                return fail(tr("The parameter id “%1” is used twice (again at %2).").arg(id, where));
            }
            params.insert(id, param);
            ++parsed.parameters;
        }
        for (const QString& key : {u"groups"_s, u"controls"_s}) {
            const QJsonValue children = object.value(key);
            if (!children.isUndefined() && !children.isArray()) {
                return fail(tr("“%1” at %2 should be a list.").arg(key, where));
            }
            const QJsonArray list = children.toArray();
            for (int i = 0; i < list.size(); ++i) {
                const QString path = u"%1/%2[%3]"_s.arg(where, key).arg(i);
                if (!list[i].isObject()) {
                    return fail(tr("Entry %1 is not an object.").arg(path));
                }
                const QJsonObject child = list[i].toObject();
                const QString id = child.value(u"id"_s).toString();
                if (key == u"controls"_s && id.isEmpty()) {
                    return fail(tr("A control without an id at %1.").arg(path));
                }
                if (!id.isEmpty()) {
                    if (ids.contains(id)) {
                        return fail(tr("The id “%1” is used twice (again at %2); ids must be unique.").arg(id, path));
                    }
                    ids.insert(id);
                }
                if (!collect(child, path, depth + 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    QString renderParts(const QJsonArray& parts, const QString& name, int indent = 0)
    {
        QStringList lines;
        for (const QJsonValue& value : parts) {
            const QJsonObject part = value.toObject();
            if (isAttest(part) || (!name.isEmpty() && part.value(u"name"_s).toString() != name)) {
                continue;
            }
            const QString label = propValue(part, u"label"_s);
            QString prose = OscalImport::renderProse(part.value(u"prose"_s).toString(), params);
            const QString title = part.value(u"title"_s).toString();
            QString line = QString(indent * 2, u' ');
            if (!label.isEmpty()) {
                line += label + u' ';
            }
            if (!title.isEmpty() && indent > 0) {
                line += title + u": "_s;
            }
            line += prose;
            if (!line.trimmed().isEmpty()) {
                lines << line;
            }
            const QString nested = renderParts(part.value(u"parts"_s).toArray(), QString(), indent + 1);
            if (!nested.isEmpty()) {
                lines << nested;
            }
        }
        return lines.join(u'\n');
    }

    void noteTokens(const QJsonObject& object, const QString& what)
    {
        static const QRegularExpression token(u"^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$"_s);
        QStringList bad;
        if (object.contains(u"class"_s) && !token.match(object.value(u"class"_s).toString()).hasMatch()) {
            bad << object.value(u"class"_s).toString();
        }
        for (const QJsonValue& part : object.value(u"parts"_s).toArray()) {
            if (!token.match(part.toObject().value(u"name"_s).toString()).hasMatch()) {
                bad << part.toObject().value(u"name"_s).toString();
            }
            noteTokens(part.toObject(), what);
        }
        if (!bad.isEmpty()) {
            tolerateOnce(u"tokens"_s,
                         tr("Some classes or part names are not OSCAL names (the first: “%1” on “%2”); they were kept "
                            "as they are, and are made valid when Attest exports the catalog.")
                             .arg(bad.first(), what));
        }
    }

    void noteProps(const QJsonObject& object, const QString& what)
    {
        noteTokens(object, what);
        for (const QJsonValue& p : object.value(u"props"_s).toArray()) {
            const QJsonObject prop = p.toObject();
            const QString name = prop.value(u"name"_s).toString();
            if (!prop.contains(u"ns"_s) && !KnownProps.contains(name) && !unknownProps.contains(name)) {
                unknownProps.insert(name);
                tolerate(tr("Unknown property “%1” (first on “%2”) was kept as it is.").arg(name, what));
            }
        }
        for (const QJsonValue& p : object.value(u"params"_s).toArray()) {
            const QJsonObject select = p.toObject().value(u"select"_s).toObject();
            const QString howMany = select.value(u"how-many"_s).toString();
            if (!howMany.isEmpty() && howMany != u"one"_s && howMany != u"one-or-more"_s) {
                tolerate(tr("The parameter choice “how-many: %1” is not an OSCAL value; it was read as “one or "
                            "more”.")
                             .arg(howMany));
            }
        }
    }

    // The reference a node is shown by: its label, else its id. Labels may repeat (e.g. "a.") and a label may equal
    // another node's id, so whatever is taken falls back to the id, then to the id with a number.
    QString uniqueRef(const QString& preferred, const QString& id)
    {
        QString ref = preferred.isEmpty() || refs.contains(preferred) || (preferred != id && ids.contains(preferred))
                          ? id
                          : preferred;
        for (int n = 2; refs.contains(ref); ++n) {
            ref = u"%1 (%2)"_s.arg(id).arg(n);
        }
        refs.insert(ref);
        return ref;
    }

    void walk(const QJsonObject& object, const QString& parentRef, bool insideControl, const QString& where)
    {
        const QJsonArray groups = object.value(u"groups"_s).toArray();
        for (int i = 0; i < groups.size(); ++i) {
            const QJsonObject group = groups[i].toObject();
            const QString path = u"%1/groups[%2]"_s.arg(where).arg(i);
            QString id = group.value(u"id"_s).toString();
            if (id.isEmpty()) {
                // Groups may go without an id; Attest needs one to keep the group across re-imports.
                for (int n = parsed.groups + 1; id.isEmpty() || ids.contains(id); ++n) {
                    id = u"group-"_s + QString::number(n);
                }
                ids.insert(id);
            }
            QString title = group.value(u"title"_s).toString();
            if (title.isEmpty()) {
                tolerateOnce(u"untitled group"_s,
                             tr("Groups without a title were named after their ids (the first at %1).").arg(path));
                title = id;
            }
            if (insideControl) {
                tolerateOnce(
                    u"group in control"_s,
                    tr("A control holds groups (the first at %1); they were read as part of its tree.").arg(path));
            }
            noteProps(group, id);
            Node node;
            node.ref = uniqueRef(propValue(group, u"label"_s), id);
            node.parentRef = parentRef;
            node.title = title;
            node.kind = u"group"_s;
            node.statement = renderParts(group.value(u"parts"_s).toArray(), QString());
            QJsonObject raw = group;
            raw.remove(u"groups"_s);
            raw.remove(u"controls"_s);
            raw.insert(u"id"_s, id);
            QJsonObject flags;
            takeAttestAnnotations(node, raw, flags);
            flags.insert(u"oscal"_s, raw);
            flags.insert(u"oscalKind"_s, u"group"_s);
            node.flags = compact(flags);
            parsed.catalog.nodes << node;
            ++parsed.groups;
            walk(group, node.ref, false, path);
        }
        const QJsonArray controls = object.value(u"controls"_s).toArray();
        for (int i = 0; i < controls.size(); ++i) {
            const QJsonObject control = controls[i].toObject();
            const QString path = u"%1/controls[%2]"_s.arg(where).arg(i);
            const QString id = control.value(u"id"_s).toString();
            QString title = control.value(u"title"_s).toString();
            if (title.isEmpty()) {
                tolerateOnce(u"untitled control"_s,
                             tr("Controls without a title were named after their ids (the first: “%1”).").arg(id));
                title = id;
            }
            noteProps(control, id);
            const bool withdrawn = propValue(control, u"status"_s).compare(u"withdrawn"_s, Qt::CaseInsensitive) == 0;
            Node node;
            node.ref = uniqueRef(propValue(control, u"label"_s), id);
            node.parentRef = parentRef;
            node.title = title;
            node.kind = insideControl ? u"enhancement"_s : u"control"_s;
            node.statement = renderParts(control.value(u"parts"_s).toArray(), u"statement"_s);
            node.guidance = renderParts(control.value(u"parts"_s).toArray(), u"guidance"_s);
            node.assessable = !withdrawn;
            if (withdrawn) {
                node.status = u"withdrawn"_s;
                ++parsed.withdrawn;
            }
            QJsonObject raw = control;
            raw.remove(u"controls"_s);
            raw.remove(u"groups"_s);
            QJsonObject flags;
            takeAttestAnnotations(node, raw, flags);
            flags.insert(u"oscal"_s, raw);
            flags.insert(u"oscalKind"_s, u"control"_s);
            node.flags = compact(flags);
            parsed.catalog.nodes << node;
            insideControl ? ++parsed.enhancements : ++parsed.controls;
            walk(control, node.ref, true, path);
        }
    }
};

QString isoDate(const QString& timestamp)
{
    return timestamp.left(10);
}

} // namespace

QString OscalImport::renderProse(const QString& prose, const QHash<QString, QJsonObject>& params)
{
    QStringList expanding;
    return renderProse(prose, params, expanding);
}

QString
OscalImport::renderProse(const QString& prose, const QHash<QString, QJsonObject>& params, QStringList& expanding)
{
    static const QRegularExpression insert(u"\\{\\{\\s*insert:\\s*param,\\s*([^\\s}]+)\\s*\\}\\}"_s);
    QString out;
    qsizetype last = 0;
    auto it = insert.globalMatch(prose);
    while (it.hasNext()) {
        const auto match = it.next();
        out += prose.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString id = match.captured(1);
        // A parameter whose choices insert itself (directly or through others) is shown by its id there.
        const auto param = expanding.contains(id) || expanding.size() >= 8 ? params.cend() : params.constFind(id);
        if (param == params.cend()) {
            out += u"[%1]"_s.arg(id);
            continue;
        }
        const QJsonArray values = param->value(u"values"_s).toArray();
        if (!values.isEmpty()) {
            QStringList texts;
            for (const QJsonValue& v : values) {
                texts << (v.isString() ? v.toString() : v.toVariant().toString()); // some files give numbers
            }
            out += texts.join(u", "_s);
            continue;
        }
        const QJsonObject select = param->value(u"select"_s).toObject();
        if (!select.isEmpty()) {
            QStringList choices;
            for (const QJsonValue& c : select.value(u"choice"_s).toArray()) {
                expanding.append(id);
                choices << renderProse(c.toString(), params, expanding);
                expanding.removeLast();
            }
            const bool many = select.value(u"how-many"_s).toString() != u"one"_s;
            out += (many ? tr("[Selection (one or more): %1]") : tr("[Selection: %1]")).arg(choices.join(u"; "_s));
            continue;
        }
        const QString label = param->value(u"label"_s).toString();
        out += tr("[Assignment: %1]").arg(label.isEmpty() ? id : label);
    }
    out += prose.mid(last);
    return out;
}

QString OscalImport::Outcome::summary() const
{
    QString text = parsed.model == Parsed::Model::Profile
                       ? tr("Imported the profile “%1” as a tailored framework (%2), selecting from %4 (requirements "
                            "selected: %3).")
                             .arg(parsed.catalog.framework.name, frameworkKey)
                             .arg(parsed.selectedRefs.size())
                             .arg(parsed.sourceFrameworkKey)
                       : tr("Imported the catalog “%1” as %2 (controls: %3, enhancements: %4, withdrawn: %5, "
                            "groups: %6, parameters: %7).")
                             .arg(parsed.catalog.framework.name, frameworkKey)
                             .arg(parsed.controls)
                             .arg(parsed.enhancements)
                             .arg(parsed.withdrawn)
                             .arg(parsed.groups)
                             .arg(parsed.parameters);
    if (report.frameworksUpdated) {
        text += u' ' + tr("It replaced an earlier import in place (%1 added, %2 changed, %3 withdrawn).")
                           .arg(report.requirementsAdded)
                           .arg(report.requirementsChanged)
                           .arg(report.requirementsWithdrawn);
    }
    return text;
}

Result<OscalImport::Parsed>
OscalImport::parse(Connection& connection, const QByteArray& data, const QString& fileName, const QString& catalogKey)
{
    const QString name = QFileInfo(fileName).fileName();
    if (data.size() > MaxFileSize) {
        return makeError(ErrorCode::Validation,
                         tr("“%1” is %2 MB; Attest imports OSCAL files of up to %3 MB.")
                             .arg(name)
                             .arg(data.size() / (1024 * 1024))
                             .arg(MaxFileSize / (1024 * 1024)));
    }
    if (data.trimmed().isEmpty()) {
        return makeError(ErrorCode::Validation, tr("“%1” is empty; it is not an OSCAL document.").arg(name));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = parseError.offset;
        const int line = int(QByteArrayView(data).first(qMin(offset, data.size())).count('\n')) + 1;
        if (parseError.error == QJsonParseError::DeepNesting) {
            return makeError(ErrorCode::Validation,
                             tr("“%1” is nested too deeply to be an OSCAL document (line %2).").arg(name).arg(line));
        }
        if (offset >= data.size() - 1) {
            return makeError(ErrorCode::Validation,
                             tr("“%1” is not valid JSON: it ends too early (%2 at line %3); the file may be cut off.")
                                 .arg(name, parseError.errorString())
                                 .arg(line));
        }
        return makeError(ErrorCode::Validation,
                         tr("“%1” is not valid JSON: %2 at line %3 (offset %4).")
                             .arg(name, parseError.errorString())
                             .arg(line)
                             .arg(offset));
    }
    if (!document.isObject()) {
        return makeError(ErrorCode::Validation, tr("“%1” is JSON, but not an OSCAL document.").arg(name));
    }
    const QJsonObject root = document.object();
    const bool isProfile = root.contains(u"profile"_s);
    if (!root.contains(u"catalog"_s) && !isProfile) {
        for (const QString& model : OtherModels) {
            if (root.contains(model)) {
                return makeError(ErrorCode::Validation,
                                 tr("“%1” is an OSCAL %2, not a catalog or profile; Attest imports catalogs and "
                                    "profiles.")
                                     .arg(name, model));
            }
        }
        return makeError(
            ErrorCode::Validation,
            tr("“%1” is not an OSCAL catalog or profile (no “catalog” or “profile” at the top).").arg(name));
    }
    const QJsonObject body = root.value(isProfile ? u"profile"_s : u"catalog"_s).toObject();
    Walker walker;
    const QJsonObject metadata = body.value(u"metadata"_s).toObject();
    QString uuid = body.value(u"uuid"_s).toString();
    if (QUuid::fromString(uuid).isNull()) {
        walker.tolerate(tr("The document has no valid uuid; one was derived from its content."));
        uuid = QUuid::createUuidV5(QUuid(), data.left(4096)).toString(QUuid::WithoutBraces);
    }
    QString title = metadata.value(u"title"_s).toString().trimmed();
    if (title.isEmpty()) {
        walker.tolerate(tr("The document has no title; it was named after its file."));
        title = QFileInfo(fileName).completeBaseName();
    }
    const QString version = metadata.value(u"oscal-version"_s).toString();
    static const QRegularExpression supported(u"^1\\.[0-2]\\.\\d+$"_s);
    if (version.isEmpty()) {
        walker.tolerate(tr("The document does not say which OSCAL version it uses; it was read as OSCAL 1.1."));
    } else if (!supported.match(version).hasMatch()) {
        walker.tolerate(tr("OSCAL version “%1” is outside 1.0 to 1.2; it was read as the nearest version Attest "
                           "knows.")
                            .arg(version));
    }
    QString modified = metadata.value(u"last-modified"_s).toString();
    static const QRegularExpression withZone(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"_s);
    static const QRegularExpression withoutZone(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?$"_s);
    if (modified.isEmpty()) {
        walker.tolerate(tr("The document has no last-modified date."));
    } else if (withoutZone.match(modified).hasMatch()) {
        walker.tolerate(tr("The last-modified time “%1” has no time zone; it was read as UTC.").arg(modified));
        modified += u'Z';
    } else if (!withZone.match(modified).hasMatch()) {
        walker.tolerate(
            tr("The last-modified date “%1” is not an OSCAL date-time; it was kept as text.").arg(modified));
    }

    Framework& framework = walker.parsed.catalog.framework;
    framework.name = title;
    framework.shortName = title.left(40);
    framework.edition = metadata.value(u"version"_s).toString();
    QString publisher;
    for (const QJsonValue& p : metadata.value(u"parties"_s).toArray()) {
        if (publisher.isEmpty()) {
            publisher = p.toObject().value(u"name"_s).toString();
        }
    }
    framework.publisher = publisher;
    const QString shownVersion = version.isEmpty() ? tr("version not stated") : version;
    framework.sourceDocument =
        isProfile ? tr("%1, OSCAL profile (OSCAL %2, uuid %3), imported from %4").arg(title, shownVersion, uuid, name)
                  : tr("%1, OSCAL catalog (OSCAL %2, uuid %3), imported from %4").arg(title, shownVersion, uuid, name);
    framework.licence = tr("As stated by its publisher; imported by the user.");
    framework.attribution = publisher.isEmpty() ? title : tr("%1, %2").arg(title, publisher);
    framework.effectiveDate = isoDate(metadata.value(u"published"_s).toString(modified));
    framework.origin = isProfile ? u"tailored"_s : u"imported"_s;
    framework.release = QString::fromLatin1(Sha256::hash(data).toHex().left(16));
    QJsonObject kept{{u"uuid"_s, uuid}, {u"oscal-version"_s, version}, {u"metadata"_s, metadata}};
    if (body.contains(u"back-matter"_s)) {
        kept.insert(u"back-matter"_s, body.value(u"back-matter"_s));
    }
    if (body.contains(u"params"_s)) {
        kept.insert(u"params"_s, body.value(u"params"_s));
    }
    framework.metadata = compact(kept);
    // A catalog Attest exported says what it knew about the framework in Attest's namespace.
    bool fromAttest = false;
    for (const QJsonValue& value : metadata.value(u"props"_s).toArray()) {
        const QJsonObject prop = value.toObject();
        if (!isAttest(prop)) {
            continue;
        }
        fromAttest = true;
        const QString propName = prop.value(u"name"_s).toString();
        const QString text = prop.value(u"value"_s).toString();
        if (propName == u"short-name"_s) {
            framework.shortName = text;
        } else if (propName == u"source-document"_s) {
            framework.sourceDocument = text;
        } else if (propName == u"licence"_s) {
            framework.licence = text;
        } else if (propName == u"url"_s) {
            framework.url = text;
        }
    }
    if (fromAttest) {
        // The export's last-modified is when it was written, not when the framework took effect.
        framework.effectiveDate.clear();
        for (const QJsonValue& value : metadata.value(u"props"_s).toArray()) {
            if (isAttest(value.toObject()) && value.toObject().value(u"name"_s).toString() == u"effective-date"_s) {
                framework.effectiveDate = value.toObject().value(u"value"_s).toString();
            }
        }
    }
    if (fromAttest && !metadata.value(u"remarks"_s).toString().isEmpty()) {
        framework.attribution = metadata.value(u"remarks"_s).toString();
    }

    // A key people can type: the title as a slug, unless another framework already goes by it.
    CatalogRepository repository(connection);
    QString key = slug(title);
    if (key.isEmpty()) {
        key = u"oscal"_s;
    }
    auto existing = repository.framework(key);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value() &&
        QJsonDocument::fromJson((*existing)->metadata.toUtf8()).object().value(u"uuid"_s).toString() != uuid) {
        key += u'-' + uuid.left(8);
    }
    framework.key = key;

    if (!isProfile) {
        walker.parsed.model = Parsed::Model::Catalog;
        if (!walker.collect(body, u"catalog"_s, 0)) {
            return *walker.error;
        }
        walker.walk(body, QString(), false, u"catalog"_s);
        if (walker.parsed.catalog.nodes.isEmpty()) {
            return makeError(ErrorCode::Validation, tr("“%1” is an OSCAL catalog without any controls.").arg(name));
        }
        return walker.parsed;
    }

    // A profile: select from a catalog already in the workspace.
    walker.parsed.model = Parsed::Model::Profile;
    const QJsonArray imports = body.value(u"imports"_s).toArray();
    if (imports.isEmpty()) {
        return makeError(ErrorCode::Validation, tr("The profile “%1” imports no catalog.").arg(title));
    }
    if (imports.size() > 1) {
        walker.tolerate(tr("The profile imports %1 sources; Attest uses the first.").arg(imports.size()));
    }
    const QJsonObject import = imports.first().toObject();
    std::optional<Framework> source;
    auto frameworks = repository.frameworks();
    if (!frameworks) {
        return frameworks.error();
    }
    const QString href = import.value(u"href"_s).toString();
    auto uuidOf = [](const Framework& f) {
        return QJsonDocument::fromJson(f.metadata.toUtf8()).object().value(u"uuid"_s).toString();
    };
    if (!catalogKey.isEmpty()) {
        for (const Framework& f : *frameworks) {
            if (f.key.compare(catalogKey, Qt::CaseInsensitive) == 0) {
                source = f;
            }
        }
    } else {
        // Where the profile says its catalog is: a file beside it, or (as in NIST's baselines) "#uuid" naming a
        // back-matter resource whose links give the file. The catalog is recognised by the uuid inside the file.
        QStringList locations;
        if (href.startsWith(u'#')) {
            for (const QJsonValue& r : body.value(u"back-matter"_s).toObject().value(u"resources"_s).toArray()) {
                if (r.toObject().value(u"uuid"_s).toString() == href.mid(1)) {
                    for (const QJsonValue& link : r.toObject().value(u"rlinks"_s).toArray()) {
                        locations << link.toObject().value(u"href"_s).toString();
                    }
                }
            }
        } else {
            locations << href;
        }
        QStringList candidates; // uuids the profile may mean
        for (const QString& location : std::as_const(locations)) {
            for (const Framework& f : *frameworks) {
                if (!uuidOf(f).isEmpty() && location.contains(uuidOf(f))) {
                    candidates << uuidOf(f);
                }
            }
            const QUrl url(location);
            const QString path = url.isLocalFile() ? url.toLocalFile() : location;
            if (!url.isLocalFile() && !url.scheme().isEmpty() && url.scheme().size() > 1) {
                continue; // a web address: not fetched
            }
            QFile file(QFileInfo(path).isAbsolute() ? path : QFileInfo(fileName).dir().filePath(path));
            if (file.size() <= MaxFileSize && file.open(QIODevice::ReadOnly)) {
                candidates << QJsonDocument::fromJson(file.readAll())
                                  .object()
                                  .value(u"catalog"_s)
                                  .toObject()
                                  .value(u"uuid"_s)
                                  .toString();
            }
        }
        for (const Framework& f : *frameworks) {
            if (!uuidOf(f).isEmpty() && candidates.contains(uuidOf(f))) {
                source = f;
            }
        }
    }
    if (!source) {
        return makeError(ErrorCode::NotFound,
                         catalogKey.isEmpty()
                             ? tr("The profile “%1” selects from “%2”, which is not in this workspace. Import that "
                                  "catalog first, or name the framework to select from.")
                                   .arg(title, href)
                             : tr("There is no framework “%1” in this workspace.").arg(catalogKey));
    }
    walker.parsed.sourceFrameworkKey = source->key;
    auto nodes = repository.requirements(source->id);
    if (!nodes) {
        return nodes.error();
    }
    // A profile names controls by their OSCAL ids; a framework Attest did not import from OSCAL has none, and its
    // references stand in (as its own OSCAL export writes them).
    QList<QJsonObject> raws;
    QHash<QString, int> byId;
    QHash<QString, int> byRef;
    QHash<qint64, int> byDbId;
    QHash<qint64, QList<int>> childrenOf;
    for (int i = 0; i < nodes->size(); ++i) {
        const Requirement& r = nodes->at(i);
        raws << QJsonDocument::fromJson(r.flags.toUtf8()).object().value(u"oscal"_s).toObject();
        const QString id = raws.last().value(u"id"_s).toString();
        byId.insert(id.isEmpty() ? r.ref : id, i);
        byRef.insert(r.ref, i);
        byDbId.insert(r.id, i);
        childrenOf[r.parentId].append(i);
    }
    auto isGroup = [&](int index) { return nodes->at(index).kind == u"group"_s; };
    auto find = [&](const QString& id) -> int {
        if (const auto it = byId.constFind(id); it != byId.cend()) {
            return *it;
        }
        const auto it = byRef.constFind(id);
        return it != byRef.cend() && raws.at(*it).isEmpty() ? *it : -1;
    };
    QSet<int> selected;
    auto mark = [&](int index, bool include, bool children, auto&& self) -> void {
        include ? void(selected.insert(index)) : void(selected.remove(index));
        if (children) {
            for (int child : childrenOf.value(nodes->at(index).id)) {
                if (!isGroup(child)) {
                    self(child, include, true, self);
                }
            }
        }
    };
    auto applyRule = [&](const QJsonObject& rule, bool include) {
        const bool children = rule.value(u"with-child-controls"_s).toString() == u"yes"_s;
        for (const QJsonValue& value : rule.value(u"with-ids"_s).toArray()) {
            const int index = find(value.toString());
            if (index < 0) {
                walker.tolerate(tr("The profile names “%1”, which %2 does not contain; it was skipped.")
                                    .arg(value.toString(), source->name));
            } else if (isGroup(index)) {
                walker.tolerate(tr("The profile names the group “%1”; profiles select controls, so it was skipped.")
                                    .arg(value.toString()));
            } else {
                mark(index, include, children, mark);
            }
        }
        for (const QJsonValue& m : rule.value(u"matching"_s).toArray()) {
            const QRegularExpression pattern(
                QRegularExpression::anchoredPattern(QRegularExpression::wildcardToRegularExpression(
                    m.toObject().value(u"pattern"_s).toString(), QRegularExpression::UnanchoredWildcardConversion)));
            for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
                if (!isGroup(*it) && pattern.match(it.key()).hasMatch()) {
                    mark(*it, include, children, mark);
                }
            }
        }
    };
    if (import.contains(u"include-all"_s)) {
        for (int i = 0; i < nodes->size(); ++i) {
            if (!isGroup(i)) {
                selected.insert(i);
            }
        }
    }
    for (const QJsonValue& rule : import.value(u"include-controls"_s).toArray()) {
        applyRule(rule.toObject(), true);
    }
    for (const QJsonValue& rule : import.value(u"exclude-controls"_s).toArray()) {
        applyRule(rule.toObject(), false);
    }
    if (selected.isEmpty()) {
        return makeError(ErrorCode::Validation,
                         tr("The profile “%1” selects nothing from %2.").arg(title, source->name));
    }
    // Parameter values the profile sets fill the statements of the selected controls. Any control's prose may
    // insert any parameter of the catalog, so all of them are known when the text is rendered again.
    QHash<QString, QJsonObject> setParams;
    for (const QJsonValue& p : body.value(u"modify"_s).toObject().value(u"set-parameters"_s).toArray()) {
        const QJsonObject set = p.toObject();
        setParams.insert(set.value(u"param-id"_s).toString(), set);
    }
    auto withValues = [&](QJsonObject param) {
        const auto set = setParams.constFind(param.value(u"id"_s).toString());
        if (set != setParams.cend() && set->contains(u"values"_s)) {
            param.insert(u"values"_s, set->value(u"values"_s));
        }
        return param;
    };
    QHash<QString, QJsonObject> allParams;
    if (!setParams.isEmpty()) {
        for (const QJsonValue& p :
             QJsonDocument::fromJson(source->metadata.toUtf8()).object().value(u"params"_s).toArray()) {
            allParams.insert(p.toObject().value(u"id"_s).toString(), withValues(p.toObject()));
        }
        for (const QJsonObject& raw : std::as_const(raws)) {
            for (const QJsonValue& p : raw.value(u"params"_s).toArray()) {
                allParams.insert(p.toObject().value(u"id"_s).toString(), withValues(p.toObject()));
            }
        }
    }
    if (body.value(u"modify"_s).toObject().contains(u"alters"_s)) {
        walker.tolerate(tr("The profile's alterations of control text (alters) are not applied; the catalog's text "
                           "is shown."));
    }
    // Keep the selected controls with their ancestors (groups, parent controls) for context, in catalog order.
    QSet<int> keep = selected;
    for (int index : std::as_const(selected)) {
        qint64 parent = nodes->at(index).parentId;
        while (parent) {
            const int p = byDbId.value(parent, -1);
            if (p < 0) {
                break;
            }
            keep.insert(p);
            parent = nodes->at(p).parentId;
        }
    }
    walker.params = allParams;
    for (int i = 0; i < nodes->size(); ++i) {
        if (!keep.contains(i)) {
            continue;
        }
        const Requirement& r = nodes->at(i);
        Node node;
        node.ref = r.ref;
        node.parentRef = r.parentId ? nodes->at(byDbId.value(r.parentId)).ref : QString();
        node.title = r.title;
        node.kind = r.kind;
        node.summary = r.summary;
        node.question = r.question;
        node.statement = r.statement;
        node.guidance = r.guidance;
        node.assessable = selected.contains(i) && r.assessable;
        node.status = r.status;
        node.flags = r.flags;
        QJsonObject raw = raws.at(i);
        if (!setParams.isEmpty() && selected.contains(i) && !raw.isEmpty()) {
            QJsonArray params = raw.value(u"params"_s).toArray();
            for (int p = 0; p < params.size(); ++p) {
                params[p] = withValues(params[p].toObject());
            }
            if (!params.isEmpty()) {
                raw.insert(u"params"_s, params);
            }
            QJsonObject flags = QJsonDocument::fromJson(r.flags.toUtf8()).object();
            flags.insert(u"oscal"_s, raw);
            node.flags = compact(flags);
            node.statement = walker.renderParts(raw.value(u"parts"_s).toArray(), u"statement"_s);
            node.guidance = walker.renderParts(raw.value(u"parts"_s).toArray(), u"guidance"_s);
        }
        walker.parsed.catalog.nodes << node;
        if (selected.contains(i)) {
            walker.parsed.selectedRefs << r.ref;
        }
    }
    walker.parsed.controls = int(walker.parsed.selectedRefs.size());
    QJsonObject tailored{{u"uuid"_s, uuid},
                         {u"oscal-version"_s, version},
                         {u"metadata"_s, metadata},
                         {u"source"_s, source->key},
                         {u"imports"_s, imports}};
    // The catalog's own parameters (with the profile's values), which the selected controls' prose may insert.
    QJsonArray catalogParams;
    for (const QJsonValue& p :
         QJsonDocument::fromJson(source->metadata.toUtf8()).object().value(u"params"_s).toArray()) {
        catalogParams.append(withValues(p.toObject()));
    }
    if (!catalogParams.isEmpty()) {
        tailored.insert(u"params"_s, catalogParams);
    }
    framework.metadata = compact(tailored);
    return walker.parsed;
}

Result<OscalImport::Outcome> OscalImport::importFile(Connection& connection,
                                                     const QString& path,
                                                     const QString& catalogKey,
                                                     const Progress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, tr("Cannot read “%1”: %2.").arg(path, file.errorString()));
    }
    if (file.size() > MaxFileSize) {
        return makeError(ErrorCode::Validation,
                         tr("“%1” is %2 MB; Attest imports OSCAL files of up to %3 MB.")
                             .arg(QFileInfo(path).fileName())
                             .arg(file.size() / (1024 * 1024))
                             .arg(MaxFileSize / (1024 * 1024)));
    }
    auto parsed = parse(connection, file.readAll(), path, catalogKey);
    if (!parsed) {
        return parsed.error();
    }
    Outcome outcome;
    outcome.parsed = *parsed;
    outcome.frameworkKey = parsed->catalog.framework.key;
    const QString reason = parsed->model == Parsed::Model::Profile
                               ? tr("Import OSCAL profile %1").arg(QFileInfo(path).fileName())
                               : tr("Import OSCAL catalog %1").arg(QFileInfo(path).fileName());
    auto written = connection.write(reason, [&](WriteTransaction& txn) -> Result<void> {
        if (auto applied = CatalogLoader::apply(txn, connection, parsed->catalog, outcome.report, progress); !applied) {
            return applied;
        }
        if (parsed->model != Parsed::Model::Profile) {
            return {};
        }
        // Each tailored requirement is the selected one: say so, so the browser links them.
        CatalogRepository repository(connection);
        auto tailored = repository.framework(parsed->catalog.framework.key);
        auto source = repository.framework(parsed->sourceFrameworkKey);
        if (!tailored || !source || !tailored->has_value() || !source->has_value()) {
            return makeError(ErrorCode::Database, tr("The tailored framework could not be linked to its catalog."));
        }
        auto tailoredIds = repository.requirementIds((*tailored)->id);
        auto sourceIds = repository.requirementIds((*source)->id);
        if (!tailoredIds || !sourceIds) {
            return makeError(ErrorCode::Database, tr("The tailored framework could not be linked to its catalog."));
        }
        auto existing = repository.allMappings();
        if (!existing) {
            return existing.error();
        }
        QSet<QPair<qint64, qint64>> present;
        for (const RequirementMapping& m : *existing) {
            present.insert({m.fromId, m.toId});
        }
        for (const QString& ref : parsed->selectedRefs) {
            const qint64 from = tailoredIds->value(ref);
            const qint64 to = sourceIds->value(ref);
            if (!from || !to || present.contains({from, to})) {
                continue;
            }
            RequirementMapping m;
            m.fromId = from;
            m.toId = to;
            m.relationship = u"equal"_s;
            m.provenanceKind = u"derived"_s;
            m.provenance =
                tr("Selected by the OSCAL profile “%1” from %2").arg(parsed->catalog.framework.name, (*source)->name);
            if (auto created = txn.create(CatalogRepository::mappingSpec(), CatalogRepository::toValues(m)); !created) {
                return created.error();
            }
        }
        return {};
    });
    if (!written) {
        return written.error();
    }
    qCInfo(lcImport) << "OSCAL import of" << path << ":" << outcome.summary();
    return outcome;
}

} // namespace attest
