#include "Walkthrough.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {

// A frame drawn around the part of the window a step talks about; clicks go through it.
class Outline : public QWidget
{
public:
    explicit Outline(QWidget* parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setObjectName(u"walkthroughOutline"_s);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        QPen pen(palette().color(QPalette::Highlight), 3);
        p.setPen(pen);
        p.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
    }
};

} // namespace

Walkthrough::Walkthrough(QWidget* window, QList<Step> steps)
    : QFrame(window)
    , m_window(window)
    , m_steps(std::move(steps))
    , m_outline(new Outline(window))
    , m_progress(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"walkthrough"_s);
    setAccessibleName(tr("Getting started"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setFocusPolicy(Qt::StrongFocus);
    m_outline->hide();

    m_progress->setObjectName(u"walkthroughProgress"_s);
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setObjectName(u"walkthroughTitle"_s);
    m_title->setWordWrap(true);
    m_text->setObjectName(u"walkthroughText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_next->setObjectName(u"walkthroughNext"_s);
    m_back->setObjectName(u"walkthroughBack"_s);
    m_close->setObjectName(u"walkthroughClose"_s);
    m_next->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    setFixedWidth(380);

    connect(m_next, &QPushButton::clicked, this, &Walkthrough::next);
    connect(m_back, &QPushButton::clicked, this, &Walkthrough::back);
    connect(m_close, &QPushButton::clicked, this, [this] { finish(false); });
    m_window->installEventFilter(this);
    hide();
}

QString Walkthrough::title() const
{
    return m_title->text();
}

void Walkthrough::start()
{
    showStep(0);
    show();
    raise();
    m_next->setFocus();
}

void Walkthrough::next()
{
    if (m_current + 1 >= count()) {
        finish(true);
    } else {
        showStep(m_current + 1);
    }
}

void Walkthrough::back()
{
    if (m_current > 0) {
        showStep(m_current - 1);
    }
}

void Walkthrough::showStep(int index)
{
    m_current = index;
    const Step& step = m_steps.at(index);
    m_target = step.show ? step.show() : nullptr;
    m_progress->setText(tr("Getting started · step %1 of %2").arg(index + 1).arg(count()));
    m_title->setText(step.title);
    m_text->setText(step.text);
    m_back->setEnabled(index > 0);
    m_next->setText(index + 1 == count() ? tr("&Finish") : tr("&Next"));
    setAccessibleDescription(step.title + u". "_s + step.text);
    place();
}

void Walkthrough::place()
{
    // Wrapped text: the height follows from the fixed width (sizeHint alone would cut long steps short).
    layout()->activate();
    resize(width(), layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height());
    const int margin = 16;
    move(m_window->width() - width() - margin, m_window->height() - height() - margin - 24);
    raise();
    if (m_target && m_target->isVisible()) {
        const QRect r(m_target->mapTo(m_window, QPoint(0, 0)), m_target->size());
        m_outline->setGeometry(r.adjusted(-4, -4, 4, 4).intersected(m_window->rect()));
        m_outline->show();
        m_outline->raise();
        raise(); // the panel stays readable over the outline
    } else {
        m_outline->hide();
    }
}

void Walkthrough::finish(bool completed)
{
    m_outline->hide();
    hide();
    m_current = -1;
    Q_EMIT finished(completed);
}

bool Walkthrough::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Resize && isVisible()) {
        place();
    }
    return QFrame::eventFilter(watched, event);
}

void Walkthrough::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace attest::ui
