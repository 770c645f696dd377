#include "AuditHash.h"

#include "core/Sha256.h"

#include <QtEndian>

#include <string>

namespace attest::AuditHash {

namespace {

constexpr char Magic[] = "attest-audit-v1"; // hashed with its terminating NUL

// Writes the canonical form through `sink` piece by piece, so hashing needs no intermediate buffer.
template <typename Sink>
void serialise(const AuditEventFields& e, Sink&& sink)
{
    auto integer = [&](qint64 value) {
        char buffer[8];
        qToBigEndian<qint64>(value, buffer);
        sink(QByteArrayView(buffer, 8));
    };
    auto bytes = [&](QByteArrayView value) {
        char length[4];
        qToBigEndian<quint32>(static_cast<quint32>(value.size()), length);
        sink(QByteArrayView(length, 4));
        sink(value);
    };
    sink(QByteArrayView(Magic, sizeof(Magic)));
    integer(e.seq);
    integer(e.atMs);
    bytes(e.actor);
    bytes(e.osAccount);
    bytes(e.action);
    bytes(e.entityType);
    integer(e.entityId);
    bytes(e.changes);
    bytes(e.reason);
    bytes(e.batch);
    bytes(e.stateHash);
    bytes(e.prevHash);
}

} // namespace

QByteArray canonical(const AuditEventFields& event)
{
    QByteArray out;
    serialise(event, [&](QByteArrayView piece) { out.append(piece); });
    return out;
}

void compute(Sha256& hasher, const AuditEventFields& event, char* out)
{
    // One contiguous update is much cheaper than a dozen small ones; the scratch buffer keeps its capacity.
    thread_local std::string scratch;
    scratch.clear();
    serialise(event, [&](QByteArrayView piece) { scratch.append(piece.data(), static_cast<size_t>(piece.size())); });
    hasher.reset();
    hasher.addData(QByteArrayView(scratch.data(), static_cast<qsizetype>(scratch.size())));
    hasher.finish(out);
}

QByteArray compute(const AuditEventFields& event)
{
    Sha256 hasher;
    QByteArray digest(Size, Qt::Uninitialized);
    compute(hasher, event, digest.data());
    return digest;
}

QByteArray genesisPrevHash()
{
    return QByteArray(Size, '\0');
}

} // namespace attest::AuditHash
