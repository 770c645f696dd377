#include "WorkspaceCommands.h"

#include "AppSettings.h"
#include "Cli.h"
#include "CliSupport.h"
#include "WorkspaceKeyStore.h"
#include "storage/WorkspaceExportLog.h"
#include "storage/crypto/WorkspaceHeader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QUuid>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace attest::app {

namespace {

QString absolute(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(absolute(path));
}

// What the header of the workspace at `path` says, or the exit code after saying why it cannot be read.
int inspect(const QString& path, crypto::EncryptionInfo& info)
{
    if (!QFileInfo::exists(path)) {
        return fail(ExitWorkspaceError, Cli::tr("There is no workspace at “%1”.").arg(native(path)));
    }
    auto read = Workspace::inspectEncryption(path);
    if (!read) {
        return failWith(read.error());
    }
    info = *read;
    return ExitSuccess;
}

int notEncrypted(const QString& path)
{
    return fail(ExitUsage,
                Cli::tr("“%1” is not encrypted; encrypt it with “attest workspace encrypt”.").arg(native(path)));
}

bool renameFile(const QString& from, const QString& to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

void warn(const QString& message)
{
    out().flush();
    err() << "attest: " << message << Qt::endl;
}

QString deletionWarning()
{
    return Cli::tr("warning: the unencrypted original was deleted, but on SSDs, and on journaling or copy-on-write "
                   "file systems, deleting a file does not guarantee that its contents are erased. Where that "
                   "matters, also erase the free space or the device as your security policy says.");
}

// Whether this computer's keychain holds the key of the encrypted workspace at `path`, and whether that key
// unlocks it (no key derivation: cheap).
struct KeychainStatus
{
    QString state; // holds-key, wrong-key, missing, unavailable, error, not-used
    QString text;
};

KeychainStatus keychainStatus(const QString& path, const crypto::EncryptionInfo& info)
{
    if (!info.hasKeychainSlot) {
        return {u"not-used"_s, Cli::tr("not used (the workspace has no keychain key)")};
    }
    if (!WorkspaceKeyStore::available()) {
        return {u"unavailable"_s, Cli::tr("cannot be reached: %1").arg(WorkspaceKeyStore::unavailableReason())};
    }
    auto loaded = WorkspaceKeyStore::load(info.keyId);
    if (!loaded) {
        return {u"error"_s, loaded.error().message};
    }
    if (!loaded->has_value()) {
        return {u"missing"_s, Cli::tr("holds no key for this workspace")};
    }
    crypto::EncryptionKeys keys;
    keys.keychainKey = std::move(**loaded);
    if (!crypto::unlock(path, keys)) {
        return {u"wrong-key"_s, Cli::tr("holds a key for it that does not unlock it")};
    }
    return {u"holds-key"_s, Cli::tr("holds its key")};
}

QString yesNo(bool value)
{
    return value ? Cli::tr("yes") : Cli::tr("no");
}

// A file name beside `path` that nothing uses.
QString besideName(const QString& path, const QString& purpose)
{
    return u"%1.%2-%3"_s.arg(path, purpose, QUuid::createUuid().toString(QUuid::Id128).left(8));
}

} // namespace

void configureWorkspaceInfo(QCommandLineParser& parser)
{
    parser.addOption(dbOption());
    parser.addOption({{u"format"_s}, Cli::tr("table (default) or json."), Cli::tr("format"), u"table"_s});
}

int runWorkspaceInfo(QCommandLineParser& parser)
{
    const QString format = parser.value(u"format"_s);
    if (format != u"table"_s && format != u"json"_s) {
        return fail(ExitUsage, Cli::tr("Unknown format “%1”: use table or json.").arg(format));
    }
    const QString path = absolute(workspacePath(parser));
    crypto::EncryptionInfo info;
    if (const int rc = inspect(path, info); rc != ExitSuccess) {
        return rc;
    }
    if (!info.encrypted) {
        if (format == u"json"_s) {
            out() << QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"path"_s, path}, {u"encrypted"_s, false}}).toJson(QJsonDocument::Indented));
        } else {
            out() << Cli::tr("“%1” is not encrypted.").arg(native(path)) << '\n';
        }
        out().flush();
        return ExitSuccess;
    }
    const KeychainStatus keychain = keychainStatus(path, info);
    if (format == u"json"_s) {
        const QJsonObject root{{u"path"_s, path},
                               {u"encrypted"_s, true},
                               {u"format_version"_s, info.formatVersion},
                               {u"cipher"_s, u"XChaCha20-Poly1305"_s},
                               {u"page_size"_s, qint64(info.pageSize)},
                               {u"generation"_s, qint64(info.generation)},
                               {u"key_id"_s, info.keyId},
                               {u"keychain_slot"_s, info.hasKeychainSlot},
                               {u"passphrase_slot"_s, info.hasPassphraseSlot},
                               {u"keychain"_s, keychain.state},
                               {u"keychain_detail"_s, keychain.text}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        out().flush();
        return ExitSuccess;
    }
    out() << Cli::tr("Workspace: %1").arg(native(path)) << '\n'
          << Cli::tr("Encrypted: %1").arg(yesNo(true)) << '\n'
          << Cli::tr("Format: Attest encryption format %1, XChaCha20-Poly1305, %2-byte pages, header generation %3")
                 .arg(info.formatVersion)
                 .arg(info.pageSize)
                 .arg(info.generation)
          << '\n'
          << Cli::tr("Key id: %1").arg(info.keyId) << '\n'
          << Cli::tr("Keychain key slot: %1").arg(yesNo(info.hasKeychainSlot)) << '\n'
          << Cli::tr("Recovery passphrase slot: %1").arg(yesNo(info.hasPassphraseSlot)) << '\n'
          << Cli::tr("This computer's keychain: %1").arg(keychain.text) << Qt::endl;
    return ExitSuccess;
}

void configureWorkspaceEncrypt(QCommandLineParser& parser)
{
    parser.addOption(dbOption());
    parser.addOption({{u"keep-plain"_s},
                      Cli::tr("Keep the unencrypted original under this name (in the same folder or file system) "
                              "instead of deleting it."),
                      Cli::tr("file")});
}

int runWorkspaceEncrypt(QCommandLineParser& parser)
{
    const QString path = absolute(workspacePath(parser));
    const QString name = native(path);
    QString keepPlain;
    if (parser.isSet(u"keep-plain"_s)) {
        if (parser.value(u"keep-plain"_s).isEmpty()) {
            return fail(ExitUsage, Cli::tr("--keep-plain needs a file name."));
        }
        keepPlain = absolute(parser.value(u"keep-plain"_s));
        if (keepPlain == path || QFileInfo::exists(keepPlain)) {
            return fail(
                ExitUsage,
                Cli::tr("“%1” already exists; choose a new name for the unencrypted original.").arg(native(keepPlain)));
        }
    }
    crypto::EncryptionInfo info;
    if (const int rc = inspect(path, info); rc != ExitSuccess) {
        return rc;
    }
    if (info.encrypted) {
        return fail(ExitUsage,
                    Cli::tr("“%1” is already encrypted. “attest workspace rekey” gives it a new key, “attest "
                            "workspace set-passphrase” sets its recovery passphrase.")
                        .arg(name));
    }
    auto passphrase = givenPassphrase(parser, false);
    if (!passphrase) {
        return failWith(passphrase.error());
    }
    crypto::EncryptionKeys keys;
    keys.kdf = passphraseKdf();
    keys.passphrase = std::move(*passphrase);
    const QString noKeychain = WorkspaceKeyStore::unavailableReason();
    if (!noKeychain.isEmpty() && keys.passphrase.isEmpty()) {
        return fail(ExitUsage,
                    Cli::tr("No keychain can be reached to keep the key of “%1” (%2). Give a recovery passphrase "
                            "instead: --passphrase-file FILE.")
                        .arg(name, noKeychain));
    }

    Workspace::Options options;
    options.actor = AppSettings().actor();
    auto ws = Workspace::open(path, options);
    if (!ws) {
        return failWith(ws.error());
    }
    if ((*ws)->isReadOnly()) {
        return fail(ExitWorkspaceError, Cli::tr("Cannot encrypt “%1”: %2.").arg(name, (*ws)->readOnlyReason()));
    }
    const QString keyId = (*ws)->id();
    bool newEntry = false;
    if (noKeychain.isEmpty()) {
        // Copies of this workspace (Save As keeps its id) may already use a key kept under the same name: keep
        // using it rather than lock them out.
        auto existing = WorkspaceKeyStore::load(keyId);
        if (!existing) {
            return failWith(existing.error());
        }
        if (existing->has_value()) {
            keys.keychainKey = std::move(**existing);
        } else {
            keys.keychainKey = crypto::SecretBuffer::random(crypto::KeySize);
            newEntry = true;
        }
    }
    auto head = (*ws)->connection().auditHead();
    if (!head) {
        return failWith(head.error());
    }
    const QString encrypted = besideName(path, u"encrypting"_s);
    if (auto saved = (*ws)->saveEncryptedCopyAs(encrypted, keys); !saved) {
        return failWith(saved.error());
    }
    ws->reset(); // closed: its log is checkpointed into the file and removed

    auto discard = [&](const Error& error) {
        QFile::remove(encrypted);
        if (newEntry) {
            (void)WorkspaceKeyStore::remove(keyId);
        }
        return fail(exitCodeFor(error), Cli::tr("“%1” was not changed: %2").arg(name, error.message));
    };
    if (newEntry) {
        if (auto stored = WorkspaceKeyStore::store(keyId, keys.keychainKey); !stored) {
            return discard(stored.error());
        }
    }
    // Hold the workspace's lock while the encrypted copy replaces it, and make sure nothing changed it meanwhile.
    QLockFile lock(path + u".lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        return discard(makeError(ErrorCode::Locked, Cli::tr("it was opened in another running Attest.")));
    }
    {
        Workspace::Options check;
        check.access = Workspace::Access::ReadOnly;
        check.actor = options.actor;
        auto again = Workspace::open(path, check);
        auto after = again ? (*again)->connection().auditHead() : Result<AuditHead>(again.error());
        if (QFileInfo(path + u"-wal"_s).size() > 0 || !after || after->seq != head->seq || after->hash != head->hash) {
            return discard(makeError(ErrorCode::Conflict, Cli::tr("it changed while it was being encrypted.")));
        }
    }
    // The plain file's (empty, as checked) log and shared-memory index must not stay beside the encrypted one.
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    // --keep-plain: a second name for the original (link() never replaces a file), then the encrypted copy takes
    // the workspace's name in one step.
    if (!keepPlain.isEmpty() &&
        ::link(QFile::encodeName(path).constData(), QFile::encodeName(keepPlain).constData()) != 0) {
        return discard(makeError(ErrorCode::Io,
                                 Cli::tr("the original could not be kept as “%1” (it must be in the same file "
                                         "system and not exist yet).")
                                     .arg(native(keepPlain))));
    }
    if (!renameFile(encrypted, path)) {
        if (!keepPlain.isEmpty()) {
            QFile::remove(keepPlain);
        }
        return discard(makeError(ErrorCode::Io, Cli::tr("the encrypted copy could not be put in its place.")));
    }
    lock.unlock();

    out() << Cli::tr("Encrypted “%1”.").arg(name) << '\n';
    if (!keys.keychainKey.isEmpty()) {
        out() << Cli::tr("Its key is in this computer's keychain (entry “%1”).").arg(WorkspaceKeyStore::entry(keyId))
              << '\n';
    } else {
        out() << Cli::tr("No keychain could be reached (%1): only its recovery passphrase opens it. Keep the "
                         "passphrase safe; without it the workspace cannot be opened.")
                     .arg(noKeychain)
              << '\n';
    }
    if (!keys.passphrase.isEmpty() && !keys.keychainKey.isEmpty()) {
        out() << Cli::tr("Its recovery passphrase also opens it.") << '\n';
    }
    if (!keepPlain.isEmpty()) {
        out() << Cli::tr("The unencrypted original is kept as “%1”.").arg(native(keepPlain)) << '\n';
    }
    out().flush();
    if (keepPlain.isEmpty()) {
        warn(deletionWarning());
    }
    return ExitSuccess;
}

void configureWorkspaceDecrypt(QCommandLineParser& parser)
{
    parser.addOption(dbOption());
    parser.addOption({{u"out"_s}, Cli::tr("The decrypted (unencrypted) copy to write."), Cli::tr("file")});
    parser.addOption({{u"yes"_s},
                      Cli::tr("Confirm that the copy may hold the workspace's data unencrypted (it is recorded in "
                              "the audit trail).")});
}

int runWorkspaceDecrypt(QCommandLineParser& parser)
{
    const QString target = parser.value(u"out"_s);
    if (target.isEmpty()) {
        return fail(ExitUsage, Cli::tr("workspace decrypt needs --out FILE."));
    }
    if (!parser.isSet(u"yes"_s)) {
        return fail(ExitUsage,
                    Cli::tr("A decrypted copy holds every record of the workspace unprotected on disk. Confirm with "
                            "--yes; the copy is recorded in the workspace's audit trail."));
    }
    if (QFileInfo::exists(target)) {
        return fail(ExitUsage,
                    Cli::tr("“%1” already exists; choose a new file for the decrypted copy.").arg(native(target)));
    }
    const QString path = absolute(workspacePath(parser));
    crypto::EncryptionInfo info;
    if (const int rc = inspect(path, info); rc != ExitSuccess) {
        return rc;
    }
    if (!info.encrypted) {
        return fail(ExitUsage, Cli::tr("“%1” is not encrypted; there is nothing to decrypt.").arg(native(path)));
    }
    auto ws = openWorkspaceAt(path, parser, Workspace::Access::ReadWrite);
    if (!ws) {
        return failWith(ws.error());
    }
    auto recorded = WorkspaceExportLog::writeDecryptedCopy(**ws, target);
    if (!recorded) {
        return failWith(recorded.error());
    }
    out() << Cli::tr("Wrote a decrypted copy of “%1” to “%2”; the audit trail records it.")
                 .arg(native(path), native(target))
          << Qt::endl;
    warn(Cli::tr("warning: “%1” is not encrypted. Keep it where only those who may read the workspace can, and "
                 "delete it when it is no longer needed.")
             .arg(native(target)));
    return ExitSuccess;
}

void configureWorkspaceRekey(QCommandLineParser& parser)
{
    parser.addOption(dbOption());
}

int runWorkspaceRekey(QCommandLineParser& parser)
{
    const QString path = absolute(workspacePath(parser));
    const QString name = native(path);
    crypto::EncryptionInfo info;
    if (const int rc = inspect(path, info); rc != ExitSuccess) {
        return rc;
    }
    if (!info.encrypted) {
        return notEncrypted(path);
    }
    auto given = unlockKeys(path, info, parser);
    if (!given) {
        return failWith(given.error());
    }
    if (given->keys.isEmpty()) {
        return failWith(unlockError(path, info, *given, makeError(ErrorCode::NeedsKey, {})));
    }
    crypto::EncryptionKeys replacement;
    replacement.kdf = passphraseKdf();
    if (!given->keys.passphrase.isEmpty()) {
        replacement.passphrase = given->keys.passphrase.clone(); // a new slot: the passphrase derived again
    }
    if (info.hasKeychainSlot) {
        if (const QString why = WorkspaceKeyStore::unavailableReason(); !why.isEmpty()) {
            return fail(ExitWorkspaceError,
                        Cli::tr("The key of “%1” is kept in a keychain, and no keychain can be reached (%2): its "
                                "entry could not be replaced. Run the command where the keychain is at hand.")
                            .arg(name, why));
        }
        replacement.keychainKey = crypto::SecretBuffer::random(crypto::KeySize);
    }
    if (replacement.isEmpty()) {
        return fail(
            ExitUsage,
            Cli::tr("Give the recovery passphrase of “%1” with --passphrase-file: it is its only key.").arg(name));
    }
    // The keychain keeps the previous key until the rotation is complete; the new one waits in the pending entry
    // meanwhile, so that no interruption leaves a file whose key is nowhere.
    const QString pending = WorkspaceKeyStore::pendingKeyId(info.keyId);
    if (!replacement.keychainKey.isEmpty()) {
        if (auto stored = WorkspaceKeyStore::store(pending, replacement.keychainKey); !stored) {
            return fail(exitCodeFor(stored.error()),
                        Cli::tr("“%1” was not changed: the keychain refused the new key. %2")
                            .arg(name, stored.error().message));
        }
    }
    if (auto rotated = Workspace::rotateKey(path, given->keys, replacement); !rotated) {
        if (!replacement.keychainKey.isEmpty()) {
            (void)WorkspaceKeyStore::remove(pending);
        }
        return failWith(unlockError(path, info, *given, rotated.error()));
    }
    if (!replacement.keychainKey.isEmpty()) {
        auto stored = WorkspaceKeyStore::store(info.keyId, replacement.keychainKey);
        if (stored) {
            (void)WorkspaceKeyStore::remove(pending);
        } else {
            // The keychain refused the new key: wrap the new data key under the previous keychain key again (or,
            // when none was at hand, drop the keychain slot), so that the workspace opens as it did.
            Workspace::Options options;
            options.actor = AppSettings().actor();
            options.encryption = std::make_shared<const crypto::EncryptionKeys>(replacement.clone());
            auto ws = Workspace::open(path, options);
            Result<void> restored = ws ? Result<void>() : Result<void>(ws.error());
            if (ws && given->fromKeychain) {
                restored = (*ws)->setKeychainKey(given->keys.keychainKey);
            } else if (ws) {
                restored = (*ws)->setKeychainKey(crypto::SecretBuffer());
            }
            if (!restored) {
                return fail(
                    ExitWorkspaceError,
                    Cli::tr("The data key of “%1” was replaced, but the keychain refused the new key (%2), "
                            "and the previous one could not be restored either (%3). The new key stays in "
                            "the keychain entry “%4”, where Attest finds it.")
                        .arg(
                            name, stored.error().message, restored.error().message, WorkspaceKeyStore::entry(pending)));
            }
            (void)WorkspaceKeyStore::remove(pending);
            return fail(exitCodeFor(stored.error()),
                        Cli::tr("The data key of “%1” was replaced, but the keychain refused the new key: %2 The "
                                "workspace still opens as before the command.")
                            .arg(name, stored.error().message));
        }
    }
    out() << Cli::tr("Replaced the data key of “%1”: every page is encrypted again, and the previous key no longer "
                     "opens it.")
                 .arg(name)
          << '\n';
    if (!replacement.keychainKey.isEmpty()) {
        out() << Cli::tr("The new key is in this computer's keychain. Copies made before (Save As, backups) keep "
                         "the previous key: they open only with their recovery passphrase from now on.")
              << '\n';
    }
    if (!replacement.passphrase.isEmpty()) {
        out() << Cli::tr("The recovery passphrase given still opens it.") << '\n';
    } else if (info.hasPassphraseSlot) {
        out() << Cli::tr("Its recovery passphrase went with the previous key: set one again with “attest workspace "
                         "set-passphrase --passphrase-file FILE”.")
              << '\n';
    }
    out().flush();
    return ExitSuccess;
}

void configureWorkspaceSetPassphrase(QCommandLineParser& parser)
{
    parser.addOption(dbOption());
    parser.addOption({{u"current-passphrase-file"_s},
                      Cli::tr("The current recovery passphrase, when this computer's keychain does not hold the key "
                              "(default: the file %1 names). --passphrase-file names the new one.")
                          .arg(passphraseFileVariable()),
                      Cli::tr("file")});
    parser.addOption({{u"remove"_s},
                      Cli::tr("Remove the recovery passphrase (refused when nothing else would open the workspace).")});
}

int runWorkspaceSetPassphrase(QCommandLineParser& parser)
{
    const QString path = absolute(workspacePath(parser));
    const QString name = native(path);
    const bool remove = parser.isSet(u"remove"_s);
    const bool newGiven = parser.optionNames().contains(passphraseFileOptionName());
    if (remove == newGiven) {
        return fail(ExitUsage,
                    Cli::tr("workspace set-passphrase needs either the new passphrase (--passphrase-file FILE) or "
                            "--remove."));
    }
    crypto::EncryptionInfo info;
    if (const int rc = inspect(path, info); rc != ExitSuccess) {
        return rc;
    }
    if (!info.encrypted) {
        return notEncrypted(path);
    }
    crypto::SecretBuffer fresh;
    if (remove) {
        if (!info.hasPassphraseSlot) {
            out() << Cli::tr("“%1” has no recovery passphrase; nothing was changed.").arg(name) << Qt::endl;
            return ExitSuccess;
        }
        if (!info.hasKeychainSlot) {
            return fail(ExitUsage,
                        Cli::tr("The recovery passphrase is the only key of “%1”: without it nothing could open the "
                                "workspace.")
                            .arg(name));
        }
    } else {
        auto passphrase = givenPassphrase(parser, false);
        if (!passphrase) {
            return failWith(passphrase.error());
        }
        fresh = std::move(*passphrase);
    }
    auto given = unlockKeys(path, info, parser, u"current-passphrase-file"_s);
    if (!given) {
        return failWith(given.error());
    }
    if (remove && !given->fromKeychain) {
        return fail(ExitUsage,
                    Cli::tr("Removing the recovery passphrase of “%1” would leave only its keychain key, and %2.")
                        .arg(name, given->keychainNote));
    }
    if (given->keys.isEmpty()) {
        Error error = unlockError(path, info, *given, makeError(ErrorCode::NeedsKey, {}));
        error.message.replace(u"--passphrase-file"_s, u"--current-passphrase-file"_s);
        return failWith(error);
    }
    Workspace::Options options;
    options.actor = AppSettings().actor();
    options.encryption = std::make_shared<const crypto::EncryptionKeys>(given->keys.clone());
    auto ws = Workspace::open(path, options);
    if (!ws) {
        return failWith(unlockError(path, info, *given, ws.error()));
    }
    if (auto set = (*ws)->setRecoveryPassphrase(fresh, passphraseKdf()); !set) {
        return failWith(set.error());
    }
    out() << (remove ? Cli::tr("Removed the recovery passphrase of “%1”: only its keychain key opens it now.").arg(name)
                     : Cli::tr("Set the recovery passphrase of “%1”.").arg(name))
          << Qt::endl;
    return ExitSuccess;
}

} // namespace attest::app
