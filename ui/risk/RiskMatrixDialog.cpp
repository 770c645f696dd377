#include "risk/RiskMatrixDialog.h"

namespace attest::ui {

RiskMatrixDialog::RiskMatrixDialog(QWidget* parent)
    : QDialog(parent)
{
}

} // namespace attest::ui
