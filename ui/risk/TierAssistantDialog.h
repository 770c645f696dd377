#pragma once

#include <QDialog>

namespace attest::ui {

class TierAssistantDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TierAssistantDialog(QWidget* parent = nullptr);
};

} // namespace attest::ui
