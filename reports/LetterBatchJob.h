#pragma once
// A batch of letters (e.g. all parent letters of a class) written to one PDF in a worker thread:
// start() → progress(done, total) … → finished(result). cancel() stops after the current letter
// and leaves no file behind.
#include "reports/LetterOutput.h"

#include <QObject>
#include <atomic>

class QThread;

namespace lars::reports {

class LetterBatchJob final : public QObject
{
    Q_OBJECT
public:
    LetterBatchJob(QList<AnyLetter> letters, LetterOutput::Options options, QString outputPath,
                   QObject *parent = nullptr);
    ~LetterBatchJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    const LetterOutput::Result &result() const { return m_result; }
    QString outputPath() const { return m_path; }

signals:
    void progress(int done, int total);
    void finished(const lars::reports::LetterOutput::Result &result);

private:
    QList<AnyLetter> m_letters;
    LetterOutput::Options m_options;
    QString m_path;
    LetterOutput::Result m_result;
    std::atomic<bool> m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace lars::reports
