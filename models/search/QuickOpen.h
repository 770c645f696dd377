#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace attest {

class Connection;

// One thing quick open (Ctrl+K) can jump to.
struct QuickOpenItem
{
    enum class Kind
    {
        System,
        Requirement,
        Control,
        Risk,
    };
    Kind kind = Kind::System;
    qint64 id = 0;
    qint64 systemId = 0; // a risk's system
    QString title;       // "FIN-CREDIT-01 Instalment credit scoring", "GDPR Art. 30 Records of processing activities"
    QString detail;      // what it is, e.g. "AI system", "Risk of FIN-CREDIT-01"

    static QString kindLabel(Kind kind);
};

// Every AI system, requirement, control and risk of a workspace, read once (one light query each) and searched in
// memory as the user types: each word typed must appear, ignoring case and accents, in the item's text. Systems
// come first, then requirements, controls and risks; within a kind, titles that start with the first word first.
class QuickOpenIndex
{
    Q_DECLARE_TR_FUNCTIONS(QuickOpenIndex)

public:
    static Result<QuickOpenIndex> load(Connection& connection);

    QList<QuickOpenItem> find(const QString& text, int limit = 50) const;
    qsizetype size() const { return m_items.size(); }

private:
    struct Entry
    {
        QuickOpenItem item;
        QString folded; // the searchable text, folded
    };
    QList<Entry> m_items;
};

} // namespace attest
