#include "reports/LetterBatchJob.h"

#include <QThread>

namespace lars::reports {

LetterBatchJob::LetterBatchJob(QList<AnyLetter> letters, LetterOutput::Options options, QString outputPath,
                               QObject *parent)
    : QObject(parent)
    , m_letters(std::move(letters))
    , m_options(std::move(options))
    , m_path(std::move(outputPath))
{}

LetterBatchJob::~LetterBatchJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void LetterBatchJob::start()
{
    if (m_thread)
        return;
    m_cancel = false;
    m_thread = QThread::create([this] {
        m_result = LetterOutput::writePdf(m_path, m_letters, m_options, [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            return !m_cancel.load();
        });
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(m_result);
    });
    m_thread->start();
}

void LetterBatchJob::cancel()
{
    m_cancel = true;
}

} // namespace lars::reports
