#pragma once

#include <QDialog>

class QLineEdit;
class QDialogButtonBox;

namespace attest::ui {

// Asks for the name that the audit trail records with every change (first run, and Edit > Preferences).
class DisplayNameDialog : public QDialog
{
    Q_OBJECT

public:
    DisplayNameDialog(const QString& current, const QString& osAccount, QWidget* parent = nullptr);
    QString displayName() const;

private:
    QLineEdit* m_name;
    QDialogButtonBox* m_buttons;
};

} // namespace attest::ui
