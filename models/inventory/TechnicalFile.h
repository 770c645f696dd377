#pragma once

#include "inventory/SystemRecord.h"

namespace attest {

// What the technical documentation of an AI system holds beyond the inventory (EU AI Act Art. 11 and Annex IV):
// versions and forms of supply, the development process, validation and testing, performance and its limits,
// standards applied, the declaration of conformity and the post-market monitoring plan. Kept per system; the
// dossier report prints each item, or "not recorded".
class TechnicalFile
{
public:
    static const SystemRecordKind& kind();
};

} // namespace attest
