#pragma once

#include "reports/ReportSigning.h"

namespace attest::app {

// The window's access to the report-signing key in the keychain (SigningKeyStore), for the Reports dialog.
ui::ReportSigning guiReportSigning();

} // namespace attest::app
