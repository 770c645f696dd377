#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace attest {

struct CsvRecord
{
    QStringList fields;
    int line = 0; // physical line on which the record starts (1-based)
};

// RFC 4180 reading and writing. The reader takes UTF-8 with or without a byte-order mark, CRLF or LF line ends,
// and quoted fields containing separators, quotes and line breaks; field text is returned exactly as written.
// A file whose header uses semicolons and no commas (what spreadsheet programs write in some locales) is read
// with ';' as the separator.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    static Result<QList<CsvRecord>> parse(const QByteArray& data);

    // Quotes a field only where it needs it.
    static QString escape(const QString& field);
    // CRLF between records; a UTF-8 byte-order mark first when `bom` (spreadsheet programs then read UTF-8).
    static QByteArray write(const QList<QStringList>& rows, bool bom = true);
};

} // namespace attest
