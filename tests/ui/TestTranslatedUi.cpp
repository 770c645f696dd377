// The main views in German and in French show no English: every visible widget text (labels, buttons, tabs,
// group titles, column headings, menus, placeholders, list entries) is checked against the English source texts
// of the translations and against a list of English words that are neither German nor French. Workspace data
// (system names, catalog titles) is not UI text and is not checked: item views are checked by their headings.

#include "MainWindow.h"
#include "TestSupport.h"
#include "common/Language.h"
#include "common/PreferencesDialog.h"
#include "demo/DemoWorkspace.h"
#include "inventory/SystemDialog.h"
#include "storage/SystemRepository.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

namespace {

QString normalized(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    text.replace(u"&&"_s, QString(QChar(0x1))).remove(u'&').replace(QChar(0x1), u'&');
    text = text.simplified();
    while (text.endsWith(u'…') || text.endsWith(u':') || text.endsWith(u'.')) {
        text.chop(1);
    }
    return text.trimmed();
}

// English words that a German or French UI never shows (words the three languages share, such as "Status",
// "Name", "Filter", "Dashboard", "Export", "Date", "Impact" or "Audit", are left out).
const QSet<QString>& englishWords()
{
    static const QSet<QString> words = {
        u"the"_s,       u"and"_s,         u"of"_s,           u"with"_s,       u"for"_s,      u"this"_s,
        u"is"_s,        u"are"_s,         u"not"_s,          u"yes"_s,        u"add"_s,      u"edit"_s,
        u"delete"_s,    u"remove"_s,      u"new"_s,          u"open"_s,       u"save"_s,     u"close"_s,
        u"show"_s,      u"search"_s,      u"owner"_s,        u"risks"_s,      u"risk"_s,     u"controls"_s,
        u"control"_s,   u"findings"_s,    u"finding"_s,      u"evidence"_s,   u"settings"_s, u"help"_s,
        u"file"_s,      u"view"_s,        u"due"_s,          u"created"_s,    u"updated"_s,  u"select"_s,
        u"all"_s,       u"none"_s,        u"report"_s,       u"reports"_s,    u"required"_s, u"likelihood"_s,
        u"treatment"_s, u"overdue"_s,     u"closed"_s,       u"unassigned"_s, u"loading"_s,  u"inventory"_s,
        u"catalog"_s,   u"catalogs"_s,    u"trail"_s,        u"workspace"_s,  u"level"_s,    u"residual"_s,
        u"inherent"_s,  u"requirement"_s, u"requirements"_s, u"coverage"_s,   u"owners"_s,   u"only"_s,
        u"by"_s,        u"from"_s,        u"when"_s,         u"what"_s,       u"who"_s,      u"which"_s,
        u"your"_s,      u"you"_s,         u"have"_s,         u"has"_s,        u"been"_s,     u"will"_s,
        u"there"_s,     u"mapped"_s,      u"assessed"_s,     u"approved"_s,   u"pending"_s,  u"high"_s,
        u"low"_s,       u"medium"_s,      u"quick"_s,
    };
    return words;
}

struct Catalog
{
    QSet<QString> exact;             // English sources whose translation differs
    QList<QRegularExpression> forms; // the same with placeholders (%1, %n) as wildcards
};

Catalog englishSources(const QString& tsFile)
{
    Catalog catalog;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return catalog;
    }
    static const QRegularExpression placeholder(u"%L?(\\d+|n)"_s);
    static const QRegularExpression word(u"[A-Za-z]{3,}"_s);
    auto add = [&](const QString& source, const QString& translated) {
        const QString english = normalized(source);
        if (english.isEmpty() || normalized(translated) == english) {
            return; // the same in both languages ("OK", "Status")
        }
        if (!english.contains(placeholder)) {
            catalog.exact.insert(english);
            return;
        }
        // Only forms with real words around the placeholders: "%1 %2" would match anything.
        QString words = english;
        words.remove(placeholder);
        if (words.count(word) < 2) {
            return;
        }
        QString pattern;
        const QStringList parts = english.split(placeholder);
        for (int p = 0; p < parts.size(); ++p) {
            pattern += QRegularExpression::escape(parts.at(p));
            if (p + 1 < parts.size()) {
                pattern += u".+?"_s;
            }
        }
        catalog.forms.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    };
    QXmlStreamReader xml(&file);
    QString source;
    QString translation;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"message"_s) {
            source.clear();
            translation.clear();
        } else if (xml.isStartElement() && xml.name() == u"source"_s) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"translation"_s) {
            // Plural forms are <numerusform> children: the first stands for all.
            translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            add(source, translation);
        }
    }
    return catalog;
}

struct Found
{
    QString where;
    QString text;
    bool wordsToo; // also check for English words (UI wording, not data)
};

void collect(QWidget* root, QList<Found>& out)
{
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root->window())) {
            continue;
        }
        const QString where = QString::fromLatin1(w->metaObject()->className()) + u" "_s + w->objectName();
        if (auto* label = qobject_cast<QLabel*>(w)) {
            // Labels that name a field are UI wording; other labels may show data (a system's name).
            out.append({where, label->text(), label->buddy() != nullptr});
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            out.append({where, button->text(), true});
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            out.append({where, group->title(), true});
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                out.append({where, tabs->tabText(i), true});
            }
        } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            out.append({where, edit->placeholderText(), true});
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                out.append({where, combo->itemText(i), false});
            }
        } else if (auto* header = qobject_cast<QHeaderView*>(w)) {
            if (QAbstractItemModel* model = header->model()) {
                const int n = header->orientation() == Qt::Horizontal ? model->columnCount() : 0;
                for (int s = 0; s < n; ++s) {
                    if (!header->isSectionHidden(s)) {
                        out.append({where, model->headerData(s, Qt::Horizontal).toString(), true});
                    }
                }
            }
        }
        if (auto* list = qobject_cast<QListWidget*>(w); list && list->objectName() == u"navigationList"_s) {
            for (int i = 0; i < list->count(); ++i) {
                out.append({where, list->item(i)->text(), true});
            }
        }
    }
}

void collectMenu(QMenu* menu, const QString& path, QList<Found>& out)
{
    out.append({path, menu->title(), true});
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (action->isSeparator()) {
            continue;
        }
        if (action->menu()) {
            collectMenu(action->menu(), path + u" > "_s + normalized(action->menu()->title()), out);
        } else if (!action->text().contains(u'/')) { // a recent workspace's path is not UI text
            out.append({path, action->text(), true});
        }
    }
}

} // namespace

class TestTranslatedUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainViewsShowNoEnglish_data();
    void mainViewsShowNoEnglish();
    void detectsEnglish();

private:
    QStringList problems(const QList<Found>& found, const Catalog& catalog) const;

    QTemporaryDir m_dir;
    QString m_db;
};

void TestTranslatedUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(m_db, testActor(), {}));
}

QStringList TestTranslatedUi::problems(const QList<Found>& found, const Catalog& catalog) const
{
    static const QRegularExpression wordPattern(u"[A-Za-z]+"_s);
    QStringList out;
    for (const Found& f : found) {
        const QString text = normalized(f.text);
        if (text.isEmpty()) {
            continue;
        }
        bool english = catalog.exact.contains(text);
        for (int i = 0; !english && i < catalog.forms.size(); ++i) {
            english = catalog.forms.at(i).match(text).hasMatch();
        }
        QString word;
        if (!english && f.wordsToo) {
            auto it = wordPattern.globalMatch(text);
            while (it.hasNext()) {
                const QString w = it.next().captured().toLower();
                if (englishWords().contains(w)) {
                    word = w;
                    english = true;
                    break;
                }
            }
        }
        if (english) {
            out << u"%1: “%2”%3"_s.arg(f.where, text, word.isEmpty() ? QString() : u" (“%1”)"_s.arg(word));
        }
    }
    out.removeDuplicates();
    return out;
}

void TestTranslatedUi::mainViewsShowNoEnglish_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("French") << u"fr"_s;
}

void TestTranslatedUi::mainViewsShowNoEnglish()
{
    QFETCH(QString, language);
    const QString ts = QStringLiteral(ATTEST_TS_DIR) + u"/attest_%1.ts"_s.arg(language);
    const Catalog catalog = englishSources(ts);
    QVERIFY2(catalog.exact.size() > 500, qPrintable(u"the English sources of %1 could not be read"_s.arg(ts)));

    // The translators the app installs, from the build's compiled .qm files.
    const QList<QTranslator*> before = QCoreApplication::instance()->findChildren<QTranslator*>();
    QCOMPARE(Language::install(*QCoreApplication::instance(), language, QStringLiteral(ATTEST_TRANSLATIONS_DIR)),
             language);
    QList<QTranslator*> installed = QCoreApplication::instance()->findChildren<QTranslator*>();
    for (QTranslator* t : before) {
        installed.removeAll(t);
    }
    QVERIFY2(!installed.isEmpty(), "no translator was installed");
    auto uninstall = qScopeGuard([&] {
        for (QTranslator* t : installed) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    });

    // Created in the language, as its user would: the default risk levels are named in it.
    const QString db = m_dir.filePath(u"demo-%1.attest"_s.arg(language));
    QVERIFY(DemoWorkspace::createFile(db, testActor(), {}));

    MainWindow::Environment env;
    env.displayName = [] { return u"Tester"_s; };
    env.setDisplayName = [](const QString&) {};
    MainWindow window(env);
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openWorkspace(db));

    QList<Found> found;
    const QList<QAction*> menus = window.menuBar()->actions();
    for (QAction* action : menus) {
        if (action->menu()) {
            collectMenu(action->menu(), normalized(action->menu()->title()), found);
        }
    }
    using Show = void (MainWindow::*)();
    const QList<Show> pages = {&MainWindow::showInventory,
                               &MainWindow::showAuditTrail,
                               &MainWindow::showCatalogs,
                               &MainWindow::showControls,
                               &MainWindow::showCompliance,
                               &MainWindow::showFindings,
                               &MainWindow::showRisks,
                               &MainWindow::showInterviews,
                               &MainWindow::showDashboard};
    for (Show show : pages) {
        (window.*show)();
        QCoreApplication::processEvents();
        collect(&window, found);
    }

    // Two dialogs people meet first: the form of a system and Preferences.
    SystemRepository repository(window.workspace()->connection());
    auto id = repository.idForCode(u"HR-CV-01"_s);
    QVERIFY(id && id->has_value());
    auto system = repository.get(**id);
    QVERIFY(system && system->has_value());
    {
        SystemDialog dialog(window.workspace()->connection(), **system, false, {}, &window);
        dialog.show();
        QCoreApplication::processEvents();
        collect(&dialog, found);
        found.append({u"SystemDialog"_s, dialog.windowTitle(), false});
    }
    {
        PreferencesDialog dialog({u"Tester"_s, QString(), Appearance::Scheme::System}, u"tester"_s, &window);
        dialog.show();
        QCoreApplication::processEvents();
        collect(&dialog, found);
        found.append({u"PreferencesDialog"_s, dialog.windowTitle(), true});
    }
    QVERIFY2(found.size() > 300, qPrintable(u"only %1 texts were found"_s.arg(found.size())));

    const QStringList english = problems(found, catalog);
    QVERIFY2(english.isEmpty(), qPrintable(u"English in the %1 UI:\n  "_s.arg(language) + english.join(u"\n  "_s)));
}

// The check itself finds English: the same views without a translator are full of it.
void TestTranslatedUi::detectsEnglish()
{
    const Catalog catalog = englishSources(QStringLiteral(ATTEST_TS_DIR) + u"/attest_de.ts"_s);
    MainWindow::Environment env;
    env.displayName = [] { return u"Tester"_s; };
    env.setDisplayName = [](const QString&) {};
    MainWindow window(env);
    window.show();
    QVERIFY(window.openWorkspace(m_db));
    window.showRisks();
    QCoreApplication::processEvents();
    QList<Found> found;
    collect(&window, found);
    const QStringList english = problems(found, catalog);
    QVERIFY2(english.size() > 10, qPrintable(english.join(u"\n"_s)));
    QVERIFY(!problems({{u"label"_s, u"Add a risk"_s, true}}, catalog).isEmpty());
    QVERIFY(problems({{u"label"_s, u"Risiko hinzufügen"_s, true}}, catalog).isEmpty());
}

QTEST_MAIN(TestTranslatedUi)
#include "TestTranslatedUi.moc"
