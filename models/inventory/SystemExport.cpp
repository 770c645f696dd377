#include "SystemExport.h"

#include "io/Csv.h"
#include "storage/ChangeLogRepository.h"
#include "storage/Connection.h"
#include "storage/SystemRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace attest {

QByteArray SystemExport::toCsv(const QList<AiSystem>& systems)
{
    QList<QStringList> rows;
    rows.reserve(systems.size() + 1);
    rows << SystemFields::keys();
    for (const AiSystem& system : systems) {
        QStringList row;
        for (const SystemField& field : SystemFields::all()) {
            row << system.value(field.key);
        }
        rows << row;
    }
    return Csv::write(rows);
}

Result<QByteArray> SystemExport::toJson(Connection& connection, const QList<AiSystem>& systems)
{
    ChangeLogRepository changeLog(connection);
    QJsonArray items;
    for (const AiSystem& system : systems) {
        QJsonObject item;
        for (const SystemField& field : SystemFields::all()) {
            const QString value = system.value(field.key);
            switch (field.kind) {
            case FieldKind::MultiChoice:
            case FieldKind::Tags:
                item.insert(field.key, QJsonArray::fromStringList(SystemRules::splitList(value)));
                break;
            case FieldKind::Components: {
                QJsonArray components;
                for (const Component& c : SystemRules::parseComponents(value, nullptr)) {
                    components.append(QJsonObject{{u"kind"_s, c.kind}, {u"name"_s, c.name}});
                }
                item.insert(field.key, components);
                break;
            }
            case FieldKind::Date:
                item.insert(field.key, value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
                break;
            default:
                item.insert(field.key, value);
            }
        }
        item.insert(u"created_at"_s,
                    QDateTime::fromMSecsSinceEpoch(system.createdMs, Qt::UTC).toString(Qt::ISODateWithMs));
        item.insert(u"updated_at"_s,
                    QDateTime::fromMSecsSinceEpoch(system.updatedMs, Qt::UTC).toString(Qt::ISODateWithMs));
        auto changes = changeLog.forSystem(system.id);
        if (!changes) {
            return changes.error();
        }
        QJsonArray log;
        for (const SystemChange& change : *changes) {
            log.append(QJsonObject{{u"date"_s, change.changedOn},
                                   {u"model_version"_s, change.modelVersion},
                                   {u"description"_s, change.description},
                                   {u"validated_by"_s, change.validatedBy}});
        }
        item.insert(u"change_log"_s, log);
        items.append(item);
    }
    const QJsonObject root{{u"format"_s, u"attest-systems"_s},
                           {u"version"_s, 1},
                           {u"exported_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {u"systems"_s, items}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QByteArray> SystemExport::exportAll(Connection& connection, Format format, int* count)
{
    auto systems = SystemRepository(connection).all();
    if (!systems) {
        return systems.error();
    }
    if (count) {
        *count = int(systems->size());
    }
    if (format == Format::Csv) {
        return toCsv(*systems);
    }
    return toJson(connection, *systems);
}

Result<int> SystemExport::exportToFile(Connection& connection, Format format, const QString& path)
{
    int count = 0;
    auto data = exportAll(connection, format, &count);
    if (!data) {
        return data.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() || !file.commit()) {
        return makeError(ErrorCode::Io, tr("Cannot write “%1”: %2.").arg(path, file.errorString()));
    }
    return count;
}

} // namespace attest
