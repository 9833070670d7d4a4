#include "ui/CreonAdminDialog.h"

#include "models/api/DossierApi.h"
#include "ui/dossier/CreonTexts.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lars::ui {

namespace {
QString when(const QJsonValue &iso)
{
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}
QTableView *table(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

CreonAdminDialog::CreonAdminDialog(models::ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_api(new models::DossierApi(client, this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_batches(new QStandardItemModel(this))
    , m_pending(new QStandardItemModel(this))
    , m_failed(new QStandardItemModel(this))
    , m_failedView(table(m_failed, QStringLiteral("creonFailed"), this))
    , m_sendNow(new QPushButton(tr("Send &now"), this))
    , m_retry(new QPushButton(tr("&Retry the selected record"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("creonAdminDialog"));
    setWindowTitle(tr("CREON delivery"));
    resize(1000, 560);
    m_summary->setObjectName(QStringLiteral("creonSummary"));
    m_summary->setWordWrap(false); // two short lines; a wrapped label here was cut off by the table
    m_message->setObjectName(QStringLiteral("creonAdminMessage"));
    m_message->setWordWrap(true);
    m_sendNow->setObjectName(QStringLiteral("creonSendNow"));
    m_retry->setObjectName(QStringLiteral("creonRetry"));
    m_retry->setEnabled(false);
    m_tabs->addTab(table(m_batches, QStringLiteral("creonBatches"), this), tr("Last batches"));
    m_tabs->addTab(table(m_pending, QStringLiteral("creonPending"), this), tr("Waiting"));
    m_tabs->addTab(m_failedView, tr("Refused or failed"));
    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendNow);
    buttons->addWidget(m_retry);
    buttons->addWidget(refresh);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &CreonAdminDialog::reload);
    connect(m_sendNow, &QPushButton::clicked, this, &CreonAdminDialog::sendNow);
    connect(m_retry, &QPushButton::clicked, this, &CreonAdminDialog::retrySelected);
    connect(m_failedView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_failedView->selectionModel()->selectedRows();
        m_retry->setEnabled(!rows.isEmpty() &&
                            m_failed->item(rows.first().row())->data(Qt::UserRole + 1).toString() ==
                                QLatin1String("dead"));
    });
    reload();
}

void CreonAdminDialog::reload()
{
    m_api->get(QStringLiteral("/api/v1/creon/overview"), {}, this, [this](const models::DossierReply &r) {
        if (!r.ok()) {
            m_message->setText(r.isForbidden()
                                   ? tr("Only the CLB's local LARS administrators see the CREON delivery.")
                                   : tr("The overview could not be loaded: %1")
                                         .arg(r.isNetworkFailure() ? r.networkErrorText : r.problemTitle));
            return;
        }
        present(r.body);
        emit loaded();
    });
}

void CreonAdminDialog::present(const QJsonObject &o)
{
    const QJsonObject counts = o.value(QLatin1String("counts")).toObject();
    const QJsonObject sender = o.value(QLatin1String("sender")).toObject();
    const auto count = [&](const char *key) { return counts.value(QLatin1String(key)).toInteger(); };
    QString summary = tr("Waiting: %1 · sent, no answer yet: %2 · accepted: %3 · refused: %4 · failed: %5")
                          .arg(count("pending") + count("held"))
                          .arg(count("sending"))
                          .arg(count("accepted"))
                          .arg(count("refused"))
                          .arg(count("dead"));
    summary += u'\n' +
               (!sender.value(QLatin1String("configured")).toBool()
                    ? tr("This server sends nothing: no CREON address is configured.")
                    : tr("Next scheduled sending: %1.").arg(when(sender.value(QLatin1String("nextPeriod")))));
    m_summary->setText(summary);

    m_batches->clear();
    m_batches->setHorizontalHeaderLabels({tr("Formed"), tr("Kind"), tr("State"), tr("Attempts"),
                                          tr("Records of this CLB"), tr("Accepted"), tr("Refused"),
                                          tr("Last error")});
    for (const QJsonValue &v : o.value(QLatin1String("batches")).toArray()) {
        const QJsonObject b = v.toObject();
        const QString state = b.value(QLatin1String("state")).toString();
        m_batches->appendRow(
            {new QStandardItem(when(b.value(QLatin1String("createdAt")))),
             new QStandardItem(b.value(QLatin1String("trigger")).toString() == QLatin1String("administrator")
                                   ? tr("sent now")
                                   : tr("scheduled")),
             new QStandardItem(state == QLatin1String("done")   ? tr("answered")
                               : state == QLatin1String("dead") ? tr("given up")
                                                                : tr("being sent")),
             new QStandardItem(QString::number(b.value(QLatin1String("attempts")).toInt())),
             new QStandardItem(QString::number(b.value(QLatin1String("recordsOfThisClb")).toInt())),
             new QStandardItem(QString::number(b.value(QLatin1String("acceptedOfThisClb")).toInt())),
             new QStandardItem(QString::number(b.value(QLatin1String("refusedOfThisClb")).toInt())),
             new QStandardItem(b.value(QLatin1String("lastError")).toString())});
    }
    const auto fill = [](QStandardItemModel *model, const QJsonArray &records, const QStringList &headers) {
        model->clear();
        model->setHorizontalHeaderLabels(headers);
        for (const QJsonValue &v : records) {
            const QJsonObject r = v.toObject();
            const QString state = r.value(QLatin1String("state")).toString();
            QList<QStandardItem *> row{
                new QStandardItem(tr("pupil %1").arg(r.value(QLatin1String("pupilId")).toInteger())),
                new QStandardItem(r.value(QLatin1String("school")).toString()),
                new QStandardItem(r.value(QLatin1String("itemCode")).toString()),
                new QStandardItem(QString::number(r.value(QLatin1String("version")).toInteger())),
                new QStandardItem(
                    CreonTexts::state({{QStringLiteral("withdrawn"), r.value(QLatin1String("withdrawal"))},
                                       {QStringLiteral("delivery"), r}}))};
            row.first()->setData(r.value(QLatin1String("outboxId")).toInteger(), Qt::UserRole);
            row.first()->setData(state, Qt::UserRole + 1);
            model->appendRow(row);
        }
    };
    const QStringList headers{tr("Pupil"), tr("School"), tr("Item"), tr("Version"), tr("Status")};
    fill(m_pending, o.value(QLatin1String("pending")).toArray(), headers);
    fill(m_failed, o.value(QLatin1String("failed")).toArray(), headers);
    for (QTableView *view : findChildren<QTableView *>())
        view->resizeColumnsToContents();
    m_sendNow->setEnabled(sender.value(QLatin1String("configured")).toBool());
    layout()->activate(); // the summary grew: make room now, not at the next paint
}

void CreonAdminDialog::sendNow()
{
    m_api->post(QStringLiteral("/api/v1/creon/send-now"), {}, models::DossierApi::newIdempotencyKey(), this,
                [this](const models::DossierReply &r) {
                    m_message->setText(r.ok() ? tr("Asked to send now; refresh in a moment to see the batch.")
                                              : tr("Could not ask to send now: %1").arg(r.problemTitle));
                    reload();
                });
}

void CreonAdminDialog::retrySelected()
{
    const QModelIndexList rows = m_failedView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = m_failed->item(rows.first().row())->data(Qt::UserRole).toLongLong();
    m_api->post(QStringLiteral("/api/v1/creon/outbox/%1/requeue").arg(id), {},
                models::DossierApi::newIdempotencyKey(), this, [this](const models::DossierReply &r) {
                    m_message->setText(r.ok() ? tr("The record waits again for the next batch.")
                                              : tr("Could not retry: %1").arg(r.problemTitle));
                    reload();
                });
}

} // namespace lars::ui
