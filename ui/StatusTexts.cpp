#include "ui/StatusTexts.h"

#include <QCoreApplication>

namespace lars::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("lars::ui::StatusTexts", text);
}
} // namespace

StatusText connectionStatusText(models::ConnectionMonitor::Status status, const QString &host)
{
    using S = models::ConnectionMonitor::Status;
    using L = StatusIndicator::Level;
    switch (status) {
    case S::NotConfigured:
        return {L::Warning, tr("No server set"), tr("Choose the server in File → Settings.")};
    case S::Checking:
        return {L::Busy, tr("Connecting…"), tr("Contacting %1.").arg(host)};
    case S::Online:
        return {L::Good, tr("Online"), tr("Connected to %1.").arg(host)};
    case S::Offline:
        return {L::Error, tr("Offline"),
                tr("No connection to %1. Check the Wi-Fi or network cable; LARS keeps retrying.").arg(host)};
    case S::TlsError:
        return {L::Error, tr("Server not trusted"),
                tr("The certificate of %1 is not trusted. Ask your CLB's IT contact.").arg(host)};
    case S::ServerError:
        return {L::Warning, tr("Server problem"), tr("%1 answers with an error. Try again later.").arg(host)};
    }
    return {L::Neutral, QString(), QString()};
}

StatusText cardStatusText(smartcard::ReaderState state)
{
    using R = smartcard::ReaderState;
    using L = StatusIndicator::Level;
    switch (state) {
    case R::NoService:
        return {L::Error, tr("Card reader service not running"),
                tr("The smart card service of this computer is not running. Restart the computer or ask IT.")};
    case R::NoReader:
        return {L::Warning, tr("No card reader connected"), tr("Connect your eID card reader.")};
    case R::NoCard:
        return {L::Neutral, tr("Insert your eID"), tr("Put your eID card in the card reader.")};
    case R::UnknownCard:
        return {L::Warning, tr("This card is not an eID"), tr("Use your Belgian identity card.")};
    case R::UnreadableCard:
        return {L::Warning, tr("Card unreadable — try again"),
                tr("Take the card out, check it is the right way round, and insert it again.")};
    case R::EidPresent:
        return {L::Good, tr("eID ready"), tr("Your eID card is in the reader.")};
    case R::PinBlocked:
        return {L::Error, tr("PIN blocked — go to your municipality"),
                tr("The PIN of this card is blocked after three wrong tries. Your municipality can unblock it with "
                   "your PUK code.")};
    }
    return {L::Neutral, QString(), QString()};
}

} // namespace lars::ui
