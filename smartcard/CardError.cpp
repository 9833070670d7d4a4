#include "smartcard/CardError.h"

#include <QCoreApplication>

namespace lars::smartcard {

QString errorCodeName(CardErrorCode code)
{
    switch (code) {
    case CardErrorCode::None:
        return QStringLiteral("none");
    case CardErrorCode::NoService:
        return QStringLiteral("no-service");
    case CardErrorCode::NoReader:
        return QStringLiteral("no-reader");
    case CardErrorCode::NoCard:
        return QStringLiteral("no-card");
    case CardErrorCode::CardRemoved:
        return QStringLiteral("card-removed");
    case CardErrorCode::CardReset:
        return QStringLiteral("card-reset");
    case CardErrorCode::ReaderBusy:
        return QStringLiteral("reader-busy");
    case CardErrorCode::UnknownCard:
        return QStringLiteral("unknown-card");
    case CardErrorCode::UnreadableCard:
        return QStringLiteral("unreadable-card");
    case CardErrorCode::WrongPin:
        return QStringLiteral("wrong-pin");
    case CardErrorCode::PinBlocked:
        return QStringLiteral("pin-blocked");
    case CardErrorCode::PinCancelled:
        return QStringLiteral("pin-cancelled");
    case CardErrorCode::InvalidPin:
        return QStringLiteral("invalid-pin");
    case CardErrorCode::PinRequired:
        return QStringLiteral("pin-required");
    case CardErrorCode::FileNotFound:
        return QStringLiteral("file-not-found");
    case CardErrorCode::CardStatus:
        return QStringLiteral("card-status");
    case CardErrorCode::Protocol:
        return QStringLiteral("protocol");
    case CardErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    case CardErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

QString CardError::userMessage() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("lars::smartcard::CardError", text);
    };
    switch (code) {
    case CardErrorCode::None:
        return {};
    case CardErrorCode::NoService:
        return tr("The smart card service is not running.");
    case CardErrorCode::NoReader:
        return tr("No card reader is connected.");
    case CardErrorCode::NoCard:
        return tr("Insert your eID card in the card reader.");
    case CardErrorCode::CardRemoved:
        return tr("The card was removed. Insert it again and retry.");
    case CardErrorCode::CardReset:
        return tr("Another program reset the card. Please retry.");
    case CardErrorCode::ReaderBusy:
        return tr("Another program is using the card. Please retry.");
    case CardErrorCode::UnknownCard:
        return tr("This card is not a Belgian eID card.");
    case CardErrorCode::UnreadableCard:
        return tr("The card cannot be read. Check that it is inserted the right way round.");
    case CardErrorCode::WrongPin:
        return triesLeft >= 0 ? QCoreApplication::translate("lars::smartcard::CardError",
                                                            "Wrong PIN. %n tries left.", nullptr, triesLeft)
                              : tr("Wrong PIN.");
    case CardErrorCode::PinBlocked:
        return tr("The PIN is blocked. Unblock it at your municipality.");
    case CardErrorCode::PinCancelled:
        return tr("PIN entry was cancelled.");
    case CardErrorCode::InvalidPin:
        return tr("A PIN has 4 to 12 digits.");
    case CardErrorCode::PinRequired:
        return tr("The card asks for the PIN first.");
    case CardErrorCode::FileNotFound:
    case CardErrorCode::CardStatus:
    case CardErrorCode::Protocol:
    case CardErrorCode::Unsupported:
    case CardErrorCode::Internal:
        return tr("The card gave an unexpected answer.");
    }
    return {};
}

QString CardError::toString() const
{
    QString s = errorCodeName(code);
    if (!detail.isEmpty())
        s += QStringLiteral(": ") + detail;
    if (statusWord)
        s += QStringLiteral(" (SW %1)").arg(statusWord, 4, 16, QLatin1Char('0'));
    if (pcscCode)
        s += QStringLiteral(" (PC/SC 0x%1)").arg(quint32(pcscCode), 8, 16, QLatin1Char('0'));
    if (triesLeft >= 0)
        s += QStringLiteral(" (tries left %1)").arg(triesLeft);
    return s;
}

} // namespace lars::smartcard
