#pragma once
// Something a route handler waits for without blocking the server's one thread (the answer of a card
// issuer's OCSP responder, ...): the handler answers Response::waitFor(wait), its transaction is rolled
// back, and the transport runs the same request again once done() fires.
#include <QObject>

namespace lars::server::http {

class Wait final : public QObject
{
    Q_OBJECT
signals:
    void done();
};

} // namespace lars::server::http
