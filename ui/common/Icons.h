#pragma once

#include <QColor>
#include <QIcon>

namespace attest::ui {

// A small square of `colour` (risk levels, statuses), sharp on every screen: the icon holds pixmaps for device
// pixel ratios 1, 1.5, 2 and 3, and a thin darker edge keeps light colours visible on light and dark palettes.
// Icons are cached per colour and size, so views can ask for one while painting.
QIcon swatchIcon(const QColor& colour, int logicalSize = 12);

// The application's icon: the SVG, which renders sharp at any size and density.
QIcon applicationIcon();

} // namespace attest::ui
