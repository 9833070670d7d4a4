#pragma once
// What a user sees before logging in: the product, the card-reader state in words, and what to do next.
#include "ui/StatusTexts.h"

#include <QWidget>

class QLabel;

namespace lars::ui {

class StartPage final : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    void showCardStatus(const StatusText &status);
    void showServerStatus(const StatusText &status);

private:
    QLabel *m_cardState;
    QLabel *m_cardAdvice;
    QLabel *m_serverState;
};

} // namespace lars::ui
