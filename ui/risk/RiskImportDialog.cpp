#include "risk/RiskImportDialog.h"

#include "common/TaskRunner.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

RiskImportDialog::RiskImportDialog(Workspace& workspace, const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_path(path)
{
    setWindowTitle(tr("Import Risk Register — %1").arg(QFileInfo(path).fileName()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = tr("Cannot read “%1”: %2.").arg(path, file.errorString());
        return;
    }
    m_data = file.readAll();
    auto preview = RiskImport::preview(m_data, 10);
    if (!preview) {
        m_loadError = preview.error().message;
        return;
    }
    m_previewData = *preview;
    m_readable = true;

    auto* intro = new QLabel(tr("Rows in the file: %1. Check what each column is read as; every row is checked before "
                                "anything is written, and nothing is imported while a problem remains.")
                                 .arg(m_previewData.totalRows));
    intro->setWordWrap(true);

    // Columns: header, examples, read as.
    m_columns = new QTableWidget(int(m_previewData.headers.size()), 3);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("Examples"), tr("Read as")});
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QList<int> guessed = RiskImport::guessMapping(m_previewData.headers);
    for (int c = 0; c < m_previewData.headers.size(); ++c) {
        m_columns->setItem(c, 0, new QTableWidgetItem(m_previewData.headers[c]));
        QStringList examples;
        for (const QStringList& row : std::as_const(m_previewData.rows)) {
            const QString v = row.value(c).simplified();
            if (!v.isEmpty() && !examples.contains(v) && examples.size() < 3) {
                examples << (v.size() > 40 ? v.left(39) + u"…"_s : v);
            }
        }
        auto* example = new QTableWidgetItem(examples.join(u" · "_s));
        example->setForeground(palette().color(QPalette::PlaceholderText));
        m_columns->setItem(c, 1, example);
        auto* box = new QComboBox;
        box->addItem(tr("(ignore)"), -1);
        for (int field = 0; field < RiskImport::FieldCount; ++field) {
            box->addItem(RiskImport::isRequired(field) ? tr("%1 (required)").arg(RiskImport::fieldLabel(field))
                                                       : RiskImport::fieldLabel(field),
                         field);
        }
        box->setCurrentIndex(std::max(0, box->findData(guessed.value(c, -1))));
        box->setAccessibleName(tr("Read column “%1” as").arg(m_previewData.headers[c]));
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updatePreviewHeaders();
            // What was checked no longer matches the columns: nothing may be imported until checked again, and an
            // agreement to add threats covered other names.
            m_import->setEnabled(false);
            if (m_createThreats->isChecked()) {
                const QSignalBlocker block(m_createThreats);
                m_createThreats->setChecked(false);
            }
            m_recheck->start();
        });
        m_columns->setCellWidget(c, 2, box);
    }
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    // The first rows as they will be read.
    m_preview = new QTableWidget(int(m_previewData.rows.size()), int(m_previewData.headers.size()));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    for (int r = 0; r < m_previewData.rows.size(); ++r) {
        for (int c = 0; c < m_previewData.headers.size(); ++c) {
            m_preview->setItem(r, c, new QTableWidgetItem(m_previewData.rows[r].value(c).simplified()));
        }
    }
    updatePreviewHeaders();

    auto* result = new QGroupBox(tr("Check"));
    auto* resultLayout = new QVBoxLayout(result);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_problems = new QListWidget;
    m_problems->setAccessibleName(tr("Problems and new threats"));
    m_createThreats = new QCheckBox;
    m_createThreats->hide();
    connect(m_createThreats, &QCheckBox::toggled, this, [this] { check(); });
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(m_problems, 1);
    resultLayout->addWidget(m_createThreats);

    auto* splitter = new QSplitter(Qt::Vertical);
    auto* columnsBox = new QGroupBox(tr("Columns"));
    (new QVBoxLayout(columnsBox))->addWidget(m_columns);
    auto* previewBox = new QGroupBox(tr("First rows"));
    (new QVBoxLayout(previewBox))->addWidget(m_preview);
    splitter->addWidget(columnsBox);
    splitter->addWidget(previewBox);
    splitter->addWidget(result);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (importNow()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    m_recheck = new QTimer(this);
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(400);
    connect(m_recheck, &QTimer::timeout, this, &RiskImportDialog::check);
    resize(980, 720);
    QTimer::singleShot(0, this, &RiskImportDialog::check);
}

QComboBox* RiskImportDialog::fieldBox(int column) const
{
    return m_columns ? qobject_cast<QComboBox*>(m_columns->cellWidget(column, 2)) : nullptr;
}

QList<int> RiskImportDialog::mapping() const
{
    QList<int> map;
    for (int c = 0; c < m_previewData.headers.size(); ++c) {
        map << fieldBox(c)->currentData().toInt();
    }
    return map;
}

void RiskImportDialog::updatePreviewHeaders()
{
    QStringList labels;
    const QList<int> map = mapping();
    for (int c = 0; c < m_previewData.headers.size(); ++c) {
        labels << (map[c] < 0 ? tr("%1\n(ignored)").arg(m_previewData.headers[c])
                              : u"%1\n→ %2"_s.arg(m_previewData.headers[c], RiskImport::fieldLabel(map[c])));
    }
    m_preview->setHorizontalHeaderLabels(labels);
}

void RiskImportDialog::check()
{
    if (!m_readable) {
        return;
    }
    m_recheck->stop();
    RiskImport::Options options;
    options.mapping = mapping();
    options.createThreats = m_createThreats->isChecked();
    Workspace& workspace = m_workspace;
    const QByteArray bytes = m_data;
    const QString path = m_path;
    RiskImportPlan plan;
    auto checked = TaskRunner::run(this, tr("Checking %1…").arg(QFileInfo(path).fileName()), [&](TaskContext&) {
        auto connection = workspace.openConnection(Workspace::Access::ReadOnly);
        if (!connection) {
            return Result<void>(connection.error());
        }
        auto result = RiskImport::plan(**connection, bytes, path, options);
        if (!result) {
            return Result<void>(result.error());
        }
        plan = *result;
        return Result<void>();
    });
    if (!checked) {
        m_plan = RiskImportPlan();
        m_plan.problems << ImportProblem{0, checked.error().message};
    } else {
        m_plan = plan;
    }
    showPlan();
}

void RiskImportDialog::showPlan()
{
    m_problems->clear();
    for (const ImportProblem& p : m_plan.problems) {
        auto* item = new QListWidgetItem(p.text());
        item->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_problems->addItem(item);
    }
    const bool unknown = m_plan.problems.isEmpty() && !m_plan.unknownThreats.isEmpty();
    if (unknown) {
        for (const RiskImportPlan::NewThreat& t : m_plan.unknownThreats) {
            QStringList lines;
            for (int line : t.lines.mid(0, 8)) {
                lines << QString::number(line);
            }
            const QString where = lines.join(u", "_s) + (t.lines.size() > 8 ? u", …"_s : QString());
            m_problems->addItem(t.lines.size() == 1 ? tr("New threat “%1” (line %2)").arg(t.name, where)
                                                    : tr("New threat “%1” (lines %2)").arg(t.name, where));
        }
        const QSignalBlocker block(m_createThreats);
        m_createThreats->setText(
            tr("Add the new threats listed above to the threat catalog (%1)").arg(m_plan.unknownThreats.size()));
    }
    m_createThreats->setVisible(unknown || m_createThreats->isChecked());
    m_summary->setText(m_plan.summary());
    m_import->setEnabled(m_plan.ok() && !m_plan.toCreate.isEmpty() && !m_workspace.isReadOnly());
}

bool RiskImportDialog::importNow()
{
    if (m_recheck->isActive() || m_plan.mapping != mapping()) {
        check(); // the mapping changed since the last check
    }
    if (!m_plan.ok() || m_plan.toCreate.isEmpty()) {
        return false;
    }
    Workspace& workspace = m_workspace;
    const RiskImportPlan plan = m_plan;
    auto applied = TaskRunner::run(this, tr("Importing %1…").arg(QFileInfo(m_path).fileName()), [&](TaskContext& task) {
        auto connection = workspace.openConnection(Workspace::Access::ReadWrite);
        if (!connection) {
            return Result<void>(connection.error());
        }
        return RiskImport::apply(**connection, plan, task.progressCallback());
    });
    if (!applied) {
        m_summary->setText(applied.error().code == ErrorCode::Cancelled
                               ? tr("The import was cancelled; nothing was imported.")
                               : applied.error().message);
        return false;
    }
    return true;
}

} // namespace attest::ui
