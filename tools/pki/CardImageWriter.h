#pragma once
// Turns a card profile (tools/virtual-eid/profiles/*.json) into the files, keys and certificates
// of a virtual eID card: identity/address TLV files signed by the TEST RRN, photo, PKCS#15 files.

#include "tools/pki/TestPki.h"

#include <QJsonObject>
#include <QString>

namespace lars::tools {

class CardImageWriter final
{
public:
    explicit CardImageWriter(TestPki *pki)
        : m_pki(pki)
    {}

    // Writes <outDir>/cards/<id>/ (card.json, files/, keys, certificate PEMs).
    bool write(const QJsonObject &profile, const QString &outDir, QString *error);

    static QByteArray identityTlvLength(int length);
    static QByteArray photo(int seed);

private:
    TestPki *m_pki;
};

} // namespace lars::tools
