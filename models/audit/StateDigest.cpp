#include "StateDigest.h"

#include "core/Sha256.h"

#include <QtEndian>

#include <string>

namespace attest::StateDigest {

QByteArray compute(const EntitySpec& spec, qint64 id, const FieldValues& state)
{
    thread_local std::string buffer;
    buffer.clear();
    auto integer = [](qint64 value) {
        char bytes[8];
        qToBigEndian<qint64>(value, bytes);
        buffer.append(bytes, 8);
    };
    auto text = [](const QByteArray& value) {
        char length[4];
        qToBigEndian<quint32>(static_cast<quint32>(value.size()), length);
        buffer.append(length, 4);
        buffer.append(value.constData(), static_cast<size_t>(value.size()));
    };
    static constexpr char Magic[] = "attest-state-v1";
    buffer.append(Magic, sizeof(Magic));
    text(spec.entityType.toUtf8());
    integer(id);
    for (const EntitySpec::Field& field : spec.fields) {
        text(field.name.toUtf8());
        const QVariant value = state.value(field.name);
        if (value.isNull() && field.type == EntitySpec::Type::Integer) {
            buffer.push_back('\0');
        } else if (field.type == EntitySpec::Type::Integer) {
            buffer.push_back('\2');
            integer(value.toLongLong());
        } else {
            buffer.push_back('\1');
            text(value.toString().toUtf8());
        }
    }
    return Sha256::hash(QByteArrayView(buffer.data(), static_cast<qsizetype>(buffer.size())));
}

} // namespace attest::StateDigest
