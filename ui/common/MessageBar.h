#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QTimer;
class QToolButton;

namespace attest::ui {

// An inline message above the content: what happened and, where there is one, a button for what to do next.
// The one consistent place where the UI reports results and failures that need no decision.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Level
    {
        Info,
        Success,
        Warning,
        Error,
    };

    explicit MessageBar(QWidget* parent = nullptr);

    // Shows `text`; info and success messages hide themselves after a while unless `persistent`, warnings and
    // errors stay until dismissed.
    void showMessage(Level level, const QString& text, bool persistent = false);
    // Adds a button to the current message; clicking it runs `action` and hides the bar.
    void addAction(const QString& label, const std::function<void()>& action);
    QString text() const;
    Level level() const { return m_level; }

public Q_SLOTS:
    void dismiss();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyStyle();

    QLabel* m_icon;
    QLabel* m_text;
    QHBoxLayout* m_actions;
    QToolButton* m_close;
    QTimer* m_autoHide;
    Level m_level = Level::Info;
    bool m_styling = false;
};

} // namespace attest::ui
