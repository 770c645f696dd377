#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

#include <optional>

class QDBusVariant;

namespace attest::ui {

// Light or dark: follows the desktop's colour-scheme preference (the XDG desktop portal on Linux, the
// "AppsUseLightTheme" setting on Windows; macOS is followed by Qt itself), and keeps following it while Attest
// runs, unless the user chose one in Preferences.
class Appearance : public QObject
{
    Q_OBJECT

public:
    enum class Scheme
    {
        System,
        Light,
        Dark,
    };
    static QString toString(Scheme scheme);
    static Scheme fromString(const QString& text);

    // Created on first use, owned by the application.
    static Appearance* instance();

    void setPreferred(Scheme scheme);
    Scheme preferred() const { return m_preferred; }
    // What is shown now.
    bool isDark() const { return m_dark; }

    static QPalette darkPalette();

Q_SIGNALS:
    void changed(bool dark);

private Q_SLOTS:
    void portalSettingChanged(const QString& group, const QString& key, const QDBusVariant& value);

private:
    explicit Appearance(QObject* parent);
    void apply();
    // True or false when the desktop states a preference; nothing when it does not (or cannot be asked).
    std::optional<bool> systemPrefersDark();

    Scheme m_preferred = Scheme::System;
    std::optional<bool> m_systemDark;
    bool m_systemAsked = false;
    bool m_dark = false;
    QPalette m_startPalette;
    QString m_startStyle;
};

} // namespace attest::ui
