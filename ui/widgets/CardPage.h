#pragma once
// A page with one card centred on it: a heading and the page's content in a framed panel, as the lock,
// no-team, CLB-choice and login pages show it. Subclass it (or create one) and add the content to
// cardLayout(). The card keeps the height its word-wrapped texts need at any window size.
#include <QWidget>

class QFrame;
class QLabel;
class QVBoxLayout;

namespace lars::ui {

class CardPage : public QWidget
{
    Q_OBJECT
public:
    explicit CardPage(const QString &heading = {}, QWidget *parent = nullptr);

    void setHeading(const QString &heading);
    QString heading() const;
    // Add the page's content here, below the heading.
    QVBoxLayout *cardLayout() const { return m_cardLayout; }
    QFrame *card() const { return m_card; }
    // Room above the card (e.g. the application's title on the start page).
    QVBoxLayout *aboveCardLayout() const { return m_above; }
    void setCardWidth(int minimum, int maximum);

    // A bold, larger label for headings (scale × the application font).
    static QLabel *makeHeading(const QString &text, QWidget *parent, qreal scale = 1.3);

private:
    QFrame *m_card;
    QLabel *m_heading;
    QVBoxLayout *m_above;
    QVBoxLayout *m_cardLayout;
};

} // namespace lars::ui
