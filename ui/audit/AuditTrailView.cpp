#include "AuditTrailView.h"

#include "audit/AuditEventModel.h"
#include "common/LayoutMemory.h"
#include "common/MessageBar.h"
#include "common/TaskRunner.h"
#include "inventory/AiSystem.h"
#include "storage/AuditRepository.h"
#include "storage/SystemRepository.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {

QString showValue(const QString& entityType, const QString& field, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined()) {
        return QString();
    }
    QString text = value.isString() ? value.toString() : QString::number(qint64(value.toDouble()));
    if (entityType == u"ai_system"_s) {
        if (const SystemField* f = SystemFields::find(field)) {
            if (f->kind == FieldKind::Choice || f->kind == FieldKind::MultiChoice) {
                return f->displayValue(text);
            }
        }
    }
    return text;
}

} // namespace

AuditTrailView::AuditTrailView(Workspace& workspace, MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messages(messages)
    , m_model(new AuditEventModel(workspace.connection(), workspace.notifier(), this))
    , m_table(new QTableView(this))
    , m_fromEnabled(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(this))
    , m_toEnabled(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(this))
    , m_actor(new QComboBox(this))
    , m_entityType(new QComboBox(this))
    , m_record(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_verifyButton(new QPushButton(tr("&Verify Integrity"), this))
    , m_verifyStatus(new QLabel(this))
    , m_eventTitle(new QLabel(this))
    , m_eventMeta(new QLabel(this))
    , m_changes(new QTableWidget(this))
{
    setObjectName(u"auditTrailView"_s);

    // Filters.
    m_from->setObjectName(u"fromDateEdit"_s);
    m_to->setObjectName(u"toDateEdit"_s);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    m_from->setDate(QDate::currentDate().addMonths(-1));
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QDateEdit::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QDateEdit::setEnabled);
    m_actor->setObjectName(u"actorComboBox"_s);
    m_actor->setAccessibleName(tr("Who"));
    m_entityType->setObjectName(u"entityTypeComboBox"_s);
    m_entityType->setAccessibleName(tr("Kind of record"));
    m_record->setObjectName(u"recordLineEdit"_s);
    m_record->setPlaceholderText(tr("Record: code or number"));
    m_record->setAccessibleName(tr("Record"));
    m_record->setAccessibleDescription(tr("Shows only the events of the record with this code or number."));
    m_record->setClearButtonEnabled(true);
    m_action->setObjectName(u"actionComboBox"_s);
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("All actions"), QString());
    for (const QString& action : {u"create"_s, u"update"_s, u"delete"_s}) {
        m_action->addItem(AuditEventModel::actionLabel(action), action);
    }
    auto* clear = new QPushButton(tr("C&lear Filters"), this);
    m_count->setObjectName(u"auditCountLabel"_s);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addWidget(m_toEnabled);
    filters->addWidget(m_to);
    filters->addWidget(m_actor);
    filters->addWidget(m_entityType);
    filters->addWidget(m_record, 1);
    filters->addWidget(m_action);
    filters->addWidget(clear);

    m_verifyButton->setObjectName(u"verifyButton"_s);
    m_verifyButton->setToolTip(tr("Recompute every event's hash and link, and report the first that does not match"));
    m_verifyStatus->setObjectName(u"verifyStatusLabel"_s);
    m_verifyStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyStatus->setWordWrap(true);
    setVerificationText(tr("Not verified in this session."), true);
    auto* verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verifyButton);
    verifyRow->addWidget(m_verifyStatus, 1);
    verifyRow->addWidget(m_count);

    // The list.
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(AuditEventModel::SeqColumn, 70);
    m_table->horizontalHeader()->resizeSection(AuditEventModel::TimeColumn, 150);
    m_table->horizontalHeader()->resizeSection(AuditEventModel::ActorColumn, 140);
    m_table->horizontalHeader()->resizeSection(AuditEventModel::ActionColumn, 80);
    m_table->horizontalHeader()->resizeSection(AuditEventModel::EntityColumn, 260);
    m_table->horizontalHeader()->resizeSection(AuditEventModel::ReasonColumn, 280);
    m_table->setAccessibleName(tr("Audit events"));

    // The selected event.
    m_eventTitle->setObjectName(u"eventTitleLabel"_s);
    QFont bold = m_eventTitle->font();
    bold.setBold(true);
    m_eventTitle->setFont(bold);
    m_eventMeta->setObjectName(u"eventMetaLabel"_s);
    m_eventMeta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_eventMeta->setTextFormat(Qt::PlainText);
    m_eventMeta->setWordWrap(true);
    m_changes->setObjectName(u"changesTable"_s);
    m_changes->setColumnCount(3);
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setWordWrap(true);
    m_changes->setAccessibleName(tr("Values before and after the change"));

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_eventTitle);
    detailsLayout->addWidget(m_eventMeta);
    detailsLayout->addWidget(m_changes, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    LayoutMemory::remember(splitter, u"audit/main"_s);
    LayoutMemory::remember(m_table->horizontalHeader(), u"audit/columns"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(verifyRow);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_fromEnabled, &QCheckBox::toggled, this, &AuditTrailView::applyFilter);
    connect(m_toEnabled, &QCheckBox::toggled, this, &AuditTrailView::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditTrailView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditTrailView::applyFilter);
    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditTrailView::applyFilter);
    connect(m_entityType, &QComboBox::currentIndexChanged, this, &AuditTrailView::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditTrailView::applyFilter);
    connect(m_record, &QLineEdit::textChanged, this, [this] {
        m_recordId = 0;
        applyFilter();
    });
    connect(clear, &QPushButton::clicked, this, &AuditTrailView::clearFilters);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditTrailView::verify);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditTrailView::showDetails);
    connect(m_model, &AuditEventModel::countsChanged, this, &AuditTrailView::updateCount);
    connect(m_model, &AuditEventModel::errorOccurred, this, [this](const QString& message) {
        m_messages->showMessage(MessageBar::Level::Error, message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditTrailView::showDetails);
    // A change elsewhere leaves the trail "not verified" again and may add new people or kinds of record.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first) {
        if (first == 0 && m_verification) {
            setVerificationText(tr("Changed since the last verification."), true);
        }
    });
    updateCount();
    showDetails();
}

void AuditTrailView::showEvent(QShowEvent* event)
{
    // The lists of people and kinds of record take a scan of the trail: read them when the view is first shown,
    // not when a workspace opens.
    if (!m_choicesLoaded) {
        refreshFilterChoices();
    }
    QWidget::showEvent(event);
}

void AuditTrailView::noteActor(const QString& actor)
{
    if (m_choicesLoaded && !actor.isEmpty() && m_actor->findData(actor) < 0) {
        const QSignalBlocker block(m_actor);
        m_actor->addItem(actor, actor);
    }
}

void AuditTrailView::refreshFilterChoices()
{
    m_choicesLoaded = true;
    AuditRepository repository(m_workspace.connection());
    const QString actor = m_actor->currentData().toString();
    const QString type = m_entityType->currentData().toString();
    QSignalBlocker blockActor(m_actor);
    QSignalBlocker blockType(m_entityType);
    m_actor->clear();
    m_actor->addItem(tr("Everyone"), QString());
    if (auto actors = repository.actors()) {
        for (const QString& a : *actors) {
            m_actor->addItem(a, a);
        }
    }
    m_actor->setCurrentIndex(qMax(0, m_actor->findData(actor)));
    m_entityType->clear();
    m_entityType->addItem(tr("All records"), QString());
    QStringList types{u"ai_system"_s, u"system_change"_s};
    if (auto stored = repository.entityTypes()) {
        for (const QString& t : *stored) {
            if (!types.contains(t)) {
                types << t;
            }
        }
    }
    for (const QString& t : types) {
        m_entityType->addItem(AuditEventModel::entityTypeLabel(t), t);
    }
    m_entityType->setCurrentIndex(qMax(0, m_entityType->findData(type)));
}

void AuditTrailView::applyFilter()
{
    AuditFilter filter;
    if (m_fromEnabled->isChecked()) {
        filter.fromMs = m_from->date().startOfDay().toMSecsSinceEpoch();
    }
    if (m_toEnabled->isChecked()) {
        filter.toMs = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    filter.actor = m_actor->currentData().toString();
    filter.entityType = m_entityType->currentData().toString();
    filter.action = m_action->currentData().toString();
    const QString record = m_record->text().trimmed();
    if (m_recordId > 0) {
        filter.entityId = m_recordId;
    } else if (!record.isEmpty()) {
        // A code names an AI system (also one deleted since: its events still carry the code); a number is an id.
        bool isNumber = false;
        const qint64 number = record.toLongLong(&isNumber);
        auto id = SystemRepository(m_workspace.connection()).idForCode(record);
        if (id && id->has_value()) {
            filter.entityId = **id;
            if (filter.entityType.isEmpty()) {
                filter.entityType = u"ai_system"_s;
            }
        } else if (isNumber && number > 0) {
            filter.entityId = number;
        } else if (auto deleted = AuditRepository(m_workspace.connection()).deletedSystemsWithCode(record);
                   deleted && !deleted->isEmpty()) {
            // A system deleted since: its events keep its number.
            filter.entityId = deleted->first();
            if (filter.entityType.isEmpty()) {
                filter.entityType = u"ai_system"_s;
            }
        } else {
            filter.entityId = -1; // matches nothing: say so rather than show everything
        }
    }
    m_model->setFilter(filter);
}

void AuditTrailView::showRecord(const QString& entityType, qint64 entityId)
{
    if (!m_choicesLoaded) {
        refreshFilterChoices();
    }
    QSignalBlocker blockType(m_entityType);
    QSignalBlocker blockRecord(m_record);
    m_entityType->setCurrentIndex(qMax(0, m_entityType->findData(entityType)));
    m_recordId = entityId;
    m_record->setText(m_model->entityLabel(entityType, entityId).section(QLatin1Char(' '), 0, 0));
    applyFilter();
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    }
}

void AuditTrailView::clearFilters()
{
    {
        const QSignalBlocker b1(m_fromEnabled), b2(m_toEnabled), b3(m_actor), b4(m_entityType), b5(m_record),
            b6(m_action);
        m_fromEnabled->setChecked(false);
        m_toEnabled->setChecked(false);
        m_from->setEnabled(false);
        m_to->setEnabled(false);
        m_actor->setCurrentIndex(0);
        m_entityType->setCurrentIndex(0);
        m_record->clear();
        m_action->setCurrentIndex(0);
        m_recordId = 0;
    }
    applyFilter();
}

void AuditTrailView::updateCount()
{
    const qint64 matching = m_model->matchingCount();
    m_count->setText(tr("%1 events").arg(matching));
}

void AuditTrailView::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const AuditEventRecord* e = current.isValid() ? m_model->eventAt(current.row()) : nullptr;
    m_changes->setRowCount(0);
    if (!e) {
        m_eventTitle->setText(m_model->rowCount() ? tr("Select an event to see what changed.")
                                                  : tr("No events match the filters."));
        m_eventMeta->clear();
        return;
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(e->atMs, QTimeZone::utc());
    m_eventTitle->setText(tr("Event %1: %2 %3 %4")
                              .arg(e->seq)
                              .arg(AuditEventModel::actionLabel(e->action),
                                   AuditEventModel::entityTypeLabel(e->entityType),
                                   m_model->entityLabel(e->entityType, e->entityId)));
    m_eventMeta->setText(tr("When: %1 (UTC %2)\nWho: %3, computer account %4\nUser action: %5\nRecord number: %6 · "
                            "Batch: %7\nHash: %8\nPrevious: %9")
                             .arg(QLocale().toString(at.toLocalTime(), QLocale::LongFormat),
                                  at.toString(Qt::ISODateWithMs),
                                  e->actor,
                                  e->osAccount,
                                  e->reason,
                                  QString::number(e->entityId),
                                  e->batch,
                                  QString::fromLatin1(e->hash.toHex()),
                                  QString::fromLatin1(e->prevHash.toHex())));
    const QList<FieldChange> changes = AuditEventModel::orderedChanges(*e);
    m_changes->setRowCount(int(changes.size()));
    const QString none = tr("—");
    for (int row = 0; row < changes.size(); ++row) {
        const FieldChange& c = changes[row];
        auto* field = new QTableWidgetItem(AuditEventModel::fieldLabel(e->entityType, c.field));
        field->setToolTip(c.field);
        QString before = showValue(e->entityType, c.field, c.before);
        QString after = showValue(e->entityType, c.field, c.after);
        if (c.field == u"system_id"_s) {
            // A reference: name the system, not its number.
            if (!c.before.isNull()) {
                before = m_model->entityLabel(u"ai_system"_s, qint64(c.before.toDouble()));
            }
            if (!c.after.isNull()) {
                after = m_model->entityLabel(u"ai_system"_s, qint64(c.after.toDouble()));
            }
        }
        auto* beforeItem = new QTableWidgetItem(c.before.isNull() ? none : before);
        auto* afterItem = new QTableWidgetItem(c.after.isNull() ? none : after);
        m_changes->setItem(row, 0, field);
        m_changes->setItem(row, 1, beforeItem);
        m_changes->setItem(row, 2, afterItem);
    }
    m_changes->resizeRowsToContents();
}

void AuditTrailView::setVerificationText(const QString& text, bool good)
{
    m_verifyStatus->setText(text);
    QPalette p = m_verifyStatus->palette();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::WindowText,
               good ? palette().color(QPalette::WindowText)
                    : (dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e)));
    m_verifyStatus->setPalette(p);
}

void AuditTrailView::verify()
{
    Workspace& workspace = m_workspace;
    std::optional<AuditVerification> outcome;
    auto ran = TaskRunner::run(this, tr("Verifying the audit trail…"), [&](TaskContext& task) -> Result<void> {
        auto connection = workspace.openConnection(Workspace::Access::ReadOnly);
        if (!connection) {
            return connection.error();
        }
        auto result = AuditVerifier::verify(**connection, task.progressCallback());
        if (!result) {
            return result.error();
        }
        outcome = *result;
        return {};
    });
    if (!ran) {
        if (ran.error().code != ErrorCode::Cancelled) {
            m_messages->showMessage(MessageBar::Level::Error, ran.error().message);
        }
        return;
    }
    m_verification = outcome;
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (outcome->intact) {
        setVerificationText(tr("Intact: %1 events, head %2 (verified at %3)")
                                .arg(outcome->eventCount)
                                .arg(QString::fromLatin1(outcome->headHash.toHex()), time),
                            true);
        m_messages->showMessage(
            MessageBar::Level::Success,
            tr("The audit trail is intact: all %1 events match their hashes and links, and every record matches its "
               "last recorded change.")
                .arg(outcome->eventCount));
    } else {
        setVerificationText(outcome->firstBadSeq > 0
                                ? tr("Does not verify: event %1 (%2)")
                                      .arg(outcome->firstBadSeq)
                                      .arg(AuditVerification::problemName(outcome->problem))
                                : tr("Does not verify: %1").arg(AuditVerification::problemName(outcome->problem)),
                            false);
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("The audit trail does not verify: %1. Keep this file as evidence and restore the "
                                   "workspace from a backup.")
                                    .arg(outcome->explanation));
        const int row = m_model->rowOfSeq(outcome->firstBadSeq);
        if (row >= 0) {
            m_table->selectRow(row);
        }
    }
    Q_EMIT verified(outcome->intact);
}

} // namespace attest::ui
