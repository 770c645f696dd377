#include "TaskRunner.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace attest::ui {

namespace {

class DialogContext final : public TaskContext
{
public:
    explicit DialogContext(QProgressDialog* dialog)
        : m_dialog(dialog)
    { }

    void setProgress(qint64 done, qint64 total) override
    {
        // Scale to int for QProgressDialog; marshal to the UI thread.
        const int max = total > 0 ? 1000 : 0;
        const int value = total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0;
        QMetaObject::invokeMethod(
            m_dialog,
            [d = m_dialog, max, value] {
                if (d) {
                    d->setMaximum(max);
                    d->setValue(value);
                }
            },
            Qt::QueuedConnection);
    }

    void setLabel(const QString& text) override
    {
        QMetaObject::invokeMethod(
            m_dialog,
            [d = m_dialog, text] {
                if (d) {
                    d->setLabelText(text);
                }
            },
            Qt::QueuedConnection);
    }

    void cancel() { m_cancelled = true; }

private:
    QPointer<QProgressDialog> m_dialog;
};

// Until the progress dialog appears (it waits a moment so that quick jobs do not flash one), nothing else may
// react to the user either: a shortcut that closed the workspace under a running task would pull the data away
// from it. Input goes only to the dialog while a task runs.
class InputBlocker : public QObject
{
public:
    explicit InputBlocker(QWidget* allowed)
        : m_allowed(allowed)
    {
        qApp->installEventFilter(this);
        QApplication::setOverrideCursor(Qt::BusyCursor);
    }
    ~InputBlocker() override
    {
        QApplication::restoreOverrideCursor();
        qApp->removeEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::ShortcutOverride:
        case QEvent::Shortcut:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
        case QEvent::ContextMenu: {
            auto* widget = qobject_cast<QWidget*>(watched);
            const bool toDialog = widget && m_allowed && (widget == m_allowed || m_allowed->isAncestorOf(widget));
            return !toDialog;
        }
        default:
            return false;
        }
    }

private:
    QPointer<QWidget> m_allowed;
};

} // namespace

Result<void> TaskRunner::run(QWidget* parent, const QString& title, const Work& work)
{
    QProgressDialog dialog(title, QCoreApplication::translate("TaskRunner", "Cancel"), 0, 0, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setValue(0);
    DialogContext context(&dialog);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        context.cancel();
        dialog.setLabelText(QCoreApplication::translate("TaskRunner", "Cancelling…"));
    });

    const InputBlocker blocker(&dialog);
    QFutureWatcher<Result<void>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<void>>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&context, &work]() -> Result<void> { return work(context); }));
    if (!watcher.isFinished()) {
        loop.exec();
    }
    Result<void> result = watcher.result();
    dialog.close();
    return result;
}

} // namespace attest::ui
