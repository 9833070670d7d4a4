#pragma once
// Watches the card readers for the status bar and the login window: blocks in SCardGetStatusChange on its
// own worker thread (with "\\?PnP?\Notification" for readers arriving and leaving, polling where the
// platform lacks it), recovers when the PC/SC service restarts, and identifies each inserted card once.
#include "smartcard/CardData.h"

#include <QObject>
#include <QStringList>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace lars::smartcard {

enum class ReaderState
{
    NoService,
    NoReader,
    NoCard,
    UnknownCard,
    UnreadableCard,
    EidPresent,
    PinBlocked
};
QString readerStateName(ReaderState state);

// The card in the current reader, as identified when it was inserted.
struct CardSummary
{
    QString reader;
    QByteArray atr;
    QByteArray serial;
    AppletVersion applet = AppletVersion::Unknown;
    int pinTriesLeft = -1;
    bool pinpad = false;
    bool operator==(const CardSummary &) const = default;
};

class PcscContext;

class ReaderMonitor final : public QObject
{
    Q_OBJECT
public:
    explicit ReaderMonitor(QObject *parent = nullptr);
    ~ReaderMonitor() override; // SCardCancel + join
    void start();
    ReaderState state() const;
    QString currentReader() const;
    QStringList readers() const;
    CardSummary currentCard() const;
    // Identify the cards again (after a wrong PIN the UI calls this to learn about PinBlocked).
    void refresh();

signals:
    void stateChanged(lars::smartcard::ReaderState state, const QString &readerName);
    void readersChanged(const QStringList &readers);
    void cardChanged(const lars::smartcard::CardSummary &card);

private:
    struct Snapshot
    {
        ReaderState state = ReaderState::NoReader;
        QString reader;
        QStringList readers;
        CardSummary card;
    };
    void run();
    void publish(const Snapshot &snapshot);
    void apply(const Snapshot &snapshot);
    bool waitOrStop(int milliseconds);
    void cancelWait();

    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_refresh = false;
    bool m_finished = false;
    PcscContext *m_activeContext = nullptr; // guarded by m_mutex, used for SCardCancel

    // GUI-thread view, updated by apply().
    Snapshot m_current;
    bool m_published = false;
};

} // namespace lars::smartcard

Q_DECLARE_METATYPE(lars::smartcard::ReaderState)
Q_DECLARE_METATYPE(lars::smartcard::CardSummary)
