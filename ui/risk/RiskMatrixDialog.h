#pragma once

#include <QDialog>

namespace attest::ui {

class RiskMatrixDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RiskMatrixDialog(QWidget* parent = nullptr);
};

} // namespace attest::ui
