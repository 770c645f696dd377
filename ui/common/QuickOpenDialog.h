#pragma once

#include "search/QuickOpen.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace attest::ui {

// Quick open (Ctrl+K): type part of a name and jump to any AI system, requirement, control or risk. Up and Down move
// through the matches, Enter opens one, Escape closes.
class QuickOpenDialog : public QDialog
{
    Q_OBJECT

public:
    QuickOpenDialog(const QuickOpenIndex& index, QWidget* parent = nullptr);

    QLineEdit* input() const { return m_input; }
    QListWidget* list() const { return m_list; }
    // What was chosen (valid after the dialog was accepted).
    QuickOpenItem chosen() const { return m_chosen; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void choose();

    const QuickOpenIndex& m_index;
    QLineEdit* m_input;
    QListWidget* m_list;
    QLabel* m_hint;
    QList<QuickOpenItem> m_items;
    QuickOpenItem m_chosen;
};

} // namespace attest::ui
