#include "models/JsonSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace lars::models {

namespace {

const QSet<QString> &knownKeywords()
{
    static const QSet<QString> keywords = {QStringLiteral("$schema"),
                                           QStringLiteral("$id"),
                                           QStringLiteral("$defs"),
                                           QStringLiteral("$ref"),
                                           QStringLiteral("title"),
                                           QStringLiteral("description"),
                                           QStringLiteral("type"),
                                           QStringLiteral("properties"),
                                           QStringLiteral("required"),
                                           QStringLiteral("additionalProperties"),
                                           QStringLiteral("enum"),
                                           QStringLiteral("const"),
                                           QStringLiteral("pattern"),
                                           QStringLiteral("minimum"),
                                           QStringLiteral("maximum"),
                                           QStringLiteral("minLength"),
                                           QStringLiteral("maxLength"),
                                           QStringLiteral("items"),
                                           QStringLiteral("minItems"),
                                           QStringLiteral("maxItems"),
                                           QStringLiteral("minProperties"),
                                           QStringLiteral("oneOf"),
                                           QStringLiteral("anyOf"),
                                           QStringLiteral("not"),
                                           QStringLiteral("if"),
                                           QStringLiteral("then"),
                                           QStringLiteral("else")};
    return keywords;
}

// ECMA-262 "$" matches only at the very end; PCRE's also before a final newline, so "123\n" would pass
// "^[0-9]+$". A trailing unescaped "$" becomes PCRE's absolute end "\z".
QRegularExpression compile(QString pattern)
{
    if (pattern.endsWith(u'$') && !pattern.endsWith(QLatin1String("\\$")))
        pattern = pattern.left(pattern.size() - 1) + QStringLiteral("\\z");
    return QRegularExpression(pattern);
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == QLatin1String("object"))
        return v.isObject();
    if (type == QLatin1String("array"))
        return v.isArray();
    if (type == QLatin1String("string"))
        return v.isString();
    if (type == QLatin1String("number"))
        return v.isDouble();
    if (type == QLatin1String("integer"))
        return isInteger(v);
    if (type == QLatin1String("boolean"))
        return v.isBool();
    if (type == QLatin1String("null"))
        return v.isNull();
    return false;
}

QString pointer(const QString &path, const QString &token)
{
    QString escaped = token;
    escaped.replace(u'~', QLatin1String("~0")).replace(u'/', QLatin1String("~1"));
    return path + u'/' + escaped;
}

QString shortJson(const QJsonValue &v)
{
    const QByteArray text = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)).left(60);
}

} // namespace

JsonSchema JsonSchema::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        JsonSchema s;
        s.m_loadError = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return s;
    }
    return fromJson(f.readAll());
}

JsonSchema JsonSchema::fromJson(const QByteArray &document)
{
    JsonSchema s;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(document, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        s.m_loadError = QStringLiteral("the schema is not a JSON object: %1").arg(error.errorString());
        return s;
    }
    s.m_root = doc.object();
    s.checkKeywords(s.m_root, QStringLiteral("#"));
    return s;
}

void JsonSchema::checkKeywords(const QJsonValue &schema, const QString &where)
{
    if (!m_loadError.isEmpty())
        return;
    if (schema.isBool())
        return;
    if (!schema.isObject()) {
        m_loadError = QStringLiteral("%1 is not a schema").arg(where);
        return;
    }
    const QJsonObject o = schema.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &key = it.key();
        if (!knownKeywords().contains(key)) {
            m_loadError = QStringLiteral("%1 uses the keyword '%2', which this validator does not implement")
                              .arg(where, key);
            return;
        }
        const QString here = where + u'/' + key;
        if (key == QLatin1String("properties") || key == QLatin1String("$defs")) {
            const QJsonObject children = it->toObject();
            for (auto c = children.begin(); c != children.end(); ++c)
                checkKeywords(*c, here + u'/' + c.key());
        } else if (key == QLatin1String("oneOf") || key == QLatin1String("anyOf")) {
            const QJsonArray alternatives = it->toArray();
            for (int i = 0; i < alternatives.size(); ++i)
                checkKeywords(alternatives[i], here + u'/' + QString::number(i));
        } else if (key == QLatin1String("items") || key == QLatin1String("not") ||
                   key == QLatin1String("if") || key == QLatin1String("then") ||
                   key == QLatin1String("else") ||
                   (key == QLatin1String("additionalProperties") && it->isObject())) {
            checkKeywords(*it, here);
        } else if (key == QLatin1String("pattern") && !compile(it->toString()).isValid()) {
            m_loadError = QStringLiteral("%1 is not a valid regular expression").arg(here);
        } else if (key == QLatin1String("$ref") && resolve(it->toString()).isUndefined()) {
            m_loadError = QStringLiteral("%1 points nowhere: %2").arg(here, it->toString());
        }
    }
}

QJsonValue JsonSchema::resolve(const QString &ref) const
{
    // Only references into this document ("#/$defs/name") are used by our schemas.
    if (!ref.startsWith(QLatin1String("#/")))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue node = m_root;
    for (QString token : ref.mid(2).split(u'/')) {
        token.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
        if (!node.isObject() || !node.toObject().contains(token))
            return QJsonValue(QJsonValue::Undefined);
        node = node.toObject().value(token);
    }
    return node;
}

QList<JsonSchema::Error> JsonSchema::validate(const QJsonValue &instance) const
{
    QList<Error> errors;
    if (!isValid())
        errors.append({QString(), m_loadError});
    else
        validate(m_root, instance, QString(), &errors, 0);
    return errors;
}

QList<JsonSchema::Error> JsonSchema::validateDefinition(const QString &definition,
                                                        const QJsonValue &instance) const
{
    QList<Error> errors;
    const QJsonValue schema = resolve(QStringLiteral("#/$defs/") + definition);
    if (!isValid() || schema.isUndefined())
        errors.append(
            {QString(), isValid() ? QStringLiteral("no definition '%1'").arg(definition) : m_loadError});
    else
        validate(schema, instance, QString(), &errors, 0);
    return errors;
}

void JsonSchema::validate(const QJsonValue &schemaValue, const QJsonValue &v, const QString &path,
                          QList<Error> *errors, int depth) const
{
    if (depth > 64) {
        errors->append({path, QStringLiteral("the schema nests too deeply")});
        return;
    }
    if (schemaValue.isBool()) {
        if (!schemaValue.toBool())
            errors->append({path, QStringLiteral("is not allowed")});
        return;
    }
    const QJsonObject s = schemaValue.toObject();
    const auto fail = [&](const QString &message) {
        errors->append({path.isEmpty() ? QStringLiteral("/") : path, message});
    };
    const auto passes = [&](const QJsonValue &sub) {
        QList<Error> scratch;
        validate(sub, v, path, &scratch, depth + 1);
        return scratch.isEmpty();
    };

    if (s.contains(QLatin1String("$ref")))
        validate(resolve(s.value(QLatin1String("$ref")).toString()), v, path, errors, depth + 1);

    if (s.contains(QLatin1String("type"))) {
        const QJsonValue type = s.value(QLatin1String("type"));
        const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
        bool any = false;
        for (const QJsonValue &t : types)
            any = any || hasType(v, t.toString());
        if (!any) {
            fail(QStringLiteral("must be of type %1").arg(shortJson(type)));
            return; // the other keywords would only repeat the type error
        }
    }
    if (s.contains(QLatin1String("const")) && v != s.value(QLatin1String("const")))
        fail(QStringLiteral("must be %1").arg(shortJson(s.value(QLatin1String("const")))));
    if (s.contains(QLatin1String("enum")) && !s.value(QLatin1String("enum")).toArray().contains(v))
        fail(QStringLiteral("must be one of %1").arg(shortJson(s.value(QLatin1String("enum")))));

    if (v.isString()) {
        const qsizetype length = v.toString().toUcs4().size();
        if (s.contains(QLatin1String("minLength")) &&
            length < s.value(QLatin1String("minLength")).toInteger())
            fail(QStringLiteral("is shorter than %1 characters")
                     .arg(s.value(QLatin1String("minLength")).toInteger()));
        if (s.contains(QLatin1String("maxLength")) &&
            length > s.value(QLatin1String("maxLength")).toInteger())
            fail(QStringLiteral("is longer than %1 characters")
                     .arg(s.value(QLatin1String("maxLength")).toInteger()));
        if (s.contains(QLatin1String("pattern")) &&
            !compile(s.value(QLatin1String("pattern")).toString()).match(v.toString()).hasMatch())
            fail(QStringLiteral("does not match %1").arg(s.value(QLatin1String("pattern")).toString()));
    }
    if (v.isDouble()) {
        if (s.contains(QLatin1String("minimum")) &&
            v.toDouble() < s.value(QLatin1String("minimum")).toDouble())
            fail(QStringLiteral("must be at least %1").arg(s.value(QLatin1String("minimum")).toDouble()));
        if (s.contains(QLatin1String("maximum")) &&
            v.toDouble() > s.value(QLatin1String("maximum")).toDouble())
            fail(QStringLiteral("must be at most %1").arg(s.value(QLatin1String("maximum")).toDouble()));
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (s.contains(QLatin1String("minItems")) &&
            a.size() < s.value(QLatin1String("minItems")).toInteger())
            fail(QStringLiteral("needs at least %1 items")
                     .arg(s.value(QLatin1String("minItems")).toInteger()));
        if (s.contains(QLatin1String("maxItems")) &&
            a.size() > s.value(QLatin1String("maxItems")).toInteger())
            fail(
                QStringLiteral("has more than %1 items").arg(s.value(QLatin1String("maxItems")).toInteger()));
        if (s.contains(QLatin1String("items")))
            for (int i = 0; i < a.size(); ++i)
                validate(s.value(QLatin1String("items")), a[i], path + u'/' + QString::number(i), errors,
                         depth + 1);
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QJsonObject properties = s.value(QLatin1String("properties")).toObject();
        for (const QJsonValue &name : s.value(QLatin1String("required")).toArray())
            if (!o.contains(name.toString()))
                errors->append({pointer(path, name.toString()), QStringLiteral("is required")});
        if (s.contains(QLatin1String("minProperties")) &&
            o.size() < s.value(QLatin1String("minProperties")).toInteger())
            fail(QStringLiteral("needs at least %1 properties")
                     .arg(s.value(QLatin1String("minProperties")).toInteger()));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (properties.contains(it.key()))
                validate(properties.value(it.key()), *it, pointer(path, it.key()), errors, depth + 1);
            else if (s.contains(QLatin1String("additionalProperties")))
                validate(s.value(QLatin1String("additionalProperties")), *it, pointer(path, it.key()), errors,
                         depth + 1);
        }
    }

    if (s.contains(QLatin1String("oneOf"))) {
        int matching = 0;
        for (const QJsonValue &alternative : s.value(QLatin1String("oneOf")).toArray())
            matching += passes(alternative) ? 1 : 0;
        if (matching != 1)
            fail(matching == 0 ? QStringLiteral("matches none of the allowed forms")
                               : QStringLiteral("matches more than one of the allowed forms"));
    }
    if (s.contains(QLatin1String("anyOf"))) {
        bool any = false;
        for (const QJsonValue &alternative : s.value(QLatin1String("anyOf")).toArray())
            any = any || passes(alternative);
        if (!any)
            fail(QStringLiteral("matches none of the allowed forms"));
    }
    if (s.contains(QLatin1String("not")) && passes(s.value(QLatin1String("not"))))
        fail(QStringLiteral("has a form that is not allowed here"));
    if (s.contains(QLatin1String("if"))) {
        const bool condition = passes(s.value(QLatin1String("if")));
        const QLatin1String branch = condition ? QLatin1String("then") : QLatin1String("else");
        if (s.contains(branch))
            validate(s.value(branch), v, path, errors, depth + 1);
    }
}

} // namespace lars::models
