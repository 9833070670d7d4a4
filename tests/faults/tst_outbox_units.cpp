// The outbox's and the seal's own rules, without a server: AES-256-GCM refuses a changed byte, another
// key and another place; dropping a change the user decided on drops that one only, also when handed
// the change's own id (the aliasing tst_faults once caught: the next change was erased with it); a change
// held for its undo window is not sent before its time, nor overtaken by a later change of the same value,
// and can be cancelled until it is sent; the user's choice after a conflict, sent without a server, says
// that it waits.
#include "local/SealedBox.h"
#include "models/api/ApiClient.h"
#include "models/api/Outbox.h"

#include <QSignalSpy>
#include <QTest>

using lars::local::SealedBox;
using lars::models::Outbox;
using lars::models::PendingChange;

class TestOutboxUnits final : public QObject
{
    Q_OBJECT

private slots:
    void sealOpensOnlyUnchangedWithItsKeyAndPlace()
    {
        const QByteArray key = SealedBox::newKey();
        QCOMPARE(key.size(), SealedBox::kKeyBytes);
        const QByteArray plain = QByteArrayLiteral("{\"subject\":\"Gesprek met Ëlise\"}");
        const QByteArray sealed = SealedBox::seal(key, plain, "outbox\nid-1");
        QVERIFY(!sealed.contains("Gesprek"));
        QCOMPARE(SealedBox::open(key, sealed, "outbox\nid-1").value_or(QByteArray()), plain);
        QVERIFY(SealedBox::seal(key, plain, "outbox\nid-1") != sealed); // a fresh nonce each time
        QByteArray changed = sealed;
        changed[20] = char(changed[20] ^ 1);
        QVERIFY(!SealedBox::open(key, changed, "outbox\nid-1"));
        QVERIFY(!SealedBox::open(SealedBox::newKey(), sealed, "outbox\nid-1"));
        QVERIFY(!SealedBox::open(key, sealed, "outbox\nid-2"));
        QVERIFY(SealedBox::seal(key.left(16), plain, {}).isEmpty());
    }

    void discardingOneDecidedChangeKeepsTheOthers()
    {
        lars::models::ApiClient api;
        Outbox outbox(&api);
        QList<QByteArray> forgotten;
        outbox.setStorage({[](const PendingChange &, std::function<void()> written) {
                               if (written)
                                   written();
                           },
                           [&](const QByteArray &id) { forgotten.append(id); }});
        QList<PendingChange> restored;
        for (int i = 0; i < 3; ++i) {
            PendingChange c =
                PendingChange::make(QStringLiteral("parent-heights"), "PUT",
                                    QStringLiteral("/api/v1/pupils/%1/parent-heights").arg(i), {});
            c.state = i < 2 ? PendingChange::State::Conflict : PendingChange::State::Waiting;
            restored.append(c);
        }
        // The user drops each conflict as it reaches her, by the id of the change she was handed.
        connect(&outbox, &Outbox::needsUser, &outbox, [&](const PendingChange &c) { outbox.discard(c.id); });
        outbox.restore(restored);
        QCOMPARE(forgotten, (QList<QByteArray>{restored[0].id, restored[1].id}));
        QCOMPARE(outbox.changes().size(), 1);
        QCOMPARE(outbox.changes().first().id, restored[2].id);
        // A waiting change is her work: it is never dropped before the server answered.
        outbox.discard(restored[2].id);
        QCOMPARE(outbox.changes().size(), 1);

        // Handed a reference into the list itself (as needsUser() hands it): only that change goes.
        PendingChange a = PendingChange::make(QStringLiteral("x"), "PUT", QStringLiteral("/a"), {});
        PendingChange b = PendingChange::make(QStringLiteral("x"), "PUT", QStringLiteral("/b"), {});
        a.state = b.state = PendingChange::State::Refused;
        disconnect(&outbox, &Outbox::needsUser, &outbox, nullptr);
        outbox.restore({a, b});
        const PendingChange &first = outbox.changes().first();
        outbox.discard(first.id);
        QCOMPARE(outbox.changes().size(), 2);
        QVERIFY(outbox.find(b.id));
        QVERIFY(!outbox.find(a.id));
    }

    void heldChangeWaitsAndCanBeCancelledUntilSent()
    {
        lars::models::ApiClient api; // no server configured: a sent request fails without an answer
        Outbox outbox(&api);
        QList<QByteArray> forgotten;
        outbox.setStorage({[](const PendingChange &, std::function<void()> written) {
                               if (written)
                                   written();
                           },
                           [&](const QByteArray &id) { forgotten.append(id); }});
        const QString path = QStringLiteral("/api/v1/pupils/2/attributes");
        PendingChange held = PendingChange::make(QStringLiteral("bridging-help"), "PUT", path, {});
        held.notBefore = held.createdAt.addSecs(60);
        PendingChange behind = PendingChange::make(QStringLiteral("bridging-help"), "PUT", path, {});
        outbox.submit(held);
        outbox.submit(behind);
        outbox.setSending(true, 0);
        QVERIFY(!outbox.isSending()); // neither the held change nor the one behind it goes
        QVERIFY(outbox.cancel(held.id));
        QCOMPARE(forgotten, QList<QByteArray>{held.id});
        QVERIFY(!outbox.find(held.id));
        // With nothing held before it, the other is sent at once, and is no longer anyone's to cancel.
        QVERIFY(outbox.isSending());
        QCOMPARE(outbox.find(behind.id)->attempts, 1);
        QVERIFY(!outbox.cancel(behind.id));
        QVERIFY(outbox.find(behind.id));
        QVERIFY(!outbox.cancel(PendingChange::make(QStringLiteral("x"), "PUT", path, {}).id));
    }

    void cancelledWhileBeingWrittenIsNeitherSentNorKept()
    {
        lars::models::ApiClient api;
        Outbox outbox(&api);
        std::function<void()> pendingWrite;
        QList<QByteArray> forgotten;
        outbox.setStorage(
            {[&](const PendingChange &, std::function<void()> written) { pendingWrite = written; },
             [&](const QByteArray &id) { forgotten.append(id); }});
        outbox.setSending(true, 0);
        QSignalSpy stored(&outbox, &Outbox::stored);
        const PendingChange c =
            PendingChange::make(QStringLiteral("bridging-help"), "PUT", QStringLiteral("/a"), {});
        outbox.submit(c);
        QVERIFY(pendingWrite);
        QVERIFY(outbox.cancel(c.id)); // an undo a moment after the click, before the disk write is done
        QCOMPARE(forgotten, QList<QByteArray>{c.id});
        pendingWrite(); // the write finishes; the store forgets it next, in order
        QCOMPARE(stored.count(), 0);
        QVERIFY(!outbox.isSending());
        QVERIFY(outbox.changes().isEmpty());
    }

    void choiceAfterConflictSentWithoutServerSaysItWaits()
    {
        lars::models::ApiClient api; // no server configured: a sent request fails without an answer
        Outbox outbox(&api);
        PendingChange c = PendingChange::make(QStringLiteral("contact"), "PUT", QStringLiteral("/a"),
                                              {{QStringLiteral("gsm"), QStringLiteral("0470 11 22 33")}});
        c.state = PendingChange::State::Conflict; // sent once, answered 412, the server's value read
        c.attempts = 1;
        c.theirsTag = "\"4\"";
        outbox.restore({c});
        outbox.setSending(true, 0);
        QSignalSpy delayed(&outbox, &Outbox::delayed);
        // Her choice is a new request: its first failure says that it waits (the open dialog closes on it).
        outbox.keepMine(c.id, {{QStringLiteral("gsm"), QStringLiteral("0470 55 66 77")}});
        QTRY_COMPARE(delayed.count(), 1);
        QCOMPARE(delayed.first().first().toByteArray(), c.id);
        QCOMPARE(outbox.find(c.id)->attempts, 1);
        QCOMPARE(outbox.find(c.id)->ifMatch, QByteArray("\"4\""));
    }
};

QTEST_GUILESS_MAIN(TestOutboxUnits)
#include "tst_outbox_units.moc"
