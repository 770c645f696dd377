#include "PdfReportWriter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QThread>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

constexpr int Dpi = 300;

double mm(double millimetres)
{
    return millimetres / 25.4 * Dpi;
}

QFont font(double points, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: text copied or extracted from the PDF (hashes, "fingerprint") must read as printed.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// Word wrapping never breaks inside a word: a word wider than its column (a long URL, an e-mail address, a hash in
// a narrow cell) would run past the column's edge and be cut. Such words get break opportunities (zero-width
// spaces); everything else is left exactly as it is.
QString breakable(const QFontMetricsF& metrics, double width, const QString& text)
{
    if (width <= 0 || text.isEmpty()) {
        return text;
    }
    // A word can only be too wide if it would be even with its widest character throughout.
    const double widest = std::max(1.0, metrics.maxWidth());
    bool needed = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size() && !needed; ++i) {
        if (i == text.size() || text[i].isSpace()) {
            const qsizetype length = i - start;
            needed = length * widest > width && metrics.horizontalAdvance(text.mid(start, length)) > width;
            start = i + 1;
        }
    }
    if (!needed) {
        return text;
    }
    // Only the words that are too wide get break opportunities, after every character, so they break just where the
    // column ends; every other word stays whole.
    QString out;
    out.reserve(text.size() * 2);
    start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !text[i].isSpace()) {
            continue;
        }
        const QString word = text.mid(start, i - start);
        if (word.size() * widest > width && metrics.horizontalAdvance(word) > width) {
            for (const QChar c : word) {
                out += c;
                if (!c.isHighSurrogate()) {
                    out += QChar(0x200B);
                }
            }
        } else {
            out += word;
        }
        if (i < text.size()) {
            out += text[i];
        }
        start = i + 1;
    }
    return out;
}

// The height of a table row whose cells have `widths` (padding `pad` around each): the tallest cell, wrapped at
// words. Sets bit i of `singleLine` for a cell that is one line that fits, and of `longWords` for a cell with a word
// wider than its column.
double measureRow(const QFontMetricsF& metrics,
                  const QList<double>& widths,
                  double pad,
                  const QStringList& cells,
                  quint32* singleLine,
                  quint32* longWords)
{
    double h = metrics.height();
    for (int i = 0; i < widths.size(); ++i) {
        const QString text = cells.value(i);
        const double width = widths[i] - 2 * pad;
        // One line that fits needs no wrapping layout (most cells of a long register).
        if (!text.contains(u'\n') && metrics.horizontalAdvance(text) <= width) {
            if (singleLine && i < 32) {
                *singleLine |= 1u << i;
            }
        } else {
            const QString wrapped = breakable(metrics, width, text);
            if (longWords && i < 32 && wrapped.size() != text.size()) {
                *longWords |= 1u << i;
            }
            h = std::max(h, metrics.boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, wrapped).height());
        }
    }
    return h + 2 * pad;
}

// Lays the document out page by page. Run twice: first only measuring (to learn where each section starts and how
// many pages there are), then drawing with those numbers known.
class Layout
{
public:
    // Row heights measured once, for both passes (by table and row).
    struct RowMeasure
    {
        QList<double> heights;
        QList<quint32> singleLine; // per row, bit i: cell i is one line that fits (drawn without a wrapping layout)
        QList<quint32> longWords;  // per row, bit i: cell i has a word wider than its column
    };
    using RowHeights = QHash<const ReportTable*, RowMeasure>;

    Layout(QPdfWriter& writer, const ReportDocument& document, QPainter* painter, int totalPages, RowHeights& heights)
        : m_writer(writer)
        , m_document(document)
        , m_painter(painter)
        , m_total(totalPages)
        , m_heights(heights)
    {
        const QRectF paper = writer.pageLayout().fullRectPixels(Dpi);
        m_page = QRectF(0, 0, paper.width(), paper.height());
        m_body = QRectF(mm(18), mm(24), paper.width() - mm(36), paper.height() - mm(24) - mm(22));
    }

    int pages() const { return m_pageNumber; }
    void setSigningKey(const QString& fingerprint) { m_signingKey = fingerprint; }
    void setProgress(const std::function<bool(int, int)>& progress) { m_progress = progress; }
    void setParallelMeasure(bool parallel) { m_parallelMeasure = parallel; }
    bool cancelled() const { return m_cancelled; }
    QList<int> sectionPages() const { return m_sectionPages; }

    void run(const QList<int>& sectionPages, int tocPages)
    {
        cover();
        toc(sectionPages, tocPages);
        for (const ReportSection& section : m_document.sections) {
            if (m_cancelled) {
                return;
            }
            newPage();
            m_sectionPages << m_pageNumber;
            heading(section.heading);
            for (const ReportBlock& block : section.blocks) {
                switch (block.kind) {
                case ReportBlock::Kind::Paragraph:
                    paragraph(block.text);
                    break;
                case ReportBlock::Kind::Facts:
                    facts(block.facts);
                    break;
                case ReportBlock::Kind::Table:
                    table(block.table);
                    break;
                case ReportBlock::Kind::Chart:
                    chart(block.chart);
                    break;
                case ReportBlock::Kind::Subheading:
                    subheading(block.text);
                    break;
                }
            }
        }
    }

    static int tocPagesFor(int sections) { return std::max(1, (sections + 29) / 30); }

private:
    double textHeight(const QFont& f, double width, const QString& text) const
    {
        const QFontMetricsF metrics(f, &m_writer);
        return metrics.boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, breakable(metrics, width, text))
            .height();
    }
    void drawText(const QFont& f,
                  const QRectF& rect,
                  int flags,
                  const QString& text,
                  const QColor& colour = Qt::black,
                  bool mayNeedBreaks = true)
    {
        if (!m_painter) {
            return;
        }
        m_painter->setFont(f);
        m_painter->setPen(colour);
        m_painter->drawText(rect,
                            flags,
                            mayNeedBreaks && (flags & Qt::TextWordWrap)
                                ? breakable(QFontMetricsF(f, &m_writer), rect.width(), text)
                                : text);
    }

    // While measuring (no painter yet): tells the progress callback that work goes on, and takes a Cancel.
    void measuring()
    {
        if (!m_painter && m_progress && !m_cancelled && !m_progress(0, 0)) {
            m_cancelled = true;
        }
    }

    void startPage()
    {
        if (m_pageNumber > 0 && m_painter) {
            m_writer.newPage();
        }
        ++m_pageNumber;
        if (m_painter && m_progress && !m_cancelled && !m_progress(m_pageNumber, m_total)) {
            m_cancelled = true;
        }
        m_y = m_body.top();
    }
    // A content page, with the running header and the footer.
    void newPage()
    {
        startPage();
        if (!m_painter) {
            return;
        }
        const QFont small = font(7.5);
        const QColor grey(0x55, 0x55, 0x55);
        const double top = mm(12);
        drawText(small, QRectF(m_body.left(), top, m_body.width() * 0.7, mm(6)), Qt::AlignLeft, m_document.title, grey);
        drawText(small,
                 QRectF(m_body.left() + m_body.width() * 0.3, top, m_body.width() * 0.7, mm(6)),
                 Qt::AlignRight,
                 m_document.organisation,
                 grey);
        m_painter->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), mm(0.2)));
        m_painter->drawLine(QPointF(m_body.left(), mm(18)), QPointF(m_body.right(), mm(18)));
        footer();
    }
    void footer()
    {
        const QFont small = font(7.5);
        const QColor grey(0x55, 0x55, 0x55);
        const double y = m_page.height() - mm(14);
        m_painter->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), mm(0.2)));
        m_painter->drawLine(QPointF(m_body.left(), y - mm(2)), QPointF(m_body.right(), y - mm(2)));
        const QString fingerprint =
            PdfReportWriter::tr("Workspace fingerprint %1")
                .arg(ReportContext::formatFingerprint(m_document.context.fingerprint()).left(14));
        drawText(small, QRectF(m_body.left(), y, m_body.width() * 0.42, mm(6)), Qt::AlignLeft, fingerprint, grey);
        drawText(small,
                 QRectF(m_body.left() + m_body.width() * 0.42, y, m_body.width() * 0.2, mm(6)),
                 Qt::AlignHCenter,
                 PdfReportWriter::tr("Page %1 of %2").arg(m_pageNumber).arg(m_total),
                 grey);
        drawText(small,
                 QRectF(m_body.left() + m_body.width() * 0.62, y, m_body.width() * 0.38, mm(6)),
                 Qt::AlignRight,
                 QLocale::c().toString(m_document.context.generatedAt.toUTC(), u"yyyy-MM-dd HH:mm 'UTC'"_s),
                 grey);
    }

    void cover()
    {
        startPage();
        if (m_painter) {
            footer();
        }
        double y = m_body.top() + mm(40);
        const QFont org = font(12);
        const QFont title = font(24, true);
        const QFont body = font(10);
        const double w = m_body.width();
        auto put = [&](const QFont& f, const QString& text, double after, const QColor& colour = Qt::black) {
            const double h = textHeight(f, w, text);
            drawText(f, QRectF(m_body.left(), y, w, h), Qt::TextWordWrap, text, colour);
            y += h + after;
        };
        put(org, m_document.organisation, mm(4), QColor(0x44, 0x44, 0x44));
        put(title, m_document.title, mm(10));
        const ReportContext& c = m_document.context;
        QList<QPair<QString, QString>> lines = {
            {PdfReportWriter::tr("Scope"), m_document.scope},
            {PdfReportWriter::tr("Period"), m_document.period},
            {PdfReportWriter::tr("Prepared by"), c.preparedBy},
            {PdfReportWriter::tr("Generated at"),
             QLocale::c().toString(c.generatedAt.toUTC(), u"yyyy-MM-dd HH:mm:ss 'UTC'"_s)},
            {PdfReportWriter::tr("Workspace"), c.workspaceId},
            {PdfReportWriter::tr("Workspace fingerprint"), ReportContext::formatFingerprint(c.fingerprint())},
            {PdfReportWriter::tr("Audit-chain head"),
             PdfReportWriter::tr("event %1, %2")
                 .arg(c.auditHeadSeq)
                 .arg(ReportContext::formatFingerprint(c.auditHeadHash))},
        };
        if (!m_signingKey.isEmpty()) {
            lines.append({PdfReportWriter::tr("Signing key"), m_signingKey});
        }
        m_y = y;
        facts(lines);
    }

    void toc(const QList<int>& sectionPages, int tocPages)
    {
        int index = 0;
        for (int page = 0; page < tocPages; ++page) {
            newPage();
            if (page == 0) {
                heading(PdfReportWriter::tr("Contents"), false);
            }
            const QFont body = font(10);
            const QFontMetricsF metrics(body, &m_writer);
            for (int line = 0; line < 30 && index < m_document.sections.size(); ++line, ++index) {
                const double h = metrics.height() * 1.5;
                const QRectF rect(m_body.left(), m_y, m_body.width(), h);
                drawText(body, rect, Qt::AlignLeft | Qt::AlignVCenter, m_document.sections[index].heading);
                drawText(body, rect, Qt::AlignRight | Qt::AlignVCenter, QString::number(sectionPages.value(index)));
                m_y += h;
            }
        }
    }

    void heading(const QString& text, bool numbered = true)
    {
        Q_UNUSED(numbered);
        const QFont f = font(14, true);
        const double h = textHeight(f, m_body.width(), text);
        drawText(f, QRectF(m_body.left(), m_y, m_body.width(), h), Qt::TextWordWrap, text, QColor(0x1f, 0x3a, 0x5f));
        m_y += h + mm(4);
    }

    void ensureRoom(double height)
    {
        if (m_y + height > m_body.bottom()) {
            newPage();
        }
    }

    // The longest start of `text` (ending at a line or word break) that fits in `height`; the rest goes to
    // `rest`. Used for text taller than what is left of a page: it continues on the next, nothing is cut off.
    QString fitting(const QFont& f, double width, const QString& text, double height, QString* rest) const
    {
        if (textHeight(f, width, text) <= height) {
            rest->clear();
            return text;
        }
        // Break points: after spaces and line breaks.
        QList<qsizetype> breaks;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u' ' || text[i] == u'\n') {
                breaks << i + 1;
            }
        }
        qsizetype lo = 0;
        qsizetype hi = breaks.size() - 1;
        qsizetype best = -1;
        while (lo <= hi) {
            const qsizetype mid = (lo + hi) / 2;
            if (textHeight(f, width, text.left(breaks[mid])) <= height) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        qsizetype cut = best >= 0 ? breaks[best] : 0;
        if (cut == 0) {
            // One word longer than the room: cut by characters.
            qsizetype a = 1;
            qsizetype b = text.size();
            while (a < b) {
                const qsizetype m = (a + b + 1) / 2;
                if (textHeight(f, width, text.left(m)) <= height) {
                    a = m;
                } else {
                    b = m - 1;
                }
            }
            cut = a;
        }
        *rest = text.mid(cut);
        return text.left(cut).trimmed();
    }

    void paragraph(const QString& text)
    {
        const QFont f = font(9.5);
        QString remaining = text;
        while (true) {
            const double h = textHeight(f, m_body.width(), remaining);
            ensureRoom(std::min(h, m_body.height() / 4));
            QString rest;
            const QString part = fitting(f, m_body.width(), remaining, m_body.bottom() - m_y, &rest);
            const double partHeight = textHeight(f, m_body.width(), part);
            drawText(f, QRectF(m_body.left(), m_y, m_body.width(), partHeight), Qt::TextWordWrap, part);
            m_y += partHeight;
            if (rest.isEmpty()) {
                break;
            }
            newPage();
            remaining = rest;
        }
        m_y += mm(3);
    }

    void subheading(const QString& text)
    {
        const QFont f = font(11, true);
        const double h = textHeight(f, m_body.width(), text);
        ensureRoom(h + mm(20)); // not alone at the bottom of a page
        m_y += mm(2);
        drawText(f, QRectF(m_body.left(), m_y, m_body.width(), h), Qt::TextWordWrap, text, QColor(0x1f, 0x3a, 0x5f));
        m_y += h + mm(2.5);
    }

    void facts(const QList<QPair<QString, QString>>& lines)
    {
        const QFont label = font(9.5, true);
        const QFont value = font(9.5);
        const double labelWidth = m_body.width() * 0.3;
        const double valueWidth = m_body.width() - labelWidth;
        for (const auto& [name, text] : lines) {
            QString shown = text.isEmpty() ? PdfReportWriter::tr("not recorded") : text;
            const QColor colour = text.isEmpty() ? QColor(0xa0, 0x30, 0x20) : QColor(Qt::black);
            const double labelHeight = textHeight(label, labelWidth - mm(2), name);
            ensureRoom(std::min(std::max(labelHeight, textHeight(value, valueWidth, shown)), m_body.height() / 4));
            bool first = true;
            while (true) {
                QString rest;
                const QString part = fitting(value, valueWidth, shown, m_body.bottom() - m_y, &rest);
                const double h = std::max(first ? labelHeight : 0.0, textHeight(value, valueWidth, part));
                if (first) {
                    drawText(label, QRectF(m_body.left(), m_y, labelWidth - mm(2), h), Qt::TextWordWrap, name);
                }
                drawText(value, QRectF(m_body.left() + labelWidth, m_y, valueWidth, h), Qt::TextWordWrap, part, colour);
                m_y += h;
                if (rest.isEmpty()) {
                    break;
                }
                newPage();
                shown = rest;
                first = false;
            }
            m_y += mm(1.5);
        }
        m_y += mm(2);
    }

    static QColor colourOf(const QString& hex, const QColor& fallback = QColor(0x3b, 0x6e, 0xa8))
    {
        const QColor c(hex);
        return c.isValid() ? c : fallback;
    }

    void chart(const ReportChart& c)
    {
        const QFont small = font(8);
        const QFont captionFont = font(9, true);
        const QFontMetricsF metrics(small, &m_writer);
        const double line = metrics.height();
        const double captionHeight = c.caption.isEmpty() ? 0 : textHeight(captionFont, m_body.width(), c.caption);
        double height = 0;
        switch (c.type) {
        case ReportChart::Type::Bars:
            height = c.labels.size() * line * 1.9 + line;
            break;
        case ReportChart::Type::HeatMap:
            height = (c.rowLabels.size() + 2) * line * 2.6 + line * 2;
            break;
        case ReportChart::Type::Lines:
            height = mm(70) + line * (3 + c.series.size());
            break;
        }
        ensureRoom(std::min(captionHeight + mm(2) + height, m_body.height()));
        if (!c.caption.isEmpty()) {
            drawText(
                captionFont, QRectF(m_body.left(), m_y, m_body.width(), captionHeight), Qt::TextWordWrap, c.caption);
            m_y += captionHeight + mm(2);
        }
        const QRectF area(m_body.left(), m_y, m_body.width(), height);
        if (m_painter) {
            m_painter->save();
            m_painter->setRenderHint(QPainter::Antialiasing);
            switch (c.type) {
            case ReportChart::Type::Bars:
                bars(c, area, small, line);
                break;
            case ReportChart::Type::HeatMap:
                heatMap(c, area, small, line);
                break;
            case ReportChart::Type::Lines:
                lines(c, area, small, line);
                break;
            }
            m_painter->restore();
        }
        m_y += height + mm(5);
    }

    void bars(const ReportChart& c, const QRectF& area, const QFont& f, double line)
    {
        const double labelWidth = area.width() * 0.34;
        const double valueWidth = area.width() * 0.2;
        const double barWidth = area.width() - labelWidth - valueWidth - mm(4);
        const double maximum = c.maximum > 0 ? c.maximum : 1;
        double y = area.top();
        for (int i = 0; i < c.labels.size(); ++i) {
            const double rowHeight = line * 1.9;
            drawText(f,
                     QRectF(area.left(), y, labelWidth - mm(2), rowHeight),
                     Qt::AlignVCenter | Qt::AlignRight | Qt::TextWordWrap,
                     c.labels[i]);
            const QRectF track(area.left() + labelWidth, y + rowHeight * 0.2, barWidth, rowHeight * 0.6);
            m_painter->fillRect(track, QColor(0xee, 0xf1, 0xf5));
            const double v = std::clamp(c.values.value(i), 0.0, maximum);
            m_painter->fillRect(QRectF(track.left(), track.top(), track.width() * v / maximum, track.height()),
                                colourOf(c.colours.value(i)));
            const QString text = c.valueTexts.value(i, QLocale::c().toString(c.values.value(i), 'f', 0));
            drawText(
                f, QRectF(track.right() + mm(2), y, valueWidth, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, text);
            y += rowHeight;
        }
    }

    void heatMap(const ReportChart& c, const QRectF& area, const QFont& f, double line)
    {
        const int rows = int(c.rowLabels.size());
        const int columns = int(c.columnLabels.size());
        if (rows == 0 || columns == 0) {
            return;
        }
        const double labelWidth = area.width() * 0.22;
        const double cellWidth = std::min((area.width() - labelWidth) / columns, mm(28));
        const double cellHeight = line * 2.6;
        double y = area.top();
        for (int r = 0; r < rows; ++r) {
            drawText(f,
                     QRectF(area.left(), y, labelWidth - mm(2), cellHeight),
                     Qt::AlignVCenter | Qt::AlignRight | Qt::TextWordWrap,
                     c.rowLabels[r]);
            for (int col = 0; col < columns; ++col) {
                const QRectF cell(area.left() + labelWidth + col * cellWidth, y, cellWidth, cellHeight);
                m_painter->fillRect(cell, colourOf(c.cellColours.value(r).value(col), QColor(0xdd, 0xdd, 0xdd)));
                m_painter->setPen(QPen(Qt::white, mm(0.5)));
                m_painter->drawRect(cell);
                const int count = c.cells.value(r).value(col);
                drawText(font(9, true),
                         cell,
                         Qt::AlignCenter,
                         QString::number(count),
                         count ? QColor(Qt::black) : QColor(0x66, 0x66, 0x66));
            }
            y += cellHeight;
        }
        for (int col = 0; col < columns; ++col) {
            drawText(f,
                     QRectF(area.left() + labelWidth + col * cellWidth, y + mm(1), cellWidth, cellHeight),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     c.columnLabels[col]);
        }
        y += cellHeight;
        drawText(f,
                 QRectF(area.left() + labelWidth, y, cellWidth * columns, line * 1.5),
                 Qt::AlignHCenter,
                 c.columnTitle + u" →"_s,
                 QColor(0x44, 0x44, 0x44));
        drawText(f,
                 QRectF(area.left(), area.top() - line * 0.2, labelWidth - mm(2), line),
                 Qt::AlignRight,
                 c.rowTitle + u" ↓"_s,
                 QColor(0x44, 0x44, 0x44));
    }

    void lines(const ReportChart& c, const QRectF& area, const QFont& f, double line)
    {
        const double left = area.left() + mm(12);
        const QRectF plot(left, area.top() + line * 0.5, area.right() - left - mm(2), mm(60));
        double maximum = c.maximum;
        for (const ReportChart::Series& s : c.series) {
            for (double v : s.values) {
                if (!std::isnan(v)) {
                    maximum = std::max(maximum, v);
                }
            }
        }
        // Whole, round steps on the axis: 4 steps of 1, 2, 5 × 10^k.
        if (maximum > c.maximum || c.maximum <= 0) {
            const double raw = std::max(1.0, maximum / 4);
            const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
            double step = magnitude;
            for (double m : {1.0, 2.0, 5.0, 10.0}) {
                if (m * magnitude >= raw) {
                    step = m * magnitude;
                    break;
                }
            }
            maximum = step * 4;
        }
        // Grid and y-axis labels at quarters.
        for (int q = 0; q <= 4; ++q) {
            const double y = plot.bottom() - plot.height() * q / 4;
            m_painter->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), mm(0.15)));
            m_painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            drawText(f,
                     QRectF(area.left(), y - line / 2, mm(11), line),
                     Qt::AlignRight | Qt::AlignVCenter,
                     QLocale::c().toString(maximum * q / 4, 'f', 0),
                     QColor(0x55, 0x55, 0x55));
        }
        const int points = int(c.labels.size());
        auto xAt = [&](int i) {
            return points <= 1 ? plot.center().x() : plot.left() + plot.width() * i / (points - 1);
        };
        // X labels: first, last and a few between.
        const int step = std::max(1, points / 6);
        for (int i = 0; i < points; ++i) {
            if (i % step == 0 || i == points - 1) {
                drawText(f,
                         QRectF(xAt(i) - mm(12), plot.bottom() + mm(1), mm(24), line),
                         Qt::AlignHCenter,
                         c.labels[i],
                         QColor(0x55, 0x55, 0x55));
            }
        }
        // A point without a value (NaN: not in the workspace yet) breaks the line.
        for (const ReportChart::Series& s : c.series) {
            m_painter->setPen(QPen(colourOf(s.colour), mm(0.5)));
            QPolygonF polyline;
            auto flush = [&] {
                if (polyline.size() == 1) {
                    m_painter->drawEllipse(polyline.first(), mm(0.5), mm(0.5));
                } else if (polyline.size() > 1) {
                    m_painter->drawPolyline(polyline);
                }
                polyline.clear();
            };
            for (int i = 0; i < points && i < s.values.size(); ++i) {
                if (std::isnan(s.values[i])) {
                    flush();
                    continue;
                }
                polyline << QPointF(xAt(i), plot.bottom() - plot.height() * s.values[i] / maximum);
            }
            flush();
        }
        // Legend with the latest value of each line.
        double y = plot.bottom() + line * 1.8;
        for (const ReportChart::Series& s : c.series) {
            m_painter->fillRect(QRectF(plot.left(), y + line * 0.3, mm(4), line * 0.4), colourOf(s.colour));
            const QString last = s.values.isEmpty() || std::isnan(s.values.last())
                                     ? PdfReportWriter::tr("none")
                                     : QLocale::c().toString(s.values.last(), 'f', 0);
            drawText(f,
                     QRectF(plot.left() + mm(6), y, plot.width() - mm(6), line),
                     Qt::AlignVCenter,
                     PdfReportWriter::tr("%1 (latest: %2)").arg(s.name, last));
            y += line * 1.1;
        }
    }

    void table(const ReportTable& t)
    {
        const QFont head = font(8, true);
        const QFont cell = font(8);
        const double pad = mm(1.2);
        double total = 0;
        for (int i = 0; i < t.headers.size(); ++i) {
            total += t.widths.value(i, 1.0);
        }
        QList<double> widths;
        for (int i = 0; i < t.headers.size(); ++i) {
            widths << m_body.width() * t.widths.value(i, 1.0) / total;
        }
        const QFontMetricsF headMetrics(head, &m_writer);
        const QFontMetricsF cellMetrics(cell, &m_writer);
        auto rowHeight =
            [&](const QFont& f, const QStringList& cells, quint32* singleLine = nullptr, quint32* longWords = nullptr) {
                return measureRow(&f == &head ? headMetrics : cellMetrics, widths, pad, cells, singleLine, longWords);
            };
        auto drawRow = [&](const QFont& f,
                           const QStringList& cells,
                           double h,
                           bool header,
                           quint32 singleLine = 0,
                           quint32 longWords = ~0u) {
            if (m_painter) {
                if (header) {
                    m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), h), QColor(0xe4, 0xe9, 0xf0));
                }
                m_painter->setPen(QPen(QColor(0xc8, 0xc8, 0xc8), mm(0.15)));
                m_painter->drawLine(QPointF(m_body.left(), m_y + h), QPointF(m_body.right(), m_y + h));
            }
            double x = m_body.left();
            const double baseline = m_y + pad + (&f == &head ? headMetrics : cellMetrics).ascent();
            if (m_painter && singleLine) {
                // Once per row: every cell below is drawn in the same font and colour.
                m_painter->setFont(f);
                m_painter->setPen(Qt::black);
            }
            for (int i = 0; i < widths.size(); ++i) {
                if (m_painter && i < 32 && (singleLine & (1u << i))) {
                    m_painter->drawText(QPointF(x + pad, baseline), cells.value(i));
                } else {
                    drawText(f,
                             QRectF(x + pad, m_y + pad, widths[i] - 2 * pad, h - 2 * pad),
                             Qt::TextWordWrap,
                             cells.value(i),
                             Qt::black,
                             i >= 32 || (longWords & (1u << i)));
                }
                x += widths[i];
            }
            m_y += h;
        };
        const double headHeight = rowHeight(head, t.headers);
        ensureRoom(headHeight * 3);
        drawRow(head, t.headers, headHeight, true);
        RowMeasure& measured = m_heights[&t];
        QList<double>& known = measured.heights;
        if (!m_painter && m_parallelMeasure && known.isEmpty() && t.rows.size() >= 2000) {
            // A long table is measured on every core: each worker has its own font metrics (fonts are per thread).
            const qsizetype n = t.rows.size();
            known.resize(n);
            measured.singleLine.resize(n);
            measured.longWords.resize(n);
            // Plain pointers into the (unshared) lists: the workers write disjoint elements and never detach.
            double* heights = known.data();
            quint32* single = measured.singleLine.data();
            quint32* wide = measured.longWords.data();
            const QPdfWriter* device = &m_writer;
            const int parts = std::max(1, QThread::idealThreadCount()) * 2;
            // In blocks, so that a Cancel between them is seen within a moment.
            constexpr qsizetype Block = 8192;
            for (qsizetype start = 0; start < n && !m_cancelled; start += Block) {
                const qsizetype end = std::min(n, start + Block);
                QList<QPair<qsizetype, qsizetype>> ranges;
                for (int part = 0; part < parts; ++part) {
                    ranges << QPair<qsizetype, qsizetype>{start + (end - start) * part / parts,
                                                          start + (end - start) * (part + 1) / parts};
                }
                QtConcurrent::blockingMap(ranges, [&](const QPair<qsizetype, qsizetype>& range) {
                    const QFontMetricsF metrics(font(8), device);
                    for (qsizetype r = range.first; r < range.second; ++r) {
                        single[r] = 0;
                        wide[r] = 0;
                        heights[r] = measureRow(metrics, widths, pad, t.rows.at(r), &single[r], &wide[r]);
                    }
                });
                measuring();
            }
        }
        const double fullPage = m_body.height() - headHeight;
        for (qsizetype r = 0; r < t.rows.size() && !m_cancelled; ++r) {
            const QStringList& row = t.rows[r];
            if (known.size() <= r) {
                if (r % 2000 == 1999) {
                    measuring();
                }
                quint32 singleLine = 0;
                quint32 longWords = 0;
                known << rowHeight(cell, row, &singleLine, &longWords);
                measured.singleLine << singleLine;
                measured.longWords << longWords;
            }
            const double h = known[r];
            if (m_y + h > m_body.bottom() && h <= fullPage) {
                newPage();
                drawRow(head, t.headers, headHeight, true); // the heading row again on every page
            }
            if (h <= m_body.bottom() - m_y) {
                drawRow(cell, row, h, false, measured.singleLine.value(r), measured.longWords.value(r));
                continue;
            }
            // A row taller than a page: each cell continues on the next page, with the heading row again.
            QStringList remaining = row;
            while (true) {
                if (m_body.bottom() - m_y < cellMetrics.height() * 3 + 2 * pad) {
                    newPage();
                    drawRow(head, t.headers, headHeight, true);
                }
                QStringList part;
                QStringList rest;
                bool more = false;
                for (int i = 0; i < widths.size(); ++i) {
                    QString next;
                    part << fitting(
                        cell, widths[i] - 2 * pad, remaining.value(i), m_body.bottom() - m_y - 2 * pad, &next);
                    rest << next;
                    more = more || !next.isEmpty();
                }
                drawRow(cell, part, more ? m_body.bottom() - m_y : rowHeight(cell, part), false);
                if (!more) {
                    break;
                }
                remaining = rest;
                newPage();
                drawRow(head, t.headers, headHeight, true);
            }
        }
        m_y += mm(4);
    }

    QPdfWriter& m_writer;
    const ReportDocument& m_document;
    QPainter* m_painter;
    int m_total;
    RowHeights& m_heights;
    QString m_signingKey; // fingerprint, for a signed report's cover
    QRectF m_page;
    QRectF m_body;
    int m_pageNumber = 0;
    double m_y = 0;
    std::function<bool(int, int)> m_progress;
    bool m_cancelled = false;
    bool m_parallelMeasure = true;
    QList<int> m_sectionPages;
};

} // namespace

Result<int> PdfReportWriter::write(const ReportDocument& document, const QString& path, const Options& options)
{
    // Written to a temporary file that replaces `path` only when complete: a failure leaves no half-written report.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io,
                         tr("The report could not be written to “%1”: %2").arg(path, file.errorString()));
    }
    QPdfWriter writer(&file);
    if (options.pdfa) {
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    }
    writer.setResolution(Dpi);
    writer.setTitle(document.title);
    writer.setCreator(u"Attest"_s);
    writer.setPageLayout(QPageLayout(QPageSize(options.paper), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    const int tocPages = Layout::tocPagesFor(int(document.sections.size()));
    // Measure first: where each section starts, how many pages there are.
    Layout::RowHeights heights;
    Layout measure(writer, document, nullptr, 0, heights);
    measure.setSigningKey(options.signingKeyFingerprint);
    measure.setParallelMeasure(options.parallelMeasure);
    measure.setProgress(options.progress);
    measure.run({}, tocPages);
    if (measure.cancelled()) {
        file.cancelWriting();
        return makeError(ErrorCode::Cancelled, tr("Cancelled: no report was written."));
    }
    QPainter painter;
    if (!painter.begin(&writer)) {
        return makeError(ErrorCode::Io, tr("The report could not be written to “%1”.").arg(path));
    }
    Layout draw(writer, document, &painter, measure.pages(), heights);
    draw.setSigningKey(options.signingKeyFingerprint);
    draw.setProgress(options.progress);
    draw.run(measure.sectionPages(), tocPages);
    if (draw.cancelled()) {
        painter.end();
        file.cancelWriting();
        return makeError(ErrorCode::Cancelled, tr("Cancelled: no report was written."));
    }
    if (!painter.end() || !file.commit()) {
        return makeError(ErrorCode::Io,
                         tr("The report could not be written to “%1”: %2").arg(path, file.errorString()));
    }
    return draw.pages();
}

} // namespace attest
