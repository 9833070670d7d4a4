#pragma once
// The checks every lars-server setting shares, whether it comes from a flag or from the config file, so
// that ServerConfig, auth::OidcConfig and creon::CreonConfig refuse bad values with the same words.
#include <QString>

namespace lars::server {

class ConfigValue final
{
public:
    // A whole number in [min, max]; otherwise false with "KEY needs a whole number from MIN to MAX".
    static bool wholeNumber(const QString &key, const QString &value, int min, int max, int *out,
                            QString *error);
    // "yes"/"no" (and nothing else, so that a typo is not read as "no").
    static bool yesNo(const QString &key, const QString &value, bool *out, QString *error);
    // "localhost" or a numeric loopback address.
    static bool isLoopbackHost(const QString &host);
};

} // namespace lars::server
