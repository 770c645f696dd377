#pragma once

// What the CLI's subcommands share: output streams, failure reporting with the documented exit codes, opening the
// workspace named by --db (unlocking an encrypted one with its key from the keychain or its recovery passphrase),
// and plain-text tables.

#include "core/Result.h"
#include "storage/Workspace.h"
#include "storage/crypto/WorkspaceHeader.h"

#include <QCommandLineOption>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace attest {
class Connection;
}

namespace attest::app {

QTextStream& out();
QTextStream& err();
// Prints "attest: message" on stderr and returns `code`.
int fail(int code, const QString& message);
int exitCodeFor(const Error& error);
int failWith(const Error& error);

QCommandLineOption dbOption();
QString workspacePath(const QCommandLineParser& parser);
// Opens the workspace named by --db. An encrypted one is unlocked with the key this computer's keychain holds for
// it (WorkspaceKeyStore) or else its recovery passphrase (--passphrase-file, ATTEST_PASSPHRASE_FILE); without
// either the error says how to give one.
Result<std::unique_ptr<Workspace>> openWorkspace(const QCommandLineParser& parser, Workspace::Access access);
Result<std::unique_ptr<Workspace>>
openWorkspaceAt(const QString& path, const QCommandLineParser& parser, Workspace::Access access);

// --passphrase-file FILE, which every command accepts: the recovery passphrase of an encrypted workspace is the
// first line of FILE. The environment variable ATTEST_PASSPHRASE_FILE names such a file when the option is not
// given.
QCommandLineOption passphraseFileOption();
QString passphraseFileOptionName();
QString passphraseFileVariable();
// The passphrase in `path`: its first line without the line ending. Refuses an empty one; warns on stderr when
// others than the owner may read the file.
Result<crypto::SecretBuffer> readPassphraseFile(const QString& path);
// The passphrase given by the option `option` (default --passphrase-file) or, with `environment`, by
// ATTEST_PASSPHRASE_FILE; an empty buffer when none is given.
Result<crypto::SecretBuffer>
givenPassphrase(const QCommandLineParser& parser, bool environment = true, const QString& option = {});
// The Argon2id cost of the passphrase slots the CLI writes (moderate; ATTEST_TEST_KDF=minimal, for the test suite
// only, makes it cheap).
crypto::KdfParams passphraseKdf();

// What unlocks an encrypted workspace, as far as this command line and this computer can tell.
struct UnlockKeys
{
    crypto::EncryptionKeys keys;
    bool fromKeychain = false; // keys.keychainKey came from the keychain
    QString keychainNote;      // why the keychain gave no key (for messages); empty when it did or was not asked
};
// Collects the keychain key (when the header has a keychain slot) and the passphrase given (by `option`, default
// --passphrase-file, or ATTEST_PASSPHRASE_FILE).
Result<UnlockKeys> unlockKeys(const QString& path,
                              const crypto::EncryptionInfo& info,
                              const QCommandLineParser& parser,
                              const QString& option = {});
// An error from opening an encrypted workspace, with what to do on the command line.
Error unlockError(const QString& path, const crypto::EncryptionInfo& info, const UnlockKeys& given, const Error& error);
// The AI system named on the command line by its code or, failing that, its id; 0 when there is none.
Result<qint64> systemByCodeOrId(Connection& connection, const QString& given);
// Pads columns for the terminal; widths by character count.
void printTable(const QStringList& header, const QList<QStringList>& rows);

} // namespace attest::app
