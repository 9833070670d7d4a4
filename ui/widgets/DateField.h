#pragma once
// A date entry that takes typing at once: a click selects the part (day, month, year) under the mouse,
// so "03/02/2025" can be typed without first double-clicking; a complete part moves on to the next one,
// and so do the separators / - . (as people type "3/2/2025"). Day/month/year order, a calendar on
// Alt+Down or its button.
#include <QDateEdit>

namespace lars::ui {

class DateField final : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateField(const QDate &date = QDate::currentDate(), QWidget *parent = nullptr);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    // Tab leaves the field (a date edit would walk its parts): the parts are typed or clicked.
    bool focusNextPrevChild(bool next) override;

private:
    void selectSectionAtCursor();
    void selectSection(int index);

    bool m_advanced = false; // the last digit completed a part and moved on: a separator now is redundant
};

} // namespace lars::ui
