#include "risk/TierAssistantDialog.h"

#include "inventory/AiSystem.h"
#include "storage/Connection.h"
#include "storage/SystemRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {

// Two thirds of the way from the background to the text colour: quieter than the text, still easy to read.
QColor mutedColor(const QWidget* widget)
{
    const QColor text = widget->palette().color(QPalette::WindowText);
    const QColor window = widget->palette().color(QPalette::Window);
    return QColor::fromRgbF(window.redF() + (text.redF() - window.redF()) * 0.68,
                            window.greenF() + (text.greenF() - window.greenF()) * 0.68,
                            window.blueF() + (text.blueF() - window.blueF()) * 0.68);
}

QColor errorColor(const QWidget* widget)
{
    // Readable on light and dark windows alike.
    return widget->palette().color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                       : QColor(0xb0, 0x1e, 0x1e);
}

} // namespace

TierAssistantDialog::TierAssistantDialog(const QString& systemLabel, const QString& currentTier, QWidget* parent)
    : QDialog(parent)
    , m_currentTier(currentTier)
    , m_proposalLabel(new QLabel(this))
    , m_reasoning(new QLabel(this))
    , m_comparison(new QLabel(this))
{
    setObjectName(u"tierAssistantDialog"_s);
    setWindowTitle(tr("EU AI Act tier assistant – %1").arg(systemLabel));

    auto* intro = new QLabel(tr("Tick every question you answer with yes for <b>%1</b>. The proposal on the right "
                                "follows your answers.")
                                 .arg(systemLabel.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"questionsScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildQuestions());

    // The proposal.
    auto* proposalBox = new QGroupBox(tr("Proposal"), this);
    proposalBox->setObjectName(u"proposalGroupBox"_s);
    auto* caption = new QLabel(tr("Proposed tier:"), this);
    m_proposalLabel->setObjectName(u"proposedTierLabel"_s);
    QFont big = m_proposalLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_proposalLabel->setFont(big);
    m_proposalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasoning->setObjectName(u"reasoningLabel"_s);
    m_reasoning->setWordWrap(true);
    m_reasoning->setTextFormat(Qt::RichText);
    m_reasoning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_comparison->setObjectName(u"comparisonLabel"_s);
    m_comparison->setWordWrap(true);
    m_comparison->setTextFormat(Qt::RichText);
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto* disclaimer = new QLabel(tr("This assistant paraphrases the EU AI Act (Regulation (EU) 2024/1689) to guide "
                                     "your assessment; it is not legal advice. The Act decides: check the reasoning "
                                     "against the articles cited, and document how you reached the tier."),
                                  this);
    disclaimer->setObjectName(u"disclaimerLabel"_s);
    disclaimer->setWordWrap(true);
    QPalette mp = disclaimer->palette();
    mp.setColor(QPalette::WindowText, mutedColor(this));
    disclaimer->setPalette(mp);
    auto* proposal = new QVBoxLayout(proposalBox);
    proposal->addWidget(caption);
    proposal->addWidget(m_proposalLabel);
    proposal->addWidget(m_reasoning);
    proposal->addWidget(line);
    proposal->addWidget(m_comparison);
    proposal->addStretch(1);
    proposal->addWidget(disclaimer);

    auto* body = new QHBoxLayout;
    body->addWidget(scroll, 3);
    body->addWidget(proposalBox, 2);

    auto* buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply to system"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"applyButton"_s);
    m_apply->setToolTip(tr("Records the proposed tier on the system, with the reasoning as the reason for the change "
                           "in the audit trail."));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        // Lowering a tier (an unanswered questionnaire proposes "minimal") is confirmed, not done in one click.
        static const QStringList severity = {u"minimal"_s, u"limited"_s, u"gpai"_s, u"high"_s, u"prohibited"_s};
        if (severity.indexOf(m_proposal.tier) < severity.indexOf(m_currentTier) &&
            QMessageBox::question(this,
                                  tr("Lower the Tier?"),
                                  tr("The proposal lowers the system's tier from %1 to %2. Apply it only if every "
                                     "question that applies to the system is answered.")
                                      .arg(tierLabel(m_currentTier), tierLabel(m_proposal.tier))) != QMessageBox::Yes) {
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    updateProposal();
    if (!TierAssistant::questions().isEmpty()) {
        m_checks.value(TierAssistant::questions().first().code)->setFocus();
    }
    resize(900, 650);
}

QWidget* TierAssistantDialog::buildQuestions()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 6, 0);
    const QString muted = mutedColor(this).name(QColor::HexRgb);
    QGridLayout* grid = nullptr;
    std::optional<TierAssistant::Section> section;
    for (const TierAssistant::Question& q : TierAssistant::questions()) {
        if (!section || *section != q.section) {
            section = q.section;
            auto* box = new QGroupBox(TierAssistant::sectionTitle(q.section), page);
            grid = new QGridLayout(box);
            grid->setColumnStretch(1, 1);
            grid->setVerticalSpacing(8);
            layout->addWidget(box);
        }
        auto* check = new QCheckBox(page);
        check->setObjectName(q.code + u"CheckBox"_s);
        check->setAccessibleName(q.text);
        check->setAccessibleDescription(q.reference);
        check->setToolTip(q.reference);
        auto* text = new QLabel(tr("%1 <span style=\"color:%2\">(%3)</span>")
                                    .arg(q.text.toHtmlEscaped(), muted, q.reference.toHtmlEscaped()),
                                page);
        text->setObjectName(q.code + u"Label"_s);
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        text->installEventFilter(this);
        m_labelChecks.insert(text, check);
        const int row = grid->rowCount();
        grid->addWidget(check, row, 0, Qt::AlignTop);
        grid->addWidget(text, row, 1);
        m_checks.insert(q.code, check);
        connect(check, &QCheckBox::toggled, this, &TierAssistantDialog::updateProposal);
    }
    layout->addStretch(1);
    return page;
}

bool TierAssistantDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        QCheckBox* check = m_labelChecks.value(watched);
        if (check && static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton && check->isEnabled()) {
            check->setFocus(Qt::MouseFocusReason);
            check->toggle();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QSet<QString> TierAssistantDialog::answers() const
{
    QSet<QString> yes;
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        if (it.value()->isChecked()) {
            yes.insert(it.key());
        }
    }
    return yes;
}

void TierAssistantDialog::setAnswer(const QString& code, bool yes)
{
    if (QCheckBox* check = m_checks.value(code)) {
        check->setChecked(yes);
    }
}

void TierAssistantDialog::updateProposal()
{
    m_proposal = TierAssistant::propose(answers());
    m_proposalLabel->setText(tierLabel(m_proposal.tier));
    QPalette p = palette();
    if (m_proposal.tier == u"prohibited"_s) {
        p.setColor(QPalette::WindowText, errorColor(this));
    }
    m_proposalLabel->setPalette(p);

    QString items;
    for (const QString& reason : m_proposal.reasoning) {
        items += u"<li>"_s + reason.toHtmlEscaped() + u"</li>"_s;
    }
    m_reasoning->setText(u"<ul style=\"margin-left:0px; -qt-list-indent:1\">"_s + items + u"</ul>"_s);

    const QString current = m_currentTier.isEmpty() ? tierLabel(u"unclassified"_s) : tierLabel(m_currentTier);
    const bool differs = m_proposal.tier != m_currentTier;
    m_comparison->setText(
        differs ? tr("Current tier: <b>%1</b>. The proposal differs from it.").arg(current.toHtmlEscaped())
                : tr("Current tier: <b>%1</b>. The proposal agrees with it; there is nothing to "
                     "apply.")
                      .arg(current.toHtmlEscaped()));
    m_apply->setEnabled(differs);
}

QString TierAssistantDialog::tierLabel(const QString& tier)
{
    const SystemField* field = SystemFields::find(u"ai_act_tier"_s);
    return field ? field->choiceLabel(tier) : tier;
}

QString TierAssistantDialog::auditReason(const TierAssistant::Proposal& proposal)
{
    return tr("EU AI Act tier assistant: %1").arg(proposal.reasoning.join(u" "_s));
}

Result<bool>
TierAssistantDialog::apply(Connection& connection, qint64 systemId, const TierAssistant::Proposal& proposal)
{
    if (proposal.tier.isEmpty()) {
        return makeError(ErrorCode::Validation, tr("The tier assistant has not proposed a tier."));
    }
    return SystemRepository(connection).update(systemId, {{u"ai_act_tier"_s, proposal.tier}}, auditReason(proposal));
}

bool TierAssistantDialog::runForSystem(Connection& connection, qint64 systemId, QWidget* parent, QString* error)
{
    QString ignored;
    QString& message = error ? *error : ignored;
    message.clear();
    if (connection.isReadOnly()) {
        // Say so before the user answers the questions, not after.
        message =
            tr("The workspace is open read-only, so the tier cannot be changed: %1").arg(connection.readOnlyReason());
        return false;
    }
    auto system = SystemRepository(connection).get(systemId);
    if (!system) {
        message = system.error().message;
        return false;
    }
    if (!system->has_value()) {
        message = tr("The AI system no longer exists; it may have been deleted.");
        return false;
    }
    const AiSystem& found = **system;
    TierAssistantDialog dialog(found.title(), found.value(u"ai_act_tier"_s), parent);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    auto applied = apply(connection, systemId, dialog.proposal());
    if (!applied) {
        message = applied.error().message;
        return false;
    }
    return *applied;
}

} // namespace attest::ui
