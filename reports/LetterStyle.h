#pragma once
// The fixed look every letter shares: the A4 sheet's margins in millimetres, the letter font and the
// neutral colours. Brand colours come from Branding.
#include <QColor>
#include <QFont>

namespace lars::reports::letterstyle {

constexpr double kPageWidthMm = 210;
constexpr double kPageHeightMm = 297;
constexpr double kMarginLeftMm = 20;
constexpr double kMarginRightMm = 18;
constexpr double kMarginTopMm = 13;
constexpr double kMarginBottomMm = 22;
constexpr double kFooterBaselineMm = 284;
constexpr double kBodyPt = 9.5;

inline const QColor kText(0x22, 0x22, 0x22);
inline const QColor kMuted(0x66, 0x66, 0x66);
inline const QColor kRule(0xbb, 0xbb, 0xbb);

QFont font(double pt, bool bold = false, bool italic = false);

} // namespace lars::reports::letterstyle
