#pragma once
// A CLB's letter branding: logos (PNG or SVG, one or more, each with a position) and colours.
// Comes from the server per CLB, from a directory (lars-render --branding) or a local override.
#include <QByteArray>
#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class QSettings;

namespace lars::reports {

struct Logo
{
    enum class Position
    {
        Left,
        Center,
        Right
    };
    QByteArray data; // file contents: PNG, JPEG or SVG
    Position position = Position::Left;
    double maxHeightMm = 24;
    bool isSvg() const;
};

struct Branding
{
    QColor primary = QColor(0x0b, 0x5d, 0x7a); // CLB name, titles, rules, chart
    QColor accent = QColor(0xe3, 0xef, 0xf3);  // table header and slip background
    QList<Logo> logos;

    // The look of a CLB without its own branding: the default LARS logo on the left.
    static Branding defaults();
    // JSON: {"primaryColor":"#rrggbb","accentColor":"#rrggbb","logos":[{"file":"x.png"|"data":base64,
    // "position":"left|center|right","maxHeightMm":24}]}; files relative to baseDir.
    static std::optional<Branding> fromJson(const QJsonObject &json, const QString &baseDir = {},
                                            QString *error = nullptr);
    // A directory with branding.json, or else with logo.svg / logo.png (placed left).
    static std::optional<Branding> fromDirectory(const QString &dir, QString *error = nullptr);
    QJsonObject toJson() const; // logos embedded as base64

    // The local override kept in the settings ("letters/branding"); nullopt when none is set.
    static std::optional<Branding> loadOverride(QSettings &settings);
    static void saveOverride(QSettings &settings, const std::optional<Branding> &branding);

    // The light tint of a brand colour used for table headers when no accent colour is given.
    static QColor tint(const QColor &primary);

    static QString positionName(Logo::Position position);
    static std::optional<Logo::Position> positionFromName(const QString &name);
};

} // namespace lars::reports
