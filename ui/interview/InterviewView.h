#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableWidget;

namespace attest {
class Workspace;
}

namespace attest::ui {

class InterviewCapture;
class MessageBar;

// Audit interviews: the sessions (planned, in progress, completed) and the interview screen for the one opened.
// Enter opens the selected session where it was left; Esc on the interview screen returns to the list.
class InterviewView : public QWidget
{
    Q_OBJECT

public:
    InterviewView(Workspace& workspace, MessageBar* messages, QWidget* parent = nullptr);
    ~InterviewView() override;

    QTableWidget* sessionTable() const { return m_sessions; }
    InterviewCapture* capture() const { return m_capture; }

public Q_SLOTS:
    void reload();
    void newInterview();
    void openSession(qint64 sessionId);
    void openCurrent();
    void wrapUp(qint64 sessionId);
    void showList();

private:
    Workspace& m_workspace;
    MessageBar* m_messages;
    QTableWidget* m_sessions = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_listPage = nullptr;
    InterviewCapture* m_capture = nullptr;
};

} // namespace attest::ui
