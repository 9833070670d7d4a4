#include "ui/widgets/DateField.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <utility>

namespace lars::ui {

DateField::DateField(const QDate &date, QWidget *parent)
    : QDateEdit(date, parent)
{
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    setCalendarPopup(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
}

void DateField::mouseReleaseEvent(QMouseEvent *event)
{
    QDateEdit::mouseReleaseEvent(event);
    // A click leaves a bare cursor in the text, where typed digits are refused because the part is full:
    // select the part under the cursor, as a double click would, so typing replaces it.
    if (event->button() == Qt::LeftButton && !lineEdit()->hasSelectedText())
        selectSectionAtCursor();
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool separator = text.size() == 1 && QStringLiteral("/-. ").contains(text.at(0));
    if (separator) {
        // After a complete part the cursor already moved on; otherwise the separator finishes the part.
        if (!std::exchange(m_advanced, false))
            selectSection(currentSectionIndex() + 1);
        event->accept();
        return;
    }
    m_advanced = false;
    const int before = currentSectionIndex();
    QDateEdit::keyPressEvent(event);
    if (text.size() != 1 || !text.at(0).isDigit())
        return;
    if (currentSectionIndex() != before) { // the edit moved on by itself ("4" can only be day 04)
        m_advanced = true;
        return;
    }
    const Section section = currentSection();
    if (sectionText(section).size() >= (section == YearSection ? 4 : 2) && before < sectionCount() - 1) {
        selectSection(before + 1);
        m_advanced = true;
    }
}

bool DateField::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next);
}

void DateField::selectSection(int index)
{
    if (index >= 0 && index < sectionCount())
        setSelectedSection(sectionAt(index));
}

void DateField::selectSectionAtCursor()
{
    const QString text = lineEdit()->text();
    const int position = lineEdit()->cursorPosition();
    int index = 0;
    for (int i = 0; i < position && i < text.size(); ++i)
        if (!text.at(i).isDigit())
            ++index;
    setSelectedSection(sectionAt(qBound(0, index, sectionCount() - 1)));
}

} // namespace lars::ui
