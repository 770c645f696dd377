#pragma once

#include "inventory/AiSystem.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace attest {
class Connection;
}

namespace attest::ui {

// The detail form of an AI system: every field of the inventory, grouped on tabs, validated as you type with
// the same rules the storage layer enforces (SystemRules), and the system's change log. The form itself writes
// nothing: Save hands the new values to `submit`, which records the change (through the undo stack) and returns
// an error to show, or an empty string.
class SystemDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<QString(const AiSystem& edited, const QMap<QString, QString>& changes)>;

    SystemDialog(
        Connection& connection, const AiSystem& system, bool readOnly, Submit submit, QWidget* parent = nullptr);

    // For tests and for focusing a field from outside.
    QWidget* editor(const QString& key) const;
    QString fieldError(const QString& key) const;
    QPushButton* saveButton() const { return m_save; }
    QTabWidget* tabs() const { return m_tabs; }
    // Opens the EU AI Act tier assistant beside the tier field; disabled when read-only.
    QPushButton* suggestTierButton() const { return m_suggestTier; }
    // The values as currently entered (normalised where valid).
    AiSystem edited() const;
    QMap<QString, QString> changes() const;

private:
    struct Editor
    {
        QWidget* widget = nullptr;
        QLabel* error = nullptr;
        int tab = 0;
        std::function<QString()> get;
        std::function<void(const QString&)> set;
    };

    QWidget* buildPage(const QStringList& keys, int tab);
    void buildChangeLogPage();
    void addEditor(const SystemField& field, QFormLayout* form, int tab);
    void validateField(const QString& key);
    void updateSummary();
    void save();
    void reloadChangeLog();
    void editChangeEntry(bool create);
    void suggestTier();
    QString rawValue(const QString& key) const;

    Connection& m_connection;
    AiSystem m_original;
    bool m_readOnly;
    Submit m_submit;
    QTabWidget* m_tabs;
    QLabel* m_summary;
    QPushButton* m_save;
    QTreeWidget* m_changeLog = nullptr;
    QPushButton* m_suggestTier = nullptr;
    QHash<QString, Editor> m_editors;
    QHash<QString, QString> m_errors;
    QSet<QString> m_touched;
    bool m_loading = true;
    bool m_attemptedSave = false;
    QList<QString> m_tabTitles;
};

} // namespace attest::ui
