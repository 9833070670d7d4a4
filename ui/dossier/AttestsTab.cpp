#include "ui/dossier/AttestsTab.h"

#include "models/api/DossierModel.h"
#include "ui/dossier/DossierView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lars::ui {

AttestsTab::AttestsTab(models::DossierModel *dossier, QWidget *parent)
    : QWidget(parent)
    , m_dossier(dossier)
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_preview(new QPushButton(tr("&Preview and print…"), this))
    , m_create(new QPushButton(tr("&New attest…"), this))
{
    setObjectName(QStringLiteral("attestsTab"));
    m_table->setObjectName(QStringLiteral("attestsTable"));
    m_table->setAccessibleName(tr("Attests"));
    // Tab leaves the table (arrows move in it): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_preview->setObjectName(QStringLiteral("previewAttest"));
    m_preview->setProperty(DossierView::kPrintProperty, true); // Ctrl+P
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *note =
        new QLabel(tr("An attest carries the date of its activity, not the date of printing."), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(m_create);
    buttons->addWidget(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(dossier, &models::DossierModel::attestsLoaded, this, &AttestsTab::showAttests);
    connect(m_preview, &QPushButton::clicked, this, &AttestsTab::requestPreview);
    m_create->setObjectName(QStringLiteral("newAttest"));
    m_create->setToolTip(tr("An attest from an activity of the journal, dated on that activity"));
    connect(m_create, &QPushButton::clicked, this, &AttestsTab::attestRequested);
    const auto updateCreate = [this] { m_create->setEnabled(!m_dossier->journal().isEmpty()); };
    connect(dossier, &models::DossierModel::journalLoaded, this, updateCreate);
    updateCreate();
    connect(m_table, &QTableView::activated, this, &AttestsTab::requestPreview);
    showAttests();
}

void AttestsTab::showAttests()
{
    const QLocale locale;
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Type"), tr("Activity date"), tr("Staff member"), tr("Text")});
    for (const auto &a : m_dossier->attests()) {
        QList<QStandardItem *> row{new QStandardItem(a.type),
                                   new QStandardItem(locale.toString(a.activityDate, QLocale::ShortFormat)),
                                   new QStandardItem(a.staff.name), new QStandardItem(a.text)};
        row[0]->setData(a.id, Qt::UserRole);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    setPreviewAvailable(m_previewAvailable);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void AttestsTab::setPreviewAvailable(bool available)
{
    m_previewAvailable = available;
    m_preview->setEnabled(available && !m_dossier->attests().isEmpty());
    m_preview->setToolTip(available ? QString()
                                    : tr("Printing attests is not available in this installation."));
}

void AttestsTab::requestPreview()
{
    const int row = m_table->currentIndex().row();
    if (!m_previewAvailable || row < 0 || row >= m_dossier->attests().size())
        return;
    emit previewRequested(m_dossier->attests().at(row));
}

} // namespace lars::ui
