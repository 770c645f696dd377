#include "GuiSigning.h"

#include "SigningKeyStore.h"
#include "signing/DetachedSignature.h"
#include "signing/SigningPublicKey.h"

#include <QDateTime>

#include <memory>
#include <optional>

namespace attest::app {

ui::ReportSigning guiReportSigning()
{
    // The key stays in secure memory inside these functions, between preparing a report and signing it.
    auto key = std::make_shared<std::optional<SigningKey>>();
    ui::ReportSigning signing;
    signing.prepare = [key]() -> Result<QString> {
        auto loaded = SigningKeyStore::loadBlocking(SigningKeyStore::Mode::CreateIfMissing);
        if (!loaded) {
            return loaded.error();
        }
        key->emplace(std::move(loaded->key));
        return (*key)->publicKey().formattedFingerprint();
    };
    signing.sign =
        [key](const QString& contentPath, const QString& fileName, const QString& fingerprint) -> Result<QByteArray> {
        if (!key->has_value() || (*key)->publicKey().formattedFingerprint() != fingerprint) {
            return makeError(ErrorCode::Validation,
                             SigningKeyStore::tr("The signing key is not the one named on the report's cover; "
                                                 "generate the report again."));
        }
        auto signature = DetachedSignature::sign(contentPath, fileName, **key, QDateTime::currentDateTimeUtc());
        if (!signature) {
            return signature.error();
        }
        return signature->toText();
    };
    signing.release = [key] { key->reset(); };
    signing.exportPublicKey = [](const QString& path) -> Result<QString> {
        auto loaded = SigningKeyStore::loadBlocking(SigningKeyStore::Mode::CreateIfMissing);
        if (!loaded) {
            return loaded.error();
        }
        const SigningPublicKey publicKey = loaded->key.publicKey();
        if (auto written = publicKey.writeFile(path); !written) {
            return written.error();
        }
        return publicKey.formattedFingerprint();
    };
    return signing;
}

} // namespace attest::app
