#pragma once
// "On whose behalf": after login, staff of several CLBs click the name of the CLB they work for now.
#include "ui/widgets/CardPage.h"

#include <QList>

class QLabel;
class QVBoxLayout;

namespace lars::ui {

class MessageLabel;

class ClbChooser final : public CardPage
{
    Q_OBJECT
public:
    struct Choice
    {
        qint64 id = 0;
        QString name;
    };

    explicit ClbChooser(QWidget *parent = nullptr);

    void setChoices(const QString &staffName, const QList<Choice> &choices);
    // While the switch to the chosen CLB runs the buttons are disabled.
    void setBusy(bool busy);
    void showError(const QString &message);

signals:
    void chosen(qint64 clbId);
    void logoutRequested();

private:
    QLabel *m_greeting;
    MessageLabel *m_error;
    QWidget *m_logout;
    QVBoxLayout *m_buttons;
    QList<QWidget *> m_choiceButtons;
};

} // namespace lars::ui
