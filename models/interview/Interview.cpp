#include "Interview.h"

using namespace Qt::StringLiterals;

namespace attest {

QString InterviewText::status(const QString& code)
{
    if (code == u"planned"_s) {
        return tr("Planned");
    }
    if (code == u"in_progress"_s) {
        return tr("In progress");
    }
    if (code == u"completed"_s) {
        return tr("Completed");
    }
    return code;
}

QStringList InterviewText::statuses()
{
    return {u"planned"_s, u"in_progress"_s, u"completed"_s};
}

QString InterviewText::answerForKey(int key)
{
    static const QStringList answers = {
        u"compliant"_s, u"partial"_s, u"non_compliant"_s, u"not_applicable"_s, u"not_assessed"_s};
    return key >= 1 && key <= answers.size() ? answers[key - 1] : QString();
}

int InterviewText::keyForAnswer(const QString& status)
{
    for (int key = 1; key <= 5; ++key) {
        if (answerForKey(key) == status) {
            return key;
        }
    }
    return 0;
}

} // namespace attest
