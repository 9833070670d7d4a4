#pragma once
// Shared steps of the CREON integration tests: a real lars-server (SQLite or PostgreSQL) delivering to a
// real lars-creon-receiver, with short periods and retries so that every wait is a poll of a second or two.
#include "server/demodata/DemoData.h"
#include "tests/support/ReceiverProcess.h"
#include "tests/support/ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace lars::test {

class CreonTestCase : public QObject
{
    Q_OBJECT
protected:
    static QString an() { return QLatin1String(server::demodata::DemoData::anPeeters); }
    static QString jan() { return QLatin1String(server::demodata::DemoData::janClaes); }

    static QStringList creonArgs(const ReceiverProcess &receiver, int maxAttempts = 1000)
    {
        return {QStringLiteral("--creon-endpoint"),          receiver.endpoint().toString(),
                QStringLiteral("--creon-interval-seconds"),  QStringLiteral("1"),
                QStringLiteral("--creon-retry-seconds"),     QStringLiteral("1"),
                QStringLiteral("--creon-retry-max-seconds"), QStringLiteral("2"),
                QStringLiteral("--creon-timeout-seconds"),   QStringLiteral("3"),
                QStringLiteral("--creon-lease-seconds"),     QStringLiteral("2"),
                QStringLiteral("--creon-max-attempts"),      QString::number(maxAttempts)};
    }

    static QString pupilPath(qint64 id, const QString &tail = {})
    {
        return QStringLiteral("/api/v1/pupils/%1%2").arg(id).arg(tail);
    }

    static HttpReply post(ServerProcess &s, const QString &path, const QString &token,
                          const QJsonObject &body)
    {
        static int key = 0;
        return s.send(
            "POST", path, token, body,
            {{"Idempotency-Key", "creon-test-" + QByteArray::number(QCoreApplication::applicationPid()) +
                                     '-' + QByteArray::number(++key)}});
    }

    static QJsonArray registrations(ServerProcess &s, const QString &token, qint64 pupil)
    {
        return s.get(pupilPath(pupil, QStringLiteral("/creon-registrations")), token)
            .json()
            .value(QLatin1String("items"))
            .toArray();
    }

    // Every (registrationId, version) the server holds as accepted, and that nothing else waits.
    static QSet<QString> acceptedOnServer(ServerProcess &s)
    {
        QSet<QString> out;
        for (const QVariantList &row : s.sql(QStringLiteral(
                 "SELECT r.uid, o.version FROM creon_outbox o JOIN creon_registrations r ON r.id = "
                 "o.registration_id WHERE o.state = 'accepted'")))
            out.insert(row[0].toString() + u'#' + row[1].toString());
        return out;
    }
    static qint64 waitingOnServer(ServerProcess &s)
    {
        const auto rows = s.sql(QStringLiteral(
            "SELECT COUNT(*) FROM creon_outbox WHERE state IN ('pending', 'sending', 'held')"));
        return rows.isEmpty() ? -1 : rows[0][0].toLongLong();
    }
    // The receiver's store as (registrationId#version) -> how often it was stored.
    static QHash<QString, int> storedAtReceiver(const ReceiverProcess &r)
    {
        QHash<QString, int> out;
        for (const QJsonObject &line : r.accepted()) {
            const QJsonObject rec = line.value(QLatin1String("record")).toObject();
            out[rec.value(QLatin1String("registrationId")).toString() + u'#' +
                QString::number(rec.value(QLatin1String("version")).toInteger())] += 1;
        }
        return out;
    }
    // Exactly once: every accepted record is stored once, and the receiver holds nothing the server does not.
    static bool exactlyOnce(ServerProcess &s, const ReceiverProcess &r, QString *why)
    {
        const QSet<QString> server = acceptedOnServer(s);
        const QHash<QString, int> stored = storedAtReceiver(r);
        for (auto it = stored.begin(); it != stored.end(); ++it)
            if (it.value() != 1) {
                *why = QStringLiteral("%1 stored %2 times").arg(it.key()).arg(it.value());
                return false;
            }
        const QList<QString> storedKeys = stored.keys();
        const QSet<QString> receiver(storedKeys.begin(), storedKeys.end());
        if (receiver != server) {
            *why = QStringLiteral(
                       "server accepted %1, receiver stored %2 (%3 only on the server, %4 only at the "
                       "receiver)")
                       .arg(server.size())
                       .arg(receiver.size())
                       .arg((server - receiver).size())
                       .arg((receiver - server).size());
            return false;
        }
        return true;
    }
};

} // namespace lars::test
