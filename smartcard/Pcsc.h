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

// Whether SCardGetStatusChange reports readers arriving/leaving via "\\?PnP?\Notification".
bool supportsPnpNotification();
const char *pnpNotificationReaderName();
// The SCardControl code that lists the CCID features (PC/SC part 10).
DWORD featureRequestControlCode();
// Splits a multi-string (names separated by NUL, ending with two NULs).
QStringList splitMultiString(const char *data, DWORD length);

} // namespace lars::smartcard::platform
