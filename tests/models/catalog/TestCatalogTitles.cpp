// Official titles in German and French (GDPR, EU AI Act): shipped as data, stored beside the English title of
// record without ever flagging a requirement as changed, and shown in the catalog language.

#include "TestSupport.h"
#include "audit/AuditVerifier.h"
#include "catalog/CatalogLoader.h"
#include "catalog/CatalogTitles.h"
#include "storage/CatalogRepository.h"
#include "storage/WriteTransaction.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestCatalogTitles : public QObject
{
    Q_OBJECT

private:
    QHash<QString, Requirement> byRef(Workspace& ws, const QString& frameworkKey);
    // How many requirements of `kind` in the framework have a title in `language`.
    int titled(Workspace& ws, const QString& frameworkKey, const QString& kind, const QString& language);
    // A copy of the shipped catalogs without any titles in other languages: the release before this one.
    QString releaseWithoutTitles();

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void countsPerLanguage();
    void officialTitlesSpotChecks();
    void loaderStoresTitlesBesideTheTitleOfRecord();
    void addingTitlesFlagsNoRequirementAsChanged();
    void titleFollowsTheCatalogLanguage();
    void languageCodes();
};

QHash<QString, Requirement> TestCatalogTitles::byRef(Workspace& ws, const QString& frameworkKey)
{
    QHash<QString, Requirement> map;
    CatalogRepository repo(ws.connection());
    auto framework = repo.framework(frameworkKey);
    if (!framework || !framework->has_value()) {
        return map;
    }
    auto list = repo.requirements((*framework)->id);
    for (const Requirement& r : list ? *list : QList<Requirement>()) {
        map.insert(r.ref, r);
    }
    return map;
}

int TestCatalogTitles::titled(Workspace& ws, const QString& frameworkKey, const QString& kind, const QString& language)
{
    const CatalogTitles titles(ws.connection(), language);
    int count = 0;
    for (const Requirement& r : byRef(ws, frameworkKey)) {
        if (r.kind == kind && titles.isLocalized(r.id)) {
            ++count;
        }
    }
    return count;
}

QString TestCatalogTitles::releaseWithoutTitles()
{
    const QString release = m_dir.filePath(u"without-titles"_s);
    QDirIterator files(CatalogLoader::defaultDirectory(), QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString source = files.next();
        if (!files.fileInfo().isFile()) {
            continue;
        }
        const QString target = release + source.mid(CatalogLoader::defaultDirectory().size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::exists(target)) {
            QFile::copy(source, target);
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        }
        if (!target.endsWith(u".json"_s) || target.contains(u"/mappings/"_s)) {
            continue;
        }
        QJsonObject root = QJsonDocument::fromJson(readFile(target)).object();
        QJsonArray nodes;
        bool hasTitles = false;
        for (const QJsonValue& v : root.value(u"nodes"_s).toArray()) {
            QJsonObject n = v.toObject();
            hasTitles = n.contains(u"titles"_s) || hasTitles;
            n.remove(u"titles"_s);
            nodes.append(n);
        }
        if (hasTitles) { // the other catalogs stay byte for byte the shipped ones
            root.insert(u"nodes"_s, nodes);
            writeFile(target, QJsonDocument(root).toJson());
        }
    }
    return release;
}

void TestCatalogTitles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = createWorkspace(m_dir.filePath(u"titles.attest"_s));
    QVERIFY(m_ws);
    auto report = CatalogLoader::sync(m_ws->connection());
    QVERIFY2(report, report ? "" : qPrintable(report.error().message + u' ' + report.error().detail));
}

void TestCatalogTitles::cleanup()
{
    CatalogTitles::setLanguage(u"en"_s);
}

void TestCatalogTitles::countsPerLanguage()
{
    // What resources/catalogs/titles ships: every title checked against a published text of the law; the others
    // show in English (see the README there).
    QCOMPARE(titled(*m_ws, u"gdpr"_s, u"article"_s, u"de"_s), 92);
    QCOMPARE(titled(*m_ws, u"gdpr"_s, u"article"_s, u"fr"_s), 96);
    QCOMPARE(titled(*m_ws, u"gdpr"_s, u"chapter"_s, u"de"_s), 10);
    QCOMPARE(titled(*m_ws, u"gdpr"_s, u"chapter"_s, u"fr"_s), 8);
    QCOMPARE(titled(*m_ws, u"gdpr"_s, u"section"_s, u"de"_s), 15);
    QCOMPARE(titled(*m_ws, u"gdpr"_s, u"section"_s, u"fr"_s), 6);
    QCOMPARE(titled(*m_ws, u"eu-ai-act"_s, u"article"_s, u"de"_s), 106);
    QCOMPARE(titled(*m_ws, u"eu-ai-act"_s, u"article"_s, u"fr"_s), 113);
    QCOMPARE(titled(*m_ws, u"eu-ai-act"_s, u"annex"_s, u"de"_s), 1);
    QCOMPARE(titled(*m_ws, u"eu-ai-act"_s, u"annex"_s, u"fr"_s), 2);
    QCOMPARE(titled(*m_ws, u"eu-ai-act"_s, u"chapter"_s, u"de"_s), 13);
    QCOMPARE(titled(*m_ws, u"eu-ai-act"_s, u"chapter"_s, u"fr"_s), 13);
    QCOMPARE(titled(*m_ws, u"eu-ai-act"_s, u"section"_s, u"de"_s), 15);
    QCOMPARE(titled(*m_ws, u"eu-ai-act"_s, u"section"_s, u"fr"_s), 15);
    // Only the EU laws have official German and French titles.
    for (const QString& key : {u"iso27001-2022"_s, u"hipaa"_s, u"nist-ai-rmf-1.0"_s, u"iso42001-2023"_s}) {
        for (const QString& kind : {u"clause"_s, u"control"_s, u"standard"_s, u"specification"_s}) {
            QCOMPARE(titled(*m_ws, key, kind, u"de"_s), 0);
        }
    }
}

void TestCatalogTitles::officialTitlesSpotChecks()
{
    const auto gdpr = byRef(*m_ws, u"gdpr"_s);
    const auto aiAct = byRef(*m_ws, u"eu-ai-act"_s);
    const CatalogTitles de(m_ws->connection(), u"de"_s);
    const CatalogTitles fr(m_ws->connection(), u"fr"_s);
    QCOMPARE(de.title(gdpr.value(u"Art. 5"_s)), u"Grundsätze für die Verarbeitung personenbezogener Daten"_s);
    QCOMPARE(fr.title(gdpr.value(u"Art. 5"_s)),
             u"Principes relatifs au traitement des données à caractère personnel"_s);
    QCOMPARE(de.title(gdpr.value(u"Art. 30"_s)), u"Verzeichnis von Verarbeitungstätigkeiten"_s);
    QCOMPARE(fr.title(gdpr.value(u"Art. 30"_s)), u"Registre des activités de traitement"_s);
    QCOMPARE(de.title(gdpr.value(u"Art. 17"_s)), u"Recht auf Löschung („Recht auf Vergessenwerden“)"_s);
    QCOMPARE(fr.title(gdpr.value(u"Art. 22"_s)), u"Décision individuelle automatisée, y compris le profilage"_s);
    QCOMPARE(de.title(gdpr.value(u"Art. 35"_s)), u"Datenschutz-Folgenabschätzung"_s);
    QCOMPARE(fr.title(gdpr.value(u"Art. 35"_s)), u"Analyse d'impact relative à la protection des données"_s);
    QCOMPARE(de.title(gdpr.value(u"Chapter IV"_s)), u"Verantwortlicher und Auftragsverarbeiter"_s);
    QCOMPARE(fr.title(gdpr.value(u"Chapter IV"_s)), u"Responsable du traitement et sous-traitant"_s);
    QCOMPARE(de.title(aiAct.value(u"Art. 5"_s)), u"Verbotene Praktiken im KI-Bereich"_s);
    QCOMPARE(de.title(aiAct.value(u"Art. 6"_s)), u"Einstufungsvorschriften für Hochrisiko-KI-Systeme"_s);
    QCOMPARE(de.title(aiAct.value(u"Art. 27"_s)), u"Grundrechte-Folgenabschätzung für Hochrisiko-KI-Systeme"_s);
    QCOMPARE(de.title(aiAct.value(u"Chapter III Section 2"_s)), u"Anforderungen an Hochrisiko-KI-Systeme"_s);
    QCOMPARE(de.title(gdpr.value(u"Art. 57"_s)), u"Aufgaben"_s);
    QCOMPARE(
        de.title(gdpr.value(u"Art. 60"_s)),
        u"Zusammenarbeit zwischen der federführenden Aufsichtsbehörde und den anderen betroffenen Aufsichtsbehörden"_s);
    QCOMPARE(de.title(gdpr.value(u"Chapter VII Section 3"_s)), u"Europäischer Datenschutzausschuss"_s);
    QCOMPARE(fr.title(gdpr.value(u"Art. 45"_s)), u"Transferts fondés sur une décision d'adéquation"_s);
    QCOMPARE(fr.title(gdpr.value(u"Art. 83"_s)), u"Conditions générales pour imposer des amendes administratives"_s);
    QCOMPARE(fr.title(gdpr.value(u"Chapter VIII"_s)), u"Voies de recours, responsabilité et sanctions"_s);
    QCOMPARE(de.title(aiAct.value(u"Art. 64"_s)), u"Büro für Künstliche Intelligenz"_s);
    QCOMPARE(de.title(aiAct.value(u"Art. 113"_s)), u"Inkrafttreten und Geltungsbeginn"_s);
    QCOMPARE(de.title(aiAct.value(u"Chapter IX Section 4"_s)), u"Rechtsbehelfe"_s);
    QCOMPARE(de.title(aiAct.value(u"Art. 70"_s)),
             u"Benennung von zuständigen nationalen Behörden und zentrale Anlaufstelle"_s);
    QCOMPARE(fr.title(aiAct.value(u"Art. 6"_s)),
             u"Règles relatives à la classification de systèmes d'IA comme systèmes à haut risque"_s);
    QCOMPARE(fr.title(aiAct.value(u"Art. 20"_s)), u"Mesures corrective et devoir d'information"_s); // sic, as in the OJ
    QCOMPARE(fr.title(aiAct.value(u"Art. 66"_s)), u"Tâches du Comité IA"_s);
    QCOMPARE(fr.title(aiAct.value(u"Chapter IX"_s)),
             u"Surveillance après commercialisation, partage d'informations et surveillance du marché"_s);
    // The English titles of record are untouched.
    QCOMPARE(gdpr.value(u"Art. 30"_s).title, u"Records of processing activities"_s);
    QCOMPARE(aiAct.value(u"Art. 6"_s).title, u"Classification rules for high-risk AI systems"_s);
}

void TestCatalogTitles::loaderStoresTitlesBesideTheTitleOfRecord()
{
    const Requirement art30 = byRef(*m_ws, u"gdpr"_s).value(u"Art. 30"_s);
    auto titles = CatalogTitles::titlesOf(m_ws->connection(), art30.id);
    QVERIFY(titles);
    QCOMPARE(titles->keys(), (QStringList{u"de"_s, u"fr"_s}));
    QCOMPARE(titles->value(u"de"_s), u"Verzeichnis von Verarbeitungstätigkeiten"_s);
    // An imported-style node without titles has none; storing replaces, and English is never stored.
    const Requirement a51 = byRef(*m_ws, u"iso27001-2022"_s).value(u"A.5.1"_s);
    auto none = CatalogTitles::titlesOf(m_ws->connection(), a51.id);
    QVERIFY(none && none->isEmpty());
    auto stored = m_ws->connection().write(u"titles"_s, [&](WriteTransaction& txn) -> Result<void> {
        return CatalogTitles::store(
            txn, m_ws->connection(), a51.id, {{u"en"_s, u"Policies"_s}, {u"de"_s, u" Leitlinien "_s}, {u"fr"_s, {}}});
    });
    QVERIFY(stored);
    QCOMPARE(*CatalogTitles::titlesOf(m_ws->connection(), a51.id),
             (QMap<QString, QString>{{u"de"_s, u"Leitlinien"_s}}));
    QVERIFY(m_ws->connection().write(u"titles"_s, [&](WriteTransaction& txn) -> Result<void> {
        return CatalogTitles::store(txn, m_ws->connection(), a51.id, {});
    }));
    QVERIFY(CatalogTitles::titlesOf(m_ws->connection(), a51.id)->isEmpty());
}

void TestCatalogTitles::addingTitlesFlagsNoRequirementAsChanged()
{
    // A workspace that holds the catalogs of the release before the titles (as an existing workspace does after the
    // schema upgrade), then gets the shipped release: the titles arrive, nothing is flagged.
    QTemporaryDir dir;
    auto ws = createWorkspace(dir.filePath(u"upgraded.attest"_s));
    QVERIFY(ws);
    const QString before = releaseWithoutTitles();
    auto first = CatalogLoader::sync(ws->connection(), before);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QCOMPARE(titled(*ws, u"gdpr"_s, u"article"_s, u"de"_s), 0);
    const auto gdprBefore = byRef(*ws, u"gdpr"_s);
    const qint64 headBefore = ws->connection().auditHead()->seq;

    auto needed = CatalogLoader::needsSync(ws->connection());
    QVERIFY(needed && *needed);
    auto report = CatalogLoader::sync(ws->connection());
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->requirementsChanged, 0);
    QCOMPARE(report->requirementsAdded, 0);
    QCOMPARE(report->requirementsWithdrawn, 0);
    QCOMPARE(report->frameworksUpdated, 2); // the GDPR and the EU AI Act: their files changed
    for (const QString& key : {u"gdpr"_s, u"eu-ai-act"_s}) {
        for (const Requirement& r : byRef(*ws, key)) {
            QVERIFY2(r.status == u"current"_s, qPrintable(key + u' ' + r.ref + u' ' + r.status));
        }
    }
    // Same identities and titles of record; only the two framework records were rewritten (their release).
    const auto gdprAfter = byRef(*ws, u"gdpr"_s);
    QCOMPARE(gdprAfter.value(u"Art. 30"_s).id, gdprBefore.value(u"Art. 30"_s).id);
    QCOMPARE(gdprAfter.value(u"Art. 30"_s).title, gdprBefore.value(u"Art. 30"_s).title);
    QCOMPARE(ws->connection().auditHead()->seq, headBefore + 2);
    QCOMPARE(titled(*ws, u"gdpr"_s, u"article"_s, u"de"_s), 92);
    auto verified = AuditVerifier::verify(ws->connection());
    QVERIFY2(verified && verified->intact, qPrintable(verified->summary()));

    // Syncing again changes nothing.
    auto again = CatalogLoader::sync(ws->connection());
    QVERIFY(again && !again->changedAnything());
}

void TestCatalogTitles::titleFollowsTheCatalogLanguage()
{
    const auto gdpr = byRef(*m_ws, u"gdpr"_s);
    const Requirement art30 = gdpr.value(u"Art. 30"_s);
    const Requirement aiAnnex4 = byRef(*m_ws, u"eu-ai-act"_s).value(u"Annex IV"_s);

    QCOMPARE(CatalogTitles::language(), u"en"_s);
    QCOMPARE(CatalogTitles(m_ws->connection()).title(art30), u"Records of processing activities"_s);
    QCOMPARE(CatalogTitles::lookup(m_ws->connection(), art30.id, art30.title), art30.title);

    CatalogTitles::setLanguage(u"de"_s);
    const CatalogTitles de(m_ws->connection());
    QCOMPARE(de.languageCode(), u"de"_s);
    QCOMPARE(de.title(art30), u"Verzeichnis von Verarbeitungstätigkeiten"_s);
    QVERIFY(de.isLocalized(art30.id));
    QCOMPARE(de.titleWithOfficial(art30),
             u"Verzeichnis von Verarbeitungstätigkeiten (Records of processing activities)"_s);
    QCOMPARE(de.officialTooltip(art30), u"Official title: Records of processing activities"_s);
    QCOMPARE(CatalogTitles::lookup(m_ws->connection(), art30.id, art30.title),
             u"Verzeichnis von Verarbeitungstätigkeiten"_s);
    // No German title shipped: the official English one, alone.
    QCOMPARE(de.title(aiAnnex4), aiAnnex4.title);
    QVERIFY(!de.isLocalized(aiAnnex4.id));
    QCOMPARE(de.titleWithOfficial(aiAnnex4), aiAnnex4.title);
    QVERIFY(de.officialTooltip(aiAnnex4).isEmpty());

    // A language without titles, and no workspace at all: the official titles.
    QCOMPARE(CatalogTitles(m_ws->connection(), u"it"_s).title(art30), art30.title);
    QCOMPARE(CatalogTitles().title(art30), art30.title);
}

void TestCatalogTitles::languageCodes()
{
    CatalogTitles::setLanguage(u"de_CH"_s);
    QCOMPARE(CatalogTitles::language(), u"de"_s);
    CatalogTitles::setLanguage(u"fr-BE"_s);
    QCOMPARE(CatalogTitles::language(), u"fr"_s);
    CatalogTitles::setLanguage(QString());
    QCOMPARE(CatalogTitles::language(), u"en"_s);
    QCOMPARE(CatalogTitles::languageOf(QLocale(QLocale::German, QLocale::Austria)), u"de"_s);
    QCOMPARE(CatalogTitles::languageOf(QLocale(QLocale::French)), u"fr"_s);
    QCOMPARE(CatalogTitles::languageOf(QLocale::c()), u"en"_s);
}

QTEST_GUILESS_MAIN(TestCatalogTitles)
#include "TestCatalogTitles.moc"
