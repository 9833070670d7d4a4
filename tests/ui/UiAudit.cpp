#include "tests/ui/UiAudit.h"

#include "ui/widgets/WindowTitleFit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScreen>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>

namespace lars::test {

namespace {
// Inside a scroll area a clipped widget is scrolled to, not cut off.
bool insideScrollViewport(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget());
            area && area->viewport() == p)
            return true;
    return false;
}

// Part of a composite control (a spin box's or combo box's line edit, a tab bar's scroll arrows, a
// scroll bar): the composite is what a user reaches.
bool isPartOfComposite(const QWidget *w, const QWidget *window)
{
    if (qobject_cast<const QScrollBar *>(w))
        return true;
    // An item view's header and editors belong to the view.
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) ||
            qobject_cast<const QTabBar *>(p) || qobject_cast<const QAbstractItemView *>(p) ||
            qobject_cast<const QLineEdit *>(p))
            return true;
    return false;
}

bool isInteractive(const QWidget *w)
{
    if (auto *group = qobject_cast<const QGroupBox *>(w))
        return group->isCheckable();
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractSlider *>(w) ||
           qobject_cast<const QTabBar *>(w);
}

QString plainText(const QLabel *label)
{
    const QString text = label->text();
    if (label->textFormat() == Qt::PlainText ||
        (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

void checkLabel(QLabel *label, QWidget *window, QStringList &problems)
{
    if (label->text().isEmpty() || !label->pixmap().isNull())
        return;
    const QRect contents =
        label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
    const QString name = UiAudit::describe(label);
    const QString shown = plainText(label).simplified().left(60);
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + 1)
            problems << QStringLiteral("%1 \"%2\" is cut off: it needs %3 px of height, it has %4")
                            .arg(name, shown)
                            .arg(needed)
                            .arg(label->height());
    } else {
        // Qt's own measure of the text (frame, margin and indent included) against the room it has.
        const int needed = label->sizeHint().width();
        if (needed > label->width() + 1)
            problems << QStringLiteral("%1 \"%2\" is cut off: it needs %3 px of width, it has %4")
                            .arg(name, shown)
                            .arg(needed)
                            .arg(label->width());
        if (label->fontMetrics().height() > contents.height() + 1)
            problems << QStringLiteral("%1 \"%2\" is cut off: %3 px high for a %4 px line")
                            .arg(name, shown)
                            .arg(contents.height())
                            .arg(label->fontMetrics().height());
    }
    if (insideScrollViewport(label, window))
        return;
    // Clipped by a parent (or the window's edge)?
    QRect visible = QRect(label->mapTo(window, QPoint(0, 0)), label->size());
    const QRect full = visible;
    for (QWidget *p = label->parentWidget(); p; p = p->parentWidget()) {
        visible &= QRect(p->mapTo(window, QPoint(0, 0)), p->size());
        if (p == window)
            break;
    }
    if (visible.height() < full.height() - 1 || visible.width() < full.width() - 1)
        problems << QStringLiteral("%1 \"%2\" is clipped by its parent: %3×%4 of %5×%6 visible")
                        .arg(name, shown)
                        .arg(visible.width())
                        .arg(visible.height())
                        .arg(full.width())
                        .arg(full.height());
}

void checkButton(QAbstractButton *button, QStringList &problems)
{
    if (button->text().isEmpty() || qobject_cast<const QTabBar *>(button->parentWidget()))
        return;
    const QSize hint = button->sizeHint();
    if (button->width() < hint.width() - 2)
        problems << QStringLiteral("%1 \"%2\" is too narrow for its text: %3 px of %4")
                        .arg(UiAudit::describe(button), QString(button->text()).remove(u'&'))
                        .arg(button->width())
                        .arg(hint.width());
}
} // namespace

QString UiAudit::describe(const QWidget *widget)
{
    QString path;
    for (const QWidget *w = widget; w; w = w->isWindow() ? nullptr : w->parentWidget()) {
        if (w->objectName().isEmpty())
            continue;
        path = path.isEmpty() ? w->objectName() : w->objectName() + u'/' + path;
        if (w != widget)
            break;
    }
    return QStringLiteral("%1(%2)").arg(QLatin1String(widget->metaObject()->className()), path);
}

QString UiAudit::accessibleName(QWidget *widget)
{
    if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        // A tab bar is named by its tabs: each one needs a text.
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).trimmed().isEmpty() && tabs->accessibleTabName(i).isEmpty())
                return {};
        return widget->accessibleName().isEmpty() ? tabs->tabText(tabs->currentIndex()).remove(u'&')
                                                  : widget->accessibleName();
    }
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QStringList UiAudit::layoutProblems(QWidget *window)
{
    QStringList problems;
    for (QLabel *label : window->findChildren<QLabel *>())
        if (label->isVisible() && label->window() == window)
            checkLabel(label, window, problems);
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (button->isVisible() && button->window() == window)
            checkButton(button, problems);
    if (qobject_cast<QDialog *>(window) && window->width() < ui::WindowTitleFit::requiredWidth(window))
        problems << QStringLiteral("%1: the title \"%2\" does not fit its title bar (%3 px of %4)")
                        .arg(describe(window), window->windowTitle())
                        .arg(window->width())
                        .arg(ui::WindowTitleFit::requiredWidth(window));
    if (const QScreen *screen = window->screen()) {
        const QSize available = screen->availableSize();
        if (window->frameGeometry().width() > available.width() ||
            window->frameGeometry().height() > available.height())
            problems << QStringLiteral("%1 is larger (%2×%3) than the screen (%4×%5)")
                            .arg(describe(window))
                            .arg(window->width())
                            .arg(window->height())
                            .arg(available.width())
                            .arg(available.height());
        const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
        if (minimum.width() > available.width() || minimum.height() > available.height())
            problems << QStringLiteral("%1 needs at least %2×%3, more than the screen (%4×%5)")
                            .arg(describe(window))
                            .arg(minimum.width())
                            .arg(minimum.height())
                            .arg(available.width())
                            .arg(available.height());
    }
    return problems;
}

QList<QWidget *> UiAudit::interactiveWidgets(QWidget *window)
{
    QList<QWidget *> result;
    for (QWidget *w : window->findChildren<QWidget *>())
        if (w->window() == window && w->isVisible() && w->isEnabled() && isInteractive(w) &&
            !isPartOfComposite(w, window))
            result.append(w);
    return result;
}

QStringList UiAudit::accessibilityProblems(QWidget *window, const QSet<QString> &untranslated)
{
    QStringList problems;
    const QList<QWidget *> interactive = interactiveWidgets(window);
    for (QWidget *w : interactive) {
        const QString name = accessibleName(w);
        if (name.isEmpty())
            problems << QStringLiteral("%1 has no accessible name (give it a text, a buddy label or "
                                       "setAccessibleName)")
                            .arg(describe(w));
        else if (untranslated.contains(name) || untranslated.contains(w->accessibleDescription()))
            problems
                << QStringLiteral("%1 is named \"%2\": not translated into Dutch").arg(describe(w), name);
    }

    // The Tab walk: keys go to the active window; from its focus widget (or the first in the chain),
    // around once.
    window->raise();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window))
        return problems << QStringLiteral("%1 cannot be activated").arg(describe(window));
    int tabStops = 0;
    for (QWidget *w : window->findChildren<QWidget *>())
        if (w->window() == window && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            ++tabStops;
    QWidget *start = QApplication::focusWidget();
    if (!start || start->window() != window) {
        // The first widget of the window's focus chain that takes Tab focus.
        for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain())
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                w->setFocus(Qt::TabFocusReason);
                break;
            }
        start = QApplication::focusWidget();
    }
    if (!start || start->window() != window)
        return problems << QStringLiteral("%1: no widget takes the keyboard focus").arg(describe(window));
    QSet<QWidget *> reached;
    QWidget *current = start;
    const int limit = 3 * int(interactive.size()) + 20;
    int stay = 0;
    for (int i = 0; i < limit; ++i) {
        reached.insert(current);
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (!next || next->window() != window) {
            problems << QStringLiteral("%1: Tab left the window after %2")
                            .arg(describe(window), describe(current));
            break;
        }
        if (next == current) {
            // The only control of the window keeps the focus, rightly; elsewhere a few presses may move
            // inside a control (the parts of a date), more mean a keyboard trap.
            if (tabStops <= 1)
                break;
            if (++stay > 4) {
                problems << QStringLiteral("%1 keeps the Tab key: a keyboard user cannot leave it")
                                .arg(describe(current));
                break;
            }
            continue;
        }
        stay = 0;
        current = next;
        if (current == start)
            break;
    }
    for (QWidget *w : interactive) {
        bool ok = false;
        for (QWidget *r : std::as_const(reached)) {
            if (r == w || w->isAncestorOf(r) || r->focusProxy() == w || w->focusProxy() == r)
                ok = true;
            // Tab enters a group of exclusive radio buttons at its checked one; arrows move within.
            auto *radio = qobject_cast<QRadioButton *>(w);
            auto *reachedRadio = qobject_cast<QRadioButton *>(r);
            if (radio && reachedRadio && radio->autoExclusive() && reachedRadio->autoExclusive() &&
                radio->parentWidget() == reachedRadio->parentWidget())
                ok = true;
        }
        if (!ok)
            problems << QStringLiteral("%1 \"%2\" cannot be reached with the Tab key")
                            .arg(describe(w), accessibleName(w));
    }
    return problems;
}

} // namespace lars::test
