#pragma once

#include "interview/Interview.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace attest {
class Connection;
}

namespace attest::ui {

// Plans an interview: title, the AI systems in scope, the framework whose questions are asked, interviewer,
// interviewees (name and role), date and place.
class InterviewPlanDialog : public QDialog
{
    Q_OBJECT

public:
    InterviewPlanDialog(Connection& connection, const QString& interviewer, QWidget* parent = nullptr);

    InterviewSession session() const;
    qint64 plannedId() const { return m_planned; }
    // For tests.
    QLineEdit* titleEdit() const { return m_title; }
    QListWidget* systemList() const { return m_systems; }
    QComboBox* frameworkBox() const { return m_framework; }
    // The questions: the framework's, or the same set as an earlier interview.
    QComboBox* questionSetBox() const { return m_questionSet; }
    QPlainTextEdit* intervieweeEdit() const { return m_people; }
    QLabel* errorLabel() const { return m_error; }
    bool plan();

private:
    Connection& m_connection;
    qint64 m_planned = 0;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_systemFilter = nullptr;
    QListWidget* m_systems = nullptr;
    QComboBox* m_framework = nullptr;
    QComboBox* m_questionSet = nullptr;
    QLabel* m_questionCount = nullptr;
    QLineEdit* m_interviewer = nullptr;
    QPlainTextEdit* m_people = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_place = nullptr;
    QLabel* m_error = nullptr;
};

// Wraps an interview up: every answer with its status and notes, the follow-ups, the findings completing will
// raise; the interviewees' acknowledgement (who and when) and a summary. Completing makes the session read-only.
class InterviewWrapUpDialog : public QDialog
{
    Q_OBJECT

public:
    InterviewWrapUpDialog(Connection& connection, qint64 sessionId, QWidget* parent = nullptr);

    QComboBox* acknowledgedByBox() const { return m_by; }
    QDateEdit* acknowledgedOnEdit() const { return m_on; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QTableWidget* answerTable() const { return m_answers; }
    QLabel* findingsLabel() const { return m_findings; }
    QLabel* errorLabel() const { return m_error; }
    bool complete();

private:
    Connection& m_connection;
    qint64 m_session = 0;
    QTableWidget* m_answers = nullptr;
    QLabel* m_findings = nullptr;
    QComboBox* m_by = nullptr;
    QDateEdit* m_on = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace attest::ui
