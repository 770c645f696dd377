#include "interview/InterviewView.h"

#include "common/MessageBar.h"
#include "interview/Interview.h"
#include "interview/InterviewCapture.h"
#include "interview/InterviewDialogs.h"
#include "storage/ChangeNotifier.h"
#include "storage/InterviewRepository.h"
#include "storage/SystemRepository.h"
#include "storage/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

InterviewView::InterviewView(Workspace& workspace, MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messages(messages)
{
    setObjectName(u"interviewView"_s);
    m_sessions = new QTableWidget(0, 6);
    m_sessions->setObjectName(u"interviewSessions"_s);
    m_sessions->setAccessibleName(tr("Interview sessions"));
    m_sessions->setHorizontalHeaderLabels(
        {tr("Interview"), tr("Status"), tr("Held on"), tr("Systems"), tr("Answered"), tr("Acknowledged")});
    m_sessions->verticalHeader()->hide();
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 6; ++c) {
        m_sessions->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    connect(m_sessions, &QTableWidget::itemActivated, this, [this] { openCurrent(); });
    auto* add = new QPushButton(tr("&New Interview…"));
    auto* open = new QPushButton(tr("&Open"));
    add->setEnabled(!workspace.isReadOnly());
    connect(add, &QPushButton::clicked, this, &InterviewView::newInterview);
    connect(open, &QPushButton::clicked, this, &InterviewView::openCurrent);
    auto* hint = new QLabel(tr("Enter opens an interview where it was left. In an interview every key is shown on "
                               "screen; nothing needs saving."));
    hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(open);
    buttons->addStretch();
    m_listPage = new QWidget;
    auto* listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_sessions, 1);
    listLayout->addWidget(hint);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_listPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const QStringList& types) {
        if (types.contains(u"interview_session"_s) || types.contains(u"interview_answer"_s)) {
            if (m_stack->currentWidget() == m_listPage) {
                reload();
            }
        }
    });
    reload();
}

InterviewView::~InterviewView()
{
    // The interview screen records what it shows while the view and the workspace are still whole.
    delete m_capture;
    m_capture = nullptr;
}

void InterviewView::reload()
{
    const qint64 selected = m_sessions->currentRow() >= 0 && m_sessions->item(m_sessions->currentRow(), 0)
                                ? m_sessions->item(m_sessions->currentRow(), 0)->data(Qt::UserRole).toLongLong()
                                : 0;
    InterviewRepository repository(m_workspace.connection());
    auto sessions = repository.sessions();
    auto labels = SystemRepository(m_workspace.connection()).labels();
    if (!sessions || !labels) {
        if (m_messages) {
            m_messages->showMessage(MessageBar::Level::Error, tr("The interviews could not be read."));
        }
        return;
    }
    QHash<qint64, QString> code;
    for (const SystemLabel& l : *labels) {
        code.insert(l.id, l.code);
    }
    m_sessions->setRowCount(0);
    for (const InterviewSession& s : *sessions) {
        QStringList systems;
        for (qint64 id : s.systemIds) {
            systems << code.value(id);
        }
        int answered = 0;
        if (auto answers = repository.answers(s.id); answers) {
            for (const InterviewAnswer& a : *answers) {
                answered += a.status != u"not_assessed"_s ? 1 : 0;
            }
        }
        const auto questions = repository.questions(s.id);
        const int row = m_sessions->rowCount();
        m_sessions->insertRow(row);
        auto* title = new QTableWidgetItem(s.title);
        title->setData(Qt::UserRole, s.id);
        m_sessions->setItem(row, 0, title);
        m_sessions->setItem(row, 1, new QTableWidgetItem(InterviewText::status(s.status)));
        m_sessions->setItem(row, 2, new QTableWidgetItem(s.heldOn));
        m_sessions->setItem(row, 3, new QTableWidgetItem(systems.join(u", "_s)));
        m_sessions->setItem(
            row, 4, new QTableWidgetItem(tr("%1 of %2").arg(answered).arg(questions ? questions->size() : 0)));
        m_sessions->setItem(
            row,
            5,
            new QTableWidgetItem(s.isCompleted() ? tr("%1 on %2").arg(s.acknowledgedBy, s.acknowledgedOn) : QString()));
        if (s.id == selected || (selected == 0 && row == 0)) {
            m_sessions->setCurrentCell(row, 0);
        }
    }
}

void InterviewView::newInterview()
{
    InterviewPlanDialog dialog(m_workspace.connection(), m_workspace.actor().displayName, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        openSession(dialog.plannedId());
    }
}

void InterviewView::openCurrent()
{
    const int row = m_sessions->currentRow();
    if (row >= 0 && m_sessions->item(row, 0)) {
        openSession(m_sessions->item(row, 0)->data(Qt::UserRole).toLongLong());
    }
}

void InterviewView::openSession(qint64 sessionId)
{
    if (m_capture) {
        m_stack->removeWidget(m_capture); // hidden: records what it shows
        m_capture->freeze();
        m_capture->deleteLater(); // it may be inside its own key press
        m_capture = nullptr;
    }
    m_capture = new InterviewCapture(m_workspace, sessionId, this);
    connect(m_capture, &InterviewCapture::wrapUpRequested, this, &InterviewView::wrapUp);
    connect(m_capture, &InterviewCapture::closeRequested, this, &InterviewView::showList);
    connect(m_capture, &InterviewCapture::errorOccurred, this, [this](const QString& message) {
        if (m_messages) {
            m_messages->showMessage(MessageBar::Level::Error, message);
        }
    });
    m_stack->addWidget(m_capture);
    m_stack->setCurrentWidget(m_capture);
    m_capture->setFocus();
}

void InterviewView::wrapUp(qint64 sessionId)
{
    InterviewWrapUpDialog dialog(m_workspace.connection(), sessionId, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (m_capture) {
            m_capture->freeze(); // completed: the old screen records nothing more
        }
        if (m_messages) {
            m_messages->showMessage(MessageBar::Level::Success,
                                    tr("Interview completed: its answers are applied and recorded in the audit "
                                       "trail; it is read-only now."));
        }
        openSession(sessionId); // read-only now
    }
}

void InterviewView::showList()
{
    if (m_capture) {
        m_stack->removeWidget(m_capture); // hidden: records what it shows
        m_capture->freeze();
        m_capture->deleteLater(); // it may be inside its own key press
        m_capture = nullptr;
    }
    m_stack->setCurrentWidget(m_listPage);
    reload();
    m_sessions->setFocus();
}

} // namespace attest::ui
