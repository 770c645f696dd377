#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace attest::ui {

// The languages Attest speaks, and the one it uses: the system's unless the user chose another in Preferences.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    struct Choice
    {
        QString code;    // "" = follow the system; otherwise "en", "de", "fr"
        QString display; // in its own language ("Deutsch"), or "System default (…)" for ""
    };
    static QList<Choice> choices();

    // The language used for `preferred` ("" = the system's locale): one of "en", "de", "fr".
    static QString resolve(const QString& preferred);

    // Makes `preferred` the UI language: the default QLocale (dates, numbers, paper size) follows it when the user
    // chose one, and Qt's and Attest's translators for it are installed on `app`. Attest's .qm files are looked
    // for in `directory` (the binary's resources by default). Returns the language now in use.
    static QString install(QCoreApplication& app, const QString& preferred, const QString& directory = {});
};

} // namespace attest::ui
