#include "ui/dossier/CreonTab.h"

#include "models/api/DossierModel.h"
#include "models/api/DossierNomenclature.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lars::ui {

CreonTab::CreonTab(models::DossierModel *dossier, models::DossierNomenclature *nomenclature, QWidget *parent)
    : QWidget(parent)
    , m_dossier(dossier)
    , m_nomenclature(nomenclature)
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("creonTab"));
    m_table->setObjectName(QStringLiteral("creonTable"));
    m_table->setAccessibleName(tr("CREON registrations"));
    // Tab leaves the table (arrows move in it): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *note =
        new QLabel(tr("These registrations are sent to the ministry automatically at the agreed times. "
                      "You do not need to do anything."),
                   this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    connect(dossier, &models::DossierModel::creonLoaded, this, &CreonTab::showRegistrations);
    showRegistrations();
}

void CreonTab::showRegistrations()
{
    const QLocale locale;
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Item"), tr("Value"), tr("Date"), tr("Status")});
    for (const QJsonObject &r : m_dossier->creonRegistrations()) {
        const QDateTime sent =
            QDateTime::fromString(r.value(QLatin1String("sentAt")).toString(), Qt::ISODateWithMs);
        const QDate date = QDate::fromString(r.value(QLatin1String("date")).toString(), Qt::ISODate);
        m_model->appendRow(
            {new QStandardItem(m_nomenclature->creonItemName(r.value(QLatin1String("itemCode")).toString())),
             new QStandardItem(r.value(QLatin1String("value")).toString()),
             new QStandardItem(locale.toString(date, QLocale::ShortFormat)),
             new QStandardItem(
                 sent.isValid()
                     ? tr("sent on %1").arg(locale.toString(sent.toLocalTime(), QLocale::ShortFormat))
                     : tr("waiting to be sent"))});
    }
    m_table->resizeColumnsToContents();
}

} // namespace lars::ui
