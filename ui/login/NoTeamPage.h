#pragma once
// Shown instead of the dossiers when the staff member is in no team of the current CLB: why they see no
// pupils, and whom to ask.
#include <QWidget>

class QLabel;

namespace lars::ui {

class NoTeamPage final : public QWidget
{
    Q_OBJECT
public:
    explicit NoTeamPage(QWidget *parent = nullptr);
    void setClb(const QString &staffName, const QString &clbName);

private:
    QLabel *m_text;
};

} // namespace lars::ui
