#include "EvidenceViewer.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {
constexpr QFileDevice::Permissions OwnerOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                                  QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions OwnerOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

bool makePrivateDir(const QString& path)
{
    if (!QDir().mkpath(path)) {
        return false;
    }
    return QFile::setPermissions(path, OwnerOnlyDir);
}
} // namespace

QString EvidenceViewer::scratchDirectory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty()) {
        base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    }
    return QDir(base).filePath(u"attest-evidence"_s);
}

QString EvidenceViewer::processDirectory()
{
    return QDir(scratchDirectory()).filePath(QString::number(QCoreApplication::applicationPid()));
}

Result<QString> EvidenceViewer::writeForViewing(const QString& fileName, const QByteArray& contents)
{
    const QString root = scratchDirectory();
    const QString folder = QDir(processDirectory()).filePath(QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (!makePrivateDir(root) || !makePrivateDir(processDirectory()) || !makePrivateDir(folder)) {
        return makeError(
            ErrorCode::Io,
            tr("No private folder could be made for opening evidence (%1).").arg(QDir::toNativeSeparators(root)));
    }
    QString name = QFileInfo(fileName).fileName(); // no path parts from the stored name
    name.replace(u'/', u'_').replace(u'\\', u'_');
    if (name.isEmpty() || name.startsWith(u'.')) {
        name.prepend(u"evidence"_s);
    }
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    // Created with owner-only permissions before a byte is written.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnlyFile) ||
        file.write(contents) != contents.size() || !file.flush()) {
        file.remove();
        return makeError(ErrorCode::Io, tr("“%1” could not be written for viewing.").arg(name));
    }
    file.close();
    return path;
}

Result<void> EvidenceViewer::open(const QString& fileName, const QByteArray& contents)
{
    auto path = writeForViewing(fileName, contents);
    if (!path) {
        return path.error();
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*path))) {
        return makeError(ErrorCode::Io, tr("No application could open “%1”.").arg(QFileInfo(*path).fileName()));
    }
    return {};
}

void EvidenceViewer::clear()
{
    QDir(processDirectory()).removeRecursively();
}

void EvidenceViewer::clearStale()
{
    const QDir root(scratchDirectory());
    const QStringList entries = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString& entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        bool running = false;
#ifdef Q_OS_UNIX
        running = isPid && pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#endif
        if (pid != QCoreApplication::applicationPid() && !running) {
            QDir(root.filePath(entry)).removeRecursively();
        }
    }
}

} // namespace attest::ui
