#pragma once

#include "storage/EntitySpec.h"

#include <QList>

namespace attest {

// Every governance table: each is written only through the audited WriteTransaction, and each row is the state its
// last audit event recorded (what verification checks and what a replay of the trail rebuilds).
const QList<const EntitySpec*>& governanceTables();

} // namespace attest
