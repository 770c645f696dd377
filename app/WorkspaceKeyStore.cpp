#include "WorkspaceKeyStore.h"

#include "SigningKeyStore.h"
#include "storage/crypto/WorkspaceHeader.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

#ifdef Q_OS_LINUX
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#endif

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWorkspaceKey, "attest.workspace.key", QtInfoMsg)

namespace attest::app {

namespace {

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        volatile char* p = bytes.data();
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            p[i] = 0;
        }
    }
    bytes.clear();
}

// What a finished (or abandoned) keychain job said.
struct Outcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data; // a read job's value
};

// Starts `job` (which deletes itself when done) and waits for it in a local event loop, at most `timeoutMs`. The
// state is shared with the job's callback, which may still come after a timeout and must then find nobody waiting.
Outcome runBlocking(QKeychain::Job* job, int timeoutMs, bool read)
{
    struct State
    {
        Outcome outcome;
        QEventLoop* loop = nullptr;
    };
    auto state = std::make_shared<State>();
    QEventLoop loop;
    state->loop = &loop;
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job, [state, read](QKeychain::Job* done) {
        state->outcome.finished = true;
        state->outcome.error = done->error();
        state->outcome.errorString = done->errorString();
        if (read && done->error() == QKeychain::NoError) {
            state->outcome.data = static_cast<QKeychain::ReadPasswordJob*>(done)->binaryData();
        }
        if (auto* write = qobject_cast<QKeychain::WritePasswordJob*>(done)) {
            write->setBinaryData({}); // drop the job's reference to the key
        }
        if (state->loop) {
            state->loop->quit();
        }
    });
    job->start();
    if (!state->outcome.finished) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    state->loop = nullptr;
    Outcome outcome = std::move(state->outcome);
    state->outcome.data = QByteArray();
    return outcome;
}

Error timeoutError(int timeoutMs)
{
    return makeError(
        ErrorCode::Io,
        WorkspaceKeyStore::tr("The keychain did not answer within %1 seconds; it may be waiting to be unlocked.")
            .arg(timeoutMs / 1000));
}

Error keychainError(const Outcome& outcome)
{
    const QString detail = u"QtKeychain error %1: %2"_s.arg(int(outcome.error)).arg(outcome.errorString);
    switch (outcome.error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(ErrorCode::Locked,
                         WorkspaceKeyStore::tr("The keychain refused access to the workspace key (%1). Unlock the "
                                               "keychain (on Linux, the login keyring) and try again.")
                             .arg(outcome.errorString),
                         detail);
    default:
        return makeError(ErrorCode::Io,
                         WorkspaceKeyStore::tr("No keychain is available to hold the workspace key (%1). On Linux "
                                               "the keychain is a Secret Service such as GNOME Keyring or KWallet "
                                               "in a desktop session.")
                             .arg(outcome.errorString),
                         detail);
    }
}

#ifdef Q_OS_LINUX
// Asks the session bus whether `name` has an owner or can be started, with a short timeout.
bool busKnows(QDBusConnection& bus, const QString& name, const QStringList& activatable)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s, u"NameHasOwner"_s);
    call << name;
    const QDBusReply<bool> owned = bus.call(call, QDBus::Block, 3000);
    return (owned.isValid() && owned.value()) || activatable.contains(name);
}
#endif

} // namespace

QString WorkspaceKeyStore::service()
{
    return SigningKeyStore::service();
}

QString WorkspaceKeyStore::unavailableReason()
{
#ifdef Q_OS_LINUX
    // Without an address, libdbus would try to autolaunch a bus (with dbus-x11 installed), and a keyring started
    // that way waits forever for an unlock prompt nobody sees.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        return tr("there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), so no keychain can be reached");
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return tr("the D-Bus session cannot be reached (%1)").arg(bus.lastError().message());
    }
    QDBusMessage list = QDBusMessage::createMethodCall(
        u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s, u"ListActivatableNames"_s);
    const QDBusReply<QStringList> activatable = bus.call(list, QDBus::Block, 3000);
    const QStringList names = activatable.isValid() ? activatable.value() : QStringList();
    for (const QString& name : {u"org.freedesktop.secrets"_s, u"org.kde.kwalletd6"_s, u"org.kde.kwalletd5"_s}) {
        if (busKnows(bus, name, names)) {
            return {};
        }
    }
    return tr("no keychain service (Secret Service, KWallet) runs in this D-Bus session");
#else
    return {};
#endif
}

bool WorkspaceKeyStore::available()
{
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        qCDebug(lcWorkspaceKey).noquote() << "no keychain:" << reason;
    }
    return reason.isEmpty();
}

Result<std::optional<crypto::SecretBuffer>> WorkspaceKeyStore::load(const QString& keyId, int timeoutMs)
{
    auto* job = new QKeychain::ReadPasswordJob(service());
    job->setKey(entry(keyId));
    Outcome outcome = runBlocking(job, timeoutMs, true);
    if (!outcome.finished) {
        return timeoutError(timeoutMs);
    }
    if (outcome.error == QKeychain::EntryNotFound) {
        return std::optional<crypto::SecretBuffer>();
    }
    if (outcome.error != QKeychain::NoError) {
        qCInfo(lcWorkspaceKey).noquote() << "keychain read failed:" << outcome.errorString;
        return keychainError(outcome);
    }
    if (outcome.data.size() != crypto::KeySize) {
        wipe(outcome.data);
        return makeError(ErrorCode::Corrupt,
                         tr("The workspace key in the keychain is damaged; Attest will not replace it by itself. "
                            "Open the workspace with its recovery passphrase, or remove the keychain entry “%1” of "
                            "“%2”.")
                             .arg(entry(keyId), service()));
    }
    crypto::SecretBuffer key = crypto::SecretBuffer::copyOf(outcome.data);
    wipe(outcome.data);
    return std::optional<crypto::SecretBuffer>(std::move(key));
}

Result<void> WorkspaceKeyStore::store(const QString& keyId, const crypto::SecretBuffer& key, int timeoutMs)
{
    if (key.size() != std::size_t(crypto::KeySize)) {
        return makeError(ErrorCode::Validation, tr("A workspace key has 32 bytes."));
    }
    auto* job = new QKeychain::WritePasswordJob(service());
    job->setKey(entry(keyId));
    QByteArray bytes(reinterpret_cast<const char*>(key.data()), qsizetype(key.size()));
    job->setBinaryData(bytes);
    Outcome outcome = runBlocking(job, timeoutMs, false);
    wipe(bytes);
    if (!outcome.finished) {
        return timeoutError(timeoutMs);
    }
    if (outcome.error != QKeychain::NoError) {
        qCInfo(lcWorkspaceKey).noquote() << "keychain write failed:" << outcome.errorString;
        return keychainError(outcome);
    }
    qCInfo(lcWorkspaceKey).noquote() << "stored the key of workspace" << keyId << "in the keychain";
    return {};
}

Result<void> WorkspaceKeyStore::remove(const QString& keyId, int timeoutMs)
{
    auto* job = new QKeychain::DeletePasswordJob(service());
    job->setKey(entry(keyId));
    const Outcome outcome = runBlocking(job, timeoutMs, false);
    if (!outcome.finished) {
        return timeoutError(timeoutMs);
    }
    if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound) {
        qCInfo(lcWorkspaceKey).noquote() << "keychain delete failed:" << outcome.errorString;
        return keychainError(outcome);
    }
    qCInfo(lcWorkspaceKey).noquote() << "removed the key of workspace" << keyId << "from the keychain";
    return {};
}

} // namespace attest::app
