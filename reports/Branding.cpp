#include "reports/Branding.h"

#include "reports/Resources.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace lars::reports {

namespace {
constexpr auto kOverrideKey = "letters/branding";

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return f.readAll();
}
} // namespace

bool Logo::isSvg() const
{
    const QByteArray head = data.left(512).trimmed();
    return head.startsWith("<?xml") || head.startsWith("<svg") || head.contains("<svg");
}

QString Branding::positionName(Logo::Position position)
{
    switch (position) {
    case Logo::Position::Left:
        return QStringLiteral("left");
    case Logo::Position::Center:
        return QStringLiteral("center");
    case Logo::Position::Right:
        return QStringLiteral("right");
    }
    return {};
}

std::optional<Logo::Position> Branding::positionFromName(const QString &name)
{
    for (auto p : {Logo::Position::Left, Logo::Position::Center, Logo::Position::Right})
        if (positionName(p) == name)
            return p;
    return std::nullopt;
}

QColor Branding::tint(const QColor &primary)
{
    // A light tint of the brand colour keeps the table headers readable in any brand.
    auto mix = [](float c) { return 1.0f - (1.0f - c) * 0.14f; };
    return QColor::fromRgbF(mix(primary.redF()), mix(primary.greenF()), mix(primary.blueF()));
}

Branding Branding::defaults()
{
    ensureResources();
    Branding b;
    QFile f(QStringLiteral(":/lars/logos/clb-default.svg"));
    if (f.open(QIODevice::ReadOnly))
        b.logos.append({f.readAll(), Logo::Position::Left, 20});
    return b;
}

std::optional<Branding> Branding::fromJson(const QJsonObject &json, const QString &baseDir, QString *error)
{
    Branding b;
    b.logos.clear();
    auto color = [&](const char16_t *key, QColor &out) {
        const QString s = json[QStringView(key)].toString();
        if (s.isEmpty())
            return true;
        const QColor c = QColor::fromString(s);
        if (!c.isValid()) {
            if (error)
                *error = QStringLiteral("invalid colour %1").arg(s);
            return false;
        }
        out = c;
        return true;
    };
    if (!color(u"primaryColor", b.primary))
        return std::nullopt;
    if (!json.contains(u"accentColor")) {
        b.accent = tint(b.primary);
    } else if (!color(u"accentColor", b.accent)) {
        return std::nullopt;
    }
    for (const QJsonValue &v : json[u"logos"].toArray()) {
        const QJsonObject o = v.toObject();
        Logo logo;
        if (o.contains(u"data")) {
            logo.data = QByteArray::fromBase64(o[u"data"].toString().toLatin1());
        } else {
            const auto data = readFile(QDir(baseDir).filePath(o[u"file"].toString()), error);
            if (!data)
                return std::nullopt;
            logo.data = *data;
        }
        if (o.contains(u"position")) {
            const auto p = positionFromName(o[u"position"].toString());
            if (!p) {
                if (error)
                    *error = QStringLiteral("logo position must be left, center or right");
                return std::nullopt;
            }
            logo.position = *p;
        }
        logo.maxHeightMm = o[u"maxHeightMm"].toDouble(logo.maxHeightMm);
        b.logos.append(logo);
    }
    return b;
}

std::optional<Branding> Branding::fromDirectory(const QString &dir, QString *error)
{
    const QDir d(dir);
    if (!d.exists()) {
        if (error)
            *error = QStringLiteral("branding directory %1 does not exist").arg(dir);
        return std::nullopt;
    }
    if (d.exists(QStringLiteral("branding.json"))) {
        const auto data = readFile(d.filePath(QStringLiteral("branding.json")), error);
        if (!data)
            return std::nullopt;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(*data, &pe);
        if (!doc.isObject()) {
            if (error)
                *error = QStringLiteral("branding.json: %1").arg(pe.errorString());
            return std::nullopt;
        }
        return fromJson(doc.object(), dir, error);
    }
    Branding b = defaults();
    for (const auto &name : {QStringLiteral("logo.svg"), QStringLiteral("logo.png")}) {
        if (d.exists(name)) {
            const auto data = readFile(d.filePath(name), error);
            if (!data)
                return std::nullopt;
            b.logos = {Logo{*data, Logo::Position::Left, 24}};
            break;
        }
    }
    return b;
}

QJsonObject Branding::toJson() const
{
    QJsonArray logoArray;
    for (const Logo &l : logos)
        logoArray.append(QJsonObject{{QStringLiteral("data"), QString::fromLatin1(l.data.toBase64())},
                                     {QStringLiteral("position"), positionName(l.position)},
                                     {QStringLiteral("maxHeightMm"), l.maxHeightMm}});
    return {{QStringLiteral("primaryColor"), primary.name()},
            {QStringLiteral("accentColor"), accent.name()},
            {QStringLiteral("logos"), logoArray}};
}

std::optional<Branding> Branding::loadOverride(QSettings &settings)
{
    const QByteArray json = settings.value(QLatin1String(kOverrideKey)).toByteArray();
    if (json.isEmpty())
        return std::nullopt;
    return fromJson(QJsonDocument::fromJson(json).object());
}

void Branding::saveOverride(QSettings &settings, const std::optional<Branding> &branding)
{
    if (branding)
        settings.setValue(QLatin1String(kOverrideKey),
                          QJsonDocument(branding->toJson()).toJson(QJsonDocument::Compact));
    else
        settings.remove(QLatin1String(kOverrideKey));
}

} // namespace lars::reports
