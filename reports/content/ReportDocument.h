#pragma once

#include "content/ReportContext.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace attest {

// A report's content, built from the workspace without any widget and written by the writers (PDF first). Every
// text is plain text: whatever a user typed is printed as written, never read as markup.
struct ReportTable
{
    QStringList headers;
    QList<double> widths; // relative column widths (any scale)
    QList<QStringList> rows;
};

struct ReportBlock
{
    enum class Kind
    {
        Paragraph,
        Facts, // label: value lines
        Table,
    };
    Kind kind = Kind::Paragraph;
    QString text;
    QList<QPair<QString, QString>> facts;
    ReportTable table;

    static ReportBlock paragraph(const QString& text) { return {Kind::Paragraph, text, {}, {}}; }
    static ReportBlock factList(const QList<QPair<QString, QString>>& facts) { return {Kind::Facts, {}, facts, {}}; }
    static ReportBlock tableOf(const ReportTable& table) { return {Kind::Table, {}, {}, table}; }
};

struct ReportSection
{
    QString heading;
    QList<ReportBlock> blocks;
};

struct ReportDocument
{
    QString title;
    QString organisation;
    QString scope;
    QString period;
    ReportContext context;
    QList<ReportSection> sections;
};

} // namespace attest
