#include "smartcard/ReaderMonitor.h"

#include "smartcard/EidCard.h"
#include "smartcard/EidReader.h"
#include "smartcard/Logging.h"
#include "smartcard/PcscCard.h"
#include "smartcard/PcscContext.h"

#include <QHash>
#include <vector>

namespace lars::smartcard {

namespace {
// Polling interval where waiting cannot block: no service yet, no PnP notification (macOS).
constexpr int PollMs = 500;

struct ReaderCardState
{
    quint32 eventCounter = 0;
    QByteArray atr;
    bool present = false;
    ReaderState state = ReaderState::NoCard;
    CardSummary card;
};

// Identifies the card in a reader: an eID answers GET CARD DATA with applet 1.7/1.8.
ReaderCardState probe(PcscContext &context, const QString &reader, const QByteArray &atr, bool mute)
{
    ReaderCardState s;
    s.present = true;
    s.atr = atr;
    s.card.reader = reader;
    s.card.atr = atr;
    if (mute) {
        s.state = ReaderState::UnreadableCard;
        return s;
    }
    try {
        PcscCard transport(context, reader);
        s.card.pinpad = transport.verifyPinDirectControlCode().has_value();
        TransactionGuard transaction(transport);
        EidCard card(transport);
        const CardInfo info = card.getCardData(true);
        if (info.applet == AppletVersion::Unknown) {
            s.state = ReaderState::UnknownCard;
            return s;
        }
        s.card.serial = info.serial;
        s.card.applet = info.applet;
        s.card.pinTriesLeft = info.pinTriesLeft >= 0 ? info.pinTriesLeft : card.pinTriesLeft();
        s.state = s.card.pinTriesLeft == 0 ? ReaderState::PinBlocked : ReaderState::EidPresent;
    } catch (const CardException &e) {
        switch (e.error().code) {
        case CardErrorCode::NoCard:
        case CardErrorCode::CardRemoved:
            s.present = false;
            s.state = ReaderState::NoCard;
            break;
        case CardErrorCode::UnreadableCard:
            s.state = ReaderState::UnreadableCard;
            break;
        case CardErrorCode::NoService:
            throw;
        case CardErrorCode::ReaderBusy:
            // Another application holds the card exclusively: judge by the ATR.
            s.state = isEidAtr(atr) ? ReaderState::EidPresent : ReaderState::UnknownCard;
            break;
        default:
            s.state = isEidAtr(atr) ? ReaderState::UnreadableCard : ReaderState::UnknownCard;
            break;
        }
    }
    return s;
}

int rank(ReaderState s)
{
    switch (s) {
    case ReaderState::EidPresent:
    case ReaderState::PinBlocked:
        return 3;
    case ReaderState::UnreadableCard:
    case ReaderState::UnknownCard:
        return 2;
    default:
        return 1;
    }
}
} // namespace

QString readerStateName(ReaderState state)
{
    switch (state) {
    case ReaderState::NoService:
        return QStringLiteral("no-service");
    case ReaderState::NoReader:
        return QStringLiteral("no-reader");
    case ReaderState::NoCard:
        return QStringLiteral("no-card");
    case ReaderState::UnknownCard:
        return QStringLiteral("unknown-card");
    case ReaderState::UnreadableCard:
        return QStringLiteral("unreadable-card");
    case ReaderState::EidPresent:
        return QStringLiteral("eid-present");
    case ReaderState::PinBlocked:
        return QStringLiteral("pin-blocked");
    }
    return {};
}

ReaderMonitor::ReaderMonitor(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<lars::smartcard::ReaderState>();
    qRegisterMetaType<lars::smartcard::CardSummary>();
}

ReaderMonitor::~ReaderMonitor()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    // SCardCancel only interrupts a wait already in progress: repeat until the worker has left.
    for (;;) {
        cancelWait();
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, std::chrono::milliseconds(50), [this] { return m_finished; }))
            break;
    }
    m_thread.join();
}

void ReaderMonitor::start()
{
    if (m_thread.joinable())
        return;
    m_thread = std::thread([this] { run(); });
}

ReaderState ReaderMonitor::state() const
{
    return m_current.state;
}

QString ReaderMonitor::currentReader() const
{
    return m_current.reader;
}

QStringList ReaderMonitor::readers() const
{
    return m_current.readers;
}

CardSummary ReaderMonitor::currentCard() const
{
    return m_current.card;
}

void ReaderMonitor::refresh()
{
    {
        std::lock_guard lock(m_mutex);
        m_refresh = true;
    }
    m_wake.notify_all();
    cancelWait();
}

void ReaderMonitor::cancelWait()
{
    std::lock_guard lock(m_mutex);
    if (m_activeContext)
        m_activeContext->cancel();
}

bool ReaderMonitor::waitOrStop(int milliseconds)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(milliseconds), [this] { return m_stop || m_refresh; });
    return m_stop;
}

void ReaderMonitor::publish(const Snapshot &snapshot)
{
    QMetaObject::invokeMethod(
        this, [this, snapshot] { apply(snapshot); }, Qt::QueuedConnection);
}

void ReaderMonitor::apply(const Snapshot &s)
{
    const bool first = !m_published;
    m_published = true;
    const Snapshot old = m_current;
    m_current = s;
    if (first || old.readers != s.readers)
        emit readersChanged(s.readers);
    if (first || !(old.card == s.card))
        emit cardChanged(s.card);
    if (first || old.state != s.state || old.reader != s.reader) {
        qCInfo(lcSmartcard).noquote() << "reader state" << readerStateName(s.state) << s.reader;
        emit stateChanged(s.state, s.reader);
    }
}

void ReaderMonitor::run()
{
    PcscContext context;
    {
        std::lock_guard lock(m_mutex);
        m_activeContext = &context;
    }
    QHash<QString, ReaderCardState> known;
    const bool pnp = platform::supportsPnpNotification();
    const auto releaseContext = [this, &context] {
        std::lock_guard lock(m_mutex);
        context.release();
    };
    const auto stopping = [this] {
        std::lock_guard lock(m_mutex);
        return m_stop;
    };

    while (!stopping()) {
        QStringList names;
        try {
            {
                std::lock_guard lock(m_mutex);
                context.establish();
            }
            names = context.readers();
        } catch (const CardException &) {
            releaseContext();
            known.clear();
            publish(Snapshot{ReaderState::NoService, {}, {}, {}});
            if (waitOrStop(PollMs))
                break;
            continue;
        }

        std::vector<QByteArray> utf8;
        for (const QString &n : names)
            utf8.push_back(n.toUtf8());
        std::vector<platform::ReaderState> states(utf8.size() + (pnp ? 1 : 0));
        for (std::size_t i = 0; i < utf8.size(); ++i) {
            states[i] = {};
            states[i].szReader = utf8[i].constData();
            states[i].dwCurrentState = SCARD_STATE_UNAWARE;
        }
        if (pnp) {
            states.back() = {};
            states.back().szReader = platform::pnpNotificationReaderName();
            states.back().dwCurrentState = DWORD(names.size()) << 16;
        }
        for (auto it = known.begin(); it != known.end();) {
            if (!names.contains(it.key()))
                it = known.erase(it);
            else
                ++it;
        }

        bool relist = false;
        bool firstRound = true;
        while (!relist && !stopping()) {
            bool refresh = false;
            {
                std::lock_guard lock(m_mutex);
                refresh = m_refresh;
                m_refresh = false;
            }
            if (refresh)
                known.clear();
            // The first round (and a refresh) evaluates every reader; later rounds wait for a change.
            const DWORD timeout = pnp ? INFINITE : DWORD(PollMs);
            if (firstRound || refresh) {
                // Learn the current states without waiting.
                for (std::size_t i = 0; i < utf8.size(); ++i)
                    states[i].dwCurrentState = SCARD_STATE_UNAWARE;
                const LONG rv =
                    platform::getStatusChange(context.handle(), 0, states.data(), DWORD(utf8.size()));
                if (PcscContext::isServiceGone(rv)) {
                    releaseContext();
                    relist = true;
                    break;
                }
                firstRound = false;
            } else {
                const LONG rv =
                    platform::getStatusChange(context.handle(), timeout, states.data(), DWORD(states.size()));
                if (rv == LONG(SCARD_E_CANCELLED) || rv == LONG(SCARD_E_TIMEOUT)) {
                    if (!pnp && rv == LONG(SCARD_E_TIMEOUT)) {
                        // No PnP notification: poll the reader list.
                        try {
                            if (context.readers() != names)
                                relist = true;
                        } catch (const CardException &) {
                            releaseContext();
                            relist = true;
                        }
                    }
                    continue;
                }
                if (PcscContext::isServiceGone(rv)) {
                    releaseContext();
                    relist = true;
                    break;
                }
                if (rv != SCARD_S_SUCCESS) {
                    // A reader vanished (unknown reader) or something else: list the readers again.
                    relist = true;
                    break;
                }
                if (pnp && (states.back().dwEventState & SCARD_STATE_CHANGED)) {
                    relist = true;
                    break;
                }
            }

            for (std::size_t i = 0; i < utf8.size(); ++i) {
                platform::ReaderState &rs = states[i];
                if (rs.dwEventState & (SCARD_STATE_UNKNOWN | SCARD_STATE_UNAVAILABLE | SCARD_STATE_IGNORE)) {
                    relist = true;
                    break;
                }
                rs.dwCurrentState = rs.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
                const QString &name = names[qsizetype(i)];
                const bool present = rs.dwEventState & SCARD_STATE_PRESENT;
                const bool mute = rs.dwEventState & SCARD_STATE_MUTE;
                const quint32 counter = quint32((rs.dwEventState >> 16) & 0xffff);
                const QByteArray atr(reinterpret_cast<const char *>(rs.rgbAtr), qsizetype(rs.cbAtr));
                auto it = known.find(name);
                // Identify a card once per insertion (the event counter changes on insert/remove): our own
                // probe toggles INUSE and must not trigger another probe.
                if (it != known.end() && it->present == present && it->eventCounter == counter &&
                    (!present || it->atr == atr))
                    continue;
                ReaderCardState s;
                if (present) {
                    try {
                        s = probe(context, name, atr, mute);
                    } catch (const CardException &) {
                        releaseContext();
                        relist = true;
                        break;
                    }
                } else {
                    s.card.reader = name;
                }
                s.eventCounter = counter;
                s.atr = atr;
                s.present = present;
                known.insert(name, s);
            }
            if (relist)
                break;
            Snapshot snap;
            snap.readers = names;
            if (names.isEmpty()) {
                snap.state = ReaderState::NoReader;
            } else {
                snap.state = ReaderState::NoCard;
                snap.reader = names.first();
                int best = 0;
                for (const QString &n : names) {
                    const ReaderCardState &s = known[n];
                    if (s.present && rank(s.state) > best) {
                        best = rank(s.state);
                        snap.state = s.state;
                        snap.reader = n;
                        snap.card = s.card;
                    }
                }
            }
            publish(snap);
        }
        if (!context.isEstablished() && !stopping()) {
            publish(Snapshot{ReaderState::NoService, {}, {}, {}});
            known.clear();
            if (waitOrStop(PollMs))
                break;
        }
    }
    std::lock_guard lock(m_mutex);
    m_activeContext = nullptr;
    m_finished = true;
    m_wake.notify_all();
}

} // namespace lars::smartcard
