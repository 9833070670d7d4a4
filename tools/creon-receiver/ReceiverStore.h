#pragma once
// What the CREON receiver keeps under its --store DIR: every accepted record once (accepted.jsonl), every
// refusal (refused.jsonl) and every delivery attempt of a batch (batches.jsonl), one JSON object per line,
// synced to disk before the receiver answers. The (registrationId, version) index is rebuilt at start.
#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace lars::tools {

class ReceiverStore final
{
public:
    // Opens (creates) the store; a torn last line from a crash is cut off. False with *error on failure.
    bool open(const QString &dir, QString *error);

    bool contains(const QString &registrationId, qint64 version) const;
    qsizetype acceptedCount() const { return m_accepted.size(); }

    // Appends; the caller calls sync() once per batch before answering.
    bool accept(const QJsonObject &record, const QString &batchId);
    bool refuse(const QJsonObject &record, const QString &batchId, const QString &reason);
    bool logBatch(const QJsonObject &entry);
    bool sync();

    static QString key(const QString &registrationId, qint64 version);

private:
    bool openLog(QFile &file, const QString &name, QString *error);
    bool append(QFile &file, const QJsonObject &line);

    QString m_dir;
    QFile m_acceptedLog;
    QFile m_refusedLog;
    QFile m_batchLog;
    QSet<QString> m_accepted;
};

} // namespace lars::tools
