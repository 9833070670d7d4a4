#pragma once
// "History…" of a journal entry: every version, oldest first, with when and why each later one was
// written (corrected or withdrawn by its author), read from the server each time it opens.
#include <QDialog>

class QTextBrowser;

namespace lars::models {
class DossierModel;
class DossierNomenclature;
struct Activity;
} // namespace lars::models

namespace lars::ui {

class ActivityHistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    ActivityHistoryDialog(models::DossierModel *dossier, models::DossierNomenclature *nomenclature,
                          const models::Activity &activity, QWidget *parent = nullptr);

private:
    void showVersions(const QList<models::Activity> &versions);

    models::DossierNomenclature *m_nomenclature;
    QTextBrowser *m_text;
};

} // namespace lars::ui
