#include "GovernanceTables.h"

#include "inventory/SystemRecord.h"
#include "storage/CatalogRepository.h"
#include "storage/ChangeLogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"
#include "storage/WorkspaceExportLog.h"

namespace attest {

const QList<const EntitySpec*>& governanceTables()
{
    static const QList<const EntitySpec*> specs = [] {
        QList<const EntitySpec*> list = {&SystemRepository::spec(),
                                         &ChangeLogRepository::spec(),
                                         &CatalogRepository::frameworkSpec(),
                                         &CatalogRepository::requirementSpec(),
                                         &CatalogRepository::mappingSpec()};
        list << ComplianceRepository::specs();
        list << RiskRepository::specs();
        list << InterviewRepository::specs();
        list << &WorkspaceExportLog::spec();
        for (const SystemRecordKind* kind : systemRecordKinds()) {
            list << &kind->spec();
        }
        return list;
    }();
    return specs;
}

} // namespace attest
