#pragma once

#include <QString>

class QHeaderView;
class QSplitter;
class QWidget;

namespace attest::ui {

// The window layout as the user left it: splitter positions, table column widths, order and sorting, and dialog
// sizes are restored from the settings under `key` and saved whenever the user changes them. A saved state that
// no longer fits (a column added by a newer version) is ignored, never half-applied.
namespace LayoutMemory {

void remember(QSplitter* splitter, const QString& key);
// Call once the header's model is set.
void remember(QHeaderView* header, const QString& key);
// A top-level dialog's size and position; restored now, saved when it closes.
void remember(QWidget* dialog, const QString& key);

} // namespace LayoutMemory
} // namespace attest::ui
