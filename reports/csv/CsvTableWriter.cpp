#include "CsvTableWriter.h"

#include "io/Csv.h"
#include "tables/ExportTable.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace attest {

QByteArray CsvTableWriter::toCsv(const ExportTable& table)
{
    return Csv::write(table.withHeader());
}

Result<int> CsvTableWriter::write(const ExportTable& table, const QString& path)
{
    const QByteArray data = toCsv(table);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return makeError(ErrorCode::Io, tr("Cannot write “%1”: %2.").arg(path, file.errorString()));
    }
    return int(table.rows.size());
}

} // namespace attest
