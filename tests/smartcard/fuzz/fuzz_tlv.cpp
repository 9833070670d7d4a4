// libFuzzer: the identity/address TLV parser and the text parsers fed from card data.
#include "smartcard/CardData.h"
#include "smartcard/Tlv.h"

#include <cstdint>
#include <cstdlib>

using namespace lars::smartcard;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const TlvParseResult tlv = parseTlv(input);
    qsizetype total = 0;
    for (const TlvField &f : tlv.fields)
        total += 2 + f.value.size();
    // Every field came from the input: the values never add up to more than it holds.
    if (total > input.size() + qsizetype(tlv.fields.size()) * 2)
        std::abort();
    if (auto id = Identity::parse(input)) {
        (void)id->parsedNationalNumber();
        (void)id->birthDate.toIsoString();
        (void)id->birthDate.toDate();
    }
    (void)Address::parse(input);
    (void)CardInfo::parse(input);
    const QString text = QString::fromUtf8(input);
    const BirthDate date = BirthDate::parse(text);
    if (date.isComplete() && !date.toDate().isValid())
        std::abort();
    const NationalNumber nn = NationalNumber::parse(text);
    if (nn.valid && nn.digits.size() != 11)
        std::abort();
    return 0;
}
