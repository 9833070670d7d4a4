#pragma once
// A change someone else overtook (412): for every field the change writes, the value it was based on,
// the server's value now ("theirs") and the user's ("mine") side by side; per field the user picks theirs
// or mine (mine where she changed the field, theirs where only the other did). "Send my choice" sends the
// merged value based on theirs; "Keep theirs" drops the change. Nothing is overwritten or dropped without
// this choice.
#include "models/api/PendingChange.h"

#include <QDialog>
#include <QHash>

class QRadioButton;

namespace lars::ui {

class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(const models::PendingChange &change, QWidget *parent = nullptr);

    QByteArray changeId() const { return m_change.id; }
    // The body to send: mine, with theirs for the fields where the user chose theirs.
    QJsonObject merged() const;

signals:
    void sendMerged(const QByteArray &id, const QJsonObject &body);
    void keepTheirs(const QByteArray &id);

private:
    QJsonObject theirsPart() const;

    models::PendingChange m_change;
    QHash<QString, QRadioButton *> m_takeTheirs;
};

} // namespace lars::ui
