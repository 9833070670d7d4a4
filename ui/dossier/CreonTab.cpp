#include "ui/dossier/CreonTab.h"

#include "models/api/DossierApi.h"
#include "models/api/DossierModel.h"
#include "models/api/DossierNomenclature.h"
#include "ui/dossier/CreonCorrectionDialog.h"
#include "ui/dossier/CreonTexts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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
    , m_correct(new QPushButton(tr("&Correct…"), this))
    , m_resubmit(new QPushButton(tr("Send &again"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("creonTab"));
    m_table->setObjectName(QStringLiteral("creonTable"));
    m_table->setAccessibleName(tr("CREON registrations"));
    // Tab leaves the table (arrows move in it): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_correct->setObjectName(QStringLiteral("creonCorrect"));
    m_resubmit->setObjectName(QStringLiteral("creonResubmit"));
    m_correct->setToolTip(tr("Correct a refused registration where its data live"));
    m_resubmit->setToolTip(
        tr("Send a refused registration again unchanged, when its cause was fixed elsewhere"));
    m_message->setObjectName(QStringLiteral("creonMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *note =
        new QLabel(tr("These registrations are sent to the ministry automatically at the agreed times, "
                      "from the consults and activities you register. You only act when one is refused."),
                   this);
    note->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_correct);
    buttons->addWidget(m_resubmit);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(dossier, &models::DossierModel::creonLoaded, this, &CreonTab::showRegistrations);
    connect(dossier, &models::DossierModel::creonChangeFailed, this, &CreonTab::showFailure);
    connect(dossier, &models::DossierModel::creonChanged, m_message, &QLabel::hide);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CreonTab::updateButtons);
    connect(m_correct, &QPushButton::clicked, this, &CreonTab::correctSelected);
    connect(m_resubmit, &QPushButton::clicked, this, &CreonTab::resubmitSelected);
    showRegistrations();
}

void CreonTab::showRegistrations()
{
    const qint64 previous = selected().value(QLatin1String("id")).toInteger();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Item"), tr("Value"), tr("Date"), tr("Source"), tr("Status")});
    const QLocale locale;
    for (const QJsonObject &r : m_dossier->creonRegistrations()) {
        const QDate date = QDate::fromString(r.value(QLatin1String("date")).toString(), Qt::ISODate);
        QList<QStandardItem *> row{
            new QStandardItem(m_nomenclature->creonItemName(r.value(QLatin1String("itemCode")).toString())),
            new QStandardItem(CreonTexts::value(r.value(QLatin1String("value")))),
            new QStandardItem(locale.toString(date, QLocale::ShortFormat)),
            new QStandardItem(CreonTexts::source(r)), new QStandardItem(CreonTexts::state(r))};
        row.first()->setData(r.value(QLatin1String("id")).toInteger(), Qt::UserRole);
        if (CreonTexts::needsAttention(r)) {
            QFont bold = row.last()->font();
            bold.setBold(true);
            row.last()->setFont(bold);
            row.last()->setForeground(palette().color(QPalette::Link).darker(150));
        }
        m_model->appendRow(row);
        if (row.first()->data(Qt::UserRole).toLongLong() == previous)
            m_table->selectRow(m_model->rowCount() - 1);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

QJsonObject CreonTab::selected() const
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return {};
    const qint64 id = m_model->item(rows.first().row())->data(Qt::UserRole).toLongLong();
    for (const QJsonObject &r : m_dossier->creonRegistrations())
        if (r.value(QLatin1String("id")).toInteger() == id)
            return r;
    return {};
}

void CreonTab::updateButtons()
{
    const QJsonObject r = selected();
    const bool refused = CreonTexts::needsAttention(r);
    m_correct->setEnabled(refused);
    m_resubmit->setEnabled(refused);
}

void CreonTab::correctSelected()
{
    const QJsonObject r = selected();
    if (r.isEmpty())
        return;
    const QJsonObject source = r.value(QLatin1String("source")).toObject();
    std::optional<models::Measurement> consult;
    if (source.value(QLatin1String("kind")).toString() == QLatin1String("measurement"))
        for (const models::Measurement &m : m_dossier->measurements())
            if (m.id == source.value(QLatin1String("id")).toInteger())
                consult = m;
    // open(), not exec(): a lock hides the dialog and gives it back, which would end an exec() loop.
    // The dialog saves through the outbox itself; it says when the correction waits for the server.
    auto *dialog = new CreonCorrectionDialog(
        m_dossier, r, m_nomenclature->creonItemName(r.value(QLatin1String("itemCode")).toString()), consult,
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreonCorrectionDialog::waiting, this, [this] {
        m_message->setText(tr("The correction is kept on this computer and waits in the list of changes "
                              "(at the bottom of the window) until it is sent."));
        m_message->show();
    });
    emit correctionDialogShown(dialog);
    dialog->open();
}

void CreonTab::resubmitSelected()
{
    const QJsonObject r = selected();
    if (!r.isEmpty())
        m_dossier->resubmitCreonRegistration(r.value(QLatin1String("id")).toInteger(),
                                             models::DossierApi::newIdempotencyKey());
}

void CreonTab::showFailure(const models::DossierReply &reply)
{
    m_message->setText(
        reply.isNetworkFailure()
            ? tr("The server cannot be reached; nothing was changed. Try again in a moment.")
        : reply.isConflict()
            ? tr("Someone else changed this in the meantime; the list was reloaded. Check and try again.")
            : tr("The correction was not saved: %1").arg(reply.problemTitle));
    m_message->show();
    m_dossier->reloadCreon();
}

} // namespace lars::ui
