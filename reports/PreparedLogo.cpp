#include "reports/PreparedLogo.h"

#include "reports/Logging.h"

#include <QPainter>
#include <QSvgRenderer>
#include <cmath>
#include <memory>

namespace lars::reports {

std::optional<PreparedLogo> PreparedLogo::prepare(const Logo &logo)
{
    PreparedLogo prepared{logo.position, 1, logo.maxHeightMm, {}};
    if (logo.isSvg()) {
        auto svg = std::make_unique<QSvgRenderer>(logo.data);
        if (!svg->isValid()) {
            qCWarning(lcReports) << "logo SVG could not be read; left out";
            return std::nullopt;
        }
        svg->setAspectRatioMode(Qt::KeepAspectRatio);
        const QRectF box = svg->viewBoxF();
        prepared.aspect = box.height() > 0 ? box.width() / box.height() : 1;
        // Drawn as vectors, an SVG logo costs tens of kilobytes of page content on every letter (its
        // text becomes outlines); rasterised once at 600 dpi it is stored once per PDF and prints as
        // sharp.
        constexpr double dpi = 600;
        constexpr double maxWidthMm = 190;
        double h = logo.maxHeightMm / 25.4 * dpi;
        double w = h * prepared.aspect;
        if (w > maxWidthMm / 25.4 * dpi) {
            w = maxWidthMm / 25.4 * dpi;
            h = w / prepared.aspect;
        }
        QImage raster(QSize(std::max(1, int(std::ceil(w))), std::max(1, int(std::ceil(h)))),
                      QImage::Format_ARGB32_Premultiplied);
        raster.fill(Qt::transparent);
        QPainter rp(&raster);
        rp.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                          QPainter::SmoothPixmapTransform);
        svg->render(&rp, QRectF(QPointF(0, 0), raster.size()));
        rp.end();
        prepared.image = raster;
        return prepared;
    }
    // One QImage per logo for the whole batch: the PDF engine then stores it only once.
    // Premultiplied up front: the painter would otherwise convert (and so re-embed) it on every page.
    prepared.image = QImage::fromData(logo.data).convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (prepared.image.isNull()) {
        qCWarning(lcReports) << "logo image could not be read; left out";
        return std::nullopt;
    }
    prepared.aspect = double(prepared.image.width()) / prepared.image.height();
    return prepared;
}

} // namespace lars::reports
