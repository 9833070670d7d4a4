#pragma once
// Helpers of the login tests: the lars-server flags that trust the TEST PKI, and eID assertions signed
// in-process with a virtual card's key (for server-level tests that do not need pcscd).
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lars::test {

// --trust-anchor flags for the TEST roots and the TEST citizen CAs.
QStringList trustAnchorArguments();

struct SignedAssertion
{
    QByteArray certificate; // DER
    QByteArray signature;
};

// Signs "lars-eid-login-v1:" + nonce with the card's authentication key (or, with signatureKey, the
// non-repudiation key and its certificate), the way the card does for a login.
SignedAssertion signAsCard(const QString &cardId, const QString &nonce, bool signatureKey = false);

} // namespace lars::test
