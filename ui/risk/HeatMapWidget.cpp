#include "risk/HeatMapWidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {

constexpr int AxisLabelWidth = 100; // likelihood names on the left
constexpr int AxisLabelHeight = 40; // impact names below
constexpr int TitleSpace = 18;

// Text that stays readable on a band colour.
QColor textOn(const QColor& background)
{
    return background.lightnessF() > 0.6 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}

} // namespace

HeatMapWidget::HeatMapWidget(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Risk heat map"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void HeatMapWidget::setMatrix(const RiskMatrix& matrix)
{
    m_matrix = matrix;
    if (!m_matrix.inRange(m_selected.first, m_selected.second)) {
        m_selected = {0, 0};
    }
    if (!m_matrix.inRange(m_focus.first, m_focus.second)) {
        m_focus = {1, 1};
    }
    updateGeometry();
    update();
}

void HeatMapWidget::setCounts(const QHash<QPair<int, int>, int>& counts)
{
    m_counts = counts;
    update();
}

int HeatMapWidget::total() const
{
    int sum = 0;
    for (int c : m_counts) {
        sum += c;
    }
    return sum;
}

int HeatMapWidget::outsideGrid() const
{
    int sum = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        sum += m_matrix.inRange(it.key().first, it.key().second) ? 0 : it.value();
    }
    return sum;
}

void HeatMapWidget::setSelectedCell(int likelihood, int impact)
{
    m_selected = {likelihood, impact};
    if (likelihood && impact) {
        m_focus = m_selected;
    }
    update();
}

QSize HeatMapWidget::sizeHint() const
{
    return {AxisLabelWidth + 56 * int(std::max<qsizetype>(m_matrix.impact.size(), 5)),
            TitleSpace + AxisLabelHeight + 52 * int(std::max<qsizetype>(m_matrix.likelihood.size(), 5))};
}

QSize HeatMapWidget::minimumSizeHint() const
{
    return {AxisLabelWidth + 54 * int(std::max<qsizetype>(m_matrix.impact.size(), 2)),
            TitleSpace + AxisLabelHeight + 28 * int(std::max<qsizetype>(m_matrix.likelihood.size(), 2))};
}

QRect HeatMapWidget::gridRect() const
{
    return rect().adjusted(AxisLabelWidth, TitleSpace, -4, -AxisLabelHeight);
}

QRect HeatMapWidget::cellRect(int likelihood, int impact) const
{
    const int rows = int(m_matrix.likelihood.size());
    const int columns = int(m_matrix.impact.size());
    if (!m_matrix.inRange(likelihood, impact)) {
        return {};
    }
    const QRect g = gridRect();
    const int x0 = g.left() + (impact - 1) * g.width() / columns;
    const int x1 = g.left() + impact * g.width() / columns;
    const int y0 = g.top() + (rows - likelihood) * g.height() / rows;
    const int y1 = g.top() + (rows - likelihood + 1) * g.height() / rows;
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

QPair<int, int> HeatMapWidget::cellAt(const QPoint& pos) const
{
    for (int l = 1; l <= m_matrix.likelihood.size(); ++l) {
        for (int i = 1; i <= m_matrix.impact.size(); ++i) {
            if (cellRect(l, i).contains(pos)) {
                return {l, i};
            }
        }
    }
    return {0, 0};
}

void HeatMapWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_matrix.likelihood.isEmpty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No risk matrix"));
        return;
    }
    const QPalette pal = palette();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(font().pointSizeF() * 1.15);

    for (int l = 1; l <= m_matrix.likelihood.size(); ++l) {
        for (int i = 1; i <= m_matrix.impact.size(); ++i) {
            const QRect r = cellRect(l, i).adjusted(1, 1, -1, -1);
            const int n = count(l, i);
            QColor fill = QColor::fromString(m_matrix.band(m_matrix.score(l, i)).colour);
            if (!fill.isValid()) {
                fill = pal.color(QPalette::Mid);
            }
            // Empty cells keep their band's hue but step back, so where risks sit stands out.
            if (n == 0) {
                fill =
                    QColor::fromHsvF(fill.hsvHueF(), fill.hsvSaturationF() * 0.35, std::min(1.0, fill.valueF() + 0.1));
            }
            p.fillRect(r, fill);
            if (n > 0) {
                p.setPen(textOn(fill));
                p.setFont(bold);
                p.drawText(r, Qt::AlignCenter, QString::number(n));
            } else {
                p.setPen(textOn(fill));
                p.setFont(small);
                p.drawText(
                    r.adjusted(3, 2, -3, -2), Qt::AlignRight | Qt::AlignTop, QString::number(m_matrix.score(l, i)));
            }
            if (m_selected == QPair<int, int>{l, i}) {
                p.setPen(QPen(pal.color(QPalette::Text), 3));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(1, 1, -2, -2));
            }
            if (hasFocus() && m_focus == QPair<int, int>{l, i}) {
                p.setPen(QPen(pal.color(QPalette::Highlight), 2, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(4, 4, -5, -5));
            }
        }
    }
    // Axes: likelihood names on the left (highest at the top), impact names below.
    p.setFont(small);
    p.setPen(pal.color(QPalette::WindowText));
    for (int l = 1; l <= m_matrix.likelihood.size(); ++l) {
        const QRect row = cellRect(l, 1);
        p.drawText(QRect(0, row.top(), AxisLabelWidth - 8, row.height()),
                   Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                   u"%1 %2"_s.arg(m_matrix.likelihood[l - 1]).arg(l));
    }
    const QRect g = gridRect();
    for (int i = 1; i <= m_matrix.impact.size(); ++i) {
        const QRect column = cellRect(1, i);
        p.drawText(QRect(column.left(), g.bottom() + 4, column.width(), AxisLabelHeight - 4),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                   u"%1\n%2"_s.arg(i).arg(m_matrix.impact[i - 1]));
    }
    QFont axis = small;
    axis.setItalic(true);
    p.setFont(axis);
    p.drawText(QRect(0, 0, width(), TitleSpace), Qt::AlignLeft | Qt::AlignVCenter, tr("Likelihood ↑   Impact →"));
}

void HeatMapWidget::activate(int likelihood, int impact)
{
    if (m_selected == QPair<int, int>{likelihood, impact}) {
        likelihood = impact = 0; // clicking the selected cell again clears it
    }
    setSelectedCell(likelihood, impact);
    Q_EMIT cellActivated(likelihood, impact);
}

void HeatMapWidget::mousePressEvent(QMouseEvent* event)
{
    const auto cell = cellAt(event->position().toPoint());
    if (cell.first && event->button() == Qt::LeftButton) {
        m_focus = cell;
        activate(cell.first, cell.second);
    }
}

void HeatMapWidget::keyPressEvent(QKeyEvent* event)
{
    const int rows = int(m_matrix.likelihood.size());
    const int columns = int(m_matrix.impact.size());
    switch (event->key()) {
    case Qt::Key_Up:
        m_focus.first = std::min(rows, m_focus.first + 1);
        break;
    case Qt::Key_Down:
        m_focus.first = std::max(1, m_focus.first - 1);
        break;
    case Qt::Key_Right:
        m_focus.second = std::min(columns, m_focus.second + 1);
        break;
    case Qt::Key_Left:
        m_focus.second = std::max(1, m_focus.second - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate(m_focus.first, m_focus.second);
        return;
    case Qt::Key_Escape:
        if (m_selected.first) {
            activate(m_selected.first, m_selected.second);
            return;
        }
        QWidget::keyPressEvent(event);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

bool HeatMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto cell = cellAt(help->pos());
        if (cell.first) {
            QToolTip::showText(help->globalPos(),
                               tr("%1\nRisks here: %2. Click to list them.")
                                   .arg(m_matrix.explain(cell.first, cell.second))
                                   .arg(count(cell.first, cell.second)),
                               this,
                               cellRect(cell.first, cell.second));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace attest::ui
