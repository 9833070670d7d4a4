#include "tests/ui/RecordingTranslator.h"

namespace lars::test {

QString RecordingTranslator::translate(const char *context, const char *sourceText, const char *, int) const
{
    // Qt's own classes (QLineEdit, QFileDialog, …) ask for their strings too: Qt's translations serve
    // those. LARS's contexts are lars::…, free functions' contexts, and QCoreApplication.
    const bool qtClass = context && context[0] == 'Q' && context[1] >= 'A' && context[1] <= 'Z' &&
                         qstrcmp(context, "QCoreApplication") != 0;
    if (sourceText && *sourceText && context && !qtClass) {
        const QMutexLocker lock(&m_mutex);
        const QString source = QString::fromUtf8(sourceText);
        m_untranslated.insert(source);
        m_untranslated.insert(QString(source).remove(u'&'));
    }
    return {};
}

QSet<QString> RecordingTranslator::untranslated() const
{
    const QMutexLocker lock(&m_mutex);
    return m_untranslated;
}

} // namespace lars::test
