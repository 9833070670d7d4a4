#pragma once
// An SCARDCONTEXT with the reader list and the mapping of PC/SC return codes to CardError.
#include "smartcard/CardError.h"
#include "smartcard/Pcsc.h"

#include <QStringList>
#include <atomic>

namespace lars::smartcard {

class PcscContext final
{
public:
    PcscContext() = default;
    ~PcscContext();
    PcscContext(const PcscContext &) = delete;
    PcscContext &operator=(const PcscContext &) = delete;

    // Throws NoService when the PC/SC service is not running.
    void establish();
    void release();
    bool isEstablished() const { return m_established; }
    // Re-establishes if the service went away since (SCardIsValidContext fails).
    void ensureValid();
    SCARDCONTEXT handle() const { return m_context; }
    // Empty when there is no reader. Throws NoService.
    QStringList readers();
    // Unblocks an SCardGetStatusChange on this context from any thread.
    void cancel();

    static CardError errorFor(LONG rv, const QString &what);
    [[noreturn]] static void raise(LONG rv, const QString &what);
    static bool isServiceGone(LONG rv);

private:
    SCARDCONTEXT m_context = 0;
    std::atomic_bool m_established{false};
};

} // namespace lars::smartcard
