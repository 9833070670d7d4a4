#pragma once
// A branding logo made ready to paint on every letter of a batch: one QImage (SVG rasterised once),
// so the PDF engine stores it once per file.
#include "reports/Branding.h"

#include <QImage>
#include <optional>

namespace lars::reports {

struct PreparedLogo
{
    Logo::Position position = Logo::Position::Left;
    double aspect = 1; // width / height
    double maxHeightMm = 24;
    QImage image;

    // nullopt (and a warning) when the logo's data cannot be read: the letter goes out without it.
    static std::optional<PreparedLogo> prepare(const Logo &logo);
};

} // namespace lars::reports
