#pragma once

#include <QWidget>

class QLabel;

namespace attest::ui {

// Above a list opened from a dashboard number: what was selected, and "Show All" to clear it.
class ScopeBar : public QWidget
{
    Q_OBJECT

public:
    explicit ScopeBar(QWidget* parent = nullptr);
    // "Showing <description>", and the bar shown.
    void showDescription(const QString& description);
    QLabel* label() const { return m_label; }

Q_SIGNALS:
    void clearRequested();

private:
    QLabel* m_label;
};

} // namespace attest::ui
