#include "tools/virtual-eid/CardData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace lars::tools {

namespace {

EvpKey readKey(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read key %1").arg(path);
        return {};
    }
    const QByteArray pem = f.readAll();
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key) {
        *error = QStringLiteral("not a private key: %1").arg(path);
        return {};
    }
    return EvpKey(key, EVP_PKEY_free);
}

} // namespace

QByteArray CardData::atr(Applet applet)
{
    return applet == Applet::V17 ? QByteArray::fromHex("3B9813400AA503010101AD1311")
                                 : QByteArray::fromHex("3B7F96000080318065B085040120120FFF829000");
}

QByteArray CardData::atr() const
{
    return atr(applet);
}

std::optional<CardData> CardData::load(const QString &profile, const QString &pkiDir, QString *error)
{
    QString jsonPath = profile;
    if (!QFileInfo::exists(profile) && !profile.contains(QLatin1Char('/'))) // a bare card id: "an-peeters"
        jsonPath = QDir(pkiDir).filePath(QStringLiteral("cards/%1/card.json").arg(profile));
    else if (QFileInfo(profile).isDir())
        jsonPath = QDir(profile).filePath(QStringLiteral("card.json"));
    auto readJson = [error](const QString &path) -> std::optional<QJsonObject> {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(path);
            return std::nullopt;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (!doc.isObject()) {
            *error = QStringLiteral("%1: %2").arg(path, pe.errorString());
            return std::nullopt;
        }
        return doc.object();
    };
    auto obj = readJson(jsonPath);
    if (!obj)
        return std::nullopt;
    if (!obj->contains(QStringLiteral("files"))) {
        // A source profile: find what lars-test-pki generated for it.
        QString id = obj->value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            id = QFileInfo(jsonPath).completeBaseName();
        jsonPath = QDir(pkiDir).filePath(QStringLiteral("cards/%1/card.json").arg(id));
        obj = readJson(jsonPath);
        if (!obj) {
            *error += QStringLiteral(" (run lars-test-pki, or pass --pki DIR)");
            return std::nullopt;
        }
    }
    const QDir dir = QFileInfo(jsonPath).absoluteDir();

    CardData card;
    card.directory = dir.absolutePath();
    card.id = obj->value(QStringLiteral("id")).toString();
    const QString applet = obj->value(QStringLiteral("applet")).toString();
    if (applet == QLatin1String("1.7"))
        card.applet = Applet::V17;
    else if (applet == QLatin1String("1.8"))
        card.applet = Applet::V18;
    else {
        *error = QStringLiteral("%1: applet must be \"1.7\" or \"1.8\"").arg(jsonPath);
        return std::nullopt;
    }
    card.serial = QByteArray::fromHex(obj->value(QStringLiteral("serial")).toString().toLatin1());
    card.pin = obj->value(QStringLiteral("pin")).toString().toLatin1();
    card.maxPinTries = obj->value(QStringLiteral("maxPinTries")).toInt(3);
    card.initialPinTriesLeft = obj->value(QStringLiteral("pinTriesLeft")).toInt(card.maxPinTries);
    card.persistPinTries = obj->value(QStringLiteral("persistPinTries")).toBool(false);
    if (card.serial.size() != 16 || card.pin.size() < 4 || card.pin.size() > 12) {
        *error = QStringLiteral("%1: serial must be 16 bytes hex and the PIN 4-12 digits").arg(jsonPath);
        return std::nullopt;
    }

    const QJsonObject files = obj->value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        // Key "DF00/5038" → path 3F00 DF00 5038.
        QByteArray path = QByteArray::fromHex("3F00");
        for (const QString &fid : it.key().split(QLatin1Char('/')))
            path += QByteArray::fromHex(fid.toLatin1());
        QFile f(dir.filePath(it.value().toString()));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(f.fileName());
            return std::nullopt;
        }
        card.files.insert(path, f.readAll());
    }
    const QJsonObject keys = obj->value(QStringLiteral("keys")).toObject();
    card.authKey = readKey(dir.filePath(keys.value(QStringLiteral("authentication")).toString()), error);
    card.signKey = readKey(dir.filePath(keys.value(QStringLiteral("signature")).toString()), error);
    if (!card.authKey || !card.signKey)
        return std::nullopt;
    if (card.applet == Applet::V18) {
        card.basicKey = readKey(dir.filePath(keys.value(QStringLiteral("basic")).toString()), error);
        if (!card.basicKey)
            return std::nullopt;
    }
    return card;
}

} // namespace lars::tools
