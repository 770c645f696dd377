#include "QuickOpenDialog.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

QuickOpenDialog::QuickOpenDialog(const QuickOpenIndex& index, QWidget* parent)
    : QDialog(parent)
    , m_index(index)
    , m_input(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
{
    setObjectName(u"quickOpenDialog"_s);
    setWindowTitle(tr("Quick Open"));
    m_input->setObjectName(u"quickOpenInput"_s);
    m_input->setPlaceholderText(tr("Part of the name of a system, requirement, control or risk"));
    m_input->setAccessibleName(tr("Search"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    m_list->setObjectName(u"quickOpenList"_s);
    m_list->setAccessibleName(tr("Matches"));
    m_list->setUniformItemSizes(true);
    m_hint->setText(tr("↑ ↓ to choose, Enter to open, Esc to close"));
    m_hint->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    resize(640, 420);
    connect(m_input, &QLineEdit::textChanged, this, &QuickOpenDialog::search);
    connect(m_list, &QListWidget::itemActivated, this, &QuickOpenDialog::choose);
    search();
}

void QuickOpenDialog::search()
{
    m_items = m_index.find(m_input->text(), 50);
    m_list->clear();
    for (const QuickOpenItem& item : std::as_const(m_items)) {
        m_list->addItem(u"%1 — %2"_s.arg(item.title, item.detail));
    }
    if (!m_items.isEmpty()) {
        m_list->setCurrentRow(0);
    }
}

void QuickOpenDialog::choose()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_items.size()) {
        return;
    }
    m_chosen = m_items.at(row);
    accept();
}

bool QuickOpenDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace attest::ui
