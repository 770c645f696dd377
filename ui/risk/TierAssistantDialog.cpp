#include "risk/TierAssistantDialog.h"

namespace attest::ui {

TierAssistantDialog::TierAssistantDialog(QWidget* parent)
    : QDialog(parent)
{
}

} // namespace attest::ui
