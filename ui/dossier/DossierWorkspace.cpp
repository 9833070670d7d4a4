#include "ui/dossier/DossierWorkspace.h"

#include "models/api/DossierApi.h"
#include "models/api/DossierModel.h"
#include "models/api/DossierNomenclature.h"
#include "ui/Logging.h"
#include "ui/dossier/DossierTexts.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/PupilSearchPanel.h"
#include "ui/widgets/Icons.h"

#include <QAction>
#include <QDataStream>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMetaMethod>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

namespace lars::ui {

namespace {
constexpr int kRecentMax = 10;
}

DossierWorkspace::DossierWorkspace(models::ApiClient *api, models::ConnectionMonitor *connection,
                                   QWidget *parent)
    : QWidget(parent)
    , m_dossierApi(new models::DossierApi(api, this))
    , m_nomenclature(new models::DossierNomenclature(m_dossierApi, this))
    , m_search(new PupilSearchPanel(m_dossierApi, this))
    , m_tabs(new QTabWidget(this))
    , m_recentButton(new QToolButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("dossierWorkspace"));
    m_tabs->setObjectName(QStringLiteral("dossierTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_recentButton->setObjectName(QStringLiteral("recentDossiers"));
    m_recentButton->setText(tr("Recent"));
    m_recentButton->setToolTip(tr("Reopen a recently closed dossier (Ctrl+Shift+T)"));
    m_recentButton->setPopupMode(QToolButton::InstantPopup);
    m_recentButton->setMenu(new QMenu(m_recentButton));
    m_tabs->setCornerWidget(m_recentButton, Qt::TopRightCorner);

    auto *empty = new QLabel(tr("Search a pupil on the left and press Enter to open the dossier."), m_tabs);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setObjectName(QStringLiteral("noDossierHint"));

    QSplitter *splitter = m_splitter;
    splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    splitter->addWidget(m_search);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(empty, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    // The results keep room for a surname, a first name and a birth date whatever the dossier needs.
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, false);
    splitter->setSizes({380, 1000});
    connect(splitter, &QSplitter::splitterMoved, this, &DossierWorkspace::stateChanged);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    const auto updateEmpty = [this, empty] {
        empty->setVisible(m_tabs->count() == 0);
        m_tabs->setVisible(m_tabs->count() > 0);
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, updateEmpty);
    updateEmpty();

    // Shortcuts for the whole window while the workspace is on screen (a hidden widget's shortcuts are
    // off, so the lock page never triggers them).
    const auto addShortcut = [this](const QString &text, const QKeySequence &key, const char *name,
                                    auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions.append(action);
    };
    addShortcut(tr("&Find pupil"), QKeySequence::Find, "actionFindPupil",
                [this] { m_search->focusSearch(); });
    addShortcut(tr("&Print…"), QKeySequence::Print, "actionPrint", [this] { printCurrent(); });
    m_actions.last()->setIcon(Icons::themed(QStringLiteral("print")));
    addShortcut(tr("&Close dossier"), QKeySequence(Qt::CTRL | Qt::Key_W), "actionCloseDossier",
                [this] { closeDossier(m_tabs->currentIndex()); });
    addShortcut(tr("&Reopen closed dossier"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                "actionReopenDossier", [this] { reopenLastClosed(); });
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, &DossierWorkspace::stateChanged);

    connect(m_search, &PupilSearchPanel::openRequested, this, &DossierWorkspace::openDossier);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &DossierWorkspace::closeDossier);
    if (connection)
        connect(connection, &models::ConnectionMonitor::statusChanged, this,
                &DossierWorkspace::onConnectionChanged);
    m_nomenclature->load();
    updateRecentMenu();
    setFocusProxy(m_search);
}

DossierView *DossierWorkspace::dossierView(qint64 pupilId) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *view = qobject_cast<DossierView *>(m_tabs->widget(i));
            view && view->dossier()->pupilId() == pupilId)
            return view;
    return nullptr;
}

void DossierWorkspace::openDossier(qint64 pupilId, const QString &name)
{
    if (DossierView *open = dossierView(pupilId)) {
        m_tabs->setCurrentWidget(open);
        return;
    }
    auto *dossier = new models::DossierModel(m_dossierApi, pupilId);
    auto *view = new DossierView(dossier, m_nomenclature, m_tabs);
    const int index = m_tabs->addTab(view, name.isEmpty() ? view->title() : name);
    m_tabs->setTabToolTip(index, name);
    m_tabs->setCurrentIndex(index);
    connect(view, &DossierView::titleChanged, this, &DossierWorkspace::updateTabTitles);
    view->setAttestPreviewAvailable(attestPreviewAvailable());
    connect(view, &DossierView::attestPreviewRequested, this, [this, view](const models::Attest &attest) {
        emit attestPreviewRequested(view->dossier()->pupil(), attest);
    });
    connect(view, &DossierView::parentLetterRequested, this,
            [this, view](const models::Measurement &contact) {
                emit parentLetterRequested(view->dossier()->pupil(), contact);
            });
    connect(view, &DossierView::referralSaved, this, [this, view](const models::Referral &referral) {
        emit referralSaved(view->dossier()->pupil(), referral);
    });
    connect(view, &DossierView::classLettersRequested, this,
            [this, view] { emit classLettersRequested(view->dossier()->pupil()); });
    connect(dossier, &models::DossierModel::loadFailed, this,
            [this, view](const models::DossierReply &reply) {
                // Refused or unknown: no empty tab, the search says why. Network trouble: keep the tab to
                // retry.
                if ((reply.isForbidden() || reply.httpStatus == 404) && !view->dossier()->isPupilLoaded()) {
                    m_search->showMessage(DossierTexts::problem(reply));
                    m_tabs->removeTab(m_tabs->indexOf(view));
                    view->deleteLater();
                    updateTabTitles();
                    emit stateChanged();
                }
            });
    dossier->load();
    emit stateChanged();
}

void DossierWorkspace::updateTabTitles()
{
    // Two pupils with the same name never get identical tabs: both show the birth date.
    QHash<QString, int> sameName;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *view = qobject_cast<DossierView *>(m_tabs->widget(i)))
            ++sameName[view->title()];
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *view = qobject_cast<DossierView *>(m_tabs->widget(i))) {
            m_tabs->setTabText(i, view->tabText(sameName.value(view->title()) > 1));
            m_tabs->setTabToolTip(i, view->tabToolTip());
        }
}

bool DossierWorkspace::printCurrent()
{
    auto *view = qobject_cast<DossierView *>(m_tabs->currentWidget());
    if (view && view->printCurrentSection())
        return true;
    m_search->showMessage(view ? tr("Nothing to print in this part of the dossier. Letters and attests are "
                                    "printed from Medical data, Journal and Attests.")
                               : tr("Open a dossier first: letters and attests are printed from a dossier."));
    return false;
}

QList<qint64> DossierWorkspace::openPupilIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *view = qobject_cast<DossierView *>(m_tabs->widget(i)))
            ids.append(view->dossier()->pupilId());
    return ids;
}

QByteArray DossierWorkspace::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint32(1) << m_splitter->saveState() << openPupilIds() << qint32(m_tabs->currentIndex());
    return state;
}

void DossierWorkspace::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray splitter;
    QList<qint64> ids;
    qint32 current = -1;
    in >> version >> splitter >> ids >> current;
    if (in.status() != QDataStream::Ok || version != 1)
        return;
    m_splitter->restoreState(splitter);
    for (const qint64 id : std::as_const(ids))
        if (id > 0)
            openDossier(id);
    if (current >= 0 && current < m_tabs->count())
        m_tabs->setCurrentIndex(current);
}

bool DossierWorkspace::attestPreviewAvailable() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&DossierWorkspace::attestPreviewRequested));
}

void DossierWorkspace::connectNotify(const QMetaMethod &signal)
{
    QWidget::connectNotify(signal);
    if (signal != QMetaMethod::fromSignal(&DossierWorkspace::attestPreviewRequested))
        return;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *view = qobject_cast<DossierView *>(m_tabs->widget(i)))
            view->setAttestPreviewAvailable(true);
}

void DossierWorkspace::closeDossier(int index)
{
    auto *view = qobject_cast<DossierView *>(m_tabs->widget(index));
    if (!view)
        return;
    if (view->dossier()->isPupilLoaded())
        rememberClosed(view->dossier()->pupilId(), view->title());
    m_tabs->removeTab(index);
    view->deleteLater();
    updateTabTitles();
    if (m_tabs->count() == 0)
        m_search->focusSearch();
    emit stateChanged();
}

void DossierWorkspace::reopenLastClosed()
{
    if (m_recent.isEmpty())
        return;
    const auto [id, name] = m_recent.takeFirst();
    updateRecentMenu();
    openDossier(id, name);
}

void DossierWorkspace::resetForNewSession()
{
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    m_recent.clear();
    updateRecentMenu();
    m_dossierApi->clearReadCopies(); // another CLB: another set of pupils one may read
    m_search->reset();
    m_nomenclature->load();
}

void DossierWorkspace::rememberClosed(qint64 pupilId, const QString &name)
{
    m_recent.removeIf([pupilId](const auto &entry) { return entry.first == pupilId; });
    m_recent.prepend({pupilId, name});
    while (m_recent.size() > kRecentMax)
        m_recent.removeLast();
    updateRecentMenu();
}

void DossierWorkspace::updateRecentMenu()
{
    QMenu *menu = m_recentButton->menu();
    menu->clear();
    for (const auto &[id, name] : std::as_const(m_recent)) {
        const qint64 pupilId = id;
        menu->addAction(name, this, [this, pupilId, label = name] {
            m_recent.removeIf([pupilId](const auto &entry) { return entry.first == pupilId; });
            updateRecentMenu();
            openDossier(pupilId, label);
        });
    }
    m_recentButton->setEnabled(!m_recent.isEmpty());
}

void DossierWorkspace::onConnectionChanged(models::ConnectionMonitor::Status status)
{
    if (status != models::ConnectionMonitor::Status::Online)
        return;
    if (!m_nomenclature->isLoaded())
        m_nomenclature->load();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<DossierView *>(m_tabs->widget(i));
        if (view && (view->dossier()->loadMs() < 0 || view->dossier()->isOffline())) {
            qCInfo(lcUi) << "back online: reloading dossier" << view->dossier()->pupilId();
            view->dossier()->load();
        }
    }
}

} // namespace lars::ui
