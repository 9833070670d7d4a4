#pragma once
// A JSON Schema (draft 2020-12) validator for the subset of keywords our published schemas use (the CREON
// batch and results formats in docs/creon/). A schema that uses any other keyword is refused when it is
// loaded, so a schema can never be silently checked less strictly than it reads.
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace lars::models {

class JsonSchema final
{
public:
    struct Error
    {
        QString path; // JSON pointer into the instance, e.g. "/records/3/value"
        QString message;
    };

    // Loads a schema document; on failure isValid() is false and loadError() says why.
    static JsonSchema fromJson(const QByteArray &document);
    static JsonSchema fromFile(const QString &path);

    bool isValid() const { return m_loadError.isEmpty(); }
    QString loadError() const { return m_loadError; }

    // Every error of instance against the whole schema, or against one of its $defs (e.g. "record").
    QList<Error> validate(const QJsonValue &instance) const;
    QList<Error> validateDefinition(const QString &definition, const QJsonValue &instance) const;

private:
    void checkKeywords(const QJsonValue &schema, const QString &where);
    void validate(const QJsonValue &schema, const QJsonValue &instance, const QString &path,
                  QList<Error> *errors, int depth) const;
    QJsonValue resolve(const QString &ref) const;

    QJsonObject m_root;
    QString m_loadError;
};

} // namespace lars::models
