#pragma once

#include "metrics/qualityreport.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

#include <memory>

class QTextDocument;

namespace verdict {

// The quality dashboard as a document a lead can send as the weekly quality
// readout: a summary, the tables and the charts, and how the figures are
// computed. Written as one self-contained HTML file or as a PDF.
class QualityReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(QualityReportDocument)

public:
    explicit QualityReportDocument(std::shared_ptr<const QualityReport> report);

    enum class Images {
        Embedded, // data: URLs, for a standalone HTML file
        Resources, // "chart-N.png" names, added to a QTextDocument as resources
    };
    // `imageWidth` is the charts' width in the document's pixels.
    QString html(Images images, int imageWidth = 760) const;

    // A text document of the report with the charts added as resources; the caller owns it.
    QTextDocument *document(int imageWidth = 760) const;

    // Writes atomically: a failed write leaves any earlier file as it was.
    Result<void> writeHtml(const QString &path) const;
    Result<void> writePdf(const QString &path) const;

    // The charts in the report, drawn at the report's size.
    const QList<std::pair<QString, QImage>> &charts() const;

private:
    std::shared_ptr<const QualityReport> m_report;
    mutable QList<std::pair<QString, QImage>> m_charts; // title, image
};

} // namespace verdict
