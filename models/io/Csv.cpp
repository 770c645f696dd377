#include "Csv.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace attest {

Result<QList<CsvRecord>> Csv::parse(const QByteArray& raw)
{
    QByteArray data = raw;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        // UTF-8 sequences never contain a newline byte, so decoding line by line finds the first bad line.
        int badLine = 1;
        const QList<QByteArray> lines = data.split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            // decode() is lazy: only the conversion to QString runs the decoder and sets hasError().
            const QString decodedLine = probe.decode(lines[i]);
            if (probe.hasError()) {
                badLine = i + 1;
                break;
            }
        }
        return makeError(ErrorCode::Validation,
                         tr("The file is not UTF-8 text (first invalid byte on line %1). Save it as “CSV UTF-8” "
                            "and try again.")
                             .arg(badLine));
    }

    QChar separator = QLatin1Char(',');
    {
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        const QStringView header = end < 0 ? QStringView(text) : QStringView(text).first(end);
        if (!header.contains(QLatin1Char(',')) && header.contains(QLatin1Char(';'))) {
            separator = QLatin1Char(';');
        }
    }

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    int quoteLine = 0;
    const qsizetype n = text.size();

    auto endRecord = [&] {
        record.fields << field;
        field.clear();
        fieldWasQuoted = false;
        // A blank line is not a record.
        if (recordHasContent || record.fields.size() > 1 || !record.fields.first().isEmpty()) {
            records << record;
        }
        record = CsvRecord();
        recordHasContent = false;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                return makeError(ErrorCode::Validation,
                                 tr("Line %1: a quote character stands inside a field that does not start with one. "
                                    "Enclose the whole field in double quotes and double the quotes inside it.")
                                     .arg(line));
            }
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasContent = true;
            quoteLine = line;
        } else if (c == separator) {
            record.fields << field;
            field.clear();
            fieldWasQuoted = false;
            recordHasContent = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n')) {
                ++i;
            }
            endRecord();
            ++line;
            record.line = line;
        } else {
            if (fieldWasQuoted) {
                return makeError(ErrorCode::Validation,
                                 tr("Line %1: text follows the closing quote of a field; a separator or the end of "
                                    "the line was expected.")
                                     .arg(line));
            }
            field += c;
        }
    }
    if (inQuotes) {
        return makeError(ErrorCode::Validation,
                         tr("Line %1: a quoted field is never closed (the file ends inside it).").arg(quoteLine));
    }
    if (!field.isEmpty() || fieldWasQuoted || !record.fields.isEmpty()) {
        endRecord();
    }
    return records;
}

QString Csv::escape(const QString& field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                             field.contains(QLatin1Char(';')) || field.startsWith(QLatin1Char(' ')) ||
                             field.endsWith(QLatin1Char(' '));
    if (!needsQuotes) {
        return field;
    }
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + quoted + u"\""_s;
}

QByteArray Csv::write(const QList<QStringList>& rows, bool bom)
{
    QString out;
    for (const QStringList& row : rows) {
        QStringList escaped;
        escaped.reserve(row.size());
        for (const QString& field : row) {
            escaped << escape(field);
        }
        out += escaped.join(QLatin1Char(',')) + u"\r\n"_s;
    }
    QByteArray bytes = out.toUtf8();
    if (bom) {
        bytes.prepend("\xEF\xBB\xBF");
    }
    return bytes;
}

} // namespace attest
