#include "StatusDelegate.h"

using namespace Qt::StringLiterals;

namespace attest::ui {

StatusDelegate::StatusDelegate(int statusRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(statusRole)
{ }

QColor StatusDelegate::colour(const QString& status)
{
    // Translucent, so they read on light and dark palettes alike.
    if (status == u"compliant"_s) {
        return QColor(0x3f, 0xa3, 0x5b, 110);
    }
    if (status == u"partial"_s) {
        return QColor(0xe0, 0xa8, 0x20, 120);
    }
    if (status == u"non_compliant"_s) {
        return QColor(0xd0, 0x45, 0x3c, 130);
    }
    if (status == u"not_applicable"_s || status == u"not_assessed"_s) {
        return QColor(0x80, 0x80, 0x80, 45);
    }
    return {};
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant status = index.data(m_role);
    if (status.isValid()) {
        const QColor c = colour(status.toString());
        if (c.isValid()) {
            option->backgroundBrush = c;
        }
    }
}

} // namespace attest::ui
