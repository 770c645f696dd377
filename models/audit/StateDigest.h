#pragma once

#include "storage/EntitySpec.h"

#include <QByteArray>

namespace attest {

// The digest of a governance record's complete state, stored with every create and update event (state_hash).
// Verification recomputes it from the row in the table and compares: a record changed, replaced or restored behind
// the trail's back no longer matches the last event that claims to have produced it.
//
// Canonical form (version 1): "attest-state-v1" 0x00, entity type (4-byte big-endian length + UTF-8), id (8-byte
// big-endian), then for each audited field in the entity's declared order: name (length + UTF-8), a type byte
// (0 null, 1 text, 2 integer) and the value (text: length + UTF-8; integer: 8-byte big-endian).
namespace StateDigest {

QByteArray compute(const EntitySpec& spec, qint64 id, const FieldValues& state);

} // namespace StateDigest

} // namespace attest
