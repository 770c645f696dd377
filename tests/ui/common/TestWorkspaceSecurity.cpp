// Encrypted workspaces in the app: a new workspace is encrypted with a key the keychain keeps; it opens without a
// question where the keychain holds the key, and asks for the recovery passphrase where it does not (a wrong one
// is refused and changes nothing); without a keychain the user chooses passphrase or plain; File > Workspace
// Security encrypts a plain workspace in place (the original deleted or kept), sets the passphrase, replaces the
// key and writes a decrypted copy.

#include "MainWindow.h"
#include "TestSupport.h"
#include "common/PassphraseDialog.h"
#include "common/WorkspaceSecurityDialog.h"
#include "storage/SystemRepository.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

namespace {

// An in-memory keychain, as the app's QtKeychain store behaves.
struct FakeKeychain
{
    bool available = true;
    QHash<QString, QByteArray> entries;

    MainWindow::Environment::Keychain functions()
    {
        MainWindow::Environment::Keychain k;
        k.available = [this] { return available; };
        k.load = [this](const QString& id) -> Result<std::optional<crypto::SecretBuffer>> {
            if (!entries.contains(id)) {
                return std::optional<crypto::SecretBuffer>();
            }
            return std::optional<crypto::SecretBuffer>(crypto::SecretBuffer::copyOf(entries.value(id)));
        };
        k.store = [this](const QString& id, const crypto::SecretBuffer& key) -> Result<void> {
            entries.insert(id, QByteArray(reinterpret_cast<const char*>(key.data()), qsizetype(key.size())));
            return {};
        };
        k.remove = [this](const QString& id) -> Result<void> {
            entries.remove(id);
            return {};
        };
        k.pendingKeyId = [](const QString& id) -> QString { return id + u"-pending"_s; };
        return k;
    }
};

// Answers the next modal dialogs, in order, each time one is shown (a dialog shown again counts again).
class Answers : public QObject
{
public:
    using Answer = std::function<void(QWidget*)>;
    explicit Answers(QList<Answer> answers)
        : m_answers(std::move(answers))
    {
        qApp->installEventFilter(this);
    }
    ~Answers() override { qApp->removeEventFilter(this); }
    bool allGiven() const { return m_next == m_answers.size(); }
    QStringList seen;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (event->type() == QEvent::Show && widget && widget->isWindow() && widget->isModal() &&
            m_next < m_answers.size()) {
            seen << QString::fromLatin1(widget->metaObject()->className());
            const Answer answer = m_answers.at(m_next++);
            QPointer<QWidget> target(widget);
            QTimer::singleShot(0, this, [answer, target] {
                if (target) {
                    answer(target);
                }
            });
        }
        return false;
    }

private:
    QList<Answer> m_answers;
    qsizetype m_next = 0;
};

void clickButton(QWidget* dialog, const QString& textPart)
{
    const QList<QPushButton*> buttons = dialog->findChildren<QPushButton*>();
    for (QPushButton* b : buttons) {
        if (b->text().remove(u'&').contains(textPart)) {
            QMetaObject::invokeMethod(b, "click", Qt::QueuedConnection);
            return;
        }
    }
    qWarning() << "no button" << textPart << "in" << dialog;
}

Answers::Answer typePassphrase(const QString& text)
{
    return [text](QWidget* dialog) {
        for (QLineEdit* edit : dialog->findChildren<QLineEdit*>()) {
            edit->setText(text);
        }
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    };
}

Answers::Answer press(const QString& button)
{
    return [button](QWidget* dialog) { clickButton(dialog, button); };
}

const QString Marker = u"ZEBRA-MARKER-7741"_s;

bool fileContains(const QString& path, const QString& text)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(text.toUtf8());
}

} // namespace

class TestWorkspaceSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newWorkspacesAreEncryptedWithAKeychainKey();
    void withoutTheKeyThePassphraseIsAskedFor();
    void withoutAKeychainTheUserChooses();
    void encryptAPlainWorkspaceInPlace();
    void replaceTheKeyAndWriteADecryptedCopy();

private:
    MainWindow::Environment environment()
    {
        MainWindow::Environment env;
        env.displayName = [] { return u"Tester"_s; };
        env.keychain = m_keychain.functions();
        return env;
    }
    void addMarkedSystem(MainWindow& window)
    {
        AiSystem s = AiSystem::withDefaults();
        s.set(u"code"_s, u"SEC-01"_s);
        s.set(u"name"_s, Marker);
        QVERIFY(SystemRepository(window.workspace()->connection()).create(s));
    }

    QTemporaryDir m_dir;
    FakeKeychain m_keychain;
};

void TestWorkspaceSecurity::init()
{
    m_keychain = FakeKeychain();
}

void TestWorkspaceSecurity::newWorkspacesAreEncryptedWithAKeychainKey()
{
    const QString path = m_dir.filePath(u"new.attest"_s);
    {
        MainWindow window(environment());
        QVERIFY(window.createWorkspace(path));
        QVERIFY(window.workspace()->isEncrypted());
        QCOMPARE(m_keychain.entries.size(), 1);
        QVERIFY(m_keychain.entries.contains(window.workspace()->id()));
        addMarkedSystem(window);
        QVERIFY(!fileContains(path, Marker));
        QVERIFY(!fileContains(path + u"-wal"_s, Marker));
    }
    // Reopened where the keychain holds the key: no question asked.
    MainWindow again(environment());
    QVERIFY(again.openWorkspace(path));
    QVERIFY(again.workspace()->isEncrypted());
    auto id = SystemRepository(again.workspace()->connection()).idForCode(u"SEC-01"_s);
    QVERIFY(id && id->has_value());
}

void TestWorkspaceSecurity::withoutTheKeyThePassphraseIsAskedFor()
{
    const QString path = m_dir.filePath(u"travelling.attest"_s);
    {
        MainWindow window(environment());
        QVERIFY(window.createWorkspace(path));
        addMarkedSystem(window);
        QVERIFY(window.workspace()->setRecoveryPassphrase(
            crypto::SecretBuffer::copyOf(QByteArrayView("correct horse battery"))));
    }
    const QByteArray before = readFile(path);
    m_keychain.entries.clear(); // another computer
    MainWindow window(environment());
    QLabel* problem = nullptr;
    Answers answers({typePassphrase(u"wrong guess, twice over"_s), [&](QWidget* dialog) {
                         problem = dialog->findChild<QLabel*>(u"passphraseProblem"_s);
                         QVERIFY(problem && problem->isVisible() && !problem->text().isEmpty());
                         // Nothing is cut off: every wrapped text has the height its width needs.
                         for (QLabel* label : dialog->findChildren<QLabel*>()) {
                             if (label->isVisible() && label->wordWrap()) {
                                 QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                                          qPrintable(label->text()));
                             }
                         }
                         typePassphrase(u"correct horse battery"_s)(dialog);
                     }});
    QVERIFY(window.openWorkspace(path));
    QVERIFY(answers.allGiven());
    QCOMPARE(answers.seen, QStringList({u"attest::ui::PassphraseDialog"_s, u"attest::ui::PassphraseDialog"_s}));
    auto id = SystemRepository(window.workspace()->connection()).idForCode(u"SEC-01"_s);
    QVERIFY(id && id->has_value());
    window.closeWorkspace();
    // The wrong passphrase changed nothing (opening read the file; only a checkpoint may have rewritten pages).
    QCOMPARE(readFile(path).size(), before.size());

    // Cancelled: nothing opens, no error box.
    MainWindow other(environment());
    Answers cancel({[](QWidget* dialog) { QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection); }});
    QVERIFY(!other.openWorkspace(path));
    QVERIFY(!other.workspace());
}

void TestWorkspaceSecurity::withoutAKeychainTheUserChooses()
{
    m_keychain.available = false;
    const QString withPassphrase = m_dir.filePath(u"passphrase-only.attest"_s);
    {
        MainWindow window(environment());
        Answers answers({press(u"Passphrase"_s), typePassphrase(u"a long enough passphrase"_s)});
        QVERIFY(window.createWorkspace(withPassphrase));
        QVERIFY(answers.allGiven());
        QVERIFY(window.workspace()->isEncrypted());
        QVERIFY(m_keychain.entries.isEmpty());
        auto info = Workspace::inspectEncryption(withPassphrase);
        QVERIFY(info && info->hasPassphraseSlot && !info->hasKeychainSlot);
    }
    const QString plain = m_dir.filePath(u"plain.attest"_s);
    MainWindow window(environment());
    Answers answers({press(u"Unencrypted"_s)});
    QVERIFY(window.createWorkspace(plain));
    QVERIFY(!window.workspace()->isEncrypted());
}

void TestWorkspaceSecurity::encryptAPlainWorkspaceInPlace()
{
    const QString path = m_dir.filePath(u"was-plain.attest"_s);
    {
        m_keychain.available = false;
        MainWindow window(environment());
        Answers answers({press(u"Unencrypted"_s)});
        QVERIFY(window.createWorkspace(path));
        addMarkedSystem(window);
    }
    QVERIFY(readFile(path).size() > 0);
    m_keychain.available = true;
    MainWindow window(environment());
    QVERIFY(window.openWorkspace(path));
    QVERIFY(!window.workspace()->isEncrypted());
    Answers answers({press(u"Encrypt This Workspace"_s), press(u"Keep It Beside"_s)});
    window.showSecurity();
    QVERIFY(answers.allGiven());
    QVERIFY(window.workspace() && window.workspace()->isEncrypted());
    QVERIFY(!fileContains(path, Marker));
    QVERIFY(m_keychain.entries.contains(window.workspace()->id()));
    auto id = SystemRepository(window.workspace()->connection()).idForCode(u"SEC-01"_s);
    QVERIFY(id && id->has_value());
    // The original was kept beside, as asked, and is still plain.
    const QString kept = m_dir.filePath(u"was-plain-unencrypted.attest"_s);
    QVERIFY(QFile::exists(kept));
    QVERIFY(fileContains(kept, Marker));
    QVERIFY(!QFile::exists(path + u".encrypting"_s));
}

void TestWorkspaceSecurity::replaceTheKeyAndWriteADecryptedCopy()
{
    const QString path = m_dir.filePath(u"rotate.attest"_s);
    MainWindow window(environment());
    QVERIFY(window.createWorkspace(path));
    addMarkedSystem(window);
    const QString id = window.workspace()->id();
    const QByteArray oldKey = m_keychain.entries.value(id);
    {
        Answers answers({press(u"Replace the Encryption Key"_s)});
        window.showSecurity();
        QVERIFY(answers.allGiven());
    }
    QVERIFY(window.workspace() && window.workspace()->isEncrypted());
    QVERIFY(m_keychain.entries.value(id) != oldKey);
    auto code = SystemRepository(window.workspace()->connection()).idForCode(u"SEC-01"_s);
    QVERIFY(code && code->has_value());
    // The old key opens nothing any more.
    {
        auto keys = std::make_shared<crypto::EncryptionKeys>();
        keys->keychainKey = crypto::SecretBuffer::copyOf(oldKey);
        Workspace::Options options;
        options.access = Workspace::Access::ReadOnly;
        options.encryption = keys;
        auto old = Workspace::open(path, options);
        QVERIFY(!old);
        QCOMPARE(old.error().code, ErrorCode::WrongKey);
    }

    const QString copy = m_dir.filePath(u"rotate-decrypted.attest"_s);
    QFile::remove(copy);
    Answers answers({press(u"Save a Decrypted Copy"_s),
                     [](QWidget* box) {
                         QMetaObject::invokeMethod(
                             qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes), "click", Qt::QueuedConnection);
                     },
                     [copy](QWidget* dialog) {
                         auto* files = qobject_cast<QFileDialog*>(dialog);
                         QVERIFY(files);
                         files->selectFile(copy);
                         QMetaObject::invokeMethod(files, "accept", Qt::QueuedConnection);
                     }});
    window.showSecurity();
    QVERIFY(answers.allGiven());
    QVERIFY(QFile::exists(copy));
    QVERIFY(fileContains(copy, Marker));
    // The export is in the audit trail, of the workspace and of the copy.
    QVERIFY(fileContains(copy, u"decrypted_copy"_s));
    auto head = window.workspace()->connection().auditHead();
    QVERIFY(head);
    Workspace::Options plainOptions;
    plainOptions.access = Workspace::Access::ReadOnly;
    auto plainCopy = Workspace::open(copy, plainOptions);
    QVERIFY(plainCopy);
    auto copyHead = (*plainCopy)->connection().auditHead();
    QVERIFY(copyHead);
    QCOMPARE(copyHead->seq, head->seq);
    QCOMPARE(copyHead->hash, head->hash);
}

QTEST_MAIN(TestWorkspaceSecurity)
#include "TestWorkspaceSecurity.moc"
