#include "EvidenceDrop.h"

#include "common/MessageBar.h"
#include "common/TaskRunner.h"
#include "compliance/ComplianceService.h"
#include "storage/Workspace.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace attest::ui {

FileDropFilter::FileDropFilter(QWidget* target, Accepts accepts, Drop drop)
    : QObject(target)
    , m_target(target)
    , m_accepts(std::move(accepts))
    , m_drop(std::move(drop))
{ }

FileDropFilter* FileDropFilter::install(QWidget* target, Accepts accepts, Drop drop)
{
    auto* filter = new FileDropFilter(target, std::move(accepts), std::move(drop));
    QWidget* receiver = target;
    if (auto* area = qobject_cast<QAbstractScrollArea*>(target)) {
        receiver = area->viewport();
    }
    receiver->setAcceptDrops(true);
    receiver->installEventFilter(filter);
    return filter;
}

QStringList FileDropFilter::localFiles(const QMimeData* data)
{
    QStringList paths;
    if (!data || !data->hasUrls()) {
        return paths;
    }
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()) {
            paths << url.toLocalFile();
        }
    }
    return paths;
}

bool FileDropFilter::eventFilter(QObject* watched, QEvent* event)
{
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget) {
        return false;
    }
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        const QPoint at = widget->mapTo(m_target, drag->position().toPoint());
        if (!localFiles(drag->mimeData()).isEmpty() && m_accepts(at)) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QPoint at = widget->mapTo(m_target, drop->position().toPoint());
        const QStringList paths = localFiles(drop->mimeData());
        if (paths.isEmpty() || !m_accepts(at)) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        m_drop(paths, at);
        return true;
    }
    default:
        return false;
    }
}

bool EvidenceFiles::attach(
    QWidget* parent, Workspace& workspace, MessageBar* messages, const QString& path, const EvidenceLink& link)
{
    const QString name = QFileInfo(path).fileName();
    auto fail = [&](const QString& message) {
        if (messages) {
            messages->showMessage(MessageBar::Level::Error, message);
        }
        return false;
    };
    const QFileInfo info(path);
    if (!info.isFile()) {
        return fail(tr("“%1” is not a file; only files can be stored as evidence.").arg(name));
    }
    if (info.size() > ComplianceService::MaxEvidenceFileSize) {
        return fail(tr("“%1” is %2 MB; evidence files can be up to %3 MB. Store a larger file elsewhere and add it "
                       "as a link.")
                        .arg(name)
                        .arg(info.size() / (1024 * 1024))
                        .arg(ComplianceService::MaxEvidenceFileSize / (1024 * 1024)));
    }
    auto stored = TaskRunner::run(parent, tr("Storing %1…").arg(name), [&](TaskContext&) -> Result<void> {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Io, tr("Cannot read “%1”: %2.").arg(path, in.errorString()));
        }
        auto connection = workspace.openConnection(Workspace::Access::ReadWrite);
        if (!connection) {
            return connection.error();
        }
        ComplianceService service(**connection);
        Evidence meta;
        meta.fileName = name;
        meta.collectedOn = QDate::currentDate().toString(Qt::ISODate);
        auto id = service.addFileEvidence(meta, in.readAll(), {link});
        return id ? Result<void>() : Result<void>(id.error());
    });
    if (!stored) {
        return fail(stored.error().message);
    }
    if (messages) {
        messages->showMessage(MessageBar::Level::Success, tr("%1 is stored in the workspace as evidence.").arg(name));
    }
    return true;
}

} // namespace attest::ui
