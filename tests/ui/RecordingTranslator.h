#pragma once
// Installed before the real translations, so the application asks it last: it translates nothing and
// records every string that no other translator knew. A Dutch UI shows none of them.
#include <QMutex>
#include <QSet>
#include <QTranslator>

namespace lars::test {

class RecordingTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
    // The source texts asked for without a translation (with and without their & shortcuts).
    QSet<QString> untranslated() const;

private:
    mutable QMutex m_mutex;
    mutable QSet<QString> m_untranslated;
};

} // namespace lars::test
