#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace attest {

class Sha256;

// The fields of one audit event as stored, in UTF-8, exactly as hashed.
struct AuditEventFields
{
    qint64 seq = 0;
    qint64 atMs = 0;
    QByteArrayView actor;
    QByteArrayView osAccount;
    QByteArrayView action;
    QByteArrayView entityType;
    qint64 entityId = 0;
    QByteArrayView changes;
    QByteArrayView reason;
    QByteArrayView batch;
    QByteArrayView stateHash; // digest of the record after the change; empty for a deletion
    QByteArrayView prevHash;
};

// The canonical serialisation of an audit event and its SHA-256, the link of the hash chain.
//
// Canonical form (version 1), byte for byte, so that anyone can re-check a trail with their own tools:
//   "attest-audit-v1" 0x00
//   seq, at_ms                                  each as 8-byte big-endian signed integers
//   actor, os_account, action, entity_type      each as 4-byte big-endian length + UTF-8 bytes
//   entity_id                                   8-byte big-endian signed integer
//   changes, reason, batch                      each as 4-byte big-endian length + UTF-8 bytes
//   state_hash                                  4-byte big-endian length (32, or 0 for a deletion) + raw bytes
//   prev_hash                                   4-byte big-endian length (32) + the 32 raw bytes
// hash = SHA-256(canonical form). The first event's prev_hash is 32 zero bytes.
// Length prefixes make the encoding unambiguous: no two different events serialise to the same bytes.
namespace AuditHash {

constexpr int Size = 32;

QByteArray canonical(const AuditEventFields& event);
// Hashes with `hasher` (reused across calls for speed) into `out` (Size bytes).
void compute(Sha256& hasher, const AuditEventFields& event, char* out);
QByteArray compute(const AuditEventFields& event);
QByteArray genesisPrevHash();

} // namespace AuditHash

} // namespace attest
