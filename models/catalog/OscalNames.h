#pragma once

#include <QString>

namespace attest::oscal {

// The namespace of the props and parts Attest adds to OSCAL documents (kind, assessable, summary, question), so
// that an Attest export imports back exactly.
inline QString attestNamespace()
{
    return QStringLiteral("https://attest.invalid/ns/oscal");
}

} // namespace attest::oscal
