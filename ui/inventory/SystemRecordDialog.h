#pragma once

#include "inventory/SystemRecord.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace attest {
class Connection;
}

namespace attest::ui {

// One AI system's record of a kind (the GDPR data-protection record, the technical documentation), with a tab per
// page of the kind's fields. Values are checked as typed with the storage layer's rules; Save records the changed
// fields in one audited write (SystemRecordRepository).
class SystemRecordDialog : public QDialog
{
    Q_OBJECT

public:
    SystemRecordDialog(Connection& connection,
                       const SystemRecordKind& kind,
                       qint64 systemId,
                       const QString& systemTitle,
                       const QString& introduction,
                       bool readOnly,
                       QWidget* parent = nullptr);

    QWidget* editor(const QString& key) const;
    QPushButton* saveButton() const { return m_save; }
    QTabWidget* tabs() const { return m_tabs; }
    // Fields whose value differs from the stored record (normalised).
    QMap<QString, QString> changes() const;
    // The error of the last save, or empty.
    QString lastError() const { return m_lastError; }

private:
    struct Editor
    {
        QWidget* widget = nullptr;
        std::function<QString()> get;
        std::function<void(const QString&)> set;
    };
    QWidget* buildPage(const QStringList& keys);
    void validate();
    void save();

    Connection& m_connection;
    qint64 m_systemId;
    QString m_systemTitle;
    const SystemRecordKind& m_kind;
    SystemRecord m_record;
    QTabWidget* m_tabs;
    QLabel* m_problem;
    QPushButton* m_save = nullptr;
    QHash<QString, Editor> m_editors;
    QString m_lastError;
};

} // namespace attest::ui
