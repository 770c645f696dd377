#pragma once

#include <QCollator>

namespace attest {

// How Attest orders text everywhere (SQL ORDER BY through the attest_nocase collation, and lists sorted in C++):
// the user's locale, case-insensitive, numbers by value ("SYS-2" before "SYS-10"). The C locale's collator ignores
// the numeric mode, so a C or C.UTF-8 session falls back to English rules.
QCollator textCollator();

} // namespace attest
