#pragma once

#include "content/ReportDocument.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace attest {

class Connection;

// Every report Attest writes, by the key the CLI and the settings use, and the one place that builds any of them:
// the CLI, the report dialog and the tests all go through build().
struct ReportType
{
    QString key;                // executive, dossier, soa, ropa, dpia, hipaa, risks, remediation, interview, audit
    const char* name = nullptr; // "ReportTypes" context
    enum Needs
    {
        Nothing = 0,
        System = 1,         // required
        OptionalSystem = 2, // all systems when not given
        Session = 4,        // required
        Range = 8,          // optional from/to days
    };
    int needs = Nothing;

    QString displayName() const;
};

struct ReportRequest
{
    QString type;
    QString organisation;
    qint64 systemId = 0;
    qint64 sessionId = 0;
    QDate from;
    QDate to;
};

class ReportTypes
{
    Q_DECLARE_TR_FUNCTIONS(ReportTypes)

public:
    static const QList<ReportType>& all();
    static const ReportType* find(const QString& key);
    static QStringList keys();

    using Progress = std::function<bool(int percent)>; // false cancels (ErrorCode::Cancelled)
    static Result<ReportDocument> build(Connection& connection,
                                        const ReportContext& context,
                                        const ReportRequest& request,
                                        const Progress& progress = {});
};

} // namespace attest
