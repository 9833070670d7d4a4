#pragma once
// The bar at the top of a dialog that found a draft an earlier run left (a crash, a kill -9, a power cut):
// what was typed, "Restore the draft" and "Discard the draft". Hidden until offer(); hides itself on
// either choice. Object names: <prefix>DraftOffer, <prefix>DraftText, <prefix>DraftRestore, -Discard.
#include <QWidget>

namespace lars::ui {

class MessageLabel;

class DraftOffer final : public QWidget
{
    Q_OBJECT
public:
    DraftOffer(const QString &namePrefix, QWidget *parent);

    void offer(const QString &text);

signals:
    void restoreChosen();
    void discardChosen();

private:
    MessageLabel *m_text;
};

} // namespace lars::ui
