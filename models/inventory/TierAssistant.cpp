#include "TierAssistant.h"

using namespace Qt::StringLiterals;

namespace attest {

const QList<TierAssistant::Question>& TierAssistant::questions()
{
    using S = Section;
    static const QList<Question> list = {
        {u"art5.manipulation"_s,
         S::Prohibited,
         tr("Does it use subliminal, manipulative or deceptive techniques that distort people's behaviour and can "
            "cause "
            "significant harm?"),
         tr("Art. 5(1)(a)")},
        {u"art5.vulnerabilities"_s,
         S::Prohibited,
         tr("Does it exploit vulnerabilities due to age, disability or a social or economic situation in a way that "
            "can "
            "cause significant harm?"),
         tr("Art. 5(1)(b)")},
        {u"art5.social_scoring"_s,
         S::Prohibited,
         tr("Does it score or classify people by their social behaviour or personal traits, leading to unjustified or "
            "disproportionate detrimental treatment (social scoring)?"),
         tr("Art. 5(1)(c)")},
        {u"art5.crime_prediction"_s,
         S::Prohibited,
         tr("Does it predict whether a person will commit a crime based solely on profiling or personality traits?"),
         tr("Art. 5(1)(d)")},
        {u"art5.face_scraping"_s,
         S::Prohibited,
         tr("Does it build facial recognition databases by untargeted scraping of images from the internet or CCTV?"),
         tr("Art. 5(1)(e)")},
        {u"art5.emotion_work"_s,
         S::Prohibited,
         tr("Does it infer emotions of people at work or in education (other than for medical or safety reasons)?"),
         tr("Art. 5(1)(f)")},
        {u"art5.biometric_categorisation"_s,
         S::Prohibited,
         tr("Does it categorise people by biometric data to infer race, political opinions, union membership, "
            "religion, sex life or sexual orientation?"),
         tr("Art. 5(1)(g)")},
        {u"art5.realtime_rbi"_s,
         S::Prohibited,
         tr("Is it used for real-time remote biometric identification in publicly accessible spaces for law "
            "enforcement (outside the narrow exceptions)?"),
         tr("Art. 5(1)(h)")},
        {u"annex1.product"_s,
         S::AnnexI,
         tr("Is it a product, or a safety component of a product, covered by the EU harmonisation legislation in Annex "
            "I (e.g. machinery, toys, medical devices, lifts, radio equipment, vehicles) that needs a third-party "
            "conformity assessment?"),
         tr("Art. 6(1), Annex I")},
        {u"annex3.biometrics"_s,
         S::AnnexIII,
         tr("Biometrics: remote biometric identification, biometric categorisation, or emotion recognition?"),
         tr("Annex III(1)")},
        {u"annex3.critical_infrastructure"_s,
         S::AnnexIII,
         tr("Critical infrastructure: a safety component in managing digital infrastructure, road traffic, or the "
            "supply of water, gas, heating or electricity?"),
         tr("Annex III(2)")},
        {u"annex3.education"_s,
         S::AnnexIII,
         tr("Education: deciding access or admission, evaluating learning outcomes, or monitoring students during "
            "tests?"),
         tr("Annex III(3)")},
        {u"annex3.employment"_s,
         S::AnnexIII,
         tr("Employment: recruiting or selecting people (e.g. screening CVs, ranking candidates), deciding on "
            "promotion or termination, allocating tasks, or monitoring and evaluating workers?"),
         tr("Annex III(4)")},
        {u"annex3.essential_services"_s,
         S::AnnexIII,
         tr("Essential services: eligibility for public benefits, creditworthiness or credit scoring, risk and pricing "
            "of life and health insurance, or prioritising emergency calls?"),
         tr("Annex III(5)")},
        {u"annex3.law_enforcement"_s,
         S::AnnexIII,
         tr("Law enforcement: assessing the risk of victims or offenders, polygraphs, evaluating evidence, or "
            "profiling in criminal investigations?"),
         tr("Annex III(6)")},
        {u"annex3.migration"_s,
         S::AnnexIII,
         tr("Migration, asylum and border control: risk assessments, examining applications, or identifying people?"),
         tr("Annex III(7)")},
        {u"annex3.justice"_s,
         S::AnnexIII,
         tr("Justice and democracy: assisting judges in researching and applying the law, or influencing elections and "
            "voting behaviour?"),
         tr("Annex III(8)")},
        {u"art6_3.narrow_task"_s,
         S::Exceptions,
         tr("Does it only perform a narrow procedural task?"),
         tr("Art. 6(3)(a)")},
        {u"art6_3.improves_human"_s,
         S::Exceptions,
         tr("Does it only improve the result of an activity a person has already completed?"),
         tr("Art. 6(3)(b)")},
        {u"art6_3.detects_patterns"_s,
         S::Exceptions,
         tr("Does it only detect decision patterns or deviations, without replacing or influencing the human "
            "assessment made before it?"),
         tr("Art. 6(3)(c)")},
        {u"art6_3.preparatory"_s,
         S::Exceptions,
         tr("Does it only perform a preparatory task for an assessment in one of those areas?"),
         tr("Art. 6(3)(d)")},
        {u"art6_3.profiling"_s,
         S::Profiling,
         tr("Does it profile natural persons? (Then the exceptions above do not apply.)"),
         tr("Art. 6(3), last subparagraph")},
        {u"gpai.model"_s,
         S::GeneralPurpose,
         tr("Is it a general-purpose AI model, able to perform a wide range of distinct tasks, that you place on the "
            "market or integrate?"),
         tr("Art. 3(63), Art. 51–55")},
        {u"art50.interacts"_s,
         S::Transparency,
         tr("Does it interact directly with people (e.g. a chatbot or voice assistant)?"),
         tr("Art. 50(1)")},
        {u"art50.synthetic"_s,
         S::Transparency,
         tr("Does it generate or manipulate images, audio, video or text (including deepfakes, or text published to "
            "inform the public)?"),
         tr("Art. 50(2), (4)")},
        {u"art50.emotion"_s,
         S::Transparency,
         tr("Does it recognise emotions or categorise people by biometric data (where that is not prohibited)?"),
         tr("Art. 50(3)")},
    };
    return list;
}

QString TierAssistant::sectionTitle(Section section)
{
    switch (section) {
    case Section::Prohibited:
        return tr("Prohibited practices (Art. 5)");
    case Section::AnnexI:
        return tr("Products under EU safety legislation (Annex I)");
    case Section::AnnexIII:
        return tr("High-risk areas (Annex III)");
    case Section::Exceptions:
        return tr("Exceptions for Annex III systems (Art. 6(3))");
    case Section::Profiling:
        return tr("Profiling");
    case Section::GeneralPurpose:
        return tr("General-purpose AI");
    case Section::Transparency:
        return tr("Transparency cases (Art. 50)");
    }
    return {};
}

TierAssistant::Proposal TierAssistant::propose(const QSet<QString>& yes)
{
    Proposal p;
    auto answered = [&](Section section) {
        QStringList refs;
        for (const Question& q : questions()) {
            if (q.section == section && yes.contains(q.code)) {
                refs << q.reference;
            }
        }
        return refs;
    };
    const QStringList transparency = answered(Section::Transparency);
    // A high-risk or general-purpose system can be a transparency case as well: those duties come on top.
    auto alsoTransparency = [&] {
        if (!transparency.isEmpty()) {
            p.reasoning
                << tr("The transparency obligations of Art. 50 apply as well (%1).").arg(transparency.join(u", "_s));
        }
    };
    const QStringList prohibited = answered(Section::Prohibited);
    if (!prohibited.isEmpty()) {
        p.tier = u"prohibited"_s;
        p.reasoning << tr("It falls under a prohibited practice (%1): it may not be placed on the market, put into "
                          "service or used in the EU.")
                           .arg(prohibited.join(u", "_s));
        return p;
    }
    if (!answered(Section::AnnexI).isEmpty()) {
        p.tier = u"high"_s;
        p.reasoning << tr("It is a product or safety component under Annex I legislation needing third-party "
                          "conformity assessment: high-risk under Art. 6(1).");
        alsoTransparency();
        return p;
    }
    const QStringList areas = answered(Section::AnnexIII);
    if (!areas.isEmpty()) {
        const QStringList exceptions = answered(Section::Exceptions);
        const bool profiling = !answered(Section::Profiling).isEmpty();
        if (exceptions.isEmpty() || profiling) {
            p.tier = u"high"_s;
            p.reasoning << tr("It is used in a high-risk area listed in %1: high-risk under Art. 6(2).")
                               .arg(areas.join(u", "_s));
            if (profiling && !exceptions.isEmpty()) {
                p.reasoning << tr("It profiles natural persons, so the Art. 6(3) exceptions (%1) do not apply.")
                                   .arg(exceptions.join(u", "_s));
            }
            alsoTransparency();
            return p;
        }
        p.reasoning
            << tr("It is used in a high-risk area (%1), but an Art. 6(3) exception applies (%2) and it does not "
                  "profile people: not high-risk. Document this assessment (Art. 6(4)) and register it.")
                   .arg(areas.join(u", "_s), exceptions.join(u", "_s));
    }
    if (!answered(Section::GeneralPurpose).isEmpty()) {
        p.tier = u"gpai"_s;
        p.reasoning << tr("It is a general-purpose AI model: the obligations of Art. 53 apply (and Art. 55 if it has "
                          "systemic risk).");
        alsoTransparency();
        return p;
    }
    if (!transparency.isEmpty()) {
        p.tier = u"limited"_s;
        p.reasoning << tr("It is a transparency case (%1): people must be told they deal with AI or AI-generated "
                          "content.")
                           .arg(transparency.join(u", "_s));
        return p;
    }
    p.tier = u"minimal"_s;
    p.reasoning << tr("None of the prohibited, high-risk, general-purpose or transparency cases applies: minimal "
                      "risk. AI literacy (Art. 4) still applies; voluntary codes of conduct are encouraged.");
    return p;
}

} // namespace attest
