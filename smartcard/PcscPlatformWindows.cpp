// WinSCard: PnP notification supported; control codes use the Windows SCARD_CTL_CODE.
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
    return SCARD_CTL_CODE(3400);
}

QStringList splitMultiString(const char *data, DWORD length)
{
    QStringList out;
    DWORD start = 0;
    for (DWORD i = 0; i < length; ++i) {
        if (data[i] == '\0') {
            if (i > start)
                out.append(QString::fromLocal8Bit(data + start, qsizetype(i - start)));
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
