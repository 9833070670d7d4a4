#pragma once
// What a user sees before logging in: the product, the card-reader state in words, what to do next, and
// the login itself (LoginPanel).
#include "ui/StatusTexts.h"
#include "ui/widgets/CardPage.h"

class QLabel;

namespace lars::ui {

class LoginPanel;

class StartPage final : public CardPage
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    void showCardStatus(const StatusText &status);
    void showServerStatus(const StatusText &status);
    LoginPanel *loginPanel() const { return m_loginPanel; }

private:
    QLabel *m_cardState;
    QLabel *m_cardAdvice;
    QLabel *m_serverState;
    LoginPanel *m_loginPanel;
};

} // namespace lars::ui
