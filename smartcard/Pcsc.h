#pragma once
// The PC/SC headers and types of this platform. Use SCARDCONTEXT/DWORD/LONG from here, never plain
// integer types: pcsc-lite's DWORD and LONG are 64-bit on Linux, 32-bit on Windows and macOS.
#if defined(_WIN32)
#include <windows.h>
#include <winscard.h>
#elif defined(__APPLE__)
#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>
#else
#include <winscard.h>
#endif

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lars::smartcard::platform {

// The narrow-character (UTF-8 / ANSI) PC/SC calls: on Windows the plain names switch to the wide
// variants under UNICODE, which Qt defines.
#if defined(_WIN32)
using ReaderState = SCARD_READERSTATEA;
inline LONG listReaders(SCARDCONTEXT c, char *buffer, DWORD *length)
{
    return SCardListReadersA(c, nullptr, buffer, length);
}
inline LONG getStatusChange(SCARDCONTEXT c, DWORD timeout, ReaderState *states, DWORD count)
{
    return SCardGetStatusChangeA(c, timeout, states, count);
}
inline LONG connect(SCARDCONTEXT c, const char *reader, DWORD share, DWORD protocols, SCARDHANDLE *card,
                    DWORD *active)
{
    return SCardConnectA(c, reader, share, protocols, card, active);
}
inline LONG status(SCARDHANDLE card, DWORD *state, DWORD *protocol, unsigned char *atr, DWORD *atrLength)
{
    DWORD nameLength = 0;
    return SCardStatusA(card, nullptr, &nameLength, state, protocol, atr, atrLength);
}
#else
using ReaderState = SCARD_READERSTATE;
inline LONG listReaders(SCARDCONTEXT c, char *buffer, DWORD *length)
{
    return SCardListReaders(c, nullptr, buffer, length);
}
inline LONG getStatusChange(SCARDCONTEXT c, DWORD timeout, ReaderState *states, DWORD count)
{
    return SCardGetStatusChange(c, timeout, states, count);
}
inline LONG connect(SCARDCONTEXT c, const char *reader, DWORD share, DWORD protocols, SCARDHANDLE *card,
                    DWORD *active)
{
    return SCardConnect(c, reader, share, protocols, card, active);
}
inline LONG status(SCARDHANDLE card, DWORD *state, DWORD *protocol, unsigned char *atr, DWORD *atrLength)
{
    DWORD nameLength = 0;
    return SCardStatus(card, nullptr, &nameLength, state, protocol, atr, atrLength);
}
#endif
constexpr DWORD MaxAtrLength = 36;

// A readable text for a PC/SC return code (pcsc_stringify_error where the platform has it).
QString errorText(LONG rv);

// Whether SCardGetStatusChange reports readers arriving/leaving via "\\?PnP?\Notification".
bool supportsPnpNotification();
const char *pnpNotificationReaderName();
// The SCardControl code that lists the CCID features (PC/SC part 10).
DWORD featureRequestControlCode();
// Splits a multi-string (names separated by NUL, ending with two NULs).
QStringList splitMultiString(const char *data, DWORD length);

} // namespace lars::smartcard::platform
