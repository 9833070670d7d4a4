#pragma once
// Errors of card operations: one code the UI can word, plus the technical detail for logs and support.
#include <QMetaType>
#include <QString>
#include <exception>

namespace lars::smartcard {

enum class CardErrorCode
{
    None,
    NoService,      // no PC/SC service (pcscd not running, Windows stopped it)
    NoReader,       // no reader connected, or the named reader is gone
    NoCard,         // no card in the reader
    CardRemoved,    // the card left during the operation
    CardReset,      // another application reset the card; the operation may be retried
    ReaderBusy,     // another application holds the card exclusively
    UnknownCard,    // a card, but not a Belgian eID
    UnreadableCard, // the card does not answer (mute, inserted the wrong way)
    WrongPin,       // tries left in CardError::triesLeft
    PinBlocked,
    PinCancelled, // pinpad: cancelled or timed out
    InvalidPin,   // not 4-12 digits: never sent to the card
    PinRequired,  // 6982: the key needs a PIN verification first
    FileNotFound,
    CardStatus,  // an unexpected status word (see CardError::statusWord)
    Protocol,    // malformed answer
    Unsupported, // e.g. a hash length the key cannot sign
    Internal,
};

struct CardError
{
    CardErrorCode code = CardErrorCode::None;
    QString detail;     // technical, English, never contains the PIN
    int triesLeft = -1; // WrongPin / PinBlocked
    quint16 statusWord = 0;
    qint64 pcscCode = 0;

    bool isError() const { return code != CardErrorCode::None; }
    // A short user-facing sentence (translatable).
    QString userMessage() const;
    // For logs and the command line: code name + detail.
    QString toString() const;
};

QString errorCodeName(CardErrorCode code);

// Thrown inside the protocol layers; the public operations return it in their results.
class CardException final : public std::exception
{
public:
    explicit CardException(CardError error)
        : m_error(std::move(error))
    {}
    CardException(CardErrorCode code, QString detail, quint16 sw = 0)
        : m_error{code, std::move(detail), -1, sw, 0}
    {}
    const CardError &error() const { return m_error; }
    const char *what() const noexcept override { return "card error"; }

private:
    CardError m_error;
};

} // namespace lars::smartcard

Q_DECLARE_METATYPE(lars::smartcard::CardError)
