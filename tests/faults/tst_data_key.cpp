// DataKey's own rule, with a keychain that answers as one under load does (one class faked: the keychain
// entry): an error first and the key a moment later still gives the key from the keychain (the sealed file
// on disk, not memory only — the tst_outbox_gui flake); a keychain that keeps failing is asked a bounded
// number of times, then the data stays in memory only; a refusal by the user is not asked again.
#include "local/DataKey.h"
#include "local/SealedBox.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using lars::local::DataKey;
using lars::local::Keychain;

namespace {

// Answers from a script, one answer per question, later (as a D-Bus round trip does); then the last one.
class ScriptedKeychain final : public Keychain
{
public:
    explicit ScriptedKeychain(QList<Answer> reads, QList<Answer> writes = {})
        : m_reads(std::move(reads))
        , m_writes(std::move(writes))
    {}

    int readCount() const { return m_readCount; }

    void read(const QString &, const QString &, QObject *context, Done done) override
    {
        ++m_readCount;
        answer(m_reads, context, std::move(done));
    }
    void write(const QString &, const QString &, const QByteArray &data, QObject *context, Done done) override
    {
        m_written = data;
        answer(m_writes, context, std::move(done));
    }

private:
    void answer(QList<Answer> &script, QObject *context, Done done)
    {
        Answer a = script.size() > 1 ? script.takeFirst() : script.value(0);
        if (a.status == Status::Ok && a.data == "written")
            a.data = m_written;
        QTimer::singleShot(0, context, [a, done = std::move(done)] { done(a); });
    }

    QList<Answer> m_reads;
    QList<Answer> m_writes;
    QByteArray m_written;
    int m_readCount = 0;
};

const Keychain::Answer kBusy{Keychain::Status::Failed, {}, QStringLiteral("Timeout reached")};

} // namespace

class TestDataKey final : public QObject
{
    Q_OBJECT

private slots:
    void keychainFailingOnceStillGivesItsKey()
    {
        const QByteArray stored = lars::local::SealedBox::newKey();
        auto *keychain = new ScriptedKeychain({kBusy, {Keychain::Status::Ok, stored, {}}});
        DataKey key(nullptr, std::unique_ptr<Keychain>(keychain));
        key.setFirstRetryPause(20);
        QSignalSpy ready(&key, &DataKey::ready);
        key.load();
        QVERIFY(ready.wait());
        QCOMPARE(ready.count(), 1);
        QCOMPARE(key.mode(), DataKey::Mode::Keychain);
        QCOMPARE(key.key(), stored);
        QCOMPARE(keychain->readCount(), 2);
    }

    void firstKeyStoredAfterAFailedWrite()
    {
        auto *keychain = new ScriptedKeychain({{Keychain::Status::NotFound, {}, {}},
                                               kBusy,
                                               {Keychain::Status::NotFound, {}, {}},
                                               {Keychain::Status::Ok, "written", {}}},
                                              {kBusy, {Keychain::Status::Ok, {}, {}}});
        DataKey key(nullptr, std::unique_ptr<Keychain>(keychain));
        key.setFirstRetryPause(5);
        QSignalSpy ready(&key, &DataKey::ready);
        key.load();
        QVERIFY(ready.wait());
        QCOMPARE(key.mode(), DataKey::Mode::Keychain);
        QCOMPARE(key.key().size(), lars::local::SealedBox::kKeyBytes);
    }

    void keychainThatKeepsFailingIsAskedABoundedNumberOfTimes()
    {
        auto *keychain = new ScriptedKeychain({kBusy});
        DataKey key(nullptr, std::unique_ptr<Keychain>(keychain));
        key.setFirstRetryPause(5);
        QSignalSpy ready(&key, &DataKey::ready);
        key.load();
        QVERIFY(ready.wait());
        QCOMPARE(key.mode(), DataKey::Mode::MemoryOnly);
        QCOMPARE(key.keychainError(), kBusy.error);
        QCOMPARE(keychain->readCount(), DataKey::kTries);
        QCOMPARE(key.key().size(), lars::local::SealedBox::kKeyBytes); // sealed in memory all the same
        QVERIFY(!ready.wait(200));                                     // and no further question
        QCOMPARE(keychain->readCount(), DataKey::kTries);
    }

    void refusalIsNotAskedAgain()
    {
        auto *keychain = new ScriptedKeychain({{Keychain::Status::Refused, {}, QStringLiteral("denied")}});
        DataKey key(nullptr, std::unique_ptr<Keychain>(keychain));
        QSignalSpy ready(&key, &DataKey::ready);
        key.load();
        QVERIFY(ready.wait());
        QCOMPARE(key.mode(), DataKey::Mode::MemoryOnly);
        QCOMPARE(keychain->readCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDataKey)
#include "tst_data_key.moc"
