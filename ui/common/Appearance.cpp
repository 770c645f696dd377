#include "Appearance.h"

#include <QApplication>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#ifdef ATTEST_XDG_PORTAL
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#endif

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {
#ifdef ATTEST_XDG_PORTAL
const QString PortalService = u"org.freedesktop.portal.Desktop"_s;
const QString PortalPath = u"/org/freedesktop/portal/desktop"_s;
const QString PortalSettings = u"org.freedesktop.portal.Settings"_s;
const QString AppearanceGroup = u"org.freedesktop.appearance"_s;
const QString ColorSchemeKey = u"color-scheme"_s;

// The portal's color-scheme: 0 no preference, 1 prefer dark, 2 prefer light.
std::optional<bool> fromPortalValue(const QVariant& value)
{
    QVariant v = value;
    while (v.canConvert<QDBusVariant>() && v.userType() == qMetaTypeId<QDBusVariant>()) {
        v = v.value<QDBusVariant>().variant();
    }
    switch (v.toUInt()) {
    case 1:
        return true;
    case 2:
        return false;
    default:
        return std::nullopt;
    }
}
#endif
} // namespace

QString Appearance::toString(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return u"light"_s;
    case Scheme::Dark:
        return u"dark"_s;
    case Scheme::System:
        break;
    }
    return u"system"_s;
}

Appearance::Scheme Appearance::fromString(const QString& text)
{
    if (text == u"light"_s) {
        return Scheme::Light;
    }
    if (text == u"dark"_s) {
        return Scheme::Dark;
    }
    return Scheme::System;
}

Appearance* Appearance::instance()
{
    static QPointer<Appearance> s_instance;
    if (!s_instance) {
        s_instance = new Appearance(qApp);
    }
    return s_instance;
}

Appearance::Appearance(QObject* parent)
    : QObject(parent)
    , m_startPalette(QApplication::palette())
    , m_startStyle(QApplication::style() ? QApplication::style()->name() : QString())
{
    m_dark = m_startPalette.color(QPalette::Window).lightness() < 128;
}

QPalette Appearance::darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x40));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x33, 0x35, 0x38));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    dark.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4a));
    dark.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    dark.setColor(QPalette::Mid, QColor(0x28, 0x2a, 0x2d));
    dark.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    dark.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    // As dark desktop themes do (Breeze Dark, Adwaita dark): links light enough to read.
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xee));
    dark.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xe0));
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText}) {
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    }
    return dark;
}

void Appearance::setPreferred(Scheme scheme)
{
    m_preferred = scheme;
    apply();
}

std::optional<bool> Appearance::systemPrefersDark()
{
    if (m_systemAsked) {
        return m_systemDark;
    }
    m_systemAsked = true;
#ifdef ATTEST_XDG_PORTAL
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        QDBusMessage read = QDBusMessage::createMethodCall(PortalService, PortalPath, PortalSettings, u"Read"_s);
        read << AppearanceGroup << ColorSchemeKey;
        // Short: at start-up a missing portal must not be felt.
        const QDBusMessage reply = bus.call(read, QDBus::Block, 500);
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
            m_systemDark = fromPortalValue(reply.arguments().constFirst());
        }
        bus.connect(PortalService,
                    PortalPath,
                    PortalSettings,
                    u"SettingChanged"_s,
                    this,
                    SLOT(portalSettingChanged(QString, QString, QDBusVariant)));
    }
    if (!m_systemDark) {
        // Without a portal: GTK desktops name dark themes so ("Adwaita:dark", "Breeze-Dark").
        const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
        if (gtkTheme.contains(u"dark"_s, Qt::CaseInsensitive)) {
            m_systemDark = true;
        }
    }
#elif defined(Q_OS_WIN)
    const QSettings personalize(
        u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"_s,
        QSettings::NativeFormat);
    if (personalize.contains(u"AppsUseLightTheme"_s)) {
        m_systemDark = personalize.value(u"AppsUseLightTheme"_s).toInt() == 0;
    }
#endif
    return m_systemDark;
}

void Appearance::portalSettingChanged(const QString& group, const QString& key, const QDBusVariant& value)
{
#ifdef ATTEST_XDG_PORTAL
    if (group != AppearanceGroup || key != ColorSchemeKey) {
        return;
    }
    m_systemDark = fromPortalValue(QVariant::fromValue(value));
    if (m_preferred == Scheme::System) {
        apply();
    }
#else
    Q_UNUSED(group)
    Q_UNUSED(key)
    Q_UNUSED(value)
#endif
}

void Appearance::apply()
{
    bool dark = false;
    switch (m_preferred) {
    case Scheme::Dark:
        dark = true;
        break;
    case Scheme::Light:
        dark = false;
        break;
    case Scheme::System:
        // No stated preference: whatever the platform theme gave us at start (KDE applies its own palette).
        dark = systemPrefersDark().value_or(m_startPalette.color(QPalette::Window).lightness() < 128);
        break;
    }
    const bool startWasDark = m_startPalette.color(QPalette::Window).lightness() < 128;
    if (dark == startWasDark) {
        // What the platform gave us already fits.
        if (!m_startStyle.isEmpty() && QApplication::style()->name() != m_startStyle) {
            QApplication::setStyle(m_startStyle);
        }
        QApplication::setPalette(m_startPalette);
    } else {
        // Native styles may ignore a palette; Fusion draws every colour from it.
        if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0) {
            QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        }
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    }
    if (dark != m_dark) {
        m_dark = dark;
        Q_EMIT changed(dark);
    }
}

} // namespace attest::ui
