#pragma once

#include <QDate>
#include <QRegularExpression>
#include <QString>

namespace attest {

// Dates are stored as YYYY-MM-DD text and compared as text (overdue, expiry), so exactly that form, and a real
// date, is accepted.
inline bool isStoredDate(const QString& value)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return iso.match(value).hasMatch() && QDate::fromString(value, Qt::ISODate).isValid();
}

} // namespace attest
