// The AI system repository: audited create/update/retire/remove/restore, validation that writes nothing, unique
// codes regardless of case, normalised choice values, and filtering and sorting in SQL. Also the change log.

#include "TestSupport.h"
#include "audit/AuditVerifier.h"
#include "storage/AuditRepository.h"
#include "storage/ChangeLogRepository.h"
#include "storage/SystemRepository.h"

#include <QLocale>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

AiSystem makeSystem(const QString& code, const QString& name, const QMap<QString, QString>& extra = {})
{
    AiSystem s = AiSystem::withDefaults();
    s.set(u"code"_s, code);
    s.set(u"name"_s, name);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        s.set(it.key(), it.value());
    }
    return s;
}

} // namespace

class TestSystemRepository : public QObject
{
    Q_OBJECT

private:
    qint64 create(const QString& code, const QString& name, const QMap<QString, QString>& extra = {});
    qint64 headSeq();
    QList<AuditEventRecord> newestEvents(int n);
    // Codes of the systems `query` lists, in order.
    QStringList codes(const SystemQuery& query);

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<SystemRepository> m_repo;

private Q_SLOTS:
    void init();
    void cleanup();

    void createAndGet();
    void updateRecordsOnlyRealChanges();
    void retire();
    void missingSystems();
    void validationWritesNothing_data();
    void validationWritesNothing();
    void invalidUpdateWritesNothing();
    void duplicateCodesAreRefusedIgnoringCase_data();
    void duplicateCodesAreRefusedIgnoringCase();
    void codesAreAscii_data();
    void codesAreAscii();
    void renamingOntoAnotherCodeIsRefused();
    void choiceLabelsAreNormalisedToCodes();
    void removeDeletesChangeLogFirst();
    void restoreRecreatesUnderOldId();
    void lookups();
    void filterMatchesEveryWord_data();
    void filterMatchesEveryWord();
    void filterTreatsWildcardsLiterally();
    void includeRetired();
    void sortByName();
    void sortByLifecycleFollowsStageOrder();
    void sortByNextReviewPutsUndatedLast();
    void changeLogValidationAndOrder();
    void changeLogUpdateAndRemove();
};

void TestSystemRepository::init()
{
    QVERIFY(m_dir.isValid());
    m_clock.set(1767225600000);
    static int counter = 0;
    m_ws = createWorkspace(
        m_dir.filePath(u"repo-%1-%2.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++counter)),
        &m_clock);
    QVERIFY(m_ws);
    m_repo = std::make_unique<SystemRepository>(m_ws->connection());
}

void TestSystemRepository::cleanup()
{
    m_repo.reset();
    m_ws.reset();
}

qint64 TestSystemRepository::create(const QString& code, const QString& name, const QMap<QString, QString>& extra)
{
    auto id = m_repo->create(makeSystem(code, name, extra));
    if (!id) {
        QTest::qFail(qPrintable(u"create %1 failed: %2"_s.arg(code, id.error().message)), __FILE__, __LINE__);
        return 0;
    }
    return *id;
}

qint64 TestSystemRepository::headSeq()
{
    auto head = m_ws->connection().auditHead();
    return head ? head->seq : -1;
}

QList<AuditEventRecord> TestSystemRepository::newestEvents(int n)
{
    auto events = AuditRepository(m_ws->connection()).page({}, 0, n);
    return events ? *events : QList<AuditEventRecord>();
}

QStringList TestSystemRepository::codes(const SystemQuery& query)
{
    auto ids = m_repo->ids(query);
    if (!ids) {
        return {u"<error: %1>"_s.arg(ids.error().message)};
    }
    auto systems = m_repo->fetch(*ids);
    if (!systems) {
        return {u"<error: %1>"_s.arg(systems.error().message)};
    }
    QStringList list;
    for (const AiSystem& s : *systems) {
        list << s.code();
    }
    return list;
}

void TestSystemRepository::createAndGet()
{
    const qint64 id = create(u"  FRAUD-01 "_s,
                             u" Fraud detection "_s,
                             {{u"business_owner"_s, u"Payments"_s},
                              {u"description"_s, u"  Line one\nline two  "_s},
                              {u"next_review"_s, u"2026-06-30"_s}});
    QVERIFY(id > 0);
    QCOMPARE(headSeq(), 1);
    auto got = m_repo->get(id);
    QVERIFY(got);
    QVERIFY(got->has_value());
    const AiSystem& s = **got;
    QCOMPARE(s.id, id);
    QCOMPARE(s.code(), u"FRAUD-01"_s);                                // single-line text is trimmed
    QCOMPARE(s.name(), u"Fraud detection"_s);                         // ditto
    QCOMPARE(s.value(u"description"_s), u"  Line one\nline two  "_s); // free text is kept exactly
    QCOMPARE(s.value(u"business_owner"_s), u"Payments"_s);
    QCOMPARE(s.lifecycle(), u"idea"_s);                        // defaults
    QCOMPARE(s.value(u"automated_decisions"_s), u"unknown"_s); // ditto
    QCOMPARE(s.nextReview(), QDate(2026, 6, 30));
    QCOMPARE(s.createdMs, m_clock.nowMs());
    QCOMPARE(s.updatedMs, m_clock.nowMs());
    QCOMPARE(s.title(), u"FRAUD-01 Fraud detection"_s);

    const QList<AuditEventRecord> events = newestEvents(10);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().action, u"create"_s);
    QCOMPARE(events.first().entityType, u"ai_system"_s);
    QCOMPARE(events.first().entityId, id);
    QCOMPARE(events.first().reason, u"Create AI system FRAUD-01"_s);
    QCOMPARE(m_repo->count(false).value(), 1);
}

void TestSystemRepository::updateRecordsOnlyRealChanges()
{
    const qint64 id = create(u"CHAT-01"_s, u"Chatbot"_s, {{u"business_owner"_s, u"Service"_s}});
    m_clock.advance(1000);
    auto changed = m_repo->update(id, {{u"business_owner"_s, u"Customer Service"_s}, {u"name"_s, u"Chatbot"_s}});
    QVERIFY(changed);
    QVERIFY(*changed);
    QCOMPARE(headSeq(), 2);
    const AuditEventRecord e = newestEvents(1).first();
    QCOMPARE(e.action, u"update"_s);
    QCOMPARE(e.reason, u"Edit AI system CHAT-01"_s);
    // Only the field that changed, with before and after.
    QCOMPARE(e.fieldChanges().size(), 1);
    QCOMPARE(e.fieldChanges().first().field, u"business_owner"_s);
    QCOMPARE(e.fieldChanges().first().before.toString(), u"Service"_s);
    QCOMPARE(e.fieldChanges().first().after.toString(), u"Customer Service"_s);
    auto got = m_repo->get(id);
    QVERIFY(got && got->has_value());
    QCOMPARE((*got)->value(u"business_owner"_s), u"Customer Service"_s);
    QCOMPARE((*got)->updatedMs, m_clock.nowMs());
    QCOMPARE((*got)->createdMs, m_clock.nowMs() - 1000);

    // The same values again (also spelled differently but normalising to the same): no change, no event.
    auto same = m_repo->update(id, {{u"business_owner"_s, u" Customer Service "_s}, {u"lifecycle"_s, u"Idea"_s}});
    QVERIFY(same);
    QVERIFY(!*same);
    QCOMPARE(headSeq(), 2);

    // A caller-supplied reason is recorded.
    QVERIFY(m_repo->update(id, {{u"notes"_s, u"x"_s}}, u"Bulk edit"_s));
    QCOMPARE(newestEvents(1).first().reason, u"Bulk edit"_s);
}

void TestSystemRepository::retire()
{
    const qint64 id = create(u"OLD-01"_s, u"Old"_s, {{u"lifecycle"_s, u"production"_s}});
    QVERIFY(m_repo->retire(id));
    auto got = m_repo->get(id);
    QVERIFY(got && got->has_value());
    QVERIFY((*got)->isRetired());
    const AuditEventRecord e = newestEvents(1).first();
    QCOMPARE(e.reason, u"Retire AI system OLD-01"_s);
    QCOMPARE(e.fieldChanges().size(), 1);
    QCOMPARE(e.fieldChanges().first().before.toString(), u"production"_s);
    QCOMPARE(e.fieldChanges().first().after.toString(), u"retired"_s);
    QCOMPARE(m_repo->count(false).value(), 0);
    QCOMPARE(m_repo->count(true).value(), 1);
}

void TestSystemRepository::missingSystems()
{
    const qint64 id = create(u"A-1"_s, u"A"_s);
    const qint64 head = headSeq();
    auto none = m_repo->get(id + 100);
    QVERIFY(none);
    QVERIFY(!none->has_value());
    auto updated = m_repo->update(id + 100, {{u"name"_s, u"X"_s}});
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, ErrorCode::NotFound);
    auto retired = m_repo->retire(id + 100);
    QVERIFY(!retired);
    QCOMPARE(retired.error().code, ErrorCode::NotFound);
    auto removed = m_repo->remove(id + 100);
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, ErrorCode::NotFound);
    QCOMPARE(headSeq(), head);
}

void TestSystemRepository::validationWritesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing code") << u"code"_s << u"  "_s << u"Code is required."_s;
    QTest::newRow("missing name") << u"name"_s << QString() << u"Name is required."_s;
    QTest::newRow("code with a space") << u"code"_s << u"FRAUD 01"_s << u"may only contain"_s;
    QTest::newRow("code starting with a dash") << u"code"_s << u"-X"_s << u"may only contain"_s;
    QTest::newRow("code too long") << u"code"_s << QString(41, u'A') << u"too long"_s;
    QTest::newRow("name on two lines") << u"name"_s << u"one\ntwo"_s << u"single line"_s;
    QTest::newRow("impossible date") << u"next_review"_s << u"2026-02-30"_s << u"not a date"_s;
    QTest::newRow("not ISO date") << u"next_review"_s << u"30/06/2026"_s << u"not a date"_s;
    QTest::newRow("invalid lifecycle") << u"lifecycle"_s << u"launched"_s << u"“launched” is not one of"_s;
    QTest::newRow("invalid tier") << u"ai_act_tier"_s << u"very high"_s << u"“very high” is not one of"_s;
    QTest::newRow("invalid category") << u"data_categories"_s << u"personal,secret"_s << u"“secret”"_s;
    QTest::newRow("none with personal") << u"data_categories"_s << u"none, personal"_s << u"cannot be combined"_s;
    QTest::newRow("none label with code") << u"data_categories"_s << u"None of these;phi"_s << u"cannot be combined"_s;
    QTest::newRow("component without kind") << u"components"_s << u"Llama 3"_s << u"kind: name"_s;
    QTest::newRow("unknown component kind") << u"components"_s << u"gizmo: X"_s << u"not a kind of component"_s;
    QTest::newRow("unknown field") << u"colour"_s << u"blue"_s << u"not a field"_s;
}

void TestSystemRepository::validationWritesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    create(u"EXISTING"_s, u"Existing"_s);
    const qint64 head = headSeq();
    AiSystem s = makeSystem(u"NEW-01"_s, u"New"_s);
    s.set(field, value);
    auto created = m_repo->create(s);
    QVERIFY(!created);
    QCOMPARE(created.error().code, ErrorCode::Validation);
    QVERIFY2(created.error().message.contains(message), qPrintable(created.error().message));
    QCOMPARE(headSeq(), head);
    QCOMPARE(m_repo->count(true).value(), 1);
}

void TestSystemRepository::invalidUpdateWritesNothing()
{
    const qint64 id = create(u"A-1"_s, u"Alpha"_s, {{u"data_categories"_s, u"personal"_s}});
    const qint64 head = headSeq();
    const QList<QMap<QString, QString>> bad{
        {{u"name"_s, QString()}},
        {{u"next_review"_s, u"2026-13-01"_s}},
        {{u"lifecycle"_s, u"launched"_s}},
        {{u"data_categories"_s, u"none"_s}, {u"notes"_s, u"fine"_s}, {u"code"_s, u"A 1"_s}},
        {{u"data_categories"_s, u"personal,none"_s}},
    };
    for (const auto& changes : bad) {
        auto updated = m_repo->update(id, changes);
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, ErrorCode::Validation);
    }
    QCOMPARE(headSeq(), head);
    auto got = m_repo->get(id);
    QVERIFY(got && got->has_value());
    QCOMPARE((*got)->name(), u"Alpha"_s);
    QCOMPARE((*got)->value(u"notes"_s), QString());
    QCOMPARE((*got)->value(u"data_categories"_s), u"personal"_s);
}

void TestSystemRepository::duplicateCodesAreRefusedIgnoringCase_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("duplicate");

    QTest::newRow("same") << u"FRAUD-01"_s << u"FRAUD-01"_s;
    QTest::newRow("lower case") << u"FRAUD-01"_s << u"fraud-01"_s;
    QTest::newRow("mixed case, padded") << u"Fraud-01"_s << u"  fRAUD-01 "_s;
}

void TestSystemRepository::duplicateCodesAreRefusedIgnoringCase()
{
    QFETCH(QString, existing);
    QFETCH(QString, duplicate);
    create(existing, u"First"_s);
    const qint64 head = headSeq();
    auto second = m_repo->create(makeSystem(duplicate, u"Second"_s));
    QVERIFY2(!second, qPrintable(u"“%1” was accepted next to “%2”"_s.arg(duplicate, existing)));
    QCOMPARE(second.error().code, ErrorCode::Validation);
    QVERIFY2(second.error().message.contains(u"already used"_s), qPrintable(second.error().message));
    QCOMPARE(headSeq(), head);
    QCOMPARE(m_repo->count(true).value(), 1);
}

void TestSystemRepository::codesAreAscii_data()
{
    QTest::addColumn<QString>("code");
    // Case-insensitive uniqueness of non-ASCII letters would differ between SQLite, Qt and spreadsheets; codes
    // are therefore ASCII identifiers (names and every other field take any text).
    QTest::newRow("umlaut") << u"ÄRZTE-1"_s;
    QTest::newRow("Greek") << u"ΣΥΣΤΗΜΑ-1"_s;
    QTest::newRow("space") << u"FRAUD 01"_s;
    QTest::newRow("leading dash") << u"-FRAUD"_s;
}

void TestSystemRepository::codesAreAscii()
{
    QFETCH(QString, code);
    const qint64 head = headSeq();
    auto created = m_repo->create(makeSystem(code, u"Name with Zoë and Ελληνικά is fine"_s));
    QVERIFY(!created);
    QCOMPARE(created.error().code, ErrorCode::Validation);
    QVERIFY2(created.error().message.contains(u"A–Z"_s), qPrintable(created.error().message));
    QCOMPARE(headSeq(), head);
}

void TestSystemRepository::renamingOntoAnotherCodeIsRefused()
{
    create(u"FRAUD-01"_s, u"Fraud"_s);
    const qint64 b = create(u"CHAT-01"_s, u"Chat"_s);
    const qint64 head = headSeq();
    auto renamed = m_repo->update(b, {{u"code"_s, u"fraud-01"_s}});
    QVERIFY(!renamed);
    QCOMPARE(renamed.error().code, ErrorCode::Validation);
    QCOMPARE(headSeq(), head);
    // Changing the capitalisation of one's own code is allowed.
    auto recased = m_repo->update(b, {{u"code"_s, u"Chat-01"_s}});
    QVERIFY2(recased, recased ? "" : qPrintable(recased.error().message));
    QVERIFY(*recased);
    QCOMPARE(m_repo->get(b).value()->code(), u"Chat-01"_s);
}

void TestSystemRepository::choiceLabelsAreNormalisedToCodes()
{
    const qint64 id = create(u"NORM-1"_s,
                             u"Normalised"_s,
                             {{u"lifecycle"_s, u"Production"_s},
                              {u"deployment"_s, u"Third-party API / SaaS"_s},
                              {u"model_type"_s, u"generative / llm"_s},
                              {u"provider_kind"_s, u"IN_HOUSE"_s},
                              {u"ai_act_tier"_s, u"high risk"_s},
                              {u"human_oversight"_s, u"Human in the loop"_s},
                              {u"automated_decisions"_s, u"No"_s},
                              {u"criticality"_s, u" critical "_s},
                              {u"data_categories"_s, u"Confidential business data; Personal data,personal"_s},
                              {u"monitoring"_s, u"performance\nDRIFT"_s},
                              {u"tags"_s, u" fraud ,  Payments,,FRAUD, card  fraud "_s},
                              {u"components"_s, u"\n  Model :  Llama 3.1 8B \r\nLIBRARY: scikit-learn\n"_s}});
    auto got = m_repo->get(id);
    QVERIFY(got && got->has_value());
    const AiSystem& s = **got;
    QCOMPARE(s.lifecycle(), u"production"_s);
    QCOMPARE(s.value(u"deployment"_s), u"third_party_api"_s);
    QCOMPARE(s.value(u"model_type"_s), u"generative"_s);
    QCOMPARE(s.value(u"provider_kind"_s), u"in_house"_s);
    QCOMPARE(s.value(u"ai_act_tier"_s), u"high"_s);
    QCOMPARE(s.value(u"human_oversight"_s), u"in_the_loop"_s);
    QCOMPARE(s.value(u"automated_decisions"_s), u"no"_s);
    QCOMPARE(s.value(u"criticality"_s), u"critical"_s);
    QCOMPARE(s.value(u"data_categories"_s), u"personal,confidential"_s); // declaration order, no duplicates
    QCOMPARE(s.value(u"monitoring"_s), u"drift,performance"_s);
    QCOMPARE(s.value(u"tags"_s), u"fraud, Payments, card fraud"_s);
    QCOMPARE(s.value(u"components"_s), u"model: Llama 3.1 8B\nlibrary: scikit-learn"_s);

    // The audit event records the stored (normalised) values too.
    const QList<FieldChange> changes = newestEvents(1).first().fieldChanges();
    bool sawTier = false;
    for (const FieldChange& c : changes) {
        if (c.field == u"ai_act_tier"_s) {
            QCOMPARE(c.after.toString(), u"high"_s);
            sawTier = true;
        }
    }
    QVERIFY(sawTier);

    // Updates normalise as well, and record the code.
    QVERIFY(m_repo->update(id, {{u"lifecycle"_s, u"Validation"_s}}));
    QCOMPARE(m_repo->get(id).value()->lifecycle(), u"validation"_s);
    QCOMPARE(newestEvents(1).first().fieldChanges().first().after.toString(), u"validation"_s);
}

void TestSystemRepository::removeDeletesChangeLogFirst()
{
    const qint64 keep = create(u"KEEP-1"_s, u"Keep"_s);
    const qint64 id = create(u"GONE-1"_s, u"Gone"_s, {{u"notes"_s, u"some notes"_s}});
    ChangeLogRepository log(m_ws->connection());
    auto first = log.add(SystemChange{0, id, u"2026-01-05"_s, u"v1"_s, u"First"_s, u"A"_s}, u"GONE-1"_s);
    auto second = log.add(SystemChange{0, id, u"2026-02-05"_s, u"v2"_s, u"Second"_s, u"B"_s}, u"GONE-1"_s);
    auto other = log.add(SystemChange{0, keep, u"2026-02-05"_s, u"v9"_s, u"Other"_s, {}}, u"KEEP-1"_s);
    QVERIFY(first && second && other);
    const qint64 head = headSeq();

    QVERIFY(m_repo->remove(id));
    QCOMPARE(headSeq(), head + 3);
    const QList<AuditEventRecord> events = newestEvents(3);
    // Oldest first: the two change-log entries, then the system itself, all one user action.
    QCOMPARE(events.at(2).action, u"delete"_s);
    QCOMPARE(events.at(2).entityType, u"system_change"_s);
    QCOMPARE(events.at(1).action, u"delete"_s);
    QCOMPARE(events.at(1).entityType, u"system_change"_s);
    QCOMPARE((QSet<qint64>{events.at(2).entityId, events.at(1).entityId}), (QSet<qint64>{*first, *second}));
    QCOMPARE(events.at(0).action, u"delete"_s);
    QCOMPARE(events.at(0).entityType, u"ai_system"_s);
    QCOMPARE(events.at(0).entityId, id);
    QCOMPARE(events.at(0).reason, u"Delete AI system GONE-1"_s);
    QCOMPARE(events.at(0).batch, events.at(1).batch);
    QCOMPARE(events.at(0).batch, events.at(2).batch);
    // The delete event keeps what was deleted.
    bool sawNotes = false;
    for (const FieldChange& c : events.at(0).fieldChanges()) {
        QVERIFY(c.after.isNull());
        if (c.field == u"notes"_s) {
            QCOMPARE(c.before.toString(), u"some notes"_s);
            sawNotes = true;
        }
    }
    QVERIFY(sawNotes);

    auto gone = m_repo->get(id);
    QVERIFY(gone && !gone->has_value());
    auto entries = log.forSystem(id);
    QVERIFY(entries);
    QVERIFY(entries->isEmpty());
    // The other system's log is untouched.
    auto kept = log.forSystem(keep);
    QVERIFY(kept);
    QCOMPARE(kept->size(), 1);
    auto verified = AuditVerifier::verify(m_ws->connection());
    QVERIFY(verified && verified->intact);
}

void TestSystemRepository::restoreRecreatesUnderOldId()
{
    const qint64 id = create(u"UNDO-1"_s, u"Undo me"_s, {{u"lifecycle"_s, u"validation"_s}, {u"notes"_s, u"n"_s}});
    create(u"LATER-1"_s, u"Later"_s);
    auto before = m_repo->get(id);
    QVERIFY(before && before->has_value());
    const AiSystem original = **before;
    QVERIFY(m_repo->remove(id));
    QVERIFY(!m_repo->get(id).value().has_value());

    const qint64 head = headSeq();
    QVERIFY(m_repo->restore(original, {}, u"Undo delete of UNDO-1"_s));
    QCOMPARE(headSeq(), head + 1);
    auto restored = m_repo->get(id);
    QVERIFY(restored && restored->has_value());
    QCOMPARE((*restored)->id, id);
    QCOMPARE((*restored)->values, original.values);
    const AuditEventRecord e = newestEvents(1).first();
    QCOMPARE(e.action, u"create"_s);
    QCOMPARE(e.entityId, id);
    QCOMPARE(e.reason, u"Undo delete of UNDO-1"_s);

    // Restoring what exists is refused and writes nothing.
    auto again = m_repo->restore(original, {}, u"again"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(headSeq(), head + 1);

    // Restoring under a code another system took meanwhile is refused too.
    QVERIFY(m_repo->remove(id));
    create(u"undo-1"_s, u"Squatter"_s);
    const qint64 head2 = headSeq();
    auto clash = m_repo->restore(original, {}, u"Undo"_s);
    QVERIFY(!clash);
    QCOMPARE(clash.error().code, ErrorCode::Validation);
    QCOMPARE(headSeq(), head2);
}

void TestSystemRepository::lookups()
{
    const qint64 a = create(u"b-2"_s, u"Bee"_s);
    const qint64 b = create(u"A-10"_s, u"Ay ten"_s);
    const qint64 c = create(u"A-9"_s, u"Ay nine"_s);
    auto found = m_repo->idForCode(u" B-2 "_s);
    QVERIFY(found && found->has_value());
    QCOMPARE(**found, a);
    auto missing = m_repo->idForCode(u"B-3"_s);
    QVERIFY(missing && !missing->has_value());

    auto index = m_repo->codeIndex();
    QVERIFY(index);
    QCOMPARE(index->size(), 3);
    QCOMPARE(index->value(u"b-2"_s), a);
    QCOMPARE(index->value(u"a-10"_s), b);
    QCOMPARE(SystemRepository::codeKey(u" FRAUD-01 "_s), u"fraud-01"_s);

    // fetch keeps the order asked for and skips ids that do not exist.
    auto fetched = m_repo->fetch({c, 999999, a});
    QVERIFY(fetched);
    QCOMPARE(fetched->size(), 2);
    QCOMPARE(fetched->at(0).id, c);
    QCOMPARE(fetched->at(1).id, a);

    auto all = m_repo->all();
    QVERIFY(all);
    QStringList codes;
    for (const AiSystem& s : *all) {
        codes << s.code();
    }
    QCOMPARE(codes.size(), 3);
    QCOMPARE(codes.last(), u"b-2"_s); // code order, ignoring case
}

void TestSystemRepository::filterMatchesEveryWord_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("includeRetired");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << false
                           << QStringList{u"CHAT-01"_s, u"CV-01"_s, u"FRAUD-01"_s, u"PCT-1"_s, u"ZZ-9"_s};
    QTest::newRow("one word") << u"fraud"_s << false << QStringList{u"FRAUD-01"_s};
    QTest::newRow("two words, AND") << u"FRAUD   detection"_s << false << QStringList{u"FRAUD-01"_s};
    QTest::newRow("words in other fields") << u"payments fraud"_s << false << QStringList{u"FRAUD-01"_s};
    QTest::newRow("words of two systems") << u"fraud chatbot"_s << false << QStringList{};
    QTest::newRow("upper-case non-ASCII") << u"ZOË"_s << false << QStringList{u"CHAT-01"_s};
    QTest::newRow("lower-case non-ASCII") << u"zoë martin"_s << false << QStringList{u"CHAT-01"_s};
    QTest::newRow("Greek any case") << u"ΕΛΛΗΝΙΚΆ"_s << false << QStringList{u"ZZ-9"_s};
    QTest::newRow("code fragment") << u"cv-0"_s << false << QStringList{u"CV-01"_s};
    QTest::newRow("choice label") << u"production"_s << false << QStringList{u"FRAUD-01"_s};
    QTest::newRow("choice label prefix") << u"Develop"_s << false << QStringList{u"CHAT-01"_s};
    QTest::newRow("two-word choice label") << u"high risk"_s << false << QStringList{u"FRAUD-01"_s};
    QTest::newRow("two-word label, retired too") << u"high risk"_s << true << QStringList{u"FRAUD-01"_s, u"OLD-01"_s};
    QTest::newRow("multi-choice label") << u"personal"_s << false << QStringList{u"CHAT-01"_s};
    QTest::newRow("label and text") << u"validation screening"_s << false << QStringList{u"CV-01"_s};
    QTest::newRow("retired hidden") << u"legacy"_s << false << QStringList{};
    QTest::newRow("retired shown") << u"legacy"_s << true << QStringList{u"OLD-01"_s};
    QTest::newRow("no match") << u"nothing-like-this"_s << true << QStringList{};
}

void TestSystemRepository::filterMatchesEveryWord()
{
    QFETCH(QString, filter);
    QFETCH(bool, includeRetired);
    QFETCH(QStringList, expected);
    create(u"FRAUD-01"_s,
           u"Fraud detection"_s,
           {{u"business_owner"_s, u"Payments"_s},
            {u"lifecycle"_s, u"production"_s},
            {u"ai_act_tier"_s, u"high"_s},
            {u"criticality"_s, u"low"_s}});
    create(u"CHAT-01"_s,
           u"Customer chatbot"_s,
           {{u"business_owner"_s, u"Zoë Martin"_s},
            {u"lifecycle"_s, u"development"_s},
            {u"ai_act_tier"_s, u"limited"_s},
            {u"data_categories"_s, u"personal"_s}});
    // Criticality "High" but not a high-risk tier: "high risk" must not find it.
    create(u"CV-01"_s,
           u"CV screening"_s,
           {{u"business_owner"_s, u"HR"_s}, {u"lifecycle"_s, u"validation"_s}, {u"criticality"_s, u"high"_s}});
    create(u"OLD-01"_s, u"Legacy scoring"_s, {{u"lifecycle"_s, u"retired"_s}, {u"ai_act_tier"_s, u"high"_s}});
    create(u"PCT-1"_s, u"Coverage at 100%"_s, {{u"notes"_s, u"under_score"_s}});
    create(u"ZZ-9"_s, u"Ελληνικά system"_s);

    SystemQuery query;
    query.filterText = filter;
    query.includeRetired = includeRetired;
    query.sortKey = u"code"_s;
    QCOMPARE(codes(query), expected);
}

void TestSystemRepository::filterTreatsWildcardsLiterally()
{
    create(u"PCT-1"_s, u"Coverage at 100%"_s, {{u"notes"_s, u"under_score and back\\slash"_s}});
    create(u"PLAIN-1"_s, u"Plain 1000"_s);
    create(u"PLAIN-2"_s, u"Plain rxs, underscore"_s); // "r_s" as a LIKE pattern would match "rxs"
    SystemQuery query;
    query.sortKey = u"code"_s;
    for (const QString& filter : {u"%"_s, u"100%"_s, u"_"_s, u"r_s"_s, u"\\"_s, u"back\\slash"_s}) {
        query.filterText = filter;
        QCOMPARE(codes(query), QStringList{u"PCT-1"_s});
    }
}

void TestSystemRepository::includeRetired()
{
    create(u"A-1"_s, u"Active"_s);
    const qint64 old = create(u"B-1"_s, u"Becoming old"_s);
    QVERIFY(m_repo->retire(old));
    SystemQuery query;
    QCOMPARE(codes(query), QStringList{u"A-1"_s});
    query.includeRetired = true;
    QCOMPARE(codes(query), (QStringList{u"A-1"_s, u"B-1"_s}));
    QCOMPARE(m_repo->count(false).value(), 1);
    QCOMPARE(m_repo->count(true).value(), 2);
}

void TestSystemRepository::sortByName()
{
    create(u"S10"_s, u"System 10"_s);
    create(u"S2"_s, u"System 2"_s);
    create(u"BETA"_s, u"Beta"_s);
    create(u"ALPHA"_s, u"alpha"_s);
    create(u"S1"_s, u"System 1"_s);
    create(u"ZULU"_s, u"zulu"_s);
    SystemQuery query; // name is the default sort key
    const QStringList ascending{u"ALPHA"_s, u"BETA"_s, u"S1"_s, u"S2"_s, u"S10"_s, u"ZULU"_s};
    QCOMPARE(codes(query), ascending);
    query.descending = true;
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(codes(query), descending);
    // An unknown sort key falls back to the name.
    query.descending = false;
    query.sortKey = u"no_such_field"_s;
    QCOMPARE(codes(query), ascending);
}

void TestSystemRepository::sortByLifecycleFollowsStageOrder()
{
    // Created out of order, and alphabetically the stages would sort differently.
    create(u"P"_s, u"p"_s, {{u"lifecycle"_s, u"production"_s}});
    create(u"R"_s, u"r"_s, {{u"lifecycle"_s, u"retired"_s}});
    create(u"I"_s, u"i"_s, {{u"lifecycle"_s, u"idea"_s}});
    create(u"V"_s, u"v"_s, {{u"lifecycle"_s, u"validation"_s}});
    create(u"D"_s, u"d"_s, {{u"lifecycle"_s, u"development"_s}});
    create(u"I2"_s, u"i2"_s, {{u"lifecycle"_s, u"idea"_s}});
    SystemQuery query;
    query.sortKey = u"lifecycle"_s;
    query.includeRetired = true;
    QCOMPARE(codes(query), (QStringList{u"I"_s, u"I2"_s, u"D"_s, u"V"_s, u"P"_s, u"R"_s}));
    query.descending = true;
    QCOMPARE(codes(query), (QStringList{u"R"_s, u"P"_s, u"V"_s, u"D"_s, u"I2"_s, u"I"_s}));
}

void TestSystemRepository::sortByNextReviewPutsUndatedLast()
{
    create(u"MAR"_s, u"m"_s, {{u"next_review"_s, u"2026-03-01"_s}});
    create(u"NONE-1"_s, u"n1"_s);
    create(u"JAN"_s, u"j"_s, {{u"next_review"_s, u"2026-01-15"_s}});
    create(u"NEXT-YEAR"_s, u"y"_s, {{u"next_review"_s, u"2027-01-01"_s}});
    create(u"NONE-2"_s, u"n2"_s);
    create(u"DEC"_s, u"d"_s, {{u"next_review"_s, u"2026-12-31"_s}});
    SystemQuery query;
    query.sortKey = u"next_review"_s;
    QCOMPARE(codes(query), (QStringList{u"JAN"_s, u"MAR"_s, u"DEC"_s, u"NEXT-YEAR"_s, u"NONE-1"_s, u"NONE-2"_s}));
    query.descending = true;
    const QStringList descending = codes(query);
    QCOMPARE(descending.mid(0, 4), (QStringList{u"NEXT-YEAR"_s, u"DEC"_s, u"MAR"_s, u"JAN"_s}));
    QCOMPARE(QSet<QString>(descending.cbegin() + 4, descending.cend()), (QSet<QString>{u"NONE-1"_s, u"NONE-2"_s}));
}

void TestSystemRepository::changeLogValidationAndOrder()
{
    const qint64 id = create(u"LOG-1"_s, u"Logged"_s);
    ChangeLogRepository log(m_ws->connection());
    const qint64 head = headSeq();
    const QList<SystemChange> invalid{
        {0, id, u"2026-02-30"_s, u"v1"_s, {}, {}},
        {0, id, u"5 Jan 2026"_s, u"v1"_s, {}, {}},
        {0, id, u"2026-01-05"_s, u"  "_s, u" "_s, u"A"_s},
        {0, 0, u"2026-01-05"_s, u"v1"_s, {}, {}},
    };
    for (const SystemChange& change : invalid) {
        QVERIFY(!ChangeLogRepository::validate(change).isEmpty());
        auto added = log.add(change, u"LOG-1"_s);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::Validation);
    }
    QCOMPARE(headSeq(), head);

    auto older = log.add({0, id, u"2026-01-05"_s, u" v1 "_s, u"Initial\nrelease"_s, u"M. Rossi"_s}, u"LOG-1"_s);
    auto newer = log.add({0, id, u"2026-03-01"_s, u"v2"_s, {}, {}}, u"LOG-1"_s);
    auto sameDay = log.add({0, id, u"2026-03-01"_s, u"v2.1"_s, u"hotfix"_s, {}}, u"LOG-1"_s);
    QVERIFY(older && newer && sameDay);
    QCOMPARE(headSeq(), head + 3);
    QCOMPARE(newestEvents(1).first().reason, u"Add change log entry to AI system LOG-1"_s);
    auto entries = log.forSystem(id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 3);
    // Newest first; the same day by entry order, newest first.
    QCOMPARE(entries->at(0).id, *sameDay);
    QCOMPARE(entries->at(1).id, *newer);
    QCOMPARE(entries->at(2).id, *older);
    QCOMPARE(entries->at(2).modelVersion, u"v1"_s);
    QCOMPARE(entries->at(2).description, u"Initial\nrelease"_s);
    QCOMPARE(entries->at(2).validatedBy, u"M. Rossi"_s);
    QCOMPARE(entries->at(2).systemId, id);
}

void TestSystemRepository::changeLogUpdateAndRemove()
{
    const qint64 id = create(u"LOG-1"_s, u"Logged"_s);
    ChangeLogRepository log(m_ws->connection());
    auto added = log.add({0, id, u"2026-01-05"_s, u"v1"_s, u"First"_s, {}}, u"LOG-1"_s);
    QVERIFY(added);
    const qint64 head = headSeq();

    SystemChange change{*added, id, u"2026-01-05"_s, u"v1"_s, u"First"_s, {}};
    auto same = log.update(change, u"LOG-1"_s);
    QVERIFY(same);
    QVERIFY(!*same);
    QCOMPARE(headSeq(), head);

    change.validatedBy = u"QA team"_s;
    auto updated = log.update(change, u"LOG-1"_s);
    QVERIFY(updated && *updated);
    QCOMPARE(headSeq(), head + 1);
    const AuditEventRecord e = newestEvents(1).first();
    QCOMPARE(e.entityType, u"system_change"_s);
    QCOMPARE(e.fieldChanges().size(), 1);
    QCOMPARE(e.fieldChanges().first().field, u"validated_by"_s);
    QCOMPARE(e.fieldChanges().first().after.toString(), u"QA team"_s);

    change.changedOn = u"not a date"_s;
    auto invalid = log.update(change, u"LOG-1"_s);
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, ErrorCode::Validation);
    QCOMPARE(headSeq(), head + 1);

    QVERIFY(log.remove(*added, u"LOG-1"_s));
    QCOMPARE(headSeq(), head + 2);
    QCOMPARE(newestEvents(1).first().action, u"delete"_s);
    QCOMPARE(newestEvents(1).first().reason, u"Remove change log entry from AI system LOG-1"_s);
    QVERIFY(log.forSystem(id).value().isEmpty());
    auto again = log.remove(*added, u"LOG-1"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestSystemRepository)
#include "TestSystemRepository.moc"
