#pragma once
// The login part of the start page: which card reader, the "Log in with eID" button, progress while the
// card and the server work, the reason a login failed, and room for the other digital keys of the
// government login (itsme, SMS code, app), which come later through the browser.
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

signals:
    void loginRequested();
    void readerChosen(const QString &reader);

private:
    void updateButton();

    QWidget *m_readerRow;
    QComboBox *m_readers;
    QPushButton *m_login;
    QProgressBar *m_progress;
    QLabel *m_step;
    MessageLabel *m_error;
    QLabel *m_resumeNote;
    bool m_possible = false;
    bool m_busy = false;
};

} // namespace lars::ui
