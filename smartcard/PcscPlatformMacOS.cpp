// macOS CryptoTokenKit PC/SC: no PnP notification, so the monitor polls the reader list.
#include "smartcard/Pcsc.h"

namespace lars::smartcard::platform {

bool supportsPnpNotification()
{
    return false;
}

const char *pnpNotificationReaderName()
{
    return "\\\\?PnP?\\Notification";
}

DWORD featureRequestControlCode()
{
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
    return QStringLiteral("PC/SC error 0x%1").arg(quint32(rv), 8, 16, QLatin1Char('0'));
}

} // namespace lars::smartcard::platform
