#pragma once

#include <QtGlobal>

namespace attest {

// Source of "now" for everything that stamps time (audit events, records), so tests can control it.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    static const SystemClock& instance();
};

} // namespace attest
