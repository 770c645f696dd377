#include "SigningKeyStore.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSigningKey, "attest.signing", QtInfoMsg)

namespace attest::app {

namespace {

// What a failed keychain job means for the user. `detail` keeps QtKeychain's own text for the log.
Error keychainError(const QKeychain::Job& job)
{
    const QString detail = u"QtKeychain error %1: %2"_s.arg(int(job.error())).arg(job.errorString());
    switch (job.error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(ErrorCode::Locked,
                         SigningKeyStore::tr("The keychain refused access to the signing key (%1). Unlock the "
                                             "keychain (on Linux, the login keyring) and try again.")
                             .arg(job.errorString()),
                         detail);
    default:
        return makeError(ErrorCode::Io,
                         SigningKeyStore::tr("No keychain is available to hold the signing key (%1). Attest keeps its "
                                             "signing key only in the operating system's keychain: on Linux, a "
                                             "Secret Service such as GNOME Keyring or KWallet in a desktop session.")
                             .arg(job.errorString()),
                         detail);
    }
}

void readSeed(std::function<void(QKeychain::ReadPasswordJob&)> then)
{
    auto* job = new QKeychain::ReadPasswordJob(SigningKeyStore::service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(SigningKeyStore::entry());
    QObject::connect(
        job, &QKeychain::Job::finished, job, [job, then = std::move(then)](QKeychain::Job*) { then(*job); });
    job->start();
}

Result<SigningKeyStore::Loaded> keyFrom(QKeychain::ReadPasswordJob& job, bool created)
{
    QByteArray seed = job.binaryData();
    auto key = SigningKey::fromSeed(seed);
    SigningKey::wipe(seed);
    if (!key) {
        return makeError(key.error().code,
                         SigningKeyStore::tr("The signing key in the keychain is damaged; Attest will not replace it "
                                             "by itself. Remove the keychain entry “%1” of “%2” to make a new key.")
                             .arg(SigningKeyStore::entry(), SigningKeyStore::service()),
                         key.error().message);
    }
    return SigningKeyStore::Loaded{std::move(key).value(), created};
}

void createAndStore(SigningKeyStore::Callback done)
{
    auto key = SigningKey::generate();
    if (!key) {
        done(key.error());
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(SigningKeyStore::service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(SigningKeyStore::entry());
    QByteArray seed = key->seed();
    job->setBinaryData(seed);
    SigningKey::wipe(seed);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, done = std::move(done)](QKeychain::Job*) {
        if (job->error() != QKeychain::NoError) {
            done(keychainError(*job));
            return;
        }
        // Read back what the keychain holds: if another Attest stored a key at the same moment, both use that one.
        readSeed([done](QKeychain::ReadPasswordJob& read) {
            if (read.error() != QKeychain::NoError) {
                done(keychainError(read));
                return;
            }
            auto loaded = keyFrom(read, true);
            if (loaded) {
                qCInfo(lcSigningKey).noquote()
                    << "created the report-signing key" << loaded->key.publicKey().formattedFingerprint();
            }
            done(std::move(loaded));
        });
    });
    job->start();
}

} // namespace

void SigningKeyStore::load(Mode mode, Callback done)
{
    readSeed([mode, done = std::move(done)](QKeychain::ReadPasswordJob& job) {
        if (job.error() == QKeychain::NoError) {
            done(keyFrom(job, false));
        } else if (job.error() == QKeychain::EntryNotFound && mode == Mode::CreateIfMissing) {
            createAndStore(done);
        } else if (job.error() == QKeychain::EntryNotFound) {
            done(makeError(ErrorCode::NotFound, tr("There is no signing key in this keychain yet.")));
        } else {
            qCInfo(lcSigningKey).noquote() << "keychain unavailable:" << job.errorString();
            done(keychainError(job));
        }
    });
}

Result<SigningKeyStore::Loaded> SigningKeyStore::loadBlocking(Mode mode, int timeoutMs)
{
    // Shared with the callback, which may still come after a timeout (and must then find nobody waiting).
    struct State
    {
        std::optional<Result<Loaded>> result;
        QEventLoop* loop = nullptr;
    };
    auto state = std::make_shared<State>();
    QEventLoop loop;
    state->loop = &loop;
    load(mode, [state](Result<Loaded> result) {
        state->result.emplace(std::move(result));
        if (state->loop) {
            state->loop->quit();
        }
    });
    if (!state->result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    state->loop = nullptr;
    if (!state->result) {
        return makeError(ErrorCode::Io,
                         tr("The keychain did not answer within %1 seconds; it may be waiting to be unlocked.")
                             .arg(timeoutMs / 1000));
    }
    return std::move(*state->result);
}

} // namespace attest::app
