#include "OscalCatalogExport.h"

#include "catalog/Catalog.h"
#include "catalog/OscalNames.h"
#include "storage/CatalogRepository.h"
#include "storage/Connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

// The namespace of the v5 uuids of catalogs and parties Attest writes for its own frameworks: stable across exports.
const QUuid AttestUuidNamespace(u"6f1c2a8e-4d3b-5e7a-9c10-2b8d4e6f7a90"_s);

QString oscalString(const QString& text)
{
    // OSCAL strings carry no leading or trailing whitespace and, in props, no line breaks.
    return text.simplified();
}

QString dateTime(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'Z';
}

// OSCAL's token: an XML NCName (letters of any script, digits, ".", "-", "_"; not starting with a digit).
bool isToken(const QString& text)
{
    static const QRegularExpression token(u"^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$"_s);
    return token.match(text).hasMatch();
}

QJsonObject prop(const QString& name, const QString& value, bool attest = false)
{
    QJsonObject p{{u"name"_s, name}, {u"value"_s, oscalString(value)}};
    if (attest) {
        p.insert(u"ns"_s, oscal::attestNamespace());
    }
    return p;
}

QJsonObject attestPart(const QString& name, const QString& prose)
{
    return {{u"name"_s, name}, {u"ns"_s, oscal::attestNamespace()}, {u"prose"_s, prose}};
}

bool isAttest(const QJsonObject& object)
{
    return object.value(u"ns"_s).toString() == oscal::attestNamespace();
}

// Brings what an imported file carried into the shape the 1.1.3 schema demands: property values non-empty and on
// one line, parameter choices from the enumeration, no empty lists, no Attest annotations (written afresh).
QJsonValue sanitized(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray()) {
            out.append(sanitized(item));
        }
        return out;
    }
    if (!value.isObject()) {
        return value;
    }
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end();) {
        // Optional tokens a publisher got wrong are dropped rather than written invalid.
        if ((it.key() == u"class"_s || it.key() == u"group"_s) && !isToken(it.value().toString())) {
            it = object.erase(it);
            continue;
        }
        QJsonValue v = sanitized(it.value());
        if (it.key() == u"props"_s || it.key() == u"parts"_s) {
            QJsonArray kept;
            for (const QJsonValue& item : v.toArray()) {
                QJsonObject entry = item.toObject();
                if (isAttest(entry)) {
                    continue;
                }
                if (it.key() == u"props"_s) {
                    const QString text = oscalString(entry.value(u"value"_s).toString());
                    if (text.isEmpty() || !isToken(entry.value(u"name"_s).toString())) {
                        continue;
                    }
                    entry.insert(u"value"_s, text);
                } else {
                    if (!isToken(entry.value(u"name"_s).toString())) {
                        entry.insert(u"name"_s, OscalCatalogExport::tokenFor(entry.value(u"name"_s).toString()));
                    }
                    if (entry.contains(u"id"_s) && !isToken(entry.value(u"id"_s).toString())) {
                        entry.remove(u"id"_s);
                    }
                }
                kept.append(entry);
            }
            v = kept;
        } else if (it.key() == u"values"_s && v.isArray()) {
            // Parameter values are strings; some files carry numbers.
            QJsonArray texts;
            for (const QJsonValue& item : v.toArray()) {
                const QString text = item.isString() ? item.toString() : item.toVariant().toString();
                if (!oscalString(text).isEmpty()) {
                    texts.append(oscalString(text));
                }
            }
            v = texts;
        } else if (it.key() == u"how-many"_s) {
            const QString howMany = v.toString();
            if (howMany != u"one"_s && howMany != u"one-or-more"_s) {
                v = u"one-or-more"_s;
            }
        }
        if (v.isArray() && v.toArray().isEmpty()) {
            it = object.erase(it);
            continue;
        }
        it.value() = v;
        ++it;
    }
    return object;
}

struct Tree
{
    QList<Requirement> nodes;
    QHash<qint64, QList<int>> children; // parent id (0 = top) -> indices, in tree order
    QSet<QString> usedIds;
    int written = 0;
};

QString uniqueId(Tree& tree, const QString& preferred)
{
    QString id = isToken(preferred) ? preferred : OscalCatalogExport::tokenFor(preferred);
    const QString base = id;
    for (int n = 2; tree.usedIds.contains(id); ++n) {
        id = u"%1_%2"_s.arg(base).arg(n);
    }
    tree.usedIds.insert(id);
    return id;
}

bool hasRaw(const Requirement& r)
{
    return QJsonDocument::fromJson(r.flags.toUtf8()).object().contains(u"oscal"_s);
}

// Whether Attest's own nodes under one parent become OSCAL groups: only when every one of them is a heading (not
// assessable, with children). OSCAL keeps groups and controls in separate lists, so mixing them under one parent
// would lose their order; nested controls keep it.
bool siblingsAsGroups(const Tree& tree, const QList<int>& siblings)
{
    for (int index : siblings) {
        const Requirement& r = tree.nodes.at(index);
        if (!hasRaw(r) && (r.assessable || tree.children.value(r.id).isEmpty())) {
            return false;
        }
    }
    return true;
}

QJsonObject emitNode(Tree& tree, int index, bool insideControl, bool asGroup, bool* isGroup)
{
    const Requirement& r = tree.nodes.at(index);
    const QList<int> children = tree.children.value(r.id);
    QJsonObject flags = QJsonDocument::fromJson(r.flags.toUtf8()).object();
    const QJsonObject raw = flags.take(u"oscal"_s).toObject();
    const QString rawKind = flags.take(u"oscalKind"_s).toString();

    QJsonObject node;
    QJsonArray props;
    QJsonArray parts;
    if (!raw.isEmpty()) {
        // An imported node comes out as it came in, with the workspace's title.
        node = sanitized(raw).toObject();
        *isGroup = rawKind == u"group"_s && !insideControl;
        props = node.take(u"props"_s).toArray();
        parts = node.take(u"parts"_s).toArray();
        const QString id = node.value(u"id"_s).toString();
        if (*isGroup && id.isEmpty()) {
            node.remove(u"id"_s);
        } else {
            node.insert(u"id"_s, uniqueId(tree, id.isEmpty() ? r.ref : id));
        }
        bool hasStatus = false;
        for (const QJsonValue& p : std::as_const(props)) {
            hasStatus = hasStatus ||
                        (p.toObject().value(u"name"_s).toString() == u"status"_s && !p.toObject().contains(u"ns"_s));
        }
        if (r.status == u"withdrawn"_s && !hasStatus) {
            props.append(prop(u"status"_s, u"withdrawn"_s));
        }
    } else {
        *isGroup = !insideControl && asGroup;
        const QString id = uniqueId(tree, OscalCatalogExport::tokenFor(r.ref));
        node.insert(u"id"_s, id);
        if (!oscalString(r.ref).isEmpty()) {
            props.append(prop(u"label"_s, r.ref));
        }
        if (r.status == u"withdrawn"_s) {
            props.append(prop(u"status"_s, u"withdrawn"_s));
        }
        if (!r.statement.isEmpty()) {
            parts.append(QJsonObject{
                {u"id"_s, QString(id + u"_smt"_s)}, {u"name"_s, u"statement"_s}, {u"prose"_s, r.statement}});
        }
        if (!r.guidance.isEmpty()) {
            parts.append(
                QJsonObject{{u"id"_s, QString(id + u"_gdn"_s)}, {u"name"_s, u"guidance"_s}, {u"prose"_s, r.guidance}});
        }
    }
    node.insert(u"title"_s, r.title.isEmpty() ? r.ref : r.title);

    // What Attest knows beyond OSCAL, in its own namespace, so that the export imports back exactly.
    if (!r.kind.isEmpty()) {
        props.append(prop(u"kind"_s, r.kind, true));
    }
    props.append(prop(u"assessable"_s, r.assessable ? u"true"_s : u"false"_s, true));
    if (!flags.isEmpty()) {
        props.append(prop(u"flags"_s, QString::fromUtf8(QJsonDocument(flags).toJson(QJsonDocument::Compact)), true));
    }
    if (!r.summary.isEmpty()) {
        parts.append(attestPart(u"summary"_s, r.summary));
    }
    if (!r.question.isEmpty()) {
        parts.append(attestPart(u"interview-question"_s, r.question));
    }
    if (!props.isEmpty()) {
        node.insert(u"props"_s, props);
    }
    if (!parts.isEmpty()) {
        node.insert(u"parts"_s, parts);
    }

    QJsonArray groups;
    QJsonArray controls;
    const bool childrenInsideControl = insideControl || !*isGroup;
    const bool childrenAsGroups = !childrenInsideControl && siblingsAsGroups(tree, children);
    for (int child : children) {
        bool childIsGroup = false;
        const QJsonObject emitted = emitNode(tree, child, childrenInsideControl, childrenAsGroups, &childIsGroup);
        (childIsGroup ? groups : controls).append(emitted);
    }
    if (!groups.isEmpty()) {
        node.insert(u"groups"_s, groups);
    }
    if (!controls.isEmpty()) {
        node.insert(u"controls"_s, controls);
    }
    ++tree.written;
    return node;
}

// What Attest knows about a framework, in its namespace, so that an import of the export knows it too.
QJsonArray attestProps(const Framework& framework)
{
    QJsonArray props;
    props.append(prop(u"framework-key"_s, framework.key, true));
    for (const auto& [name, value] : {std::pair{u"short-name"_s, framework.shortName},
                                      std::pair{u"source-document"_s, framework.sourceDocument},
                                      std::pair{u"licence"_s, framework.licence},
                                      std::pair{u"effective-date"_s, framework.effectiveDate},
                                      std::pair{u"release"_s, framework.release},
                                      std::pair{u"url"_s, framework.url}}) {
        if (!oscalString(value).isEmpty()) {
            props.append(prop(name, value, true));
        }
    }
    return props;
}

QJsonObject metadataFor(const Framework& framework, const QJsonObject& stored, const QDateTime& now)
{
    QJsonObject metadata;
    const QJsonObject imported = stored.value(u"metadata"_s).toObject();
    if (!imported.isEmpty()) {
        static const QStringList kept = {u"props"_s,
                                         u"links"_s,
                                         u"roles"_s,
                                         u"parties"_s,
                                         u"remarks"_s,
                                         u"document-ids"_s,
                                         u"responsible-parties"_s};
        for (const QString& key : kept) {
            if (imported.contains(key)) {
                metadata.insert(key, imported.value(key));
            }
        }
        static const QRegularExpression withZone(
            u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"_s);
        const QString published = imported.value(u"published"_s).toString();
        if (withZone.match(published).hasMatch()) {
            metadata.insert(u"published"_s, published);
        }
        metadata = sanitized(metadata).toObject();
        QJsonArray props = metadata.value(u"props"_s).toArray();
        for (const QJsonValue& p : attestProps(framework)) {
            props.append(p);
        }
        metadata.insert(u"props"_s, props);
        if (!metadata.contains(u"remarks"_s) && !framework.attribution.trimmed().isEmpty()) {
            metadata.insert(u"remarks"_s, framework.attribution.trimmed());
        }
    } else {
        metadata.insert(u"props"_s, attestProps(framework));
        if (!framework.url.isEmpty()) {
            metadata.insert(u"links"_s,
                            QJsonArray{QJsonObject{{u"href"_s, framework.url}, {u"rel"_s, u"reference"_s}}});
        }
        if (!framework.publisher.isEmpty()) {
            const QString party = QUuid::createUuidV5(AttestUuidNamespace, u"party:"_s + framework.publisher)
                                      .toString(QUuid::WithoutBraces);
            metadata.insert(u"roles"_s,
                            QJsonArray{QJsonObject{{u"id"_s, u"creator"_s}, {u"title"_s, u"Document Creator"_s}}});
            metadata.insert(u"parties"_s,
                            QJsonArray{QJsonObject{{u"uuid"_s, party},
                                                   {u"type"_s, u"organization"_s},
                                                   {u"name"_s, oscalString(framework.publisher)}}});
            metadata.insert(
                u"responsible-parties"_s,
                QJsonArray{QJsonObject{{u"role-id"_s, u"creator"_s}, {u"party-uuids"_s, QJsonArray{party}}}});
        }
        if (!framework.attribution.trimmed().isEmpty()) {
            metadata.insert(u"remarks"_s, framework.attribution.trimmed());
        }
    }
    metadata.insert(u"title"_s, framework.name);
    metadata.insert(u"last-modified"_s, dateTime(now));
    const QString version = oscalString(framework.edition.isEmpty() ? framework.release : framework.edition);
    metadata.insert(u"version"_s, version.isEmpty() ? u"unversioned"_s : version);
    metadata.insert(u"oscal-version"_s, QString::fromLatin1(OscalCatalogExport::OscalVersion));
    return metadata;
}

} // namespace

QString OscalCatalogExport::tokenFor(const QString& ref)
{
    // Letters and digits stay; a lone ".", "-" or "_" between them stays; any other run becomes one "-".
    QString out;
    QString run;
    auto flush = [&]() {
        if (run.isEmpty()) {
            return;
        }
        out += (run == u"."_s || run == u"-"_s || run == u"_"_s) ? run : u"-"_s;
        run.clear();
    };
    for (const QChar c : ref.toLower()) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            flush();
            out += c;
        } else {
            run += c;
        }
    }
    // A trailing run is dropped: "Art. 5(1)" -> "art-5-1".
    while (!out.isEmpty() && !out.back().isLetterOrNumber()) {
        out.chop(1);
    }
    if (out.isEmpty() || !(out.front().isLetter() || out.front() == u'_')) {
        out.prepend(u"req-"_s);
    }
    if (out == u"req-"_s) {
        out = u"req"_s;
    }
    return out;
}

Result<QByteArray> OscalCatalogExport::exportFramework(Connection& connection,
                                                       const QString& frameworkKey,
                                                       const QDateTime& now,
                                                       int* written)
{
    CatalogRepository repository(connection);
    auto found = repository.framework(frameworkKey);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return makeError(ErrorCode::NotFound, tr("There is no framework “%1” in this workspace.").arg(frameworkKey));
    }
    const Framework framework = **found;
    auto nodes = repository.requirements(framework.id);
    if (!nodes) {
        return nodes.error();
    }
    if (nodes->isEmpty()) {
        return makeError(ErrorCode::Validation,
                         tr("The framework “%1” has no requirements to export.").arg(framework.name));
    }
    Tree tree;
    tree.nodes = *nodes;
    QSet<qint64> known;
    for (const Requirement& r : std::as_const(tree.nodes)) {
        known.insert(r.id);
    }
    for (int i = 0; i < tree.nodes.size(); ++i) {
        const qint64 parent = known.contains(tree.nodes[i].parentId) ? tree.nodes[i].parentId : 0;
        tree.children[parent].append(i);
    }

    const QJsonObject stored = QJsonDocument::fromJson(framework.metadata.toUtf8()).object();
    QString uuid = stored.value(u"uuid"_s).toString();
    if (QUuid::fromString(uuid).isNull()) {
        uuid = QUuid::createUuidV5(AttestUuidNamespace, u"framework:"_s + framework.key).toString(QUuid::WithoutBraces);
    }
    QJsonObject catalog{{u"uuid"_s, uuid}, {u"metadata"_s, metadataFor(framework, stored, now)}};
    if (stored.contains(u"params"_s)) {
        const QJsonArray params = sanitized(stored.value(u"params"_s)).toArray();
        if (!params.isEmpty()) {
            catalog.insert(u"params"_s, params);
        }
    }
    QJsonArray groups;
    QJsonArray controls;
    const QList<int> top = tree.children.value(0);
    const bool topAsGroups = siblingsAsGroups(tree, top);
    for (int index : top) {
        bool isGroup = false;
        const QJsonObject node = emitNode(tree, index, false, topAsGroups, &isGroup);
        (isGroup ? groups : controls).append(node);
    }
    if (!groups.isEmpty()) {
        catalog.insert(u"groups"_s, groups);
    }
    if (!controls.isEmpty()) {
        catalog.insert(u"controls"_s, controls);
    }
    if (stored.contains(u"back-matter"_s)) {
        const QJsonObject backMatter = sanitized(stored.value(u"back-matter"_s)).toObject();
        if (!backMatter.isEmpty()) {
            catalog.insert(u"back-matter"_s, backMatter);
        }
    }
    if (written) {
        *written = tree.written;
    }
    return QJsonDocument(QJsonObject{{u"catalog"_s, catalog}}).toJson(QJsonDocument::Indented);
}

Result<int> OscalCatalogExport::exportToFile(Connection& connection, const QString& frameworkKey, const QString& path)
{
    int written = 0;
    auto data = exportFramework(connection, frameworkKey, QDateTime::currentDateTimeUtc(), &written);
    if (!data) {
        return data.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        return makeError(ErrorCode::Io, tr("Cannot write “%1”: %2.").arg(path, file.errorString()));
    }
    return written;
}

} // namespace attest
