#include "tools/creon-receiver/ReceiverStore.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <unistd.h>

namespace lars::tools {

QString ReceiverStore::key(const QString &registrationId, qint64 version)
{
    return registrationId + u'#' + QString::number(version);
}

bool ReceiverStore::openLog(QFile &file, const QString &name, QString *error)
{
    file.setFileName(m_dir + u'/' + name);
    if (!file.open(QIODevice::ReadWrite)) {
        *error = QStringLiteral("cannot open %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    // A crash mid-append leaves a line without its newline: cut the file back to the last whole line.
    const QByteArray content = file.readAll();
    const qsizetype end = content.lastIndexOf('\n') + 1;
    if (end != content.size() && !file.resize(end)) {
        *error = QStringLiteral("cannot repair %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    file.seek(end);
    if (&file == &m_acceptedLog) {
        for (const QByteArray &line : content.left(end).split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QJsonObject record = o.value(QLatin1String("record")).toObject();
            if (!record.isEmpty())
                m_accepted.insert(key(record.value(QLatin1String("registrationId")).toString(),
                                      record.value(QLatin1String("version")).toInteger()));
        }
    }
    return true;
}

bool ReceiverStore::open(const QString &dir, QString *error)
{
    m_dir = QDir(dir).absolutePath();
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create the store directory %1").arg(m_dir);
        return false;
    }
    return openLog(m_acceptedLog, QStringLiteral("accepted.jsonl"), error) &&
           openLog(m_refusedLog, QStringLiteral("refused.jsonl"), error) &&
           openLog(m_batchLog, QStringLiteral("batches.jsonl"), error);
}

bool ReceiverStore::contains(const QString &registrationId, qint64 version) const
{
    return m_accepted.contains(key(registrationId, version));
}

bool ReceiverStore::append(QFile &file, const QJsonObject &line)
{
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    return file.write(bytes) == bytes.size();
}

bool ReceiverStore::accept(const QJsonObject &record, const QString &batchId)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!append(m_acceptedLog, {{QStringLiteral("receivedAt"), now},
                                {QStringLiteral("batchId"), batchId},
                                {QStringLiteral("record"), record}}))
        return false;
    m_accepted.insert(key(record.value(QLatin1String("registrationId")).toString(),
                          record.value(QLatin1String("version")).toInteger()));
    return true;
}

bool ReceiverStore::refuse(const QJsonObject &record, const QString &batchId, const QString &reason)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return append(m_refusedLog, {{QStringLiteral("receivedAt"), now},
                                 {QStringLiteral("batchId"), batchId},
                                 {QStringLiteral("reason"), reason},
                                 {QStringLiteral("record"), record}});
}

bool ReceiverStore::logBatch(const QJsonObject &entry)
{
    return append(m_batchLog, entry);
}

bool ReceiverStore::sync()
{
    // The answer promises the ministry holds the records: they must be on disk before it is written.
    for (QFile *f : {&m_acceptedLog, &m_refusedLog, &m_batchLog})
        if (!f->flush() || ::fsync(f->handle()) != 0)
            return false;
    return true;
}

} // namespace lars::tools
