#include "interview/InterviewDialogs.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogTitles.h"
#include "compliance/Compliance.h"
#include "interview/InterviewService.h"
#include "storage/CatalogRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/SystemRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {

QLabel* makeErrorLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b3261e;"_s);
    label->hide();
    return label;
}

} // namespace

InterviewPlanDialog::InterviewPlanDialog(Connection& connection, const QString& interviewer, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
{
    setWindowTitle(tr("New Interview"));
    m_title = new QLineEdit;
    m_title->setPlaceholderText(tr("e.g. GDPR interview: customer chatbot"));
    m_systemFilter = new QLineEdit;
    m_systemFilter->setPlaceholderText(tr("Filter systems"));
    m_systemFilter->setClearButtonEnabled(true);
    m_systems = new QListWidget;
    m_systems->setMinimumHeight(140);
    if (auto labels = SystemRepository(connection).labels(); labels) {
        for (const SystemLabel& s : *labels) {
            if (s.retired) {
                continue;
            }
            auto* item = new QListWidgetItem(u"%1 – %2"_s.arg(s.code, s.name));
            item->setData(Qt::UserRole, s.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
            m_systems->addItem(item);
        }
    }
    connect(m_systemFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_systems->count(); ++i) {
            m_systems->item(i)->setHidden(!m_systems->item(i)->text().contains(text, Qt::CaseInsensitive));
        }
    });
    m_framework = new QComboBox;
    if (auto frameworks = CatalogRepository(connection).frameworks(); frameworks) {
        for (const Framework& f : *frameworks) {
            m_framework->addItem(f.name, f.id);
        }
    }
    m_questionCount = new QLabel;
    // A question set used before can be asked again: any earlier interview's questions, in its order.
    m_questionSet = new QComboBox;
    m_questionSet->addItem(tr("Every assessable requirement of the framework"), 0);
    if (auto earlier = InterviewRepository(connection).sessions(); earlier) {
        for (const InterviewSession& s : *earlier) {
            auto questions = InterviewRepository(connection).questions(s.id);
            m_questionSet->addItem(
                tr("The %1 questions of “%2” (%3)").arg(questions ? questions->size() : 0).arg(s.title, s.heldOn),
                s.id);
            m_questionSet->setItemData(m_questionSet->count() - 1, s.frameworkId, Qt::UserRole + 1);
        }
    }
    auto countQuestions = [this] {
        const qint64 earlier = m_questionSet->currentData().toLongLong();
        auto ids = earlier ? InterviewRepository(m_connection).questions(earlier)
                           : InterviewService::questionsFor(m_connection, m_framework->currentData().toLongLong());
        m_questionCount->setText(ids ? tr("%1 questions").arg(ids->size()) : QString());
    };
    connect(m_framework, &QComboBox::currentIndexChanged, this, countQuestions);
    connect(m_questionSet, &QComboBox::currentIndexChanged, this, [this, countQuestions] {
        // An earlier set belongs to its framework.
        if (const qint64 framework = m_questionSet->currentData(Qt::UserRole + 1).toLongLong()) {
            m_framework->setCurrentIndex(std::max(0, m_framework->findData(framework)));
        }
        m_framework->setEnabled(m_questionSet->currentData().toLongLong() == 0);
        countQuestions();
    });
    auto* scope = new QHBoxLayout;
    scope->addWidget(m_framework, 1);
    scope->addWidget(m_questionCount);
    m_interviewer = new QLineEdit(interviewer);
    m_people = new QPlainTextEdit;
    m_people->setTabChangesFocus(true);
    m_people->setPlaceholderText(tr("One per line: name, role\ne.g. Nadia Okafor, Head of Talent Acquisition"));
    m_people->setFixedHeight(fontMetrics().lineSpacing() * 5);
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_place = new QLineEdit;
    m_error = makeErrorLabel();

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("AI &systems:"), m_systemFilter);
    form->addRow(QString(), m_systems);
    form->addRow(tr("&Framework:"), scope);
    form->addRow(tr("&Questions:"), m_questionSet);
    form->addRow(tr("I&nterviewer:"), m_interviewer);
    form->addRow(tr("Inter&viewees:"), m_people);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Place:"), m_place);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("&Plan Interview"), QDialogButtonBox::AcceptRole)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false); // Enter plans, Esc cancels
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (plan()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    countQuestions();
    resize(640, 680);
}

InterviewSession InterviewPlanDialog::session() const
{
    InterviewSession s;
    s.title = m_title->text().trimmed();
    s.frameworkId = m_questionSet->currentData().toLongLong()
                        ? m_questionSet->currentData(Qt::UserRole + 1).toLongLong() // the earlier set's scope
                        : m_framework->currentData().toLongLong();
    s.interviewer = m_interviewer->text().trimmed();
    s.heldOn = m_date->date().toString(Qt::ISODate);
    s.place = m_place->text().trimmed();
    for (int i = 0; i < m_systems->count(); ++i) {
        if (m_systems->item(i)->checkState() == Qt::Checked) {
            s.systemIds << m_systems->item(i)->data(Qt::UserRole).toLongLong();
        }
    }
    for (const QString& line : m_people->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype comma = line.indexOf(u',');
        const QString name = (comma < 0 ? line : line.left(comma)).trimmed();
        const QString role = comma < 0 ? QString() : line.mid(comma + 1).trimmed();
        if (!name.isEmpty() || !role.isEmpty()) {
            s.interviewees << Interviewee{0, name, role};
        }
    }
    return s;
}

bool InterviewPlanDialog::plan()
{
    QList<qint64> questions;
    if (const qint64 earlier = m_questionSet->currentData().toLongLong()) {
        auto ids = InterviewRepository(m_connection).questions(earlier);
        if (!ids) {
            m_error->setText(ids.error().message);
            m_error->show();
            return false;
        }
        questions = *ids;
    }
    auto planned = InterviewService(m_connection).plan(session(), questions);
    if (!planned) {
        m_error->setText(planned.error().message);
        m_error->show();
        return false;
    }
    m_planned = *planned;
    return true;
}

InterviewWrapUpDialog::InterviewWrapUpDialog(Connection& connection, qint64 sessionId, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_session(sessionId)
{
    InterviewRepository repository(connection);
    auto session = repository.session(sessionId);
    auto questions = repository.questions(sessionId);
    auto answers = repository.answers(sessionId);
    setWindowTitle(tr("Wrap Up Interview"));
    m_answers = new QTableWidget(0, 4);
    m_answers->setHorizontalHeaderLabels({tr("Requirement"), tr("Answer"), tr("Follow-up"), tr("Notes")});
    m_answers->verticalHeader()->hide();
    m_answers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_answers->setWordWrap(false);
    m_answers->verticalHeader()->setDefaultSectionSize(m_answers->fontMetrics().height() + 8);
    m_answers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_answers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_answers->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_answers->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_findings = new QLabel;
    m_findings->setWordWrap(true);
    m_by = new QComboBox;
    m_by->setEditable(true);
    m_on = new QDateEdit(QDate::currentDate());
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_summary = new QPlainTextEdit;
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What was covered, what stays open"));
    m_summary->setMaximumHeight(90);
    m_error = makeErrorLabel();
    if (session && session->has_value() && questions && answers) {
        for (const Interviewee& p : (*session)->interviewees) {
            m_by->addItem(p.name);
        }
        QHash<qint64, InterviewAnswer> byRequirement;
        for (const InterviewAnswer& a : *answers) {
            byRequirement.insert(a.requirementId, a);
        }
        CatalogRepository catalogs(connection);
        const CatalogTitles titles(connection);
        int followUps = 0;
        int findings = 0;
        int unanswered = 0;
        for (qint64 id : *questions) {
            const InterviewAnswer a = byRequirement.value(id, InterviewAnswer{});
            auto r = catalogs.requirement(id);
            const int row = m_answers->rowCount();
            m_answers->insertRow(row);
            m_answers->setItem(
                row,
                0,
                new QTableWidgetItem(r && r->has_value() ? u"%1 %2"_s.arg((*r)->ref, titles.title(**r)) : QString()));
            m_answers->setItem(
                row,
                1,
                new QTableWidgetItem(
                    a.apply || a.status == u"not_assessed"_s
                        ? ComplianceText::requirementStatus(a.status)
                        : tr("%1 (current assessment kept)").arg(ComplianceText::requirementStatus(a.status))));
            m_answers->setItem(row, 2, new QTableWidgetItem(a.followUp ? tr("yes") : QString()));
            m_answers->setItem(row, 3, new QTableWidgetItem(a.notes.simplified()));
            followUps += a.followUp ? 1 : 0;
            findings += a.status == u"non_compliant"_s && a.apply ? int((*session)->systemIds.size()) : 0;
            unanswered += a.status == u"not_assessed"_s ? 1 : 0;
        }
        m_findings->setText(tr("Answered: %1 of %2. Follow-ups: %3. Completing applies the answers to the "
                               "assessments of the systems in scope and raises findings: %4. The interview then "
                               "becomes read-only.")
                                .arg(questions->size() - unanswered)
                                .arg(questions->size())
                                .arg(followUps)
                                .arg(findings));
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Acknowledged &by:"), m_by);
    form->addRow(tr("Acknowledged &on:"), m_on);
    form->addRow(tr("&Summary:"), m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("&Complete Interview"), QDialogButtonBox::AcceptRole)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false); // Enter completes, Esc cancels
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (complete()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_answers, 1);
    layout->addWidget(m_findings);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 640);
}

bool InterviewWrapUpDialog::complete()
{
    auto done =
        InterviewService(m_connection)
            .complete(
                m_session, m_by->currentText().trimmed(), m_on->date().toString(Qt::ISODate), m_summary->toPlainText());
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        return false;
    }
    return true;
}

} // namespace attest::ui
