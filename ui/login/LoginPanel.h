#pragma once
// The login part of the start page: which card reader, the "Log in with eID" button, progress while the
// card and the server work, the reason a login failed, and the other digital keys of the government
// login (itsme, SMS security code, mobile app): one button that opens the web browser, and while the
// browser is busy a waiting line with a cancel button.
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace lars::ui {

class MessageLabel;

class LoginPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit LoginPanel(QWidget *parent = nullptr);

    // The readers to choose from; the choice row only shows when there are several.
    void setReaders(const QStringList &readers, const QString &preferred);
    QString chosenReader() const; // empty = the first reader holding a card
    void setLoginPossible(bool possible);
    void setBusy(bool busy, const QString &step = {});
    void showError(const QString &message);
    QString errorText() const;
    // What happens with the session kept from an earlier run (empty hides the line).
    void setResumeNote(const QString &note);
    // The government login waits on the web browser (or the server): step says what happens.
    void setBrowserWaiting(bool waiting, const QString &step = {});

signals:
    void loginRequested();
    void readerChosen(const QString &reader);
    void browserLoginRequested();
    void browserLoginCancelled();

private:
    void updateButton();

    QWidget *m_readerRow;
    QComboBox *m_readers;
    QPushButton *m_login;
    QProgressBar *m_progress;
    QLabel *m_step;
    MessageLabel *m_error;
    QLabel *m_resumeNote;
    QPushButton *m_browserLogin;
    QWidget *m_browserWaiting;
    QLabel *m_browserStep;
    bool m_possible = false;
    bool m_busy = false;
    bool m_waitingForBrowser = false;
};

} // namespace lars::ui
