#include "MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace attest::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_close(new QToolButton(this))
    , m_autoHide(new QTimer(this))
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setObjectName(u"messageLabel"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    m_autoHide->setSingleShot(true);
    connect(m_autoHide, &QTimer::timeout, this, &MessageBar::dismiss);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

void MessageBar::showMessage(Level level, const QString& text, bool persistent)
{
    m_level = level;
    m_text->setText(text);
    while (QLayoutItem* item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (level == Level::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
    } else if (level == Level::Error) {
        icon = QStyle::SP_MessageBoxCritical;
    } else if (level == Level::Success) {
        icon = QStyle::SP_DialogApplyButton;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    applyStyle();
    show();
    if ((level == Level::Info || level == Level::Success) && !persistent) {
        m_autoHide->start(8000);
    } else {
        m_autoHide->stop();
    }
}

void MessageBar::addAction(const QString& label, const std::function<void()>& action)
{
    auto* button = new QPushButton(label, this);
    connect(button, &QPushButton::clicked, this, [this, action] {
        dismiss();
        action();
    });
    m_actions->addWidget(button);
    m_autoHide->stop();
}

QString MessageBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}

void MessageBar::dismiss()
{
    m_autoHide->stop();
    hide();
}

void MessageBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && !m_styling) {
        applyStyle();
    }
}

void MessageBar::applyStyle()
{
    // A light tint of the level's colour over the window colour: readable in light and dark palettes.
    QColor accent(0x1f, 0x6f, 0xb2);
    if (m_level == Level::Warning) {
        accent = QColor(0xc2, 0x7c, 0x0e);
    } else if (m_level == Level::Error) {
        accent = QColor(0xc0, 0x39, 0x2b);
    } else if (m_level == Level::Success) {
        accent = QColor(0x2e, 0x7d, 0x32);
    }
    const QColor base = parentWidget() ? parentWidget()->palette().color(QPalette::Window) : QColor(Qt::white);
    const qreal a = 0.18;
    const QColor tint = QColor::fromRgbF(base.redF() * (1 - a) + accent.redF() * a,
                                         base.greenF() * (1 - a) + accent.greenF() * a,
                                         base.blueF() * (1 - a) + accent.blueF() * a);
    m_styling = true;
    QPalette p = palette();
    p.setColor(QPalette::Window, tint);
    setPalette(p);
    m_styling = false;
}

} // namespace attest::ui
