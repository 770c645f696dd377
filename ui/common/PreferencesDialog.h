#pragma once

#include "common/Appearance.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace attest::ui {

// Edit > Preferences: the name the audit trail records, the UI language and light or dark.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        QString displayName;
        QString language; // "" = the system's
        Appearance::Scheme appearance = Appearance::Scheme::System;
    };

    PreferencesDialog(const Values& current, const QString& osAccount, QWidget* parent = nullptr);
    Values values() const;

private:
    void update();

    Values m_initial;
    QLineEdit* m_name;
    QComboBox* m_language;
    QComboBox* m_appearance;
    QLabel* m_restartNote;
    QDialogButtonBox* m_buttons;
};

} // namespace attest::ui
