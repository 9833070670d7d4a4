#include "ui/StatusTexts.h"

#include <QCoreApplication>

namespace lars::ui {

namespace {
// Gives lupdate and the runtime one translation context for these free functions.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(lars::ui::StatusTexts)
};
} // namespace

StatusText connectionStatusText(models::ConnectionMonitor::Status status, const QString &host)
{
    using S = models::ConnectionMonitor::Status;
    using L = StatusIndicator::Level;
    switch (status) {
    case S::NotConfigured:
        return {L::Warning, Tr::tr("No server set"), Tr::tr("Choose the server in File → Settings.")};
    case S::Checking:
        return {L::Busy, Tr::tr("Connecting…"), Tr::tr("Contacting %1.").arg(host)};
    case S::Online:
        return {L::Good, Tr::tr("Online"), Tr::tr("Connected to %1.").arg(host)};
    case S::Offline:
        return {
            L::Error, Tr::tr("Offline"),
            Tr::tr("No connection to %1. Check the Wi-Fi or network cable; LARS keeps retrying.").arg(host)};
    case S::TlsError:
        return {L::Error, Tr::tr("Server not trusted"),
                Tr::tr("The certificate of %1 is not trusted. Ask your CLB's IT contact.").arg(host)};
    case S::ServerError:
        return {L::Warning, Tr::tr("Server problem"),
                Tr::tr("%1 answers with an error. Try again later.").arg(host)};
    }
    return {L::Neutral, QString(), QString()};
}

StatusText cardStatusText(smartcard::ReaderState state)
{
    using R = smartcard::ReaderState;
    using L = StatusIndicator::Level;
    switch (state) {
    case R::NoService:
        return {
            L::Error, Tr::tr("Card reader service not running"),
            Tr::tr(
                "The smart card service of this computer is not running. Restart the computer or ask IT.")};
    case R::NoReader:
        return {L::Warning, Tr::tr("No card reader connected"), Tr::tr("Connect your eID card reader.")};
    case R::NoCard:
        return {L::Neutral, Tr::tr("Insert your eID"), Tr::tr("Put your eID card in the card reader.")};
    case R::UnknownCard:
        return {L::Warning, Tr::tr("This card is not an eID"), Tr::tr("Use your Belgian identity card.")};
    case R::UnreadableCard:
        return {L::Warning, Tr::tr("Card unreadable — try again"),
                Tr::tr("Take the card out, check it is the right way round, and insert it again.")};
    case R::EidPresent:
        return {L::Good, Tr::tr("eID ready"), Tr::tr("Your eID card is in the reader.")};
    case R::PinBlocked:
        return {L::Error, Tr::tr("PIN blocked — go to your municipality"),
                Tr::tr("The PIN of this card is blocked after three wrong tries. Your municipality can "
                       "unblock it with "
                       "your PUK code.")};
    }
    return {L::Neutral, QString(), QString()};
}

} // namespace lars::ui
