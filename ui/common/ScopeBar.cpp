#include "ScopeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace attest::ui {

ScopeBar::ScopeBar(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    m_label->setObjectName(u"scopeLabel"_s);
    m_label->setWordWrap(true);
    auto* clear = new QPushButton(tr("Show &All"), this);
    connect(clear, &QPushButton::clicked, this, &ScopeBar::clearRequested);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label, 1);
    row->addWidget(clear);
    hide();
}

void ScopeBar::showDescription(const QString& description)
{
    m_label->setText(tr("Showing %1").arg(description));
    show();
}

} // namespace attest::ui
