#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace attest::ui {

// Tints a cell by the requirement status its model gives in StatusCodeRole (the mark in the text carries the
// meaning too, for colour-blind users and for printing).
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    StatusDelegate(int statusRole, QObject* parent = nullptr);
    static QColor colour(const QString& status);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace attest::ui
