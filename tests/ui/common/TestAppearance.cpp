// Light and dark follow the desktop: with "Follow the system", Attest reads the colour-scheme preference from the
// XDG desktop portal and switches when it changes while Attest runs; a choice made in Preferences wins over the
// system. The test runs in its own D-Bus session (dbus-run-session) and plays the portal itself.

#include "common/Appearance.h"

#include <QApplication>
#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QTest>

using namespace attest::ui;
using namespace Qt::StringLiterals;

namespace {

bool paletteIsDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace

// org.freedesktop.portal.Settings, as much of it as Attest uses.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint scheme = 1; // prefer dark

public Q_SLOTS:
    QDBusVariant Read(const QString& group, const QString& key)
    {
        if (group == u"org.freedesktop.appearance"_s && key == u"color-scheme"_s) {
            // The portal answers with a variant inside a variant.
            return QDBusVariant(QVariant::fromValue(QDBusVariant(scheme)));
        }
        return QDBusVariant(QVariant());
    }

Q_SIGNALS:
    void SettingChanged(const QString& group, const QString& key, const QDBusVariant& value);

public:
    void change(uint value)
    {
        scheme = value;
        Q_EMIT SettingChanged(u"org.freedesktop.appearance"_s, u"color-scheme"_s, QDBusVariant(value));
    }
};

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void followsTheSystem();
    void aChoiceWinsOverTheSystem();

private:
    FakePortal m_portal;
};

void TestAppearance::initTestCase()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "no D-Bus session: run the test inside dbus-run-session");
    QVERIFY(bus.registerService(u"org.freedesktop.portal.Desktop"_s));
    QVERIFY(bus.registerObject(u"/org/freedesktop/portal/desktop"_s,
                               &m_portal,
                               QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
    QVERIFY(!paletteIsDark()); // Qt's offscreen platform starts light
}

void TestAppearance::followsTheSystem()
{
    Appearance* appearance = Appearance::instance();
    QSignalSpy changed(appearance, &Appearance::changed);
    appearance->setPreferred(Appearance::Scheme::System);
    QVERIFY(appearance->isDark());
    QVERIFY(paletteIsDark());
    QCOMPARE(changed.size(), 1);

    // The user switches the desktop to light while Attest runs.
    m_portal.change(2);
    QTRY_VERIFY(!appearance->isDark());
    QVERIFY(!paletteIsDark());
    m_portal.change(1);
    QTRY_VERIFY(paletteIsDark());
    // "No preference" is light.
    m_portal.change(0);
    QTRY_VERIFY(!paletteIsDark());
}

void TestAppearance::aChoiceWinsOverTheSystem()
{
    Appearance* appearance = Appearance::instance();
    m_portal.change(2);
    QTRY_VERIFY(!paletteIsDark());
    appearance->setPreferred(Appearance::Scheme::Dark);
    QVERIFY(paletteIsDark());
    m_portal.change(2); // the desktop says light: the choice stands
    QTest::qWait(200);
    QVERIFY(paletteIsDark());
    appearance->setPreferred(Appearance::Scheme::Light);
    QVERIFY(!paletteIsDark());
    m_portal.change(1);
    QTest::qWait(200);
    QVERIFY(!paletteIsDark());
    // Back to following: dark, as the desktop now says.
    appearance->setPreferred(Appearance::Scheme::System);
    QVERIFY(paletteIsDark());
    QCOMPARE(Appearance::fromString(Appearance::toString(Appearance::Scheme::Dark)), Appearance::Scheme::Dark);
    QCOMPARE(Appearance::fromString(u"nonsense"_s), Appearance::Scheme::System);
}

QTEST_MAIN(TestAppearance)
#include "TestAppearance.moc"
