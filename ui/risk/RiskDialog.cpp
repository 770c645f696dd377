#include "risk/RiskDialog.h"

#include "compliance/Compliance.h"
#include "compliance/ComplianceEngine.h"
#include "risk/RiskService.h"
#include "storage/ComplianceRepository.h"
#include "storage/Connection.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {

void fillSteps(QComboBox* box, const QStringList& names, bool withNone)
{
    box->clear();
    if (withNone) {
        box->addItem(RiskDialog::tr("Not assessed yet"), 0);
    }
    for (int i = 0; i < names.size(); ++i) {
        box->addItem(u"%1 – %2"_s.arg(i + 1).arg(names[i]), i + 1);
    }
}

// Selects the item with `value`, or nothing: a value the choices do not hold is never replaced by the first one.
void selectData(QComboBox* box, const QVariant& value)
{
    box->setCurrentIndex(box->findData(value));
}

QString dateText(const QCheckBox* enabled, const QDateEdit* edit)
{
    return enabled && !enabled->isChecked() ? QString() : edit->date().toString(Qt::ISODate);
}

QDateEdit* dateEdit(const QString& value)
{
    auto* edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    const QDate date = QDate::fromString(value, Qt::ISODate);
    edit->setDate(date.isValid() ? date : QDate::currentDate());
    return edit;
}

} // namespace

RiskDialog::RiskDialog(Connection& connection, const Risk& risk, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_risk(risk)
{
    setWindowTitle(risk.id ? tr("Edit risk") : tr("New risk"));
    auto matrix = RiskRepository(connection).currentMatrix();
    m_matrix = matrix && matrix->has_value() ? **matrix : RiskMatrix::defaults();

    // The risk.
    auto* what = new QGroupBox(tr("Risk"));
    auto* form = new QFormLayout(what);
    m_system = new QComboBox;
    m_system->setEditable(true);
    m_system->setInsertPolicy(QComboBox::NoInsert);
    m_system->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_system->completer()->setFilterMode(Qt::MatchContains);
    if (auto systems = SystemRepository(connection).labels(); systems) {
        for (const SystemLabel& s : *systems) {
            if (!s.retired || s.id == risk.systemId) {
                m_system->addItem(u"%1 – %2"_s.arg(s.code, s.name), s.id);
            }
        }
    }
    selectData(m_system, risk.systemId);
    m_system->setEnabled(risk.id == 0); // a risk stays with its system
    form->addRow(tr("AI &system:"), m_system);

    m_threat = new QComboBox;
    if (auto threats = RiskRepository(connection).threats(); threats) {
        for (const Threat& t : *threats) {
            m_threat->addItem(t.name, t.id);
            m_threat->setItemData(m_threat->count() - 1, t.description, Qt::ToolTipRole);
        }
    }
    selectData(m_threat, risk.threatId);
    auto* suggest = new QPushButton(tr("Add suggested controls"));
    suggest->setToolTip(tr("Tick the controls the threat catalog suggests for this threat."));
    auto* threatRow = new QHBoxLayout;
    threatRow->addWidget(m_threat, 1);
    threatRow->addWidget(suggest);
    auto* threatLabel = new QLabel(tr("&Threat:"));
    threatLabel->setBuddy(m_threat);
    form->addRow(threatLabel, threatRow);

    m_scenario = new QPlainTextEdit(risk.scenario);
    m_scenario->setPlaceholderText(tr("What could happen, to what, and with what consequence, in plain words."));
    m_scenario->setTabChangesFocus(true);
    m_scenario->setFixedHeight(fontMetrics().lineSpacing() * 5);
    form->addRow(tr("S&cenario:"), m_scenario);

    auto* assets = new QHBoxLayout;
    const QStringList chosen = risk.assets.split(u',', Qt::SkipEmptyParts);
    for (const QString& code : RiskText::assets()) {
        auto* box = new QCheckBox(RiskText::asset(code));
        box->setChecked(chosen.contains(code));
        m_assets.insert(code, box);
        assets->addWidget(box);
    }
    assets->addStretch();
    form->addRow(tr("Affected assets:"), assets);

    m_likelihood = new QComboBox;
    fillSteps(m_likelihood, m_matrix.likelihood, false);
    selectData(m_likelihood, risk.likelihood);
    m_impact = new QComboBox;
    fillSteps(m_impact, m_matrix.impact, false);
    selectData(m_impact, risk.impact);
    form->addRow(tr("&Likelihood:"), m_likelihood);
    form->addRow(tr("&Impact:"), m_impact);
    m_inherentText = new QLabel;
    m_inherentText->setTextFormat(Qt::RichText);
    form->addRow(tr("Inherent level:"), m_inherentText);
    if (risk.id && risk.matrixVersion != m_matrix.version) {
        // Scored on another version of the matrix: saving scores it again on the current one, visibly.
        auto* note = new QLabel(tr("Scored on risk matrix version %1; saving scores it again on the current version "
                                   "%2. Check likelihood and impact.")
                                    .arg(risk.matrixVersion)
                                    .arg(m_matrix.version));
        note->setWordWrap(true);
        note->setStyleSheet(u"color: #8a5a00;"_s);
        form->addRow(note);
    }

    // Treatment.
    auto* how = new QGroupBox(tr("Treatment"));
    auto* treat = new QFormLayout(how);
    m_treatment = new QComboBox;
    for (const QString& code : RiskText::treatments()) {
        m_treatment->addItem(code.isEmpty() ? tr("Not decided") : RiskText::treatment(code), code);
    }
    selectData(m_treatment, risk.treatment);
    treat->addRow(tr("T&reatment:"), m_treatment);
    m_controls = new QTreeWidget;
    m_controls->setColumnCount(2);
    m_controls->setHeaderLabels({tr("Control"), tr("Status for this system")});
    m_controls->setRootIsDecorated(false);
    m_controls->header()->setStretchLastSection(false);
    m_controls->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_controls->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_controls->setMinimumHeight(fontMetrics().lineSpacing() * 9);
    m_controls->setAccessibleName(tr("Treating controls"));
    treat->addRow(tr("Treating &controls:"), m_controls);
    m_residualLikelihood = new QComboBox;
    fillSteps(m_residualLikelihood, m_matrix.likelihood, true);
    selectData(m_residualLikelihood, risk.residualLikelihood);
    m_residualImpact = new QComboBox;
    fillSteps(m_residualImpact, m_matrix.impact, true);
    selectData(m_residualImpact, risk.residualImpact);
    treat->addRow(tr("Residual likelihood:"), m_residualLikelihood);
    treat->addRow(tr("Residual impact:"), m_residualImpact);
    m_residualText = new QLabel;
    m_residualText->setTextFormat(Qt::RichText);
    treat->addRow(tr("Residual level:"), m_residualText);

    m_owner = new QComboBox;
    m_owner->setEditable(true);
    if (auto owners = RiskRepository(connection).owners(); owners) {
        m_owner->addItems(*owners);
    }
    m_owner->setCurrentText(risk.owner);
    treat->addRow(tr("&Owner:"), m_owner);
    auto dateRow = [&](const QString& label, const QString& value, QCheckBox*& check, QDateEdit*& edit) {
        check = new QCheckBox;
        check->setChecked(!value.isEmpty());
        check->setAccessibleName(tr("Set a date"));
        edit = dateEdit(value);
        edit->setEnabled(!value.isEmpty());
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        auto* row = new QHBoxLayout;
        row->addWidget(check);
        row->addWidget(edit, 1);
        auto* text = new QLabel(label);
        text->setBuddy(check);
        treat->addRow(text, row);
    };
    dateRow(tr("&Due date:"), risk.dueDate, m_hasDue, m_due);
    dateRow(tr("Next re&view:"), risk.nextReview, m_hasReview, m_review);
    m_status = new QComboBox;
    for (const QString& code : RiskText::statuses()) {
        m_status->addItem(RiskText::status(code), code);
    }
    selectData(m_status, risk.status);
    treat->addRow(tr("St&atus:"), m_status);

    m_acceptance = new QGroupBox(tr("Acceptance"));
    auto* acceptForm = new QFormLayout(m_acceptance);
    m_acceptanceNote = new QLabel;
    m_acceptanceNote->setWordWrap(true);
    acceptForm->addRow(m_acceptanceNote);
    m_acceptedBy = new QLineEdit(risk.acceptedBy);
    m_acceptedBy->setPlaceholderText(tr("Who is accountable for accepting it"));
    acceptForm->addRow(tr("Accepted &by:"), m_acceptedBy);
    m_acceptedOn = dateEdit(risk.acceptedOn);
    acceptForm->addRow(tr("Accepted on:"), m_acceptedOn);
    m_justification = new QPlainTextEdit(risk.acceptanceJustification);
    m_justification->setTabChangesFocus(true);
    m_justification->setFixedHeight(fontMetrics().lineSpacing() * 4);
    acceptForm->addRow(tr("&Justification:"), m_justification);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(what);
    left->addWidget(m_acceptance);
    left->addStretch();
    columns->addLayout(left, 1);
    columns->addWidget(how, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    fillControls(risk.systemId ? risk.systemId : m_system->currentData().toLongLong());
    connect(m_system, &QComboBox::currentIndexChanged, this, [this] {
        fillControls(m_system->currentData().toLongLong());
    });
    connect(suggest, &QPushButton::clicked, this, &RiskDialog::addSuggestedControls);
    for (QComboBox* box : {m_likelihood, m_impact, m_residualLikelihood, m_residualImpact, m_treatment, m_status}) {
        connect(box, &QComboBox::currentIndexChanged, this, &RiskDialog::updateLevels);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateLevels();
    resize(1080, 660);
}

void RiskDialog::fillControls(qint64 systemId)
{
    QList<qint64> checked = m_risk.controlIds;
    for (int i = 0; i < m_controls->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_controls->topLevelItem(i);
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        checked.removeAll(id);
        if (item->checkState(0) == Qt::Checked) {
            checked << id;
        }
    }
    m_controls->clear();
    auto engine = ComplianceEngine::load(m_connection);
    if (engine && systemId) {
        (void)engine->loadSystems(m_connection, {systemId});
    }
    auto controls = ComplianceRepository(m_connection).controls();
    m_controlsRead = bool(controls);
    if (!controls) {
        m_error->setText(controls.error().message);
        m_error->show();
        return;
    }
    // The treating controls first, so they are seen without scrolling.
    QList<Control> ordered = *controls;
    std::stable_partition(
        ordered.begin(), ordered.end(), [&checked](const Control& c) { return checked.contains(c.id); });
    for (const Control& c : std::as_const(ordered)) {
        const QString status = engine && systemId ? engine->controlStatus(systemId, c.id) : QString();
        auto* item = new QTreeWidgetItem({u"%1 %2"_s.arg(c.code, c.name),
                                          status.isEmpty() ? QString() : ComplianceText::implementationStatus(status)});
        item->setData(0, Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(0, checked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(0, c.description);
        m_controls->addTopLevelItem(item);
    }
}

void RiskDialog::addSuggestedControls()
{
    auto suggested = RiskRepository(m_connection).threatControlIds(m_threat->currentData().toLongLong());
    if (!suggested) {
        return;
    }
    for (int i = 0; i < m_controls->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_controls->topLevelItem(i);
        if (suggested->contains(item->data(0, Qt::UserRole).toLongLong())) {
            item->setCheckState(0, Qt::Checked);
        }
    }
}

void RiskDialog::updateLevels()
{
    auto describe = [this](int l, int i) {
        const RiskBand band = m_matrix.band(m_matrix.score(l, i));
        return u"<span style=\"background:%1;\">&nbsp;&nbsp;&nbsp;&nbsp;</span> %2"_s.arg(
            band.colour, m_matrix.explain(l, i).toHtmlEscaped());
    };
    const int l = m_likelihood->currentData().toInt();
    const int i = m_impact->currentData().toInt();
    m_inherentText->setText(m_matrix.inRange(l, i) ? describe(l, i) : QString());
    const int rl = m_residualLikelihood->currentData().toInt();
    const int ri = m_residualImpact->currentData().toInt();
    const bool residual = m_matrix.inRange(rl, ri);
    m_residualText->setText(residual ? describe(rl, ri) : tr("not assessed yet"));
    const int score = residual ? m_matrix.score(rl, ri) : m_matrix.score(l, i);
    const bool accepting =
        m_treatment->currentData().toString() == u"accept"_s || m_status->currentData().toString() == u"accepted"_s;
    m_acceptance->setEnabled(accepting);
    if (!accepting) {
        m_acceptanceNote->setText(tr("Needed when the risk is accepted."));
    } else if (m_matrix.needsApproval(score)) {
        m_acceptanceNote->setText(tr("<b>Score %1 is above the acceptance threshold (%2):</b> accepting it needs an "
                                     "approver, a date and a justification, all recorded in the audit trail.")
                                      .arg(score)
                                      .arg(m_matrix.acceptanceThreshold));
    } else {
        m_acceptanceNote->setText(tr("Score %1 is within the acceptance threshold (%2): the owner may accept it.")
                                      .arg(score)
                                      .arg(m_matrix.acceptanceThreshold));
    }
}

Risk RiskDialog::edited() const
{
    Risk r = m_risk;
    r.systemId = m_system->currentData().toLongLong();
    r.threatId = m_threat->currentData().toLongLong();
    r.scenario = m_scenario->toPlainText().trimmed();
    QStringList assets;
    for (const QString& code : RiskText::assets()) {
        if (m_assets.value(code)->isChecked()) {
            assets << code;
        }
    }
    r.assets = assets.join(u',');
    r.likelihood = m_likelihood->currentData().toInt();
    r.impact = m_impact->currentData().toInt();
    r.treatment = m_treatment->currentData().toString();
    r.controlIds.clear();
    for (int i = 0; i < m_controls->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_controls->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked) {
            r.controlIds << item->data(0, Qt::UserRole).toLongLong();
        }
    }
    r.residualLikelihood = m_residualLikelihood->currentData().toInt();
    r.residualImpact = m_residualImpact->currentData().toInt();
    r.owner = m_owner->currentText().trimmed();
    r.dueDate = dateText(m_hasDue, m_due);
    r.nextReview = dateText(m_hasReview, m_review);
    r.status = m_status->currentData().toString();
    // The acceptance record is kept as entered, also once the risk is no longer accepted (closed later, say):
    // who accepted it, when and why stays part of the register.
    r.acceptedBy = m_acceptedBy->text().trimmed();
    r.acceptanceJustification = m_justification->toPlainText().trimmed();
    r.acceptedOn = r.acceptedBy.isEmpty() && m_risk.acceptedOn.isEmpty() ? QString() : dateText(nullptr, m_acceptedOn);
    return r;
}

bool RiskDialog::save()
{
    QString missing;
    if (m_system->currentIndex() < 0 || m_threat->currentIndex() < 0) {
        missing = tr("Choose the AI system and the threat.");
    } else if (m_likelihood->currentIndex() < 0 || m_impact->currentIndex() < 0) {
        missing = tr("Choose likelihood and impact on the current risk matrix.");
    } else if (m_residualLikelihood->currentIndex() < 0 || m_residualImpact->currentIndex() < 0) {
        missing = tr("Choose the residual likelihood and impact on the current risk matrix, or “Not assessed yet”.");
    } else if (!m_controlsRead) {
        missing = tr("The control library could not be read, so the treating controls cannot be saved; try again.");
    }
    if (!missing.isEmpty()) {
        m_error->setText(missing);
        m_error->show();
        return false;
    }
    const Risk r = edited();
    RiskService service(m_connection);
    QString error;
    if (r.id) {
        if (auto updated = service.updateRisk(r); !updated) {
            error = updated.error().message;
        } else {
            m_savedId = r.id;
        }
    } else if (auto added = service.addRisk(r); !added) {
        error = added.error().message;
    } else {
        m_savedId = *added;
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    return error.isEmpty();
}

} // namespace attest::ui
