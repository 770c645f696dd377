#pragma once

#include "interview/Interview.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace attest {
class ComplianceEngine;
class Workspace;
struct Requirement;
} // namespace attest

namespace attest::ui {

// The interview screen: one question at a time (reference, title, the plain-language question, the controls that
// usually provide the evidence), the answer by a single key, notes, a follow-up flag, evidence by drag and drop or
// a file picker, the jump list, progress and elapsed time. Keyboard first, with the keys shown on screen:
//   1–5 answer (Alt+1–5 while typing notes), N or Enter: notes, Esc: back from the notes, F: follow-up,
//   K: keep the current assessment, A: attach evidence, → / PgDn / Ctrl+Enter: next, ← / PgUp: previous,
//   J: jump list, W: wrap up.
// Nothing needs saving: the note being typed is saved as a draft within a second, and the answer is recorded
// (audited) when the interviewer moves to another question, pauses, or leaves the screen. A completed session opens
// read-only.
class InterviewCapture : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DraftDelayMs = 400;     // a draft is saved this long after the last keystroke...
    static constexpr int DraftMaxDelayMs = 1000; // ...and at least this often while typing goes on
    static constexpr int RecordPauseMs = 5000;   // a pause this long records the answer

    InterviewCapture(Workspace& workspace, qint64 sessionId, QWidget* parent = nullptr);
    ~InterviewCapture() override;

    qint64 sessionId() const { return m_session.id; }
    const InterviewSession& session() const { return m_session; }
    int position() const { return m_position; }
    int questionCount() const { return int(m_questions.size()); }
    qint64 currentRequirement() const;
    QString currentStatus() const;
    bool isReadOnly() const { return m_readOnly; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QCheckBox* followUpBox() const { return m_followUp; }
    QCheckBox* applyBox() const { return m_apply; }
    QListWidget* jumpList() const { return m_jump; }
    QLabel* progressLabel() const { return m_progressText; }
    QLabel* conflictLabel() const { return m_conflict; }
    QPushButton* wrapUpButton() const { return m_wrapUp; }

    // Stops recording anything (the session was completed, or the screen is going away after recording).
    void freeze();
    // Records the current answer now (also done on every move). False with a message shown when refused.
    bool recordCurrent();
    void goTo(int position);
    // Attaches a file to the current question as evidence for every system in scope.
    bool attachFile(const QString& path);

Q_SIGNALS:
    void wrapUpRequested(qint64 sessionId);
    void closeRequested();
    void errorOccurred(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void showQuestion();
    void setStatus(const QString& status);
    void saveDraft();
    void saveProgress();
    void updateConflict();
    void loadEvidence();
    void updateElapsed();
    void updateJumpItem(int position);
    void chooseFile();

    Workspace& m_workspace;
    InterviewSession m_session;
    QList<qint64> m_questions;
    QHash<qint64, InterviewAnswer> m_answers;
    QHash<qint64, QString> m_drafts;
    QHash<qint64, QStringList> m_controlHints;
    QHash<qint64, QStringList> m_evidence; // requirement -> titles of the evidence attached for the systems
    std::unique_ptr<ComplianceEngine> m_engine;
    int m_position = 0;
    bool m_readOnly = false;
    bool m_dirty = false; // the shown answer differs from the recorded one
    QString m_status;
    qint64 m_elapsedBefore = 0;
    int m_ticks = 0;
    QElapsedTimer m_elapsed;

    QLabel* m_title = nullptr;
    QLabel* m_people = nullptr;
    QLabel* m_progressText = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_clock = nullptr;
    QLabel* m_reference = nullptr;
    QLabel* m_question = nullptr;
    QLabel* m_hints = nullptr;
    QLabel* m_conflict = nullptr;
    QCheckBox* m_apply = nullptr;
    QButtonGroup* m_answerButtons = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QCheckBox* m_followUp = nullptr;
    QLabel* m_attachments = nullptr;
    QListWidget* m_jump = nullptr;
    QPushButton* m_wrapUp = nullptr;
    QLabel* m_keys = nullptr;
    QTimer* m_draftTimer = nullptr;
    QTimer* m_draftMaxTimer = nullptr;
    QTimer* m_recordTimer = nullptr;
    QTimer* m_tick = nullptr;
};

} // namespace attest::ui
