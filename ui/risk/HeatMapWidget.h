#pragma once

#include "risk/Risk.h"

#include <QHash>
#include <QPair>
#include <QWidget>

namespace attest::ui {

// Likelihood × impact grid of the risk matrix, each cell in its band's colour with the number of risks in it.
// Likelihood runs upwards, impact to the right. Clicking a cell (or Enter on the focused cell) selects it; clicking
// it again clears the selection. Keyboard: arrow keys move the focus, Enter or Space selects, Escape clears.
class HeatMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeatMapWidget(QWidget* parent = nullptr);

    void setMatrix(const RiskMatrix& matrix);
    void setCounts(const QHash<QPair<int, int>, int>& counts);
    int count(int likelihood, int impact) const { return m_counts.value({likelihood, impact}); }
    int total() const;
    // Risks whose cell is not on this matrix (scored on an earlier version with other scales).
    int outsideGrid() const;
    // (0, 0): none.
    void setSelectedCell(int likelihood, int impact);
    QPair<int, int> selectedCell() const { return m_selected; }
    // The cell under a point in widget coordinates, (0, 0) outside the grid. For tests.
    QPair<int, int> cellAt(const QPoint& pos) const;
    QRect cellRect(int likelihood, int impact) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // (0, 0) when the selection was cleared.
    void cellActivated(int likelihood, int impact);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect gridRect() const;
    void activate(int likelihood, int impact);

    RiskMatrix m_matrix;
    QHash<QPair<int, int>, int> m_counts;
    QPair<int, int> m_selected{0, 0};
    QPair<int, int> m_focus{1, 1};
};

} // namespace attest::ui
