#pragma once

#include <QList>
#include <QString>

namespace attest {

// A framework: a regulation, standard or threat taxonomy whose requirements systems are measured against.
struct Framework
{
    qint64 id = 0;
    QString key; // stable identifier, e.g. "iso27001-2022"
    QString name;
    QString shortName;
    QString edition;
    QString publisher;
    QString sourceDocument;
    QString licence;
    QString attribution;
    QString effectiveDate;
    QString url;
    QString origin; // shipped | imported | tailored
    QString release;
    QString metadata; // JSON: what an imported catalog says about itself (OSCAL metadata, back-matter)
    // Filled by listings:
    int requirementCount = 0;
    int assessableCount = 0;
};

// One node of a framework's requirement tree (a chapter, article, clause, control, specification, ...).
struct Requirement
{
    qint64 id = 0;
    qint64 frameworkId = 0;
    qint64 parentId = 0; // 0 for a top-level node
    QString ref;
    QString title;
    QString kind;
    QString summary;
    QString question;
    QString statement; // an imported catalog's own text, readable (parameters filled in)
    QString guidance;
    bool assessable = false;
    QString flags; // JSON object
    int sortOrder = 0;
    QString status; // current | changed | withdrawn
    QString statusNote;
};

// How one requirement relates to another, and where that claim comes from.
struct RequirementMapping
{
    qint64 id = 0;
    qint64 fromId = 0;
    qint64 toId = 0;
    QString relationship;   // equal | subset | superset | intersect | related
    QString provenanceKind; // published | derived | authored
    QString provenance;
    QString rationale;
    QString note;
    QString status;
};

// A mapping seen from one requirement: the requirement at the other end, in its framework.
struct MappedRequirement
{
    RequirementMapping mapping;
    bool outgoing = true; // this requirement is the mapping's "from"
    Requirement other;
    QString otherFrameworkKey;
    QString otherFrameworkName;
};

struct SearchHit
{
    Requirement requirement;
    QString frameworkKey;
    QString frameworkShortName;
    QString snippet;
};

} // namespace attest
