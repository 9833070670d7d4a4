// pcsc-lite (Linux, BSD): PnP notification supported; the reader.h control code macro.
#include "smartcard/Pcsc.h"

namespace lars::smartcard::platform {

bool supportsPnpNotification()
{
    return true;
}

const char *pnpNotificationReaderName()
{
    return "\\\\?PnP?\\Notification";
}

DWORD featureRequestControlCode()
{
    // CM_IOCTL_GET_FEATURE_REQUEST = SCARD_CTL_CODE(3400) in pcsc-lite's reader.h (not included: its
    // zero-size arrays do not pass -Wpedantic).
    return 0x42000000 + 3400;
}

QStringList splitMultiString(const char *data, DWORD length)
{
    QStringList out;
    DWORD start = 0;
    for (DWORD i = 0; i < length; ++i) {
        if (data[i] == '\0') {
            if (i > start)
                out.append(QString::fromUtf8(data + start, qsizetype(i - start)));
            start = i + 1;
        }
    }
    return out;
}

QString errorText(LONG rv)
{
    return QString::fromLocal8Bit(pcsc_stringify_error(rv));
}

} // namespace lars::smartcard::platform
