#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>

class QLabel;
class QPushButton;

namespace attest::ui {

// A short guided tour: a panel in the corner of the main window that takes the user from view to view, says in
// two or three sentences what each is for, and outlines the part of the screen it talks about. It never blocks:
// the user may try things while it is open, and close it at any step (Esc).
class Walkthrough : public QFrame
{
    Q_OBJECT

public:
    struct Step
    {
        QString title;
        QString text;
        // Brings the step's view forward and returns the widget to outline (or nullptr).
        std::function<QWidget*()> show;
    };

    Walkthrough(QWidget* window, QList<Step> steps);

    int count() const { return int(m_steps.size()); }
    int current() const { return m_current; }
    QWidget* outlined() const { return m_target; }
    QString title() const;

    void start();
    void next();
    void back();

Q_SIGNALS:
    // The tour was closed or completed.
    void finished(bool completed);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showStep(int index);
    void place();
    void finish(bool completed);

    QWidget* m_window;
    QList<Step> m_steps;
    int m_current = -1;
    QPointer<QWidget> m_target;
    QWidget* m_outline;
    QLabel* m_progress;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_close;
};

} // namespace attest::ui
