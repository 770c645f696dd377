#include "interview/InterviewCapture.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogTitles.h"
#include "compliance/Compliance.h"
#include "compliance/ComplianceEngine.h"
#include "compliance/ComplianceService.h"
#include "interview/InterviewService.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/SystemRepository.h"
#include "storage/Workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDate>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {

QString keyText(const QString& keys, const QString& what)
{
    return u"<b>%1</b>&nbsp;%2"_s.arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
}

} // namespace

InterviewCapture::InterviewCapture(Workspace& workspace, qint64 sessionId, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"interviewCapture"_s);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    m_session.id = sessionId;

    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_people = new QLabel;
    m_people->setWordWrap(true);
    m_progressText = new QLabel;
    m_progressText->setObjectName(u"interviewProgress"_s);
    m_progress = new QProgressBar;
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_clock = new QLabel;
    m_clock->setToolTip(tr("Time spent in this interview"));
    auto* header = new QGridLayout;
    header->addWidget(m_title, 0, 0);
    header->addWidget(m_progressText, 0, 1, Qt::AlignRight);
    header->addWidget(m_people, 1, 0);
    header->addWidget(m_clock, 1, 1, Qt::AlignRight);
    header->addWidget(m_progress, 2, 0, 1, 2);
    header->setColumnStretch(0, 1);

    // The question.
    m_reference = new QLabel;
    m_reference->setWordWrap(true);
    QFont refFont = m_reference->font();
    refFont.setBold(true);
    m_reference->setFont(refFont);
    m_question = new QLabel;
    m_question->setObjectName(u"interviewQuestion"_s);
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont questionFont = m_question->font();
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.3);
    m_question->setFont(questionFont);
    m_hints = new QLabel;
    m_hints->setWordWrap(true);
    m_hints->setTextFormat(Qt::RichText);

    // The answer.
    m_answerButtons = new QButtonGroup(this);
    m_answerButtons->setExclusive(true);
    auto* answers = new QHBoxLayout;
    for (int key = 1; key <= 5; ++key) {
        const QString status = InterviewText::answerForKey(key);
        auto* button = new QPushButton(u"%1  %2"_s.arg(key).arg(ComplianceText::requirementStatus(status)));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setObjectName(u"answer_"_s + status);
        m_answerButtons->addButton(button, key);
        answers->addWidget(button);
    }
    connect(m_answerButtons, &QButtonGroup::idClicked, this, [this](int key) {
        setStatus(InterviewText::answerForKey(key));
    });
    m_conflict = new QLabel;
    m_conflict->setWordWrap(true);
    m_conflict->setTextFormat(Qt::RichText);
    m_apply = new QCheckBox(tr("Apply this answer to the assessment (K keeps the current one)"));
    m_apply->setFocusPolicy(Qt::NoFocus);
    m_apply->setChecked(true);
    connect(m_apply, &QCheckBox::toggled, this, [this] {
        m_dirty = true;
        recordCurrent();
    });
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(u"interviewNotes"_s);
    m_notes->setPlaceholderText(tr("Notes: what was said, who said it, what to check (N or Enter to write, Esc when "
                                   "done)"));
    m_notes->setTabChangesFocus(true);
    m_notes->setAcceptDrops(false); // a file dropped on the notes is attached, not pasted as its path
    m_notes->installEventFilter(this);
    m_followUp = new QCheckBox(tr("Flag for follow-up (F)"));
    m_followUp->setFocusPolicy(Qt::NoFocus);
    connect(m_followUp, &QCheckBox::toggled, this, [this] {
        m_dirty = true;
        recordCurrent();
    });
    m_attachments = new QLabel;
    m_attachments->setWordWrap(true);
    auto* attach = new QPushButton(tr("Attach Evidence… (A)"));
    attach->setFocusPolicy(Qt::NoFocus);
    connect(attach, &QPushButton::clicked, this, &InterviewCapture::chooseFile);
    auto* evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_followUp);
    evidenceRow->addStretch();
    evidenceRow->addWidget(m_attachments, 2);
    evidenceRow->addWidget(attach);

    auto* questionBox = new QGroupBox;
    auto* questionLayout = new QVBoxLayout(questionBox);
    questionLayout->addWidget(m_reference);
    questionLayout->addWidget(m_question);
    questionLayout->addWidget(m_hints);
    questionLayout->addSpacing(6);
    questionLayout->addLayout(answers);
    questionLayout->addWidget(m_conflict);
    questionLayout->addWidget(m_apply);
    questionLayout->addWidget(m_notes, 1);
    questionLayout->addLayout(evidenceRow);

    // The jump list.
    m_jump = new QListWidget;
    m_jump->setObjectName(u"interviewJumpList"_s);
    m_jump->setMinimumWidth(220);
    m_jump->setMaximumWidth(320);
    m_jump->installEventFilter(this);
    m_jump->setFocusPolicy(Qt::ClickFocus); // J opens it; Tab from the notes does not wander into it
    m_jump->setTextElideMode(Qt::ElideRight);
    m_jump->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_jump->setUniformItemSizes(true);
    connect(m_jump, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        goTo(m_jump->row(item));
        setFocus();
    });
    auto* previous = new QPushButton(tr("← Previous"));
    auto* next = new QPushButton(tr("Next →"));
    m_wrapUp = new QPushButton(tr("Wrap Up… (W)"));
    for (QPushButton* b : {previous, next, m_wrapUp}) {
        b->setFocusPolicy(Qt::NoFocus);
    }
    connect(previous, &QPushButton::clicked, this, [this] { goTo(m_position - 1); });
    connect(next, &QPushButton::clicked, this, [this] { goTo(m_position + 1); });
    connect(m_wrapUp, &QPushButton::clicked, this, [this] {
        saveDraft();
        if (!recordCurrent()) {
            return; // the message says why; nothing is wrapped up over an answer that was not recorded
        }
        Q_EMIT wrapUpRequested(m_session.id);
    });
    auto* navigation = new QHBoxLayout;
    navigation->addWidget(previous);
    navigation->addWidget(next);
    navigation->addStretch();
    navigation->addWidget(m_wrapUp);

    m_keys = new QLabel;
    m_keys->setObjectName(u"interviewKeys"_s);
    m_keys->setWordWrap(true);
    m_keys->setTextFormat(Qt::RichText);
    m_keys->setText(QStringList{keyText(u"1–5"_s, tr("answer")),
                                keyText(u"N / Enter"_s, tr("notes")),
                                keyText(u"Esc"_s, tr("leave notes")),
                                keyText(u"Alt+1–5"_s, tr("answer while writing")),
                                keyText(u"F"_s, tr("follow-up")),
                                keyText(u"K"_s, tr("keep current assessment")),
                                keyText(u"A"_s, tr("attach")),
                                keyText(u"→ PgDn Ctrl+Enter"_s, tr("next")),
                                keyText(u"← PgUp"_s, tr("previous")),
                                keyText(u"J"_s, tr("jump list")),
                                keyText(u"W"_s, tr("wrap up"))}
                        .join(u"&nbsp;&nbsp;·&nbsp;&nbsp;"_s));

    auto* body = new QHBoxLayout;
    body->addWidget(m_jump);
    body->addWidget(questionBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(body, 1);
    layout->addLayout(navigation);
    layout->addWidget(m_keys);

    // Saving: the draft shortly after typing stops, and at least every second while it goes on; the answer after a
    // pause.
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftDelayMs);
    m_draftMaxTimer = new QTimer(this);
    m_draftMaxTimer->setSingleShot(true);
    m_draftMaxTimer->setInterval(DraftMaxDelayMs);
    m_recordTimer = new QTimer(this);
    m_recordTimer->setSingleShot(true);
    m_recordTimer->setInterval(RecordPauseMs);
    connect(m_draftTimer, &QTimer::timeout, this, &InterviewCapture::saveDraft);
    connect(m_draftMaxTimer, &QTimer::timeout, this, &InterviewCapture::saveDraft);
    connect(m_recordTimer, &QTimer::timeout, this, [this] { recordCurrent(); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_readOnly) {
            return;
        }
        m_dirty = true;
        m_draftTimer->start();
        if (!m_draftMaxTimer->isActive()) {
            m_draftMaxTimer->start();
        }
        m_recordTimer->start();
    });
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &InterviewCapture::updateElapsed);

    load();
}

InterviewCapture::~InterviewCapture()
{
    // Leaving the screen records what is on it.
    if (!m_readOnly && m_dirty) {
        saveDraft();
        recordCurrent();
    }
    if (!m_readOnly) {
        saveProgress();
    }
}

void InterviewCapture::load()
{
    Connection& connection = m_workspace.connection();
    InterviewRepository repository(connection);
    auto session = repository.session(m_session.id);
    auto questions = repository.questions(m_session.id);
    auto answers = repository.answers(m_session.id);
    auto drafts = repository.drafts(m_session.id);
    auto progress = repository.progress(m_session.id);
    if (!session || !session->has_value() || !questions || !answers || !drafts || !progress) {
        m_readOnly = true;
        // Said once the screen is connected to whoever shows messages.
        QTimer::singleShot(0, this, [this] { Q_EMIT errorOccurred(tr("The interview could not be read.")); });
        return;
    }
    m_session = **session;
    m_questions = *questions;
    for (const InterviewAnswer& a : *answers) {
        m_answers.insert(a.requirementId, a);
    }
    m_readOnly = m_session.isCompleted() || m_workspace.isReadOnly();
    if (!m_readOnly) {
        for (const InterviewDraft& d : *drafts) {
            m_drafts.insert(d.requirementId, d.notes);
        }
    }
    m_elapsedBefore = progress->elapsedMs;
    m_position = std::clamp(progress->position, 0, std::max(0, int(m_questions.size()) - 1));

    // The controls mapped to each question: where the evidence usually comes from.
    auto mappings = ComplianceRepository(connection).controlMappings();
    auto controls = ComplianceRepository(connection).controls();
    if (mappings && controls) {
        QHash<qint64, QString> names;
        for (const Control& c : *controls) {
            names.insert(c.id, u"%1 %2"_s.arg(c.code, c.name));
        }
        for (const ControlMapping& m : *mappings) {
            if (m_questions.contains(m.requirementId)) {
                m_controlHints[m.requirementId] << names.value(m.controlId);
            }
        }
    }
    if (auto engine = ComplianceEngine::load(connection); engine) {
        m_engine = std::make_unique<ComplianceEngine>(std::move(*engine));
        (void)m_engine->loadSystems(connection, m_session.systemIds);
    }

    QStringList systems;
    if (auto labels = SystemRepository(connection).labels(); labels) {
        for (const SystemLabel& l : *labels) {
            if (m_session.systemIds.contains(l.id)) {
                systems << l.code;
            }
        }
    }
    QStringList people;
    for (const Interviewee& p : std::as_const(m_session.interviewees)) {
        people << (p.role.isEmpty() ? p.name : u"%1 (%2)"_s.arg(p.name, p.role));
    }
    m_title->setText(m_readOnly && m_session.isCompleted()
                         ? tr("%1 — completed, acknowledged by %2 on %3")
                               .arg(m_session.title, m_session.acknowledgedBy, m_session.acknowledgedOn)
                         : m_session.title);
    m_people->setText(tr("%1 · with %2 · interviewer %3 · %4 %5")
                          .arg(systems.join(u", "_s),
                               people.isEmpty() ? tr("nobody named") : people.join(u", "_s),
                               m_session.interviewer,
                               m_session.heldOn,
                               m_session.place));
    CatalogRepository catalogs(connection);
    const CatalogTitles titles(connection);
    m_jump->clear();
    for (int i = 0; i < m_questions.size(); ++i) {
        auto r = catalogs.requirement(m_questions[i]);
        auto* item =
            new QListWidgetItem(r && r->has_value() ? u"%1 %2"_s.arg((*r)->ref, titles.title(**r)) : QString());
        m_jump->addItem(item);
        updateJumpItem(i);
    }
    m_notes->setReadOnly(m_readOnly);
    m_apply->setEnabled(!m_readOnly);
    m_followUp->setEnabled(!m_readOnly);
    for (QAbstractButton* b : m_answerButtons->buttons()) {
        b->setEnabled(!m_readOnly);
    }
    m_wrapUp->setEnabled(!m_readOnly);
    loadEvidence();
    showQuestion();
    m_elapsed.start();
    if (!m_readOnly) {
        m_tick->start();
    }
    updateElapsed();
}

void InterviewCapture::freeze()
{
    m_readOnly = true;
    m_dirty = false;
    for (QTimer* timer : {m_draftTimer, m_draftMaxTimer, m_recordTimer, m_tick}) {
        timer->stop();
    }
}

qint64 InterviewCapture::currentRequirement() const
{
    return m_position >= 0 && m_position < m_questions.size() ? m_questions[m_position] : 0;
}

QString InterviewCapture::currentStatus() const
{
    return m_status;
}

void InterviewCapture::showQuestion()
{
    const qint64 id = currentRequirement();
    auto r = CatalogRepository(m_workspace.connection()).requirement(id);
    if (!id || !r || !r->has_value()) {
        m_question->setText(tr("This interview has no questions."));
        return;
    }
    const Requirement& req = **r;
    const CatalogTitles titles(m_workspace.connection());
    m_reference->setText(u"%1 %2"_s.arg(req.ref, titles.title(req)));
    m_reference->setToolTip(titles.officialTooltip(req));
    m_question->setText(!req.question.isEmpty()  ? req.question
                        : !req.summary.isEmpty() ? req.summary
                                                 : tr("Is “%1” met for the systems in scope?").arg(titles.title(req)));
    const QStringList hints = m_controlHints.value(id);
    m_hints->setText(hints.isEmpty() ? QString()
                                     : tr("<i>Evidence usually comes from:</i> %1")
                                           .arg(QStringList(hints.mid(0, 4)).join(u"; "_s).toHtmlEscaped()));
    const InterviewAnswer answer = m_answers.value(id, InterviewAnswer{});
    m_status = m_answers.contains(id) ? answer.status : u"not_assessed"_s;
    {
        const QSignalBlocker a(m_apply);
        const QSignalBlocker f(m_followUp);
        const QSignalBlocker n(m_notes);
        m_apply->setChecked(!m_answers.contains(id) || answer.apply);
        m_followUp->setChecked(answer.followUp);
        // A draft is newer than the recorded answer (recording clears it).
        m_notes->setPlainText(m_drafts.contains(id) ? m_drafts.value(id) : answer.notes);
        m_notes->moveCursor(QTextCursor::End);
    }
    m_dirty = m_drafts.contains(id);
    const int key = InterviewText::keyForAnswer(m_status);
    if (QAbstractButton* b = m_answerButtons->button(key); b && m_answers.contains(id)) {
        b->setChecked(true);
    } else {
        m_answerButtons->setExclusive(false);
        for (QAbstractButton* other : m_answerButtons->buttons()) {
            other->setChecked(false);
        }
        m_answerButtons->setExclusive(true);
    }
    m_progressText->setText(tr("Question %1 of %2").arg(m_position + 1).arg(m_questions.size()));
    int answered = 0;
    for (const InterviewAnswer& a : std::as_const(m_answers)) {
        answered += a.status != u"not_assessed"_s ? 1 : 0;
    }
    m_progress->setMaximum(int(m_questions.size()));
    m_progress->setValue(answered);
    m_progress->setToolTip(tr("%1 of %2 answered").arg(answered).arg(m_questions.size()));
    {
        const QSignalBlocker block(m_jump);
        m_jump->setCurrentRow(m_position);
    }
    const QStringList attached = m_evidence.value(id);
    m_attachments->setText(attached.isEmpty() ? tr("No evidence attached yet; drop a file here or press A.")
                                              : tr("Evidence: %1").arg(attached.join(u", "_s)));
    updateConflict();
    if (!m_readOnly) {
        saveProgress();
    }
}

void InterviewCapture::loadEvidence()
{
    // Evidence attached to each question's requirement for the systems in scope: read once, and after an attach.
    m_evidence.clear();
    ComplianceRepository compliance(m_workspace.connection());
    auto links = compliance.systemEvidenceLinks(m_session.systemIds);
    auto evidence = compliance.evidence();
    if (!links || !evidence) {
        return;
    }
    QHash<qint64, QString> titles;
    for (const Evidence& e : *evidence) {
        titles.insert(e.id, e.title);
    }
    for (const EvidenceLink& l : *links) {
        QStringList& list = m_evidence[l.requirementId];
        if (l.requirementId && !list.contains(titles.value(l.evidenceId))) {
            list << titles.value(l.evidenceId);
        }
    }
}

void InterviewCapture::updateConflict()
{
    const qint64 id = currentRequirement();
    if (!m_engine || !id) {
        m_conflict->clear();
        return;
    }
    QStringList lines;
    bool changes = false;
    for (qint64 system : std::as_const(m_session.systemIds)) {
        const auto c = InterviewService::conflict(*m_engine, system, id, m_status);
        const QString now = ComplianceText::requirementStatus(c.current);
        QString line = tr("%1 now: %2").arg(m_engine->systemCode(system), c.byHand ? tr("%1 (by hand)").arg(now) : now);
        if (c.changes) {
            changes = true;
            line += u" → <b>%1</b>"_s.arg(ComplianceText::requirementStatus(m_status).toHtmlEscaped());
        }
        lines << line;
    }
    m_conflict->setText(lines.join(u"<br>"_s));
    m_apply->setVisible(changes);
}

void InterviewCapture::updateJumpItem(int position)
{
    if (position < 0 || position >= m_jump->count()) {
        return;
    }
    const qint64 id = m_questions[position];
    QString mark = u"○"_s;
    if (m_answers.contains(id) && m_answers[id].status != u"not_assessed"_s) {
        mark = QString::number(InterviewText::keyForAnswer(m_answers[id].status));
    } else if (m_drafts.contains(id)) {
        mark = u"✎"_s;
    }
    if (m_answers.value(id).followUp) {
        mark += u" ⚑"_s;
    }
    QListWidgetItem* item = m_jump->item(position);
    QString text = item->text();
    const int space = int(text.indexOf(u"  "_s));
    if (space >= 0 && text.left(space).size() <= 4) {
        text = text.mid(space + 2);
    }
    item->setText(u"%1  %2"_s.arg(mark, text));
    item->setToolTip(m_answers.contains(id) ? ComplianceText::requirementStatus(m_answers[id].status)
                                            : tr("Not answered yet"));
}

void InterviewCapture::setStatus(const QString& status)
{
    if (m_readOnly || status.isEmpty()) {
        return;
    }
    m_status = status;
    if (QAbstractButton* b = m_answerButtons->button(InterviewText::keyForAnswer(status))) {
        b->setChecked(true);
    }
    m_dirty = true;
    updateConflict();
    recordCurrent();
}

void InterviewCapture::saveDraft()
{
    m_draftTimer->stop();
    m_draftMaxTimer->stop();
    const qint64 id = currentRequirement();
    if (m_readOnly || !id) {
        return;
    }
    const QString text = m_notes->toPlainText();
    InterviewRepository repository(m_workspace.connection());
    if (text.trimmed() == m_answers.value(id).notes) {
        // Back to what is recorded: no draft needed.
        if (m_drafts.contains(id)) {
            (void)repository.clearDraft(m_session.id, id);
            m_drafts.remove(id);
            updateJumpItem(m_position);
        }
        return;
    }
    if (auto saved = repository.saveDraft(m_session.id, id, text); !saved) {
        Q_EMIT errorOccurred(saved.error().message);
        return;
    }
    m_drafts.insert(id, text);
    updateJumpItem(m_position);
}

void InterviewCapture::saveProgress()
{
    (void)InterviewRepository(m_workspace.connection())
        .saveProgress(m_session.id,
                      InterviewProgress{m_position, m_elapsedBefore + (m_elapsed.isValid() ? m_elapsed.elapsed() : 0)});
}

bool InterviewCapture::recordCurrent()
{
    m_recordTimer->stop();
    const qint64 id = currentRequirement();
    if (m_readOnly || !id || !m_dirty) {
        return true;
    }
    InterviewAnswer a = m_answers.value(id, InterviewAnswer{});
    a.sessionId = m_session.id;
    a.requirementId = id;
    a.status = m_status.isEmpty() ? u"not_assessed"_s : m_status;
    a.notes = m_notes->toPlainText().trimmed();
    a.followUp = m_followUp->isChecked();
    a.apply = m_apply->isChecked();
    if (!m_answers.contains(id) && a.status == u"not_assessed"_s && a.notes.isEmpty() && !a.followUp) {
        m_dirty = false;
        if (m_drafts.remove(id)) {
            (void)InterviewRepository(m_workspace.connection()).clearDraft(m_session.id, id);
            updateJumpItem(m_position);
        }
        return true; // nothing said yet
    }
    auto recorded = InterviewService(m_workspace.connection()).answer(a);
    if (!recorded) {
        Q_EMIT errorOccurred(recorded.error().message);
        return false;
    }
    a.id = *recorded;
    m_answers.insert(id, a);
    m_drafts.remove(id);
    m_dirty = false;
    updateJumpItem(m_position);
    int answered = 0;
    for (const InterviewAnswer& other : std::as_const(m_answers)) {
        answered += other.status != u"not_assessed"_s ? 1 : 0;
    }
    m_progress->setValue(answered);
    return true;
}

void InterviewCapture::goTo(int position)
{
    if (position < 0 || position >= m_questions.size() || position == m_position) {
        return;
    }
    if (m_dirty) {
        saveDraft();
        if (!recordCurrent()) {
            return; // the draft keeps the words; the message says why
        }
    }
    m_position = position;
    showQuestion();
}

void InterviewCapture::updateElapsed()
{
    const qint64 seconds = (m_elapsedBefore + (m_elapsed.isValid() ? m_elapsed.elapsed() : 0)) / 1000;
    m_clock->setText(tr("Elapsed %1:%2:%3")
                         .arg(seconds / 3600)
                         .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                         .arg(seconds % 60, 2, 10, QLatin1Char('0')));
    if (!m_readOnly && ++m_ticks % 15 == 0) {
        saveProgress();
    }
}

bool InterviewCapture::attachFile(const QString& path)
{
    const qint64 id = currentRequirement();
    if (m_readOnly || !id) {
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT errorOccurred(tr("Cannot read “%1”: %2.").arg(path, file.errorString()));
        return false;
    }
    Evidence meta;
    meta.title = QFileInfo(path).fileName();
    meta.fileName = QFileInfo(path).fileName();
    meta.collectedOn = QDate::currentDate().toString(Qt::ISODate);
    meta.note = tr("Attached during the interview “%1”.").arg(m_session.title);
    QList<EvidenceLink> links;
    for (qint64 system : std::as_const(m_session.systemIds)) {
        links << EvidenceLink{0, 0, 0, id, system};
    }
    // What is on the screen is recorded first, so showing the question again loses nothing.
    saveDraft();
    recordCurrent();
    auto added = ComplianceService(m_workspace.connection()).addFileEvidence(meta, file.readAll(), links);
    if (!added) {
        Q_EMIT errorOccurred(added.error().message);
        return false;
    }
    loadEvidence();
    showQuestion();
    return true;
}

void InterviewCapture::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach Evidence"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!path.isEmpty()) {
        attachFile(path);
    }
    setFocus();
}

void InterviewCapture::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (plain && key >= Qt::Key_1 && key <= Qt::Key_5) {
        setStatus(InterviewText::answerForKey(key - Qt::Key_0));
        return;
    }
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        goTo(m_position + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        goTo(m_position - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (event->modifiers() & Qt::ControlModifier) {
            goTo(m_position + 1);
        } else if (!m_readOnly) {
            m_notes->setFocus();
        }
        return;
    case Qt::Key_N:
        if (!m_readOnly) {
            m_notes->setFocus();
        }
        return;
    case Qt::Key_F:
        if (!m_readOnly) {
            m_followUp->toggle();
        }
        return;
    case Qt::Key_K:
        if (!m_readOnly && m_apply->isVisible()) {
            m_apply->toggle();
        }
        return;
    case Qt::Key_A:
        if (!m_readOnly) {
            chooseFile();
        }
        return;
    case Qt::Key_J:
        m_jump->setFocus();
        return;
    case Qt::Key_W:
        if (!m_readOnly) {
            m_wrapUp->click();
        }
        return;
    case Qt::Key_Escape:
        if (!event->isAutoRepeat()) { // a held Esc leaves the notes, not the interview
            Q_EMIT closeRequested();
        }
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool InterviewCapture::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_notes) {
        if (key->key() == Qt::Key_Escape) {
            saveDraft();
            recordCurrent();
            setFocus();
            return true;
        }
        if ((key->modifiers() & Qt::AltModifier) && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_5) {
            setStatus(InterviewText::answerForKey(key->key() - Qt::Key_0));
            return true;
        }
        if (((key->modifiers() & Qt::ControlModifier) &&
             (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) ||
            key->key() == Qt::Key_PageDown) {
            goTo(m_position + 1);
            return true;
        }
        if (key->key() == Qt::Key_PageUp) {
            goTo(m_position - 1);
            return true;
        }
    } else if (watched == m_jump && key->key() == Qt::Key_Escape) {
        setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void InterviewCapture::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_readOnly && event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void InterviewCapture::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            attachFile(url.toLocalFile());
        }
    }
    event->acceptProposedAction();
}

void InterviewCapture::hideEvent(QHideEvent* event)
{
    if (!m_readOnly) {
        saveDraft();
        recordCurrent();
        saveProgress(); // the time spent so far
        m_elapsedBefore += m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
        m_elapsed.invalidate(); // the clock stands still while the screen is not shown
        m_tick->stop();
    }
    QWidget::hideEvent(event);
}

void InterviewCapture::showEvent(QShowEvent* event)
{
    m_elapsed.restart(); // time on other pages does not count
    if (!m_readOnly) {
        m_tick->start();
    }
    QWidget::showEvent(event);
}

} // namespace attest::ui
