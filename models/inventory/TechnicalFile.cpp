#include "TechnicalFile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace attest {

const SystemRecordKind& TechnicalFile::kind()
{
    static const SystemRecordKind kind = [] {
        QList<SystemField> f;
        const auto text = &SystemRecordKind::textField;
        // Annex IV point 1: general description.
        f << text(u"software_versions"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Software and firmware versions"),
                  QT_TRANSLATE_NOOP("AiSystem", "The versions of the software and firmware, and how they are updated"));
        f << text(u"forms_of_supply"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Forms of supply"),
                  QT_TRANSLATE_NOOP("AiSystem",
                                    "How it is placed on the market or put into service: a package, embedded in a "
                                    "product, a download or an API"));
        f << text(u"hardware"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Hardware"),
                  QT_TRANSLATE_NOOP("AiSystem",
                                    "The hardware it is meant to run on; for a product, where its photographs and "
                                    "marking are kept"));
        f << text(u"deployer_interface"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Interface for deployers"),
                  QT_TRANSLATE_NOOP("AiSystem", "The user interface given to those who deploy it"));
        f << text(u"instructions_for_use"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Instructions for use"),
                  QT_TRANSLATE_NOOP("AiSystem", "Where the instructions for use are, and their version"));
        // Point 2: elements and development process.
        f << text(u"development_methods"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Development methods"),
                  QT_TRANSLATE_NOOP("AiSystem",
                                    "The methods and steps of development, including pre-trained systems and "
                                    "third-party tools used"));
        f << text(u"design_choices"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Design logic and key choices"),
                  QT_TRANSLATE_NOOP("AiSystem",
                                    "The general logic, the key design choices and their reasons, the assumptions, "
                                    "what it optimises for"));
        f << text(u"architecture"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Architecture and computing resources"),
                  QT_TRANSLATE_NOOP("AiSystem",
                                    "How the components fit together, and the computing resources used to develop, "
                                    "train, test and validate it"));
        f << text(u"datasheets"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Data sheets"),
                  QT_TRANSLATE_NOOP("AiSystem",
                                    "Training methods and data sets: provenance, scope, main characteristics, how "
                                    "the data were selected, labelled and cleaned"));
        f << text(u"oversight_assessment"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Assessment of the human oversight measures"),
                  QT_TRANSLATE_NOOP("AiSystem",
                                    "Why the oversight measures suffice, including what helps deployers interpret "
                                    "the output"));
        f << text(u"predetermined_changes"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Pre-determined changes"),
                  QT_TRANSLATE_NOOP("AiSystem",
                                    "Changes to the system and its performance decided in advance, and how "
                                    "compliance is kept through them"));
        f << text(u"validation_testing"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Validation and testing"),
                  QT_TRANSLATE_NOOP("AiSystem",
                                    "Procedures, data and metrics (accuracy, robustness, discriminatory impact); "
                                    "where the dated and signed test reports are"));
        f << text(u"cybersecurity"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Cybersecurity measures"),
                  QT_TRANSLATE_NOOP("AiSystem", "The measures that protect the system; controls are listed as well"));
        // Point 3: monitoring, functioning and control; point 4: metrics.
        f << text(u"capabilities_limitations"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Capabilities and limitations"),
                  QT_TRANSLATE_NOOP("AiSystem",
                                    "Performance, with the accuracy expected overall and for the groups of people it "
                                    "is used on"));
        f << text(u"unintended_outcomes"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Foreseeable unintended outcomes"),
                  QT_TRANSLATE_NOOP("AiSystem",
                                    "Unintended outcomes and sources of risk to health, safety, fundamental rights "
                                    "and discrimination"));
        f << text(u"input_specifications"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Input data specifications"),
                  QT_TRANSLATE_NOOP("AiSystem", "What input the system expects"));
        f << text(u"metrics_rationale"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Why these performance metrics"),
                  QT_TRANSLATE_NOOP("AiSystem", "Why the metrics chosen are appropriate for this system"));
        // Points 7 to 9.
        f << text(u"standards_applied"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Standards applied"),
                  QT_TRANSLATE_NOOP("AiSystem",
                                    "Harmonised standards applied, or the other solutions used to meet the "
                                    "requirements"));
        f << text(u"declaration_of_conformity"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "EU declaration of conformity"),
                  QT_TRANSLATE_NOOP("AiSystem", "Where the declaration is kept, its date and reference"));
        f << text(u"post_market_plan"_s,
                  QT_TRANSLATE_NOOP("AiSystem", "Post-market monitoring plan"),
                  QT_TRANSLATE_NOOP("AiSystem",
                                    "How performance is followed once in use: what data are collected, how often, "
                                    "who reviews them"));
        return SystemRecordKind(u"technical_file"_s,
                                u"technical_files"_s,
                                QT_TRANSLATE_NOOP("AiSystem", "Technical documentation"),
                                QT_TRANSLATE_NOOP("AiSystem", "Edit the technical documentation of AI system %1"),
                                f,
                                {{QT_TRANSLATE_NOOP("AiSystem", "General"),
                                  {u"software_versions"_s,
                                   u"forms_of_supply"_s,
                                   u"hardware"_s,
                                   u"deployer_interface"_s,
                                   u"instructions_for_use"_s}},
                                 {QT_TRANSLATE_NOOP("AiSystem", "Development"),
                                  {u"development_methods"_s,
                                   u"design_choices"_s,
                                   u"architecture"_s,
                                   u"datasheets"_s,
                                   u"oversight_assessment"_s,
                                   u"predetermined_changes"_s,
                                   u"validation_testing"_s,
                                   u"cybersecurity"_s}},
                                 {QT_TRANSLATE_NOOP("AiSystem", "Performance"),
                                  {u"capabilities_limitations"_s,
                                   u"unintended_outcomes"_s,
                                   u"input_specifications"_s,
                                   u"metrics_rationale"_s}},
                                 {QT_TRANSLATE_NOOP("AiSystem", "Conformity and Monitoring"),
                                  {u"standards_applied"_s, u"declaration_of_conformity"_s, u"post_market_plan"_s}}});
    }();
    return kind;
}

} // namespace attest
