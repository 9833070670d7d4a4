#pragma once
// A word-wrapped message next to what it is about: an error (red), a warning (amber), a framed notice
// (the palette's tool-tip colours) or a note (secondary text). Hidden while it has no text, never cut
// off (it wraps), selectable so a user can copy it into a help request, and coloured from the palette, so
// a dark system theme keeps it readable. Screen readers hear it as an alert when it appears.
#include <QLabel>

namespace lars::ui {

class MessageLabel : public QLabel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Error,
        Warning,
        Notice,
        Note
    };

    explicit MessageLabel(Kind kind = Kind::Error, QWidget *parent = nullptr);
    MessageLabel(Kind kind, const QString &objectName, QWidget *parent);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    // Shows the text (hides the label when it is empty).
    void showMessage(const QString &text);
    void clearMessage() { showMessage({}); }
    // Grows a window to the height its layout needs at its width (word-wrapped labels included).
    static void fitWindowHeight(QWidget *window);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    Kind m_kind;
    bool m_applying = false;
};

// The kit's name for the common case.
class ErrorLabel final : public MessageLabel
{
    Q_OBJECT
public:
    explicit ErrorLabel(const QString &objectName, QWidget *parent)
        : MessageLabel(Kind::Error, objectName, parent)
    {}
};

} // namespace lars::ui
