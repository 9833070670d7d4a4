#include "ui/widgets/MessageLabel.h"

#include "ui/widgets/ThemeColors.h"

#include <QAccessible>
#include <QDialog>
#include <QEvent>
#include <QLayout>
#include <QTimer>

namespace lars::ui {

MessageLabel::MessageLabel(Kind kind, QWidget *parent)
    : QLabel(parent)
    , m_kind(kind)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Selectable text takes focus by mouse only: the message is read by screen readers, not tabbed to.
    setFocusPolicy(Qt::NoFocus);
    // On a card (Base background) a label would draw with the Text role: these colours are for WindowText.
    setForegroundRole(QPalette::WindowText);
    applyPalette();
    QLabel::hide();
}

MessageLabel::MessageLabel(Kind kind, const QString &objectName, QWidget *parent)
    : MessageLabel(kind, parent)
{
    setObjectName(objectName);
}

void MessageLabel::setKind(Kind kind)
{
    m_kind = kind;
    applyPalette();
}

void MessageLabel::showMessage(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
    // A dialog does not grow by itself for a label that wraps onto more lines: make room once laid out.
    if (!text.isEmpty() && qobject_cast<QDialog *>(window()))
        QTimer::singleShot(0, this, [this] { fitWindowHeight(window()); });
    if (!text.isEmpty() && (m_kind == Kind::Error || m_kind == Kind::Warning)) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void MessageLabel::fitWindowHeight(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalMinimumSize().height();
    if (window->height() < needed)
        window->resize(window->width(), needed);
}

void MessageLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // A new system palette (light ↔ dark) recomputes the colours derived from it.
    if (event->type() == QEvent::ParentChange || (event->type() == QEvent::PaletteChange && !m_applying))
        applyPalette();
}

void MessageLabel::applyPalette()
{
    m_applying = true;
    // Start from the inherited palette, not from our own adjusted copy.
    setPalette(QPalette());
    QPalette p = palette();
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(false);
    setMargin(0);
    switch (m_kind) {
    case Kind::Error:
        p.setColor(QPalette::WindowText, ThemeColors::error(p));
        break;
    case Kind::Warning:
        p.setColor(QPalette::WindowText, ThemeColors::warning(p));
        break;
    case Kind::Notice:
        p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
        p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
        setBackgroundRole(QPalette::Window);
        setFrameShape(QFrame::StyledPanel);
        setAutoFillBackground(true);
        setMargin(4);
        break;
    case Kind::Note:
        p.setColor(QPalette::WindowText, ThemeColors::secondaryText(p));
        break;
    }
    setPalette(p);
    m_applying = false;
}

} // namespace lars::ui
