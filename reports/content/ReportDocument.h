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

// A chart drawn as vectors: horizontal bars (e.g. coverage per framework), a likelihood × impact heat map, or
// lines over time (trends). Colours are "#rrggbb"; every figure is also printed as text beside its mark.
struct ReportChart
{
    enum class Type
    {
        Bars,
        HeatMap,
        Lines,
    };
    Type type = Type::Bars;
    QString caption;
    // Bars: one per label, value out of `maximum`, shown as `valueTexts` (or the value).
    // Lines: one point per label (x axis), one line per series.
    QStringList labels;
    QList<double> values;
    QStringList valueTexts;
    QStringList colours;
    double maximum = 100;
    struct Series
    {
        QString name;
        QString colour;
        QList<double> values;
    };
    QList<Series> series;
    // HeatMap: rows from the highest likelihood down, columns from the lowest impact up; counts and fill colours.
    QStringList rowLabels;
    QStringList columnLabels;
    QList<QList<int>> cells;
    QList<QStringList> cellColours;
    QString rowTitle;
    QString columnTitle;
};

struct ReportBlock
{
    enum class Kind
    {
        Paragraph,
        Facts, // label: value lines
        Table,
        Chart,
        Subheading,
    };
    Kind kind = Kind::Paragraph;
    QString text;
    QList<QPair<QString, QString>> facts;
    ReportTable table;
    ReportChart chart;

    static ReportBlock paragraph(const QString& text) { return {Kind::Paragraph, text, {}, {}, {}}; }
    static ReportBlock subheading(const QString& text) { return {Kind::Subheading, text, {}, {}, {}}; }
    static ReportBlock factList(const QList<QPair<QString, QString>>& facts)
    {
        return {Kind::Facts, {}, facts, {}, {}};
    }
    static ReportBlock tableOf(const ReportTable& table) { return {Kind::Table, {}, {}, table, {}}; }
    static ReportBlock chartOf(const ReportChart& chart) { return {Kind::Chart, {}, {}, {}, chart}; }
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
