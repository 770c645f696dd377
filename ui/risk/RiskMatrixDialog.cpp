#include "risk/RiskMatrixDialog.h"

#include "risk/RiskService.h"
#include "storage/Connection.h"
#include "storage/RiskRepository.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {

enum BandColumn
{
    NameColumn,
    FromColumn,
    ToColumn,
    ColourColumn,
};

constexpr int MinSteps = 2;
constexpr int MaxSteps = 10;

QColor errorColor(const QWidget* widget)
{
    // Readable on light and dark windows alike.
    return widget->palette().color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                       : QColor(0xb0, 0x1e, 0x1e);
}

// Black or white, whichever reads better on `background`.
QColor textOn(const QColor& background)
{
    const double luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue();
    return luminance < 150 ? QColor(Qt::white) : QColor(Qt::black);
}

// Scores are 1 .. 100 (10 × 10 steps): the default integer editor would accept anything.
class ScoreDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
            spin->setRange(1, MaxSteps * MaxSteps);
        }
        return editor;
    }
};

QTableWidgetItem* scoreItem(int value)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

RiskMatrixDialog::RiskMatrixDialog(Connection& connection, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_versionNotice(new QLabel(this))
    , m_likelihood(new QTableWidget(this))
    , m_impact(new QTableWidget(this))
    , m_bands(new QTableWidget(this))
    , m_preview(new QTableWidget(this))
    , m_previewLegend(new QLabel(this))
    , m_threshold(new QSpinBox(this))
    , m_thresholdHint(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_addLikelihood(new QPushButton(tr("&Add step"), this))
    , m_removeLikelihood(new QPushButton(tr("&Remove step"), this))
    , m_addImpact(new QPushButton(tr("A&dd step"), this))
    , m_removeImpact(new QPushButton(tr("R&emove step"), this))
    , m_addBand(new QPushButton(tr("Add &level"), this))
    , m_removeBand(new QPushButton(tr("Remove le&vel"), this))
    , m_colour(new QPushButton(tr("&Colour…"), this))
{
    setObjectName(u"riskMatrixDialog"_s);
    setWindowTitle(tr("Risk matrix"));

    RiskMatrix start = RiskMatrix::defaults();
    QString loadError;
    auto current = RiskRepository(connection).currentMatrix();
    if (!current) {
        loadError = current.error().message;
    } else if (current->has_value()) {
        start = **current;
    } else {
        start.version = 0;
    }
    m_baseVersion = start.version;

    m_versionNotice->setObjectName(u"versionNoticeLabel"_s);
    m_versionNotice->setWordWrap(true);
    if (m_baseVersion > 0) {
        m_versionNotice->setText(
            tr("You are editing version %1 of the risk matrix. Saving creates version %2: risks already scored keep "
               "the version they were scored with; new and re-scored risks use the new one.")
                .arg(m_baseVersion)
                .arg(m_baseVersion + 1));
    } else {
        m_versionNotice->setText(
            tr("No risk matrix has been saved yet; these are the defaults. Saving creates version 1."));
    }

    // The scales.
    m_likelihood->setObjectName(u"likelihoodTableWidget"_s);
    m_impact->setObjectName(u"impactTableWidget"_s);
    m_addLikelihood->setObjectName(u"addLikelihoodButton"_s);
    m_removeLikelihood->setObjectName(u"removeLikelihoodButton"_s);
    m_addImpact->setObjectName(u"addImpactButton"_s);
    m_removeImpact->setObjectName(u"removeImpactButton"_s);
    auto* scales = new QHBoxLayout;
    scales->addWidget(
        buildScale(tr("Likelihood (step 1 = least likely)"), m_likelihood, m_addLikelihood, m_removeLikelihood));
    scales->addWidget(buildScale(tr("Impact (step 1 = least severe)"), m_impact, m_addImpact, m_removeImpact));

    // The levels.
    m_bands->setObjectName(u"bandTableWidget"_s);
    m_bands->setColumnCount(4);
    m_bands->setHorizontalHeaderLabels({tr("Level"), tr("From score"), tr("To score"), tr("Colour")});
    m_bands->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_bands->horizontalHeader()->setSectionResizeMode(FromColumn, QHeaderView::ResizeToContents);
    m_bands->horizontalHeader()->setSectionResizeMode(ToColumn, QHeaderView::ResizeToContents);
    m_bands->horizontalHeader()->setSectionResizeMode(ColourColumn, QHeaderView::ResizeToContents);
    m_bands->verticalHeader()->hide();
    m_bands->verticalHeader()->setDefaultSectionSize(m_bands->fontMetrics().height() + 10);
    m_bands->horizontalHeader()->setHighlightSections(false);
    m_bands->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_bands->setMinimumHeight(m_bands->verticalHeader()->defaultSectionSize() * 4);
    m_bands->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bands->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bands->setTabKeyNavigation(false);
    m_bands->setItemDelegateForColumn(FromColumn, new ScoreDelegate(m_bands));
    m_bands->setItemDelegateForColumn(ToColumn, new ScoreDelegate(m_bands));
    m_bands->setAccessibleName(tr("Levels"));
    m_bands->setToolTip(tr("Each level covers a range of scores (likelihood × impact); press Enter or double-click "
                           "a colour to change it."));
    m_addBand->setObjectName(u"addBandButton"_s);
    m_removeBand->setObjectName(u"removeBandButton"_s);
    m_colour->setObjectName(u"colourButton"_s);
    m_threshold->setObjectName(u"thresholdSpinBox"_s);
    m_threshold->setToolTip(tr("Risks scoring above the threshold need an approver, a date and a justification to be "
                               "accepted."));
    m_thresholdHint->setObjectName(u"thresholdHintLabel"_s);
    m_thresholdHint->setWordWrap(true);

    auto* levelsBox = new QGroupBox(tr("Levels"), this);
    auto* levels = new QVBoxLayout(levelsBox);
    levels->addWidget(m_bands, 1);
    auto* bandButtons = new QHBoxLayout;
    bandButtons->addWidget(m_addBand);
    bandButtons->addWidget(m_removeBand);
    bandButtons->addWidget(m_colour);
    bandButtons->addStretch();
    levels->addLayout(bandButtons);
    auto* thresholdRow = new QHBoxLayout;
    auto* thresholdLabel = new QLabel(tr("Acceptance &threshold:"), this);
    thresholdLabel->setBuddy(m_threshold);
    thresholdRow->addWidget(thresholdLabel);
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addWidget(m_thresholdHint, 1);
    levels->addLayout(thresholdRow);

    // The preview.
    m_preview->setObjectName(u"previewTableWidget"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->setShowGrid(true);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_preview->horizontalHeader()->setMinimumSectionSize(24);
    m_preview->verticalHeader()->setMinimumSectionSize(20);
    m_preview->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_preview->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_preview->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_preview->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    m_preview->setAccessibleName(tr("Preview of the matrix"));
    m_previewLegend->setObjectName(u"previewLegendLabel"_s);
    m_previewLegend->setWordWrap(true);
    m_previewLegend->setTextFormat(Qt::RichText);
    auto* previewBox = new QGroupBox(tr("Preview"), this);
    auto* preview = new QVBoxLayout(previewBox);
    auto* axes = new QLabel(tr("Rows: likelihood, most likely at the top. Columns: impact, most severe on the right. "
                               "Hover over a cell for its explanation."),
                            this);
    axes->setWordWrap(true);
    preview->addWidget(axes);
    preview->addWidget(m_preview, 1);
    preview->addWidget(m_previewLegend);

    auto* left = new QVBoxLayout;
    left->addLayout(scales, 1);
    auto* body = new QHBoxLayout;
    left->addWidget(levelsBox, 1);
    body->addLayout(left, 11);
    body->addWidget(previewBox, 10);

    m_note->setObjectName(u"noteLineEdit"_s);
    m_note->setPlaceholderText(tr("Optional: why the matrix changes (recorded with the new version)"));
    auto* noteForm = new QFormLayout;
    noteForm->addRow(tr("&Why this change:"), m_note);

    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, errorColor(this));
    m_message->setPalette(p);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, &RiskMatrixDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_versionNotice);
    layout->addLayout(body, 1);
    layout->addLayout(noteForm);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_addLikelihood, &QPushButton::clicked, this, [this] { addStep(m_likelihood); });
    connect(m_removeLikelihood, &QPushButton::clicked, this, [this] { removeStep(m_likelihood); });
    connect(m_addImpact, &QPushButton::clicked, this, [this] { addStep(m_impact); });
    connect(m_removeImpact, &QPushButton::clicked, this, [this] { removeStep(m_impact); });
    connect(m_addBand, &QPushButton::clicked, this, &RiskMatrixDialog::addBand);
    connect(m_removeBand, &QPushButton::clicked, this, &RiskMatrixDialog::removeBand);
    connect(m_colour, &QPushButton::clicked, this, [this] {
        chooseColour(m_bands->currentRow() >= 0 ? m_bands->currentRow() : m_bands->rowCount() - 1);
    });
    connect(m_bands, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == ColourColumn) {
            chooseColour(row);
        }
    });
    for (QTableWidget* table : {m_likelihood, m_impact, m_bands}) {
        // Enter edits the cell instead of reaching the dialog, where it would save a new version.
        table->installEventFilter(this);
        connect(table, &QTableWidget::itemChanged, this, &RiskMatrixDialog::refresh);
    }
    connect(m_threshold, &QSpinBox::valueChanged, this, &RiskMatrixDialog::refresh);

    if (!loadError.isEmpty()) {
        m_blocked = loadError;
    } else if (connection.isReadOnly()) {
        m_blocked =
            tr("The workspace is open read-only, so the matrix cannot be changed. %1").arg(connection.readOnlyReason());
    }
    if (connection.isReadOnly()) {
        for (QTableWidget* table : {m_likelihood, m_impact, m_bands}) {
            table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        }
        m_threshold->setReadOnly(true);
        m_note->setReadOnly(true);
    }
    load(start);
    m_likelihood->setFocus();
    resize(980, 660);
}

RiskMatrixDialog::~RiskMatrixDialog()
{
    // An editor still open commits when the dialog goes away; the dialog must not react to it then.
    for (QTableWidget* table : {m_likelihood, m_impact, m_bands}) {
        table->disconnect(this);
    }
}

QWidget* RiskMatrixDialog::buildScale(const QString& title, QTableWidget* table, QPushButton* add, QPushButton* remove)
{
    auto* box = new QGroupBox(title, this);
    table->setColumnCount(1);
    table->setHorizontalHeaderLabels({tr("Step name")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->setAccessibleName(title);
    table->verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    // Heights come from the layout's stretch, not from the tables' generic size hint.
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    table->setMinimumHeight(table->verticalHeader()->defaultSectionSize() * 4);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(table, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    layout->addLayout(row);
    return box;
}

void RiskMatrixDialog::load(const RiskMatrix& matrix)
{
    m_loading = true;
    fillSteps(m_likelihood, matrix.likelihood);
    fillSteps(m_impact, matrix.impact);
    m_bands->setRowCount(0);
    for (const RiskBand& band : matrix.bands) {
        appendBand(band);
    }
    m_threshold->setRange(1, std::max(1, matrix.maxScore()));
    m_threshold->setValue(matrix.acceptanceThreshold);
    m_lastMaxScore = matrix.maxScore();
    m_loading = false;
    refresh();
}

void RiskMatrixDialog::fillSteps(QTableWidget* table, const QStringList& steps)
{
    table->setRowCount(0);
    for (const QString& step : steps) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(step));
    }
}

void RiskMatrixDialog::appendBand(const RiskBand& band)
{
    const int row = m_bands->rowCount();
    m_bands->insertRow(row);
    m_bands->setItem(row, NameColumn, new QTableWidgetItem(band.name));
    m_bands->setItem(row, FromColumn, scoreItem(band.min));
    m_bands->setItem(row, ToColumn, scoreItem(band.max));
    auto* colour = new QTableWidgetItem;
    colour->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_bands->setItem(row, ColourColumn, colour);
    setBandColour(row, band.colour);
}

void RiskMatrixDialog::setBandColour(int row, const QString& colour)
{
    QTableWidgetItem* item = m_bands->item(row, ColourColumn);
    if (!item) {
        return;
    }
    item->setText(colour);
    const QColor c(colour);
    item->setData(Qt::DecorationRole, c.isValid() ? QVariant(c) : QVariant());
    item->setToolTip(tr("Press Enter or double-click to choose another colour."));
}

void RiskMatrixDialog::chooseColour(int row)
{
    QTableWidgetItem* item = m_bands->item(row, ColourColumn);
    if (!item || !m_blocked.isEmpty()) {
        return;
    }
    const QString name = m_bands->item(row, NameColumn) ? m_bands->item(row, NameColumn)->text() : QString();
    const QColor chosen = QColorDialog::getColor(QColor(item->text()), this, tr("Colour of “%1”").arg(name));
    if (chosen.isValid()) {
        setBandColour(row, chosen.name(QColor::HexRgb));
    }
}

void RiskMatrixDialog::addStep(QTableWidget* table)
{
    if (table->rowCount() >= MaxSteps) {
        return;
    }
    m_loading = true;
    const int row = table->rowCount();
    table->insertRow(row);
    auto* item = new QTableWidgetItem(tr("Step %1").arg(row + 1));
    table->setItem(row, 0, item);
    table->setCurrentItem(item);
    m_loading = false;
    refresh();
    if (table->isVisible()) {
        table->editItem(item);
    }
}

void RiskMatrixDialog::removeStep(QTableWidget* table)
{
    if (table->rowCount() <= MinSteps) {
        return;
    }
    const int row = table->currentRow() >= 0 ? table->currentRow() : table->rowCount() - 1;
    m_loading = true;
    table->removeRow(row);
    m_loading = false;
    refresh();
}

void RiskMatrixDialog::addBand()
{
    const int maxScore = matrix().maxScore();
    RiskBand band{tr("New level"), 1, maxScore, u"#8a8a8a"_s};
    m_loading = true;
    const int last = m_bands->rowCount() - 1;
    if (last >= 0) {
        const int lastMin = m_bands->item(last, FromColumn)->data(Qt::EditRole).toInt();
        const int lastMax = m_bands->item(last, ToColumn)->data(Qt::EditRole).toInt();
        if (lastMax >= maxScore && lastMax > lastMin) {
            // Share the top level's range, so the matrix stays valid.
            const int middle = (lastMin + lastMax) / 2;
            m_bands->item(last, ToColumn)->setData(Qt::EditRole, middle);
            band.min = middle + 1;
        } else {
            band.min = lastMax + 1;
        }
        band.max = std::max(band.min, maxScore);
    }
    appendBand(band);
    m_bands->setCurrentCell(last + 1, NameColumn);
    m_loading = false;
    refresh();
    if (m_bands->isVisible()) {
        m_bands->editItem(m_bands->item(last + 1, NameColumn));
    }
}

void RiskMatrixDialog::removeBand()
{
    if (m_bands->rowCount() <= 1) {
        return;
    }
    const int row = m_bands->currentRow() >= 0 ? m_bands->currentRow() : m_bands->rowCount() - 1;
    m_loading = true;
    // Its neighbour takes over its scores, so the matrix stays covered.
    if (row > 0) {
        m_bands->item(row - 1, ToColumn)->setData(Qt::EditRole, m_bands->item(row, ToColumn)->data(Qt::EditRole));
    } else {
        m_bands->item(1, FromColumn)->setData(Qt::EditRole, m_bands->item(0, FromColumn)->data(Qt::EditRole));
    }
    m_bands->removeRow(row);
    m_loading = false;
    refresh();
}

RiskMatrix RiskMatrixDialog::matrix() const
{
    RiskMatrix m;
    m.version = m_baseVersion;
    for (const auto& [table, steps] : {std::pair{m_likelihood, &m.likelihood}, std::pair{m_impact, &m.impact}}) {
        for (int row = 0; row < table->rowCount(); ++row) {
            const QTableWidgetItem* item = table->item(row, 0);
            *steps << (item ? item->text().trimmed() : QString());
        }
    }
    for (int row = 0; row < m_bands->rowCount(); ++row) {
        auto text = [this, row](int column) {
            const QTableWidgetItem* item = m_bands->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        auto number = [this, row](int column) {
            const QTableWidgetItem* item = m_bands->item(row, column);
            return item ? item->data(Qt::EditRole).toInt() : 0;
        };
        m.bands << RiskBand{text(NameColumn), number(FromColumn), number(ToColumn), text(ColourColumn)};
    }
    m.acceptanceThreshold = m_threshold->value();
    return m;
}

void RiskMatrixDialog::followMaxScore(int oldMax, int newMax)
{
    const int last = m_bands->rowCount() - 1;
    if (oldMax <= 0 || last < 0) {
        return;
    }
    QTableWidgetItem* from = m_bands->item(last, FromColumn);
    QTableWidgetItem* to = m_bands->item(last, ToColumn);
    if (from && to && to->data(Qt::EditRole).toInt() == oldMax && from->data(Qt::EditRole).toInt() <= newMax) {
        to->setData(Qt::EditRole, newMax);
    }
}

void RiskMatrixDialog::refresh()
{
    if (m_loading) {
        return;
    }
    m_saveError.clear();
    RiskMatrix m = matrix();
    const int maxScore = m.maxScore();
    if (maxScore != m_lastMaxScore) {
        m_loading = true;
        followMaxScore(m_lastMaxScore, maxScore);
        {
            const QSignalBlocker blocker(m_threshold);
            m_threshold->setMaximum(std::max(1, maxScore));
        }
        m_lastMaxScore = maxScore;
        m_loading = false;
        m = matrix();
    }

    const bool editable = m_blocked.isEmpty();
    m_addLikelihood->setEnabled(editable && m.likelihood.size() < MaxSteps);
    m_removeLikelihood->setEnabled(editable && m.likelihood.size() > MinSteps);
    m_addImpact->setEnabled(editable && m.impact.size() < MaxSteps);
    m_removeImpact->setEnabled(editable && m.impact.size() > MinSteps);
    m_removeBand->setEnabled(editable && m.bands.size() > 1);
    m_addBand->setEnabled(editable);
    m_colour->setEnabled(editable && !m.bands.isEmpty());

    const auto valid = m.validate();
    if (!m_blocked.isEmpty()) {
        m_message->setText(m_blocked);
    } else if (!valid) {
        m_message->setText(valid.error().message);
    } else {
        m_message->setText(m_saveError);
    }
    m_save->setEnabled(valid.ok() && editable);
    updateThresholdHint(m);
    updatePreview(m);
}

void RiskMatrixDialog::updateThresholdHint(const RiskMatrix& m)
{
    const int value = m.acceptanceThreshold;
    const QString level = m.band(value).name;
    m_thresholdHint->setText(
        level.isEmpty() ? tr("Scores above %1 need an approver to be accepted.").arg(value)
                        : tr("Scores up to %1 (%2) may be accepted by the risk owner; higher ones need an approver.")
                              .arg(value)
                              .arg(level));
}

bool RiskMatrixDialog::eventFilter(QObject* watched, QEvent* event)
{
    auto* table = qobject_cast<QTableWidget*>(watched);
    if (table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            QTableWidgetItem* item = table->currentItem();
            // An open editor sees Enter first and commits; the key then arrives here and must stop here too.
            if (item && !table->indexWidget(table->currentIndex())) {
                if (table == m_bands && item->column() == ColourColumn) {
                    chooseColour(item->row());
                } else if (table->editTriggers() != QAbstractItemView::NoEditTriggers) {
                    table->editItem(item);
                }
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RiskMatrixDialog::updatePreview(const RiskMatrix& m)
{
    const int rows = int(m.likelihood.size());
    const int columns = int(m.impact.size());
    m_preview->clear();
    m_preview->setRowCount(rows);
    m_preview->setColumnCount(columns);
    QStringList rowLabels;
    for (int l = rows; l >= 1; --l) {
        rowLabels << tr("%1 %2").arg(l).arg(m.likelihood.at(l - 1));
    }
    QStringList columnLabels;
    for (int i = 1; i <= columns; ++i) {
        columnLabels << tr("%1\n%2").arg(i).arg(m.impact.at(i - 1));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
    m_preview->setHorizontalHeaderLabels(columnLabels);
    QFont bold = m_preview->font();
    bold.setBold(true);
    for (int row = 0; row < rows; ++row) {
        const int l = rows - row;
        for (int i = 1; i <= columns; ++i) {
            const int score = m.score(l, i);
            auto* item = new QTableWidgetItem(QString::number(score));
            item->setTextAlignment(Qt::AlignCenter);
            const RiskBand band = m.band(score);
            const QColor colour(band.colour);
            if (colour.isValid()) {
                item->setBackground(colour);
                item->setForeground(textOn(colour));
            }
            QString tip =
                band.name.isEmpty() ? tr("Score %1 is not covered by any level.").arg(score) : m.explain(l, i);
            if (m.needsApproval(score)) {
                item->setFont(bold);
                tip = tr("%1\nAbove the acceptance threshold: accepting it needs an approver.").arg(tip);
            }
            item->setToolTip(tip);
            m_preview->setItem(row, i - 1, item);
        }
    }

    QStringList legend;
    for (const RiskBand& band : m.bands) {
        const QString range =
            band.min == band.max ? QString::number(band.min) : tr("%1–%2").arg(band.min).arg(band.max);
        legend << tr("<span style=\"color:%1\">■</span>&nbsp;%2&nbsp;(%3)")
                      .arg(QColor(band.colour).isValid() ? band.colour : u"transparent"_s,
                           band.name.toHtmlEscaped(),
                           range);
    }
    m_previewLegend->setText(tr("%1<br>Bold scores are above the acceptance threshold (%2).")
                                 .arg(legend.join(u" &nbsp; "_s))
                                 .arg(m.acceptanceThreshold));
}

void RiskMatrixDialog::save()
{
    const RiskMatrix m = matrix();
    auto saved = RiskService(m_connection).saveMatrix(m, m_note->text(), m_baseVersion);
    if (!saved) {
        // Shown until the next edit; the dialog stays open so nothing entered is lost.
        m_saveError = saved.error().message;
        m_message->setText(m_saveError);
        return;
    }
    m_savedVersion = *saved;
    accept();
}

} // namespace attest::ui
