#include "PdfReportWriter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>
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

// Lays the document out page by page. Run twice: first only measuring (to learn where each section starts and how
// many pages there are), then drawing with those numbers known.
class Layout
{
public:
    // Row heights measured once, for both passes (by table and row).
    using RowHeights = QHash<const ReportTable*, QList<double>>;

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
    QList<int> sectionPages() const { return m_sectionPages; }

    void run(const QList<int>& sectionPages, int tocPages)
    {
        cover();
        toc(sectionPages, tocPages);
        for (const ReportSection& section : m_document.sections) {
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
                }
            }
        }
    }

    static int tocPagesFor(int sections) { return std::max(1, (sections + 29) / 30); }

private:
    double textHeight(const QFont& f, double width, const QString& text) const
    {
        const QFontMetricsF metrics(f, &m_writer);
        return metrics.boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, text).height();
    }
    void drawText(const QFont& f, const QRectF& rect, int flags, const QString& text, const QColor& colour = Qt::black)
    {
        if (!m_painter) {
            return;
        }
        m_painter->setFont(f);
        m_painter->setPen(colour);
        m_painter->drawText(rect, flags, text);
    }

    void startPage()
    {
        if (m_pageNumber > 0 && m_painter) {
            m_writer.newPage();
        }
        ++m_pageNumber;
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
        drawText(small, QRectF(m_body.left(), y, m_body.width() / 3, mm(6)), Qt::AlignLeft, fingerprint, grey);
        drawText(small,
                 QRectF(m_body.left() + m_body.width() / 3, y, m_body.width() / 3, mm(6)),
                 Qt::AlignHCenter,
                 PdfReportWriter::tr("Page %1 of %2").arg(m_pageNumber).arg(m_total),
                 grey);
        drawText(small,
                 QRectF(m_body.left() + 2 * m_body.width() / 3, y, m_body.width() / 3, mm(6)),
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
        const QList<QPair<QString, QString>> lines = {
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

    void paragraph(const QString& text)
    {
        const QFont f = font(9.5);
        const double h = textHeight(f, m_body.width(), text);
        ensureRoom(std::min(h, m_body.height()));
        drawText(f, QRectF(m_body.left(), m_y, m_body.width(), h), Qt::TextWordWrap, text);
        m_y += h + mm(3);
    }

    void facts(const QList<QPair<QString, QString>>& lines)
    {
        const QFont label = font(9.5, true);
        const QFont value = font(9.5);
        const double labelWidth = m_body.width() * 0.3;
        const double valueWidth = m_body.width() - labelWidth;
        for (const auto& [name, text] : lines) {
            const QString shown = text.isEmpty() ? PdfReportWriter::tr("not recorded") : text;
            const double h =
                std::max(textHeight(label, labelWidth - mm(2), name), textHeight(value, valueWidth, shown));
            ensureRoom(h);
            drawText(label, QRectF(m_body.left(), m_y, labelWidth - mm(2), h), Qt::TextWordWrap, name);
            drawText(value,
                     QRectF(m_body.left() + labelWidth, m_y, valueWidth, h),
                     Qt::TextWordWrap,
                     shown,
                     text.isEmpty() ? QColor(0xa0, 0x30, 0x20) : QColor(Qt::black));
            m_y += h + mm(1.5);
        }
        m_y += mm(2);
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
        auto rowHeight = [&](const QFont& f, const QStringList& cells) {
            const QFontMetricsF& metrics = &f == &head ? headMetrics : cellMetrics;
            double h = metrics.height();
            for (int i = 0; i < widths.size(); ++i) {
                const QString text = cells.value(i);
                const double width = widths[i] - 2 * pad;
                // One line that fits needs no wrapping layout (most cells of a long register).
                if (text.contains(u'\n') || metrics.horizontalAdvance(text) > width) {
                    h = std::max(h, metrics.boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap, text).height());
                }
            }
            return h + 2 * pad;
        };
        auto drawRow = [&](const QFont& f, const QStringList& cells, double h, bool header) {
            if (m_painter) {
                if (header) {
                    m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), h), QColor(0xe4, 0xe9, 0xf0));
                }
                m_painter->setPen(QPen(QColor(0xc8, 0xc8, 0xc8), mm(0.15)));
                m_painter->drawLine(QPointF(m_body.left(), m_y + h), QPointF(m_body.right(), m_y + h));
            }
            double x = m_body.left();
            for (int i = 0; i < widths.size(); ++i) {
                drawText(
                    f, QRectF(x + pad, m_y + pad, widths[i] - 2 * pad, h - 2 * pad), Qt::TextWordWrap, cells.value(i));
                x += widths[i];
            }
            m_y += h;
        };
        const double headHeight = rowHeight(head, t.headers);
        ensureRoom(headHeight * 3);
        drawRow(head, t.headers, headHeight, true);
        QList<double>& known = m_heights[&t];
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            const QStringList& row = t.rows[r];
            if (known.size() <= r) {
                known << std::min(rowHeight(cell, row), m_body.height() - headHeight);
            }
            const double h = known[r];
            if (m_y + h > m_body.bottom()) {
                newPage();
                drawRow(head, t.headers, headHeight, true); // the heading row again on every page
            }
            drawRow(cell, row, h, false);
        }
        m_y += mm(4);
    }

    QPdfWriter& m_writer;
    const ReportDocument& m_document;
    QPainter* m_painter;
    int m_total;
    RowHeights& m_heights;
    QRectF m_page;
    QRectF m_body;
    int m_pageNumber = 0;
    double m_y = 0;
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
    measure.run({}, tocPages);
    QPainter painter;
    if (!painter.begin(&writer)) {
        return makeError(ErrorCode::Io, tr("The report could not be written to “%1”.").arg(path));
    }
    Layout draw(writer, document, &painter, measure.pages(), heights);
    draw.run(measure.sectionPages(), tocPages);
    if (!painter.end() || !file.commit()) {
        return makeError(ErrorCode::Io,
                         tr("The report could not be written to “%1”: %2").arg(path, file.errorString()));
    }
    return draw.pages();
}

} // namespace attest
