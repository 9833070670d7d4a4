#include "server/demodata/DemoBulk.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lars::server::demodata {

namespace {

QString literal(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        return QString::number(v.toLongLong());
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'f', 1);
    default: {
        QString s = v.toString();
        s.replace(u'\'', QStringLiteral("''"));
        return u'\'' + s + u'\'';
    }
    }
}

} // namespace

DemoBulk::DemoBulk(QSqlDatabase db, const QString &table, const QString &columns, DemoBulk *dependsOn)
    : m_db(db)
    , m_head(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns))
    , m_dependsOn(dependsOn)
{}

void DemoBulk::add(const QVariantList &values)
{
    QString row = QStringLiteral("(");
    for (int i = 0; i < values.size(); ++i) {
        if (i)
            row += u',';
        row += literal(values[i]);
    }
    row += u')';
    m_rows << row;
    if (m_rows.size() >= 1000)
        flush();
}

void DemoBulk::flush()
{
    if (m_rows.isEmpty())
        return;
    if (m_dependsOn)
        m_dependsOn->flush();
    QSqlQuery q(m_db);
    if (!q.exec(m_head + m_rows.join(u',')))
        throw Failure(q.lastError().text().toStdString());
    m_rows.clear();
}

void DemoBulk::exec(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const auto &v : values)
        q.addBindValue(v);
    if (!q.exec())
        throw Failure((q.lastError().text() + u' ' + sql.left(80)).toStdString());
}

} // namespace lars::server::demodata
