#pragma once

#include "core/Result.h"

#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace attest::ui {

// What a background task sees: where to report progress and whether the user asked to cancel.
class TaskContext
{
public:
    virtual ~TaskContext() = default;
    // Thread-safe; `total` 0 means "unknown".
    virtual void setProgress(qint64 done, qint64 total) = 0;
    virtual void setLabel(const QString& text) = 0;
    bool isCancelled() const { return m_cancelled.load(); }
    // Adapter for the models' progress callbacks: reports and answers "go on?".
    std::function<bool(qint64, qint64)> progressCallback()
    {
        return [this](qint64 done, qint64 total) {
            setProgress(done, total);
            return !isCancelled();
        };
    }

protected:
    std::atomic<bool> m_cancelled{false};
};

// Runs work that may take longer than a blink (imports, exports, verification, copies) on a worker thread while
// the UI shows a progress dialog with a Cancel button (after a short delay, so quick jobs do not flash). The
// caller's code reads like a plain call; the event loop keeps running meanwhile.
class TaskRunner
{
public:
    using Work = std::function<Result<void>(TaskContext&)>;
    static Result<void> run(QWidget* parent, const QString& title, const Work& work);
};

} // namespace attest::ui
