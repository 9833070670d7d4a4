#include "reports/LetterTemplate.h"

#include "reports/Resources.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace lars::reports {

namespace {
std::optional<QJsonObject> readObject(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, pe.errorString());
        return std::nullopt;
    }
    return doc.object();
}
} // namespace

std::optional<LetterTemplate> LetterTemplate::load(LetterType type, const QString &language,
                                                   const QString &directory, QString *error)
{
    ensureResources();
    const QString root = directory.isEmpty() ? QStringLiteral(":/lars/templates") : directory;
    const QDir dir(QDir(root).filePath(language));
    const auto common = readObject(dir.filePath(QStringLiteral("common.json")), error);
    if (!common)
        return std::nullopt;
    const auto letter = readObject(dir.filePath(templateName(type) + QStringLiteral(".json")), error);
    if (!letter)
        return std::nullopt;
    return fromJson(*letter, *common, error);
}

std::optional<LetterTemplate> LetterTemplate::fromJson(const QJsonObject &letter, const QJsonObject &common,
                                                       QString *error)
{
    if (!letter[u"blocks"].isArray()) {
        if (error)
            *error = QStringLiteral("template has no blocks");
        return std::nullopt;
    }
    LetterTemplate t;
    t.m_letter = letter;
    t.m_common = common;
    return t;
}

QString LetterTemplate::text(const QString &key) const
{
    if (m_letter.contains(key))
        return m_letter[key].toString();
    return m_common[key].toString();
}

QJsonObject LetterTemplate::object(const QString &key) const
{
    if (m_letter.contains(key))
        return m_letter[key].toObject();
    return m_common[key].toObject();
}

QString LetterTemplate::fill(const QString &text, const QHash<QString, QString> &context)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([A-Za-z0-9_.]+)\s*\}\})"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += context.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace lars::reports
