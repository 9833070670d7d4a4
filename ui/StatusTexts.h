#pragma once
// The words a CLB worker reads for each connection and card-reader state (one place, translated).
#include "models/api/ConnectionMonitor.h"
#include "smartcard/ReaderMonitor.h"
#include "ui/StatusIndicator.h"

#include <QString>

namespace lars::ui {

struct StatusText
{
    StatusIndicator::Level level;
    QString text;
    QString advice;
};

StatusText connectionStatusText(models::ConnectionMonitor::Status status, const QString &host = {});
StatusText cardStatusText(smartcard::ReaderState state);

} // namespace lars::ui
