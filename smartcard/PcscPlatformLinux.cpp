// pcsc-lite (Linux, BSD): PnP notification supported; the reader.h control code macro.
#include "smartcard/Pcsc.h"

#include <reader.h>

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
    return CM_IOCTL_GET_FEATURE_REQUEST;
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
