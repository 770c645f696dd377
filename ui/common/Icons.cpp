#include "Icons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace attest::ui {

QIcon swatchIcon(const QColor& colour, int logicalSize)
{
    static QHash<quint64, QIcon> cache;
    const quint64 key = (quint64(colour.rgba()) << 16) | quint64(logicalSize & 0xffff);
    if (const auto it = cache.constFind(key); it != cache.constEnd()) {
        return it.value();
    }
    QIcon icon;
    for (const qreal ratio : {1.0, 1.5, 2.0, 3.0}) {
        const int pixels = qRound(logicalSize * ratio);
        QPixmap pixmap(pixels, pixels);
        pixmap.fill(Qt::transparent);
        {
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(colour.darker(140), ratio));
            p.setBrush(colour);
            const qreal inset = ratio / 2;
            p.drawRoundedRect(QRectF(inset, inset, pixels - 2 * inset, pixels - 2 * inset), ratio * 2, ratio * 2);
        }
        pixmap.setDevicePixelRatio(ratio);
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

QIcon applicationIcon()
{
    return QIcon::fromTheme(u"org.attest.Attest"_s, QIcon(u":/attest/icons/attest.svg"_s));
}

} // namespace attest::ui
