#pragma once
// Asks the eID PIN: masked, digits only, 4 to 12 of them, with the tries left after a wrong PIN. On a
// pinpad reader it only tells the user to type the PIN on the reader. Window-modal, opened with open();
// the PIN leaves through pinEntered() once and the field is wiped at once.
#include "smartcard/SecureBytes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lars::ui {

class MessageLabel;

class PinDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PinDialog(QWidget *parent = nullptr);
    ~PinDialog() override;

    // Shown above the field after a wrong PIN; -1 hides it.
    void setTriesLeft(int triesLeft);
    // The reader has its own keypad: no field, the user types on the reader after pressing Continue.
    void setPinpad(bool pinpad);
    bool isPinpad() const { return m_pinpad; }

    static bool isAcceptablePin(const QString &pin);

signals:
    // Emitted once per accept; the receiver owns (and wipes) the PIN. Empty on a pinpad reader.
    void pinEntered(const lars::smartcard::SecureBytes &pin);

protected:
    void accept() override;
    void done(int result) override;

private:
    void updateOk();
    void wipeField();

    QLabel *m_prompt;
    MessageLabel *m_tries;
    QLineEdit *m_edit;
    QDialogButtonBox *m_buttons;
    bool m_pinpad = false;
};

} // namespace lars::ui
