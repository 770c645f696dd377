#include "CatalogView.h"

#include "catalog/CatalogTitles.h"
#include "catalog/CatalogTreeModel.h"
#include "catalog/OscalImport.h"
#include "common/LayoutMemory.h"
#include "common/MessageBar.h"
#include "common/TaskRunner.h"
#include "oscal/OscalCatalogExport.h"
#include "storage/CatalogRepository.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// A mapping read from the other end: "A is a subset of B" seen from B is "B is a superset of A".
QString relationshipFromHere(const QString& relationship, bool outgoing)
{
    if (!outgoing && relationship == u"subset"_s) {
        return u"superset"_s;
    }
    if (!outgoing && relationship == u"superset"_s) {
        return u"subset"_s;
    }
    return relationship;
}

QString relationshipLabel(const QString& relationship)
{
    if (relationship == u"equal"_s) {
        return CatalogView::tr("equal to");
    }
    if (relationship == u"subset"_s) {
        return CatalogView::tr("part of");
    }
    if (relationship == u"superset"_s) {
        return CatalogView::tr("covers");
    }
    if (relationship == u"intersect"_s) {
        return CatalogView::tr("overlaps");
    }
    return CatalogView::tr("related to");
}

QString provenanceLabel(const QString& kind)
{
    if (kind == u"published"_s) {
        return CatalogView::tr("Published crosswalk");
    }
    if (kind == u"derived"_s) {
        return CatalogView::tr("Derived");
    }
    return CatalogView::tr("Authored");
}

// Text with the line breaks and indentation of an imported statement, for the page.
QString multiline(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(u'\n')) {
        qsizetype spaces = 0;
        while (spaces < line.size() && line.at(spaces) == u' ') {
            ++spaces;
        }
        lines << QString(spaces * 2, QChar(0x00A0)) + esc(line.mid(spaces));
    }
    return lines.join(u"<br>"_s);
}

QString flagsText(const QString& json)
{
    const QJsonObject flags = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    for (auto it = flags.begin(); it != flags.end(); ++it) {
        if (it.key() == u"oscalKind"_s) {
            continue;
        }
        if (it.key() == u"oscal"_s) {
            // An imported node: its OSCAL id, which profiles and other tools refer to.
            const QString id = it.value().toObject().value(u"id"_s).toString();
            if (!id.isEmpty()) {
                parts << CatalogView::tr("OSCAL id: %1").arg(id);
            }
            continue;
        }
        QString value = it.value().isArray() ? it.value().toVariant().toStringList().join(u", "_s)
                                             : it.value().toVariant().toString();
        if (it.key() == u"implementation"_s) {
            parts << CatalogView::tr("Implementation: %1").arg(value);
        } else if (it.key() == u"theme"_s) {
            parts << CatalogView::tr("Theme: %1").arg(value);
        } else if (it.key() == u"safeguard"_s) {
            parts << CatalogView::tr("Safeguard: %1").arg(value);
        } else if (it.key() == u"tactics"_s) {
            parts << CatalogView::tr("Tactics: %1").arg(value);
        } else if (it.key() == u"maturity"_s) {
            parts << CatalogView::tr("Maturity: %1").arg(value);
        } else if (it.key() == u"titleIncluded"_s) {
            parts << CatalogView::tr("The standard's heading is not included");
        } else if (it.key() == u"titleStatus"_s) {
            parts << CatalogView::tr("Heading %1 against the official text").arg(value);
        } else {
            parts << u"%1: %2"_s.arg(it.key(), value);
        }
    }
    return parts.join(u" · "_s);
}

} // namespace

CatalogView::CatalogView(Workspace& workspace, MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messages(messages)
    , m_model(new CatalogTreeModel(workspace.connection(), workspace.notifier(), this))
    , m_search(new QLineEdit(this))
    , m_left(new QStackedWidget(this))
    , m_tree(new QTreeView(this))
    , m_results(new QListWidget(this))
    , m_page(new QTextBrowser(this))
    , m_backButton(new QToolButton(this))
    , m_forwardButton(new QToolButton(this))
    , m_importAction(new QAction(tr("&Import OSCAL Catalog or Profile…"), this))
    , m_exportAction(new QAction(tr("&Export as OSCAL Catalog…"), this))
{
    setObjectName(u"catalogView"_s);
    m_search->setObjectName(u"catalogSearchLineEdit"_s);
    m_search->setPlaceholderText(tr("Search all catalogs: words or beginnings of words…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the catalogs"));

    m_tree->setObjectName(u"catalogTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(CatalogTreeModel::RefColumn, 170);
    m_tree->setAccessibleName(tr("Frameworks and requirements"));
    m_results->setObjectName(u"searchResultsList"_s);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_left->addWidget(m_tree);
    m_left->addWidget(m_results);

    m_page->setObjectName(u"requirementPage"_s);
    m_page->setOpenLinks(false);
    m_page->setAccessibleName(tr("Requirement"));
    m_backButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_backButton->setToolTip(tr("Back (Alt+Left)"));
    m_backButton->setShortcut(QKeySequence::Back);
    m_forwardButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_forwardButton->setToolTip(tr("Forward (Alt+Right)"));
    m_forwardButton->setShortcut(QKeySequence::Forward);

    m_importAction->setObjectName(u"importOscalAction"_s);
    m_importAction->setProperty("noShortcut", tr("An occasional import"));
    m_exportAction->setProperty("noShortcut", tr("An occasional export"));
    m_importAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_importAction->setToolTip(tr("Bring in an OSCAL catalog you license (JSON, OSCAL 1.0 to 1.2), or a profile that "
                                  "selects from one, as a framework of this workspace"));
    m_importAction->setEnabled(!workspace.isReadOnly());
    m_exportAction->setObjectName(u"exportOscalAction"_s);
    m_exportAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_exportAction->setToolTip(tr("Write the framework being browsed as an OSCAL 1.1.3 catalog (JSON)"));
    connect(m_importAction, &QAction::triggered, this, &CatalogView::importOscal);
    connect(m_exportAction, &QAction::triggered, this, &CatalogView::exportOscal);
    auto* importButton = new QToolButton(this);
    importButton->setDefaultAction(m_importAction);
    importButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    importButton->setText(tr("Import OSCAL…"));
    auto* exportButton = new QToolButton(this);
    exportButton->setDefaultAction(m_exportAction);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setText(tr("Export as OSCAL…"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_left, 1);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* navigation = new QHBoxLayout;
    navigation->addWidget(m_backButton);
    navigation->addWidget(m_forwardButton);
    navigation->addStretch();
    navigation->addWidget(importButton);
    navigation->addWidget(exportButton);
    rightLayout->addLayout(navigation);
    rightLayout->addWidget(m_page, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    LayoutMemory::remember(splitter, u"catalogs/main"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &CatalogView::search);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(CatalogTreeModel::RequirementIdRole).toLongLong();
        if (id) {
            showRequirement(id);
        } else if (const Framework* f = m_model->frameworkAt(index)) {
            showFramework(*f);
        }
    });
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) {
            showRequirement(item->data(Qt::UserRole).toLongLong());
        }
    });
    connect(m_page, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == u"req"_s) {
            showRequirement(url.path().toLongLong());
        }
    });
    connect(m_backButton, &QToolButton::clicked, this, &CatalogView::back);
    connect(m_forwardButton, &QToolButton::clicked, this, &CatalogView::forward);
    connect(m_model, &CatalogTreeModel::errorOccurred, this, [this](const QString& message) {
        m_messages->showMessage(MessageBar::Level::Error, message);
    });
    updateHistoryButtons();
    m_page->setHtml(tr("<p>Choose a framework or a requirement, or search all catalogs.</p>"));
}

QList<QAction*> CatalogView::catalogActions() const
{
    return {m_importAction, m_exportAction};
}

QString CatalogView::currentFrameworkKey() const
{
    const Framework* f = m_model->frameworkAt(m_tree->currentIndex());
    return f ? f->key : QString();
}

void CatalogView::selectFramework(const QString& key)
{
    const QModelIndex index = m_model->indexOfFramework(key);
    if (!index.isValid()) {
        return;
    }
    m_search->clear();
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void CatalogView::importOscal()
{
    if (m_workspace.isReadOnly()) {
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this,
                                     tr("Import OSCAL Catalog or Profile"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                     tr("OSCAL JSON (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        importOscalFile(path, QString());
    }
}

bool CatalogView::importOscalFile(const QString& path, const QString& catalogKey)
{
    const QString fileName = QFileInfo(path).fileName();
    Workspace& workspace = m_workspace;
    OscalImport::Outcome outcome;
    auto imported = TaskRunner::run(this, tr("Importing %1…").arg(fileName), [&](TaskContext& task) -> Result<void> {
        auto connection = workspace.openConnection(Workspace::Access::ReadWrite);
        if (!connection) {
            return connection.error();
        }
        auto result = OscalImport::importFile(**connection, path, catalogKey, task.progressCallback());
        if (!result) {
            return result.error();
        }
        outcome = *result;
        return {};
    });
    if (!imported && imported.error().code == ErrorCode::NotFound && catalogKey.isEmpty()) {
        // A profile whose catalog could not be matched by itself: the user says which framework it selects from.
        auto frameworks = CatalogRepository(m_workspace.connection()).frameworks();
        QStringList names;
        QStringList keys;
        for (const Framework& f : frameworks ? *frameworks : QList<Framework>()) {
            names << tr("%1 (%2)").arg(f.name, f.key);
            keys << f.key;
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this,
            tr("Import OSCAL Profile"),
            tr("%1\n\nWhich framework does this profile select from?").arg(imported.error().message),
            names,
            0,
            false,
            &ok);
        if (!ok || chosen.isEmpty()) {
            return false;
        }
        return importOscalFile(path, keys.value(names.indexOf(chosen)));
    }
    if (!imported) {
        const QString message = imported.error().code == ErrorCode::Cancelled
                                    ? tr("The import of %1 was cancelled; nothing was imported.").arg(fileName)
                                    : tr("%1 was not imported: %2").arg(fileName, imported.error().message);
        m_messages->showMessage(MessageBar::Level::Error, message, true);
        return false;
    }
    selectFramework(outcome.frameworkKey);
    if (outcome.parsed.tolerated.isEmpty()) {
        m_messages->showMessage(MessageBar::Level::Success, outcome.summary());
        return true;
    }
    // What was tolerated is worth a look: the user decides whether the file can be trusted as it is.
    m_messages->showMessage(MessageBar::Level::Info,
                            tr("%1 Deviations from the OSCAL schema tolerated: %2.")
                                .arg(outcome.summary())
                                .arg(outcome.parsed.tolerated.size()),
                            true);
    QMessageBox box(
        QMessageBox::Information, tr("Import OSCAL Catalog or Profile"), outcome.summary(), QMessageBox::Ok, this);
    box.setObjectName(u"oscalToleratedBox"_s);
    box.setInformativeText(tr("The file deviates from the OSCAL schema where its meaning is still clear; Attest "
                              "read it like this:\n\n• %1")
                               .arg(outcome.parsed.tolerated.join(u"\n• "_s)));
    box.exec();
    return true;
}

void CatalogView::exportOscal()
{
    QString key = currentFrameworkKey();
    auto frameworks = CatalogRepository(m_workspace.connection()).frameworks();
    if (!frameworks) {
        m_messages->showMessage(MessageBar::Level::Error, frameworks.error().message);
        return;
    }
    if (key.isEmpty()) {
        QStringList names;
        for (const Framework& f : *frameworks) {
            names << tr("%1 (%2)").arg(f.name, f.key); // names may repeat (imports of the same title); keys do not
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Export as OSCAL Catalog"), tr("Framework to export:"), names, 0, false, &ok);
        if (!ok || names.indexOf(chosen) < 0) {
            return;
        }
        key = frameworks->at(names.indexOf(chosen)).key;
    }
    QString name = key;
    for (const Framework& f : *frameworks) {
        if (f.key == key) {
            name = f.name;
        }
    }
    // The dialog adds ".json" itself, so that it can ask before replacing a file of that name.
    QFileDialog dialog(this,
                       tr("Export %1 as OSCAL Catalog").arg(name),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + key +
                           u"-oscal.json"_s,
                       tr("OSCAL JSON (*.json)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"json"_s);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return;
    }
    const QString path = dialog.selectedFiles().constFirst();
    exportFramework(key, path);
}

bool CatalogView::exportFramework(const QString& key, const QString& path)
{
    QString name = key;
    if (auto found = CatalogRepository(m_workspace.connection()).framework(key); found && found->has_value()) {
        name = (*found)->name;
    }
    Workspace& workspace = m_workspace;
    int count = 0;
    auto exported = TaskRunner::run(this, tr("Exporting %1…").arg(name), [&](TaskContext&) -> Result<void> {
        auto connection = workspace.openConnection(Workspace::Access::ReadOnly);
        if (!connection) {
            return connection.error();
        }
        auto written = OscalCatalogExport::exportToFile(**connection, key, path);
        if (!written) {
            return written.error();
        }
        count = *written;
        return {};
    });
    if (!exported) {
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("%1 was not exported: %2").arg(name, exported.error().message));
        return false;
    }
    m_messages->showMessage(
        MessageBar::Level::Success,
        tr("Exported %1 (%2 requirements) as an OSCAL %3 catalog to %4.")
            .arg(name)
            .arg(count)
            .arg(QString::fromLatin1(OscalCatalogExport::OscalVersion), QDir::toNativeSeparators(path)));
    return true;
}

void CatalogView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CatalogView::search(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_left->setCurrentWidget(m_tree);
        return;
    }
    auto hits = CatalogRepository(m_workspace.connection()).search(text);
    m_results->clear();
    m_left->setCurrentWidget(m_results);
    if (!hits) {
        m_messages->showMessage(MessageBar::Level::Error, hits.error().message);
        return;
    }
    const CatalogTitles titles(m_workspace.connection());
    for (const SearchHit& hit : *hits) {
        QString snippet = hit.snippet;
        snippet.remove(QChar(0x0002)).remove(QChar(0x0003));
        // A match in the title needs no second line repeating it: show what the requirement is about instead.
        if (snippet.simplified() == hit.requirement.title.simplified()) {
            snippet = hit.requirement.summary;
        }
        QString line = u"%1 · %2  %3"_s.arg(hit.frameworkShortName, hit.requirement.ref, titles.title(hit.requirement));
        if (!snippet.trimmed().isEmpty()) {
            line += u"\n"_s + snippet.simplified();
        }
        auto* item = new QListWidgetItem(line, m_results);
        item->setData(Qt::UserRole, hit.requirement.id);
        item->setToolTip(hit.requirement.summary);
    }
    if (hits->isEmpty()) {
        auto* item = new QListWidgetItem(tr("No requirement matches “%1”.").arg(text.trimmed()), m_results);
        item->setFlags(Qt::NoItemFlags);
    }
}

void CatalogView::showFramework(const Framework& f)
{
    m_page->setHtml(tr("<h2>%1</h2><p>%2</p><p><b>Source:</b> %3<br><b>Publisher:</b> %4<br><b>In force "
                       "from:</b> %5</p><p>%6 requirements, %7 of them assessable.</p><p><b>Attribution:</b> "
                       "%8<br><b>Licence:</b> %9</p>")
                        .arg(esc(f.name),
                             esc(f.edition),
                             esc(f.sourceDocument),
                             esc(f.publisher),
                             esc(f.effectiveDate.isEmpty() ? tr("not stated") : f.effectiveDate),
                             QString::number(f.requirementCount),
                             QString::number(f.assessableCount),
                             esc(f.attribution),
                             esc(f.licence)));
}

void CatalogView::showRequirement(qint64 requirementId, bool record)
{
    CatalogRepository repository(m_workspace.connection());
    auto requirement = repository.requirement(requirementId);
    if (!requirement || !requirement->has_value()) {
        return;
    }
    const Requirement& r = **requirement;
    if (record && requirementId != m_current) {
        m_history = m_history.mid(0, m_historyPos + 1);
        m_history << requirementId;
        m_historyPos = int(m_history.size()) - 1;
    }
    m_current = requirementId;
    updateHistoryButtons();

    const QModelIndex index = m_model->indexOfRequirement(requirementId);
    if (index.isValid() && m_tree->currentIndex() != index) {
        const QSignalBlocker block(m_tree->selectionModel());
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }

    auto frameworks = repository.frameworks();
    Framework framework;
    if (frameworks) {
        for (const Framework& f : *frameworks) {
            if (f.id == r.frameworkId) {
                framework = f;
            }
        }
    }
    const CatalogTitles titles(m_workspace.connection());
    QString html = u"<h2>%1 &nbsp;%2</h2>"_s.arg(esc(r.ref), esc(titles.title(r)));
    if (titles.isLocalized(r.id)) {
        // The official English title stays the title of record: shown under the one in the UI language.
        html += u"<p><i>%1</i></p>"_s.arg(esc(titles.officialTooltip(r)));
    }
    QStringList meta{esc(framework.name), esc(r.kind)};
    if (r.assessable) {
        meta << tr("assessable");
    }
    html += u"<p>%1</p>"_s.arg(meta.join(u" · "_s));
    if (r.status == u"changed"_s) {
        html += tr("<p><b>Changed:</b> %1</p>").arg(esc(r.statusNote));
    } else if (r.status == u"withdrawn"_s) {
        html += tr("<p><b>Withdrawn:</b> %1</p>")
                    .arg(esc(r.statusNote.isEmpty() ? tr("withdrawn by its publisher") : r.statusNote));
    }
    if (!r.summary.isEmpty()) {
        html += tr("<h4>In short</h4><p>%1</p>").arg(esc(r.summary));
    }
    if (!r.question.isEmpty()) {
        html += tr("<h4>Interview question</h4><p><i>%1</i></p>").arg(esc(r.question));
    }
    if (!r.statement.isEmpty()) {
        html += tr("<h4>Statement</h4><p>%1</p>").arg(multiline(r.statement));
    }
    if (!r.guidance.isEmpty()) {
        html += tr("<h4>Guidance</h4><p>%1</p>").arg(multiline(r.guidance));
    }
    if (const QString flags = flagsText(r.flags); !flags.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(esc(flags));
    }

    auto mapped = repository.mappingsOf(requirementId);
    if (mapped && !mapped->isEmpty()) {
        html += tr("<h4>Mapped requirements (%1)</h4>").arg(mapped->size());
        html += u"<table cellspacing='0' cellpadding='4' border='0' width='100%'>"_s;
        html += tr("<tr><th align='left'>This requirement is…</th><th align='left'>Requirement</th>"
                   "<th align='left'>Source</th></tr>");
        QString lastFramework;
        for (const MappedRequirement& m : *mapped) {
            if (m.otherFrameworkName != lastFramework) {
                lastFramework = m.otherFrameworkName;
                html += u"<tr><td colspan='3'><b>%1</b></td></tr>"_s.arg(esc(lastFramework));
            }
            QString source = esc(provenanceLabel(m.mapping.provenanceKind));
            if (!m.mapping.rationale.isEmpty()) {
                source += u": "_s + esc(m.mapping.rationale);
            } else if (!m.mapping.note.isEmpty()) {
                source += u": "_s + esc(m.mapping.note);
            }
            source += u"<br><small>%1</small>"_s.arg(esc(m.mapping.provenance));
            if (m.mapping.status == u"withdrawn"_s) {
                source += tr("<br><small>(withdrawn)</small>");
            }
            html += u"<tr><td valign='top'>%1</td><td valign='top'><a href='req:%2'>%3</a> %4</td>"
                    "<td valign='top'>%5</td></tr>"_s.arg(
                        esc(relationshipLabel(relationshipFromHere(m.mapping.relationship, m.outgoing))),
                        QString::number(m.other.id),
                        esc(m.other.ref),
                        esc(titles.title(m.other)),
                        source);
        }
        html += u"</table>"_s;
    } else if (mapped) {
        html += tr("<p>No mappings to other frameworks.</p>");
    }
    html +=
        tr("<hr><p><small><b>Source:</b> %1 %2</small></p>").arg(esc(framework.attribution), esc(framework.licence));
    m_page->setHtml(html);
}

void CatalogView::back()
{
    if (m_historyPos > 0) {
        --m_historyPos;
        showRequirement(m_history[m_historyPos], false);
    }
}

void CatalogView::forward()
{
    if (m_historyPos + 1 < m_history.size()) {
        ++m_historyPos;
        showRequirement(m_history[m_historyPos], false);
    }
}

void CatalogView::updateHistoryButtons()
{
    m_backButton->setEnabled(m_historyPos > 0);
    m_forwardButton->setEnabled(m_historyPos + 1 < m_history.size());
}

} // namespace attest::ui
