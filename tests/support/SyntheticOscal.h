#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace attest::test {

// An OSCAL 1.1.3 catalog shaped like NIST SP 800-53: `controls` control objects in all, a quarter of them base
// controls in families of 16, each with three enhancements; every control with two parameters, a statement of
// three labelled items that insert them, guidance, and label and sort-id props. Used by the import tests and the
// import benchmark.
inline QByteArray syntheticOscalCatalog(int controls,
                                        const QString& uuid = QStringLiteral("7c1d5e2a-3b4f-4a6d-9e8c-0f1a2b3c4d5e"))
{
    using namespace Qt::StringLiterals;
    auto control = [](const QString& id, const QString& label, const QString& title) {
        QJsonArray params{QJsonObject{{u"id"_s, QString(id + u"_prm_1"_s)}, {u"label"_s, u"frequency"_s}},
                          QJsonObject{{u"id"_s, QString(id + u"_prm_2"_s)},
                                      {u"select"_s,
                                       QJsonObject{{u"how-many"_s, u"one-or-more"_s},
                                                   {u"choice"_s, QJsonArray{u"logging"_s, u"alerting"_s}}}}}};
        QJsonArray items;
        for (const char* letter : {"a", "b", "c"}) {
            const QString l = QString::fromLatin1(letter);
            items.append(QJsonObject{
                {u"id"_s, u"%1_smt.%2"_s.arg(id, l)},
                {u"name"_s, u"item"_s},
                {u"props"_s, QJsonArray{QJsonObject{{u"name"_s, u"label"_s}, {u"value"_s, QString(l + u'.')}}}},
                {u"prose"_s,
                 u"Review the model pipeline {{ insert: param, %1_prm_1 }} and apply {{ insert: param, %1_prm_2 }} "
                 u"to every change of item %2."_s.arg(id, l)}});
        }
        return QJsonObject{
            {u"id"_s, id},
            {u"title"_s, title},
            {u"params"_s, params},
            {u"props"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"label"_s}, {u"value"_s, label}},
                        QJsonObject{{u"name"_s, u"sort-id"_s}, {u"value"_s, id}}}},
            {u"parts"_s,
             QJsonArray{
                 QJsonObject{{u"id"_s, QString(id + u"_smt"_s)}, {u"name"_s, u"statement"_s}, {u"parts"_s, items}},
                 QJsonObject{{u"id"_s, QString(id + u"_gdn"_s)},
                             {u"name"_s, u"guidance"_s},
                             {u"prose"_s, u"Guidance for %1: keep records an assessor can follow."_s.arg(label)}}}}};
    };
    QJsonArray groups;
    const int base = controls / 4;
    for (int b = 0; b < base; ++b) {
        const int family = b / 16;
        if (family >= groups.size()) {
            groups.append(QJsonObject{{u"id"_s, u"f%1"_s.arg(family + 1)},
                                      {u"title"_s, u"Family %1"_s.arg(family + 1)},
                                      {u"controls"_s, QJsonArray{}}});
        }
        const QString id = u"f%1-%2"_s.arg(family + 1).arg(b % 16 + 1);
        QJsonObject c = control(id, id.toUpper(), u"Control %1"_s.arg(id.toUpper()));
        QJsonArray enhancements;
        for (int e = 1; e <= 3; ++e) {
            const QString eid = u"%1.%2"_s.arg(id).arg(e);
            enhancements.append(control(eid, u"%1(%2)"_s.arg(id.toUpper()).arg(e), u"Enhancement %1"_s.arg(e)));
        }
        c.insert(u"controls"_s, enhancements);
        QJsonObject group = groups[family].toObject();
        QJsonArray list = group.value(u"controls"_s).toArray();
        list.append(c);
        group.insert(u"controls"_s, list);
        groups[family] = group;
    }
    const QJsonObject catalog{{u"uuid"_s, uuid},
                              {u"metadata"_s,
                               QJsonObject{{u"title"_s, u"Synthetic Model Controls"_s},
                                           {u"last-modified"_s, u"2026-01-01T00:00:00Z"_s},
                                           {u"version"_s, u"1.0"_s},
                                           {u"oscal-version"_s, u"1.1.3"_s}}},
                              {u"groups"_s, groups}};
    return QJsonDocument(QJsonObject{{u"catalog"_s, catalog}}).toJson(QJsonDocument::Compact);
}

} // namespace attest::test
