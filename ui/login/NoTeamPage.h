#pragma once
// Shown instead of the dossiers when the staff member is in no team of the current CLB: why they see no
// pupils, and whom to ask — the CLB's local administrator by name and contact, as the server reports them.
#include "models/api/SessionProfile.h"
#include "ui/widgets/CardPage.h"

class QLabel;

namespace lars::ui {

class NoTeamPage final : public CardPage
{
    Q_OBJECT
public:
    explicit NoTeamPage(QWidget *parent = nullptr);
    void setClb(const QString &staffName, const QString &clbName,
                const models::LocalAdministrator &administrator = {});

private:
    QLabel *m_text;
};

} // namespace lars::ui
