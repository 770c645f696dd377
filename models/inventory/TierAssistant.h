#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace attest {

// A short guided questionnaire for the EU AI Act risk tier (Regulation (EU) 2024/1689): prohibited practices of
// Art. 5, Annex I product legislation and Annex III high-risk areas, the Art. 6(3) exceptions, general-purpose AI,
// and the Art. 50 transparency cases. It proposes a tier with its reasoning; the user confirms it onto the system.
// The questions paraphrase the Act in our words; the Act itself decides.
class TierAssistant
{
    Q_DECLARE_TR_FUNCTIONS(TierAssistant)

public:
    enum class Section
    {
        Prohibited, // Art. 5
        AnnexI,     // product safety legislation
        AnnexIII,   // high-risk areas
        Exceptions, // Art. 6(3)
        Profiling,  // overrides the exceptions
        GeneralPurpose,
        Transparency, // Art. 50
    };
    struct Question
    {
        QString code; // stable, e.g. "annex3.employment"
        Section section;
        QString text;
        QString reference; // "Art. 5(1)(c)"
    };
    struct Proposal
    {
        QString tier; // prohibited | high | gpai | limited | minimal (the system field's codes)
        QStringList reasoning;
    };

    static const QList<Question>& questions();
    static QString sectionTitle(Section section);
    // `yes`: the codes of the questions answered yes.
    static Proposal propose(const QSet<QString>& yes);
};

} // namespace attest
