#pragma once

#include "audit/AuditVerifier.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace attest {
class AuditEventModel;
class Workspace;
} // namespace attest

namespace attest::ui {

class MessageBar;

// The audit trail: every recorded change, newest first, filtered by time, person, record and action; the selected
// event's before and after values side by side; and a Verify button that re-checks the whole hash chain in the
// background.
class AuditTrailView : public QWidget
{
    Q_OBJECT

public:
    AuditTrailView(Workspace& workspace, MessageBar* messages, QWidget* parent = nullptr);

    AuditEventModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTableWidget* changesTable() const { return m_changes; }
    const std::optional<AuditVerification>& lastVerification() const { return m_verification; }

    // Narrows the trail to one record (e.g. "Show history" in the inventory).
    void showRecord(const QString& entityType, qint64 entityId);
    // Someone just recorded a change: make sure they can be chosen in the "who" filter.
    void noteActor(const QString& actor);

public Q_SLOTS:
    void verify();
    void clearFilters();
    void refreshFilterChoices();

Q_SIGNALS:
    void verified(bool intact);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void showDetails();
    void updateCount();
    void setVerificationText(const QString& text, bool good);

    Workspace& m_workspace;
    MessageBar* m_messages;
    AuditEventModel* m_model;
    QTableView* m_table;
    QCheckBox* m_fromEnabled;
    QDateEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateEdit* m_to;
    QComboBox* m_actor;
    QComboBox* m_entityType;
    QLineEdit* m_record;
    QComboBox* m_action;
    QLabel* m_count;
    QPushButton* m_verifyButton;
    QLabel* m_verifyStatus;
    QLabel* m_eventTitle;
    QLabel* m_eventMeta;
    QTableWidget* m_changes;
    std::optional<AuditVerification> m_verification;
    qint64 m_recordId = 0;
    bool m_choicesLoaded = false;
};

} // namespace attest::ui
