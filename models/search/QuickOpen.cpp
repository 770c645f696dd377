#include "QuickOpen.h"

#include "catalog/CatalogTitles.h"
#include "compliance/Compliance.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

// Case and accents do not matter: "genehmigung" finds "Genehmigung", "securite" finds "sécurité".
QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            folded += c.toCaseFolded();
        }
    }
    return folded;
}

} // namespace

QString QuickOpenItem::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::System:
        return QuickOpenIndex::tr("AI system");
    case Kind::Requirement:
        return QuickOpenIndex::tr("Requirement");
    case Kind::Control:
        return QuickOpenIndex::tr("Control");
    case Kind::Risk:
        return QuickOpenIndex::tr("Risk");
    }
    return {};
}

Result<QuickOpenIndex> QuickOpenIndex::load(Connection& connection)
{
    QuickOpenIndex index;
    auto add = [&index](QuickOpenItem item, const QString& searchable) {
        index.m_items << Entry{std::move(item), fold(searchable)};
    };
    auto systems = SystemRepository(connection).labels();
    if (!systems) {
        return systems.error();
    }
    for (const SystemLabel& s : *systems) {
        const QString title = u"%1 %2"_s.arg(s.code, s.name);
        add({QuickOpenItem::Kind::System, s.id, s.id, title, s.retired ? tr("AI system (retired)") : tr("AI system")},
            title);
    }
    CatalogRepository catalogs(connection);
    const CatalogTitles titles(connection); // official titles in the catalog language, where shipped
    auto frameworks = catalogs.frameworks();
    if (!frameworks) {
        return frameworks.error();
    }
    for (const Framework& f : *frameworks) {
        auto requirements = catalogs.requirements(f.id);
        if (!requirements) {
            return requirements.error();
        }
        const QString framework = f.shortName.isEmpty() ? f.name : f.shortName;
        for (const Requirement& r : *requirements) {
            if (r.status == u"withdrawn"_s) {
                continue;
            }
            const QString shown = titles.title(r);
            const QString title = u"%1 %2"_s.arg(r.ref, shown);
            // Found by its official English title too.
            add({QuickOpenItem::Kind::Requirement, r.id, 0, title, tr("Requirement of %1").arg(framework)},
                framework + u' ' + title + (shown == r.title ? QString() : u' ' + r.title));
        }
    }
    auto controls = ComplianceRepository(connection).controls();
    if (!controls) {
        return controls.error();
    }
    for (const Control& c : *controls) {
        const QString title = u"%1 %2"_s.arg(c.code, c.name);
        add({QuickOpenItem::Kind::Control, c.id, 0, title, tr("Control")}, title);
    }
    auto risks = RiskRepository(connection).labels();
    if (!risks) {
        return risks.error();
    }
    for (const RiskRepository::Label& r : *risks) {
        const QString title = u"%1: %2"_s.arg(r.threat, r.scenario);
        add({QuickOpenItem::Kind::Risk, r.id, r.systemId, title, tr("Risk of %1").arg(r.systemCode)},
            r.systemCode + u' ' + title);
    }
    return index;
}

QList<QuickOpenItem> QuickOpenIndex::find(const QString& text, int limit) const
{
    const QStringList words = fold(text).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || limit <= 0) {
        return {};
    }
    // Items are kept in kind order (systems first); within each kind, the ones that start with the first word
    // are listed before the others.
    QList<const Entry*> starting;
    QList<const Entry*> containing;
    auto flush = [&](QList<QuickOpenItem>& out) {
        for (const QList<const Entry*>* group : {&starting, &containing}) {
            for (const Entry* e : *group) {
                if (out.size() >= limit) {
                    break;
                }
                out << e->item;
            }
        }
        starting.clear();
        containing.clear();
    };
    QList<QuickOpenItem> found;
    QuickOpenItem::Kind kind = QuickOpenItem::Kind::System;
    for (const Entry& e : m_items) {
        if (e.item.kind != kind) {
            flush(found);
            kind = e.item.kind;
            if (found.size() >= limit) {
                break;
            }
        }
        bool all = true;
        for (const QString& word : words) {
            if (!e.folded.contains(word)) {
                all = false;
                break;
            }
        }
        if (!all) {
            continue;
        }
        (e.folded.startsWith(words.first()) ? starting : containing) << &e;
    }
    flush(found);
    return found;
}

} // namespace attest
