#include "LayoutMemory.h"

#include <QAbstractItemModel>
#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace attest::ui::LayoutMemory {

namespace {

QString settingsKey(const QString& key)
{
    return u"layout/"_s + key;
}

// Saves a dialog's geometry when it is hidden (closed, accepted or rejected).
class GeometryKeeper : public QObject
{
public:
    GeometryKeeper(QWidget* widget, QString key)
        : QObject(widget)
        , m_key(std::move(key))
    { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Hide) {
            QSettings().setValue(m_key, static_cast<QWidget*>(watched)->saveGeometry());
        }
        return false;
    }

private:
    QString m_key;
};

// How many panes a saved splitter state describes (QSplitter::saveState: marker, version, the sizes, ...).
int paneCount(const QByteArray& state)
{
    QDataStream stream(state);
    qint32 marker = 0;
    qint32 version = 0;
    QList<int> sizes;
    stream >> marker >> version >> sizes;
    return stream.status() == QDataStream::Ok ? int(sizes.size()) : -1;
}

} // namespace

void remember(QSplitter* splitter, const QString& key)
{
    const QString name = settingsKey(key);
    const QByteArray state = QSettings().value(name).toByteArray();
    if (!state.isEmpty() && paneCount(state) == splitter->count()) {
        splitter->restoreState(state);
    }
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter, name] {
        QSettings().setValue(name, splitter->saveState());
    });
}

void remember(QHeaderView* header, const QString& key)
{
    const QString name = settingsKey(key);
    const int columns = header->model() ? header->model()->columnCount() : header->count();
    const QByteArray state = QSettings().value(name).toByteArray();
    if (!state.isEmpty()) {
        const QByteArray before = header->saveState();
        if (!header->restoreState(state) || header->count() != columns) {
            header->restoreState(before);
        }
    }
    auto save = [header, name] { QSettings().setValue(name, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
}

void remember(QWidget* dialog, const QString& key)
{
    const QString name = settingsKey(key);
    const QByteArray geometry = QSettings().value(name).toByteArray();
    if (!geometry.isEmpty()) {
        dialog->restoreGeometry(geometry);
    }
    dialog->installEventFilter(new GeometryKeeper(dialog, name));
}

} // namespace attest::ui::LayoutMemory
