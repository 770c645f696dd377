#pragma once

// For the CLI tests that need a real keychain: a private HOME with its XDG directories, a private D-Bus session
// with GNOME Keyring unlocked in it (dbus-run-session + gnome-keyring-daemon), and running a program in a given
// environment.

#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace attest::test {

using namespace Qt::StringLiterals;

inline const QString KeyringPassword = u"attest-test-keyring"_s;

// A HOME with its XDG directories, for the attest processes (and the keyring) of one scenario.
struct PrivateHome
{
    QTemporaryDir root;

    QString home() const { return root.filePath(u"home"_s); }
    QString runtime() const { return root.filePath(u"runtime"_s); }
    bool make() const
    {
        return root.isValid() && QDir().mkpath(home()) && QDir().mkpath(runtime()) &&
               QFile::setPermissions(runtime(),
                                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QProcessEnvironment environment(const QString& dbusAddress) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        if (!dbusAddress.isEmpty()) {
            env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, dbusAddress);
        }
        env.insert(u"HOME"_s, home());
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime());
        env.insert(u"XDG_DATA_HOME"_s, home() + u"/.local/share"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home() + u"/.config"_s);
        env.insert(u"XDG_CACHE_HOME"_s, home() + u"/.cache"_s);
        env.insert(u"XDG_STATE_HOME"_s, home() + u"/.local/state"_s);
        return env;
    }
    // Every file below the root, relative to it.
    QStringList files() const
    {
        QStringList list;
        QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            list << QDir(root.path()).relativeFilePath(it.next());
        }
        list.sort();
        return list;
    }
};

// A private D-Bus session with an unlocked GNOME Keyring, alive as long as this object.
class KeyringSession
{
public:
    ~KeyringSession() { stop(); }

    bool start(const PrivateHome& home, QString* error)
    {
        m_process.setProcessEnvironment(home.environment({}));
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        // The session lives until `cat` sees its input closed (stop(), or this process ending in any way).
        m_process.start(
            u"dbus-run-session"_s,
            {u"--"_s,
             u"sh"_s,
             u"-c"_s,
             u"printf '%s' \"$1\" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1; "
             "echo \"$DBUS_SESSION_BUS_ADDRESS\"; exec cat >/dev/null"_s,
             u"keyring"_s,
             KeyringPassword});
        if (!m_process.waitForStarted(10000)) {
            *error = u"dbus-run-session did not start: "_s + m_process.errorString();
            return false;
        }
        const QDeadlineTimer deadline(30000);
        while (!m_process.canReadLine() && m_process.state() == QProcess::Running && !deadline.hasExpired()) {
            m_process.waitForReadyRead(int(deadline.remainingTime()));
        }
        m_address = QString::fromUtf8(m_process.readLine()).trimmed();
        if (m_address.isEmpty()) {
            *error = u"the keyring session did not start: "_s + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        return true;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning) {
            return;
        }
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QString address() const { return m_address; }

private:
    QProcess m_process;
    QString m_address;
};

inline ProcessResult run(const QProcessEnvironment& env, const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        result.err = u"could not start "_s + program;
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = u"timed out: "_s + program + u' ' + arguments.join(u' ');
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline QString describe(const ProcessResult& r)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out, r.err);
}

} // namespace attest::test
