#include "Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "attest.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigration, "attest.storage.migration", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "attest.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInventory, "attest.inventory", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "attest.import", QtInfoMsg)
