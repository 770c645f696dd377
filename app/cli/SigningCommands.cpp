#include "SigningCommands.h"

#include "SigningKeyStore.h"
#include "cli/Cli.h"
#include "cli/CliSupport.h"
#include "signing/DetachedSignature.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace attest::app {

namespace {

void sayCreated(const SigningKeyStore::Loaded& loaded)
{
    if (loaded.created) {
        out() << Cli::tr("Created a new signing key in the keychain (fingerprint %1). Give others its public key "
                         "(“attest signing-key export --out FILE”) so that they can check your reports.")
                     .arg(loaded.key.publicKey().formattedFingerprint())
              << Qt::endl;
    }
}

} // namespace

int runVerify(QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        return fail(ExitUsage, Cli::tr("verify needs exactly one file: the signed report."));
    }
    const QString file = args.first();
    if (!QFileInfo(file).isFile()) {
        return fail(ExitWorkspaceError, Cli::tr("“%1” could not be read: there is no such file.").arg(file));
    }
    const QString sigPath = parser.isSet(u"sig"_s) ? parser.value(u"sig"_s) : DetachedSignature::defaultPath(file);
    if (!QFileInfo(sigPath).isFile()) {
        return fail(ExitWorkspaceError,
                    Cli::tr("There is no signature “%1”: name it with --sig FILE, or sign the report with "
                            "“attest report … --sign”.")
                        .arg(sigPath));
    }
    auto signature = DetachedSignature::readFile(sigPath);
    if (!signature) {
        if (signature.error().code != ErrorCode::Validation) {
            return failWith(signature.error());
        }
        out() << Cli::tr("INVALID: %1").arg(file) << Qt::endl;
        return fail(ExitCheckFailed, signature.error().message);
    }
    SigningPublicKey trusted;
    QString trustedSource;
    if (parser.isSet(u"pubkey"_s)) {
        auto key = SigningPublicKey::readFile(parser.value(u"pubkey"_s));
        if (!key) {
            return fail(ExitWorkspaceError, key.error().message);
        }
        trusted = *key;
        trustedSource = parser.value(u"pubkey"_s);
    } else {
        auto loaded = SigningKeyStore::loadBlocking(SigningKeyStore::Mode::Existing);
        if (!loaded) {
            return fail(ExitWorkspaceError,
                        Cli::tr("%1 To check against another key, name its public-key file with --pubkey FILE.")
                            .arg(loaded.error().message));
        }
        trusted = loaded->key.publicKey();
        trustedSource = Cli::tr("this user's keychain");
    }
    auto verification = signature->verify(file, trusted);
    if (!verification) {
        return failWith(verification.error());
    }
    if (!verification->valid) {
        out() << Cli::tr("INVALID: %1").arg(file) << Qt::endl;
        return fail(ExitCheckFailed, verification->reason);
    }
    out() << Cli::tr("VALID: %1 (%2 bytes) was signed at %3 with the key %4 (from %5).")
                 .arg(file)
                 .arg(signature->fileSize)
                 .arg(QLocale::c().toString(signature->signedAt, u"yyyy-MM-dd HH:mm:ss 'UTC'"_s),
                      trusted.formattedFingerprint(),
                      trustedSource)
          << Qt::endl;
    return ExitSuccess;
}

int runSigningKeyShow(QCommandLineParser& parser)
{
    Q_UNUSED(parser);
    auto loaded = SigningKeyStore::loadBlocking(SigningKeyStore::Mode::CreateIfMissing);
    if (!loaded) {
        return failWith(loaded.error());
    }
    sayCreated(*loaded);
    const SigningPublicKey key = loaded->key.publicKey();
    out() << Cli::tr("Algorithm: Ed25519") << '\n'
          << Cli::tr("Fingerprint: %1").arg(key.formattedFingerprint()) << '\n'
          << Cli::tr("Public key: %1").arg(QString::fromLatin1(key.bytes().toBase64())) << Qt::endl;
    return ExitSuccess;
}

int runSigningKeyExport(QCommandLineParser& parser)
{
    const QString path = parser.value(u"out"_s);
    if (path.isEmpty()) {
        return fail(ExitUsage, Cli::tr("Say where to write the public key with --out FILE."));
    }
    auto loaded = SigningKeyStore::loadBlocking(SigningKeyStore::Mode::CreateIfMissing);
    if (!loaded) {
        return failWith(loaded.error());
    }
    sayCreated(*loaded);
    const SigningPublicKey key = loaded->key.publicKey();
    if (auto written = key.writeFile(path); !written) {
        return failWith(written.error());
    }
    out() << Cli::tr("Wrote the public key %1 to %2.").arg(key.formattedFingerprint(), path) << Qt::endl;
    return ExitSuccess;
}

int ReportSigner::prepare(const QCommandLineParser& parser, PdfReportWriter::Options& options)
{
    if (!parser.isSet(u"sign"_s)) {
        return ExitSuccess;
    }
    auto loaded = SigningKeyStore::loadBlocking(SigningKeyStore::Mode::CreateIfMissing);
    if (!loaded) {
        return fail(exitCodeFor(loaded.error()),
                    Cli::tr("The report cannot be signed: %1\nNothing was written. To write the report unsigned, "
                            "run the command again without --sign.")
                        .arg(loaded.error().message));
    }
    sayCreated(*loaded);
    options.signingKeyFingerprint = loaded->key.publicKey().formattedFingerprint();
    m_key.emplace(std::move(loaded->key));
    return ExitSuccess;
}

int ReportSigner::finish(const QString& reportPath)
{
    if (!m_key) {
        return ExitSuccess;
    }
    const QString sigPath = DetachedSignature::defaultPath(reportPath);
    auto signature = DetachedSignature::sign(reportPath, *m_key, QDateTime::currentDateTimeUtc());
    Result<void> written = signature ? signature->writeFile(sigPath) : Result<void>(signature.error());
    if (!written) {
        QFile::remove(reportPath);
        return fail(exitCodeFor(written.error()),
                    Cli::tr("The report could not be signed, so it was removed: %1").arg(written.error().message));
    }
    out() << Cli::tr("Signed with the key %1: %2").arg(m_key->publicKey().formattedFingerprint(), sigPath) << Qt::endl;
    return ExitSuccess;
}

} // namespace attest::app
