#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTextBrowser;
class QToolButton;
class QTreeView;

namespace attest {
class CatalogTreeModel;
class Workspace;
struct Framework;
} // namespace attest

namespace attest::ui {

class MessageBar;

// The catalog browser: frameworks and their requirement trees, a full-text search across every catalog that answers
// as you type, and a page per requirement with its summary, interview question, flags and attribution and every
// mapped requirement in other frameworks (relationship and provenance), navigable both ways with back and forward.
class CatalogView : public QWidget
{
    Q_OBJECT

public:
    CatalogView(Workspace& workspace, MessageBar* messages, QWidget* parent = nullptr);

    CatalogTreeModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* results() const { return m_results; }
    QTextBrowser* page() const { return m_page; }
    qint64 currentRequirementId() const { return m_current; }
    // Import OSCAL…, Export as OSCAL…: for the window's Catalogs menu.
    QList<QAction*> catalogActions() const;
    QString currentFrameworkKey() const;
    void selectFramework(const QString& key);
    // The work behind the actions, after their file dialogs: in the background with progress, reported in the
    // message bar. A profile whose catalog cannot be matched asks which framework it selects from.
    bool importOscalFile(const QString& path, const QString& catalogKey = {});
    bool exportFramework(const QString& key, const QString& path);

    // Shows a requirement's page (and selects it in the tree); `record` adds it to the back/forward history.
    void showRequirement(qint64 requirementId, bool record = true);

public Q_SLOTS:
    void back();
    void forward();
    void focusSearch();
    void importOscal();
    // Exports the framework being browsed (or one the user picks) as an OSCAL catalog.
    void exportOscal();

private:
    void search(const QString& text);
    void showFramework(const Framework& framework);
    void updateHistoryButtons();

    Workspace& m_workspace;
    MessageBar* m_messages;
    CatalogTreeModel* m_model;
    QLineEdit* m_search;
    QStackedWidget* m_left;
    QTreeView* m_tree;
    QListWidget* m_results;
    QTextBrowser* m_page;
    QToolButton* m_backButton;
    QToolButton* m_forwardButton;
    QAction* m_importAction;
    QAction* m_exportAction;
    QList<qint64> m_history;
    int m_historyPos = -1;
    qint64 m_current = 0;
};

} // namespace attest::ui
