#include "CliSupport.h"

#include "AppSettings.h"
#include "Cli.h"
#include "WorkspaceKeyStore.h"
#include "storage/SystemRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace attest::app {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(int code, const QString& message)
{
    out().flush();
    err() << "attest: " << message << Qt::endl;
    return code;
}

int exitCodeFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Validation:
    case ErrorCode::Cancelled:
        return ExitCheckFailed;
    // An encrypted workspace without a key or passphrase that unlocks it: the command line must give one.
    case ErrorCode::NeedsKey:
    case ErrorCode::WrongKey:
        return ExitUsage;
    default:
        return ExitWorkspaceError;
    }
}

int failWith(const Error& error)
{
    return fail(exitCodeFor(error), error.message);
}

QCommandLineOption dbOption()
{
    return QCommandLineOption({u"db"_s}, Cli::tr("Workspace file (default: the default workspace)."), Cli::tr("path"));
}

QString workspacePath(const QCommandLineParser& parser)
{
    return parser.isSet(u"db"_s) ? parser.value(u"db"_s) : AppSettings().defaultWorkspace();
}

QString passphraseFileOptionName()
{
    return u"passphrase-file"_s;
}

QString passphraseFileVariable()
{
    return u"ATTEST_PASSPHRASE_FILE"_s;
}

QCommandLineOption passphraseFileOption()
{
    return QCommandLineOption({passphraseFileOptionName()},
                              Cli::tr("An encrypted workspace's recovery passphrase: the first line of this file "
                                      "(default: the file the environment variable %1 names).")
                                  .arg(passphraseFileVariable()),
                              Cli::tr("file"));
}

Result<crypto::SecretBuffer> readPassphraseFile(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return makeError(ErrorCode::NeedsKey,
                         Cli::tr("The passphrase file “%1” cannot be read: %2.").arg(name, file.errorString()));
    }
    const QFileInfo info(path);
    if (info.isFile() && (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))) {
        out().flush();
        err() << "attest: "
              << Cli::tr("warning: other users can read the passphrase file “%1”; make it readable only by you "
                         "(chmod 600).")
                     .arg(name)
              << Qt::endl;
    }
    // Read into locked memory (also from a pipe) up to the first line's end; nothing passes through a QByteArray.
    constexpr qint64 Limit = 64 * 1024;
    crypto::SecretBuffer buffer(Limit);
    qint64 filled = 0;
    const unsigned char* newline = nullptr;
    while (filled < Limit && !newline) {
        const qint64 n = file.read(reinterpret_cast<char*>(buffer.data()) + filled, Limit - filled);
        if (n <= 0) {
            break;
        }
        newline = static_cast<const unsigned char*>(std::memchr(buffer.data() + filled, '\n', std::size_t(n)));
        filled += n;
    }
    std::size_t length = newline ? std::size_t(newline - buffer.data()) : std::size_t(filled);
    if (length > 0 && buffer.data()[length - 1] == '\r') {
        --length;
    }
    if (length == 0) {
        return makeError(ErrorCode::NeedsKey,
                         Cli::tr("The passphrase file “%1” is empty: its first line is the passphrase.").arg(name));
    }
    return crypto::SecretBuffer::copyOf(buffer.data(), length);
}

Result<crypto::SecretBuffer> givenPassphrase(const QCommandLineParser& parser, bool environment, const QString& option)
{
    const QString name = option.isEmpty() ? passphraseFileOptionName() : option;
    // Only options that were given are looked at (isSet would warn about one the command does not know).
    if (parser.optionNames().contains(name)) {
        const QString file = parser.value(name);
        if (file.isEmpty()) {
            return makeError(ErrorCode::NeedsKey, Cli::tr("--%1 needs a file name.").arg(name));
        }
        return readPassphraseFile(file);
    }
    if (environment) {
        const QString file = qEnvironmentVariable(qPrintable(passphraseFileVariable()));
        if (!file.isEmpty()) {
            return readPassphraseFile(file);
        }
    }
    return crypto::SecretBuffer();
}

crypto::KdfParams passphraseKdf()
{
    // Only the test suite asks for this: the passphrase slot it writes can be guessed quickly.
    if (qEnvironmentVariable("ATTEST_TEST_KDF") == u"minimal"_s) {
        return crypto::KdfParams::minimal();
    }
    return crypto::KdfParams::moderate();
}

Result<UnlockKeys> unlockKeys(const QString& path,
                              const crypto::EncryptionInfo& info,
                              const QCommandLineParser& parser,
                              const QString& option)
{
    UnlockKeys given;
    given.keys.kdf = passphraseKdf();
    if (info.hasKeychainSlot) {
        const QString unreachable = WorkspaceKeyStore::unavailableReason();
        if (!unreachable.isEmpty()) {
            given.keychainNote = Cli::tr("this computer's keychain cannot be reached: %1").arg(unreachable);
        } else if (auto loaded = WorkspaceKeyStore::load(info.keyId); !loaded) {
            given.keychainNote = loaded.error().message;
        } else if (!loaded->has_value()) {
            given.keychainNote = Cli::tr("this computer's keychain holds no key for it");
        } else {
            given.keys.keychainKey = std::move(**loaded);
            given.fromKeychain = true;
        }
        // A rekey interrupted after the file was re-encrypted but before the keychain entry was replaced left the
        // new key in the pending entry: use it when the entry's own key no longer opens the file.
        if (unreachable.isEmpty()) {
            auto pending = WorkspaceKeyStore::load(WorkspaceKeyStore::pendingKeyId(info.keyId));
            if (pending && pending->has_value()) {
                crypto::EncryptionKeys probe;
                probe.keychainKey = given.keys.keychainKey.clone();
                if (probe.keychainKey.isEmpty() || !crypto::unlock(path, probe)) {
                    given.keys.keychainKey = std::move(**pending);
                    given.fromKeychain = true;
                    given.keychainNote.clear();
                }
            }
        }
    }
    auto passphrase = givenPassphrase(parser, true, option);
    if (!passphrase) {
        return passphrase.error();
    }
    given.keys.passphrase = std::move(*passphrase);
    return given;
}

Error unlockError(const QString& path, const crypto::EncryptionInfo& info, const UnlockKeys& given, const Error& error)
{
    if (error.code != ErrorCode::NeedsKey && error.code != ErrorCode::WrongKey) {
        return error;
    }
    const QString name = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QString& keychain = given.keychainNote;
    if (!given.keys.passphrase.isEmpty() && info.hasPassphraseSlot) {
        return error; // the passphrase given is wrong: the storage layer says so
    }
    if (!info.hasPassphraseSlot) {
        return makeError(error.code,
                         keychain.isEmpty()
                             ? Cli::tr("“%1” is encrypted, has no recovery passphrase, and this computer's keychain "
                                       "key does not unlock it.")
                                   .arg(name)
                             : Cli::tr("“%1” is encrypted and has no recovery passphrase: only its key in the keychain "
                                       "of the computer that encrypted it unlocks it, and %2. To open it elsewhere, "
                                       "give it a recovery passphrase there (“attest workspace set-passphrase”).")
                                   .arg(name, keychain),
                         error.detail);
    }
    if (!info.hasKeychainSlot) {
        return makeError(error.code,
                         Cli::tr("“%1” is encrypted, and only its recovery passphrase opens it. Give the passphrase in "
                                 "a file: --passphrase-file FILE, or the environment variable %2=FILE (the file's "
                                 "first line is the passphrase).")
                             .arg(name, passphraseFileVariable()),
                         error.detail);
    }
    return makeError(error.code,
                     Cli::tr("“%1” is encrypted and %2. Give its recovery passphrase in a file: --passphrase-file "
                             "FILE, or the environment variable %3=FILE (the file's first line is the passphrase).")
                         .arg(name,
                              keychain.isEmpty() ? Cli::tr("its keychain key is not at hand") : keychain,
                              passphraseFileVariable()),
                     error.detail);
}

Result<std::unique_ptr<Workspace>>
openWorkspaceAt(const QString& path, const QCommandLineParser& parser, Workspace::Access access)
{
    Workspace::Options options;
    options.access = access;
    options.actor = AppSettings().actor();
    auto info = Workspace::inspectEncryption(path);
    if (!info || !info->encrypted) {
        return Workspace::open(path, options); // plain, missing or unreadable: open() says what it is
    }
    auto given = unlockKeys(path, *info, parser);
    if (!given) {
        return given.error();
    }
    if (given->keys.isEmpty()) {
        return unlockError(path, *info, *given, makeError(ErrorCode::NeedsKey, {}));
    }
    options.encryption = std::make_shared<const crypto::EncryptionKeys>(given->keys.clone());
    auto opened = Workspace::open(path, options);
    options.encryption.reset();
    if (!opened) {
        return unlockError(path, *info, *given, opened.error());
    }
    return opened;
}

Result<std::unique_ptr<Workspace>> openWorkspace(const QCommandLineParser& parser, Workspace::Access access)
{
    return openWorkspaceAt(workspacePath(parser), parser, access);
}

void printTable(const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths(header.size(), 0);
    auto measure = [&](const QStringList& row) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = qMax(widths[i], qMin<qsizetype>(row[i].size(), 48));
        }
    };
    measure(header);
    for (const QStringList& row : rows) {
        measure(row);
    }
    auto print = [&](const QStringList& row) {
        QStringList cells;
        for (int i = 0; i < row.size(); ++i) {
            QString cell = row[i];
            cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (cell.size() > 48) {
                cell = cell.left(47) + u"…"_s;
            }
            cells << (i + 1 == row.size() ? cell : cell.leftJustified(widths[i]));
        }
        out() << cells.join(u"  "_s) << '\n';
    };
    print(header);
    QStringList rule;
    for (qsizetype w : widths) {
        rule << QString(w, QLatin1Char('-'));
    }
    print(rule);
    for (const QStringList& row : rows) {
        print(row);
    }
}

Result<qint64> systemByCodeOrId(Connection& connection, const QString& given)
{
    const QString text = given.trimmed();
    SystemRepository repository(connection);
    auto byCode = repository.idForCode(text);
    if (!byCode) {
        return byCode.error();
    }
    if (byCode->has_value()) {
        return **byCode;
    }
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    if (!isNumber || number <= 0) {
        return qint64(0);
    }
    auto found = repository.get(number);
    if (!found) {
        return found.error();
    }
    return found->has_value() ? number : qint64(0);
}

} // namespace attest::app
