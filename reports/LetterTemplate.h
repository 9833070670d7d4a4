#pragma once
// A letter template: the data file (resources/templates/<language>/<name>.json, shared strings in
// common.json) that holds a document's text and block order, and {{placeholder}} substitution.
#include "reports/LetterData.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace lars::reports {

class LetterTemplate final
{
public:
    // Loads from directory (the same layout as resources/templates/) or from the compiled-in templates.
    static std::optional<LetterTemplate> load(LetterType type, const QString &language = QStringLiteral("nl"),
                                              const QString &directory = {}, QString *error = nullptr);
    static std::optional<LetterTemplate> fromJson(const QJsonObject &letter, const QJsonObject &common,
                                                  QString *error = nullptr);

    QJsonArray blocks() const { return m_letter[u"blocks"].toArray(); }
    // A string of the letter's template, else of common.json; empty when neither has it.
    QString text(const QString &key) const;
    QJsonObject object(const QString &key) const;
    QString language() const { return m_common[u"language"].toString(); }

    // Replaces {{key}} by context[key]; unknown keys become empty.
    static QString fill(const QString &text, const QHash<QString, QString> &context);

private:
    QJsonObject m_letter;
    QJsonObject m_common;
};

} // namespace lars::reports
