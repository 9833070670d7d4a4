#include "ui/dossier/JournalTab.h"

#include "models/api/DossierModel.h"
#include "models/api/DossierNomenclature.h"
#include "ui/dossier/ActivityDialog.h"
#include "ui/dossier/ActivityHistoryDialog.h"
#include "ui/dossier/DossierTexts.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/WithdrawActivityDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lars::ui {

namespace {
enum Period
{
    AllTime,
    Last30Days,
    SchoolYear,
    Last12Months
};

QDate periodStart(int period)
{
    const QDate today = QDate::currentDate();
    switch (period) {
    case Last30Days:
        return today.addDays(-30);
    case SchoolYear: // a Flemish school year starts on 1 September
        return QDate(today.month() >= 9 ? today.year() : today.year() - 1, 9, 1);
    case Last12Months:
        return today.addYears(-1);
    default:
        return {};
    }
}
} // namespace

JournalTab::JournalTab(models::DossierModel *dossier, models::DossierNomenclature *nomenclature,
                       QWidget *parent)
    : QWidget(parent)
    , m_dossier(dossier)
    , m_nomenclature(nomenclature)
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_staffFilter(new QComboBox(this))
    , m_functionFilter(new QComboBox(this))
    , m_periodFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_correct(new QAction(tr("&Correct…"), this))
    , m_withdraw(new QAction(tr("&Withdraw…"), this))
    , m_history(new QAction(tr("&History…"), this))
    , m_referral(new QPushButton(tr("Re&ferral…"), this))
    , m_referralAction(new QAction(tr("Referral to this partner…"), this))
    , m_attestAction(new QAction(tr("Make an attest…"), this))
{
    setObjectName(QStringLiteral("journalTab"));
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setAccessibleName(tr("Activities in the journal"));
    // Tab leaves the table (arrows move in it): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_staffFilter->setObjectName(QStringLiteral("journalStaffFilter"));
    m_functionFilter->setObjectName(QStringLiteral("journalFunctionFilter"));
    m_periodFilter->setObjectName(QStringLiteral("journalPeriodFilter"));
    m_count->setObjectName(QStringLiteral("journalCount"));
    m_periodFilter->addItem(tr("All periods"), AllTime);
    m_periodFilter->addItem(tr("Last 30 days"), Last30Days);
    m_periodFilter->addItem(tr("This school year"), SchoolYear);
    m_periodFilter->addItem(tr("Last 12 months"), Last12Months);

    m_table->setModel(m_model);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JournalTab::updateEntryActions);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // The context menu (right click, or the menu key on the selected row).
    m_correct->setObjectName(QStringLiteral("journalCorrect"));
    m_withdraw->setObjectName(QStringLiteral("journalWithdraw"));
    m_history->setObjectName(QStringLiteral("journalHistory"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_correct, m_withdraw, m_history});
    connect(m_correct, &QAction::triggered, this, [this] {
        if (const models::Activity *a = currentEntry()) {
            auto *dialog = new ActivityDialog(m_dossier, m_nomenclature, this, a);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });
    connect(m_withdraw, &QAction::triggered, this, [this] {
        if (const models::Activity *a = currentEntry()) {
            auto *dialog = new WithdrawActivityDialog(m_dossier, *a, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });
    connect(m_history, &QAction::triggered, this, [this] {
        if (const models::Activity *a = currentEntry()) {
            auto *dialog = new ActivityHistoryDialog(m_dossier, m_nomenclature, *a, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });

    auto *registerButton = new QPushButton(tr("&Register activity…"), this);
    registerButton->setObjectName(QStringLiteral("registerActivity"));
    m_referral->setObjectName(QStringLiteral("journalReferralButton"));
    m_referral->setToolTip(tr("A referral or feedback request to the partner of the selected draaischijf "
                              "activity"));
    m_referralAction->setObjectName(QStringLiteral("journalReferralAction"));
    m_attestAction->setObjectName(QStringLiteral("journalAttestAction"));
    const auto referTo = [this] {
        if (const auto a = selectedActivity(); a && a->hub && !a->withdrawn)
            emit referralRequested(*a);
    };
    const auto attest = [this] {
        if (const auto a = selectedActivity(); a && !a->withdrawn)
            emit attestRequested(a->id);
    };
    connect(m_referral, &QPushButton::clicked, this, referTo);
    connect(m_referralAction, &QAction::triggered, this, referTo);
    connect(m_attestAction, &QAction::triggered, this, attest);
    // The activity's own menu (right click, the Menu key or Shift+F10): what can be made from it; the row
    // of buttons has no room for more on a 1280-pixel screen.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_referralAction);
    m_table->addAction(m_attestAction);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JournalTab::updateActions);
    auto *filters = new QHBoxLayout;
    const auto addFilter = [this, filters](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        filters->addWidget(label);
        filters->addWidget(combo);
    };
    addFilter(tr("&Staff:"), m_staffFilter);
    addFilter(tr("F&unction:"), m_functionFilter);
    addFilter(tr("P&eriod:"), m_periodFilter);
    filters->addWidget(m_count);
    filters->addStretch();
    filters->addWidget(m_referral);
    filters->addWidget(registerButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    for (QComboBox *c : {m_staffFilter, m_functionFilter, m_periodFilter}) {
        // Long names must not widen the whole dossier (every section tab shares its width).
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(10);
        connect(c, &QComboBox::currentIndexChanged, this, &JournalTab::showJournal);
    }
    connect(registerButton, &QPushButton::clicked, this, &JournalTab::registerActivity);
    connect(dossier, &models::DossierModel::journalLoaded, this, [this] {
        fillFilters();
        showJournal();
    });
    connect(nomenclature, &models::DossierNomenclature::loaded, this, [this] {
        fillFilters();
        showJournal();
    });
    fillFilters();
    showJournal();
}

const models::Activity *JournalTab::currentEntry() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    const qint64 id = m_model->index(current.row(), Date).data(Qt::UserRole).toLongLong();
    for (const auto &a : m_dossier->journal())
        if (a.id == id)
            return &a;
    return nullptr;
}

void JournalTab::updateEntryActions()
{
    const models::Activity *a = currentEntry();
    // Only the author rewrites her account (the server refuses anyone else; 0: not known here).
    const qint64 me = m_dossier->api()->staffId();
    const bool mine = a && (me == 0 || a->staff.id == me);
    m_correct->setEnabled(mine);
    m_withdraw->setEnabled(mine && !a->withdrawn);
    m_history->setEnabled(a != nullptr);
}

std::optional<models::Activity> JournalTab::selectedActivity() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const qint64 id = m_model->index(current.row(), Date).data(Qt::UserRole).toLongLong();
    for (const auto &a : m_dossier->journal())
        if (a.id == id)
            return a;
    return std::nullopt;
}

void JournalTab::updateActions()
{
    const auto a = selectedActivity();
    // Nothing is made from an entry its author withdrew (the server refuses it too). A referral from the
    // journal goes to the partner a draaischijf activity names; a medical referral starts from the
    // consult in Medische gegevens.
    const bool standing = a && !a->withdrawn;
    const bool hub = standing && a->hub;
    m_referral->setEnabled(hub);
    m_referralAction->setEnabled(hub);
    m_referralAction->setVisible(hub);
    m_attestAction->setEnabled(standing);
}

void JournalTab::registerActivity()
{
    auto *dialog = new ActivityDialog(m_dossier, m_nomenclature, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void JournalTab::fillFilters()
{
    const QSignalBlocker blockStaff(m_staffFilter);
    const QSignalBlocker blockFunction(m_functionFilter);
    const QVariant staff = m_staffFilter->currentData();
    const QVariant function = m_functionFilter->currentData();
    m_staffFilter->clear();
    m_functionFilter->clear();
    m_staffFilter->addItem(tr("Everyone"), QVariant());
    m_functionFilter->addItem(tr("All functions"), QVariant());
    QMap<QString, qint64> staffByName;
    QSet<QString> functions;
    for (const auto &a : m_dossier->journal()) {
        staffByName.insert(a.staff.name, a.staff.id);
        functions.insert(a.function);
    }
    for (auto it = staffByName.cbegin(); it != staffByName.cend(); ++it)
        m_staffFilter->addItem(it.key(), it.value());
    QStringList sorted(functions.cbegin(), functions.cend());
    std::sort(sorted.begin(), sorted.end(), [this](const QString &a, const QString &b) {
        return m_nomenclature->functionName(a).localeAwareCompare(m_nomenclature->functionName(b)) < 0;
    });
    for (const QString &f : sorted)
        m_functionFilter->addItem(m_nomenclature->functionName(f), f);
    m_staffFilter->setCurrentIndex(qMax(0, m_staffFilter->findData(staff)));
    m_functionFilter->setCurrentIndex(qMax(0, m_functionFilter->findData(function)));
}

void JournalTab::showJournal()
{
    const QLocale locale;
    const QVariant staff = m_staffFilter->currentData();
    const QVariant function = m_functionFilter->currentData();
    const QDate from = periodStart(m_periodFilter->currentData().toInt());
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Date"), tr("Staff member"), tr("Function"), tr("Subject"),
                                        tr("Duration"), tr("Draaischijf"), tr("Text")});
    QFont hubFont = font();
    hubFont.setBold(true);
    int shown = 0;
    for (const auto &a : m_dossier->journal()) {
        if (staff.isValid() && a.staff.id != staff.toLongLong())
            continue;
        if (function.isValid() && a.function != function.toString())
            continue;
        if (from.isValid() && a.date < from)
            continue;
        QString subject = a.subject;
        if (a.withdrawn)
            subject = tr("%1 (withdrawn)").arg(a.subject);
        else if (a.version > 1)
            subject = tr("%1 (corrected)").arg(a.subject);
        QList<QStandardItem *> row{
            new QStandardItem(locale.toString(a.date, QLocale::ShortFormat)),
            new QStandardItem(a.staff.name),
            new QStandardItem(m_nomenclature->functionName(a.function)),
            new QStandardItem(subject),
            new QStandardItem(tr("%n min", nullptr, a.durationMinutes)),
            new QStandardItem(a.hub ? DossierTexts::hubLine(*a.hub, m_nomenclature) : QString()),
            new QStandardItem(a.text)};
        row[Hub]->setFont(hubFont);
        row[Date]->setData(a.id, Qt::UserRole);
        for (QStandardItem *item : row) {
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            if (a.withdrawn) {
                QFont struck = item->font();
                struck.setStrikeOut(true);
                item->setFont(struck);
            }
            if (a.version > 1)
                item->setToolTip(a.changeReason);
        }
        m_model->appendRow(row);
        ++shown;
    }
    m_count->setText(tr("%n activity(ies)", nullptr, shown));
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(Hub, qMin(m_table->columnWidth(Hub), 320));
    m_table->setColumnWidth(Subject, qMin(m_table->columnWidth(Subject), 240));
    m_table->resizeRowsToContents();
    updateEntryActions();
    updateActions();
}

} // namespace lars::ui
