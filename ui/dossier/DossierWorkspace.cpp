#include "ui/dossier/DossierWorkspace.h"

#include "models/api/DossierApi.h"
#include "models/api/DossierModel.h"
#include "models/api/DossierNomenclature.h"
#include "ui/Logging.h"
#include "ui/dossier/DossierTexts.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/PupilSearchPanel.h"

#include <QAction>
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
    empty->setObjectName(QStringLiteral("noDossierHint"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_search);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(empty, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({360, 1000});
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    const auto updateEmpty = [this, empty] {
        empty->setVisible(m_tabs->count() == 0);
        m_tabs->setVisible(m_tabs->count() > 0);
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, updateEmpty);
    updateEmpty();

    auto *find = new QAction(tr("Find pupil"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, &PupilSearchPanel::focusSearch);
    addAction(find);
    auto *close = new QAction(tr("Close dossier"), this);
    close->setShortcut(QKeySequence::Close);
    close->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QAction::triggered, this, [this] { closeDossier(m_tabs->currentIndex()); });
    addAction(close);
    auto *reopen = new QAction(tr("Reopen closed dossier"), this);
    reopen->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    reopen->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(reopen, &QAction::triggered, this, &DossierWorkspace::reopenLastClosed);
    addAction(reopen);

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
    connect(view, &DossierView::titleChanged, this, [this, view](const QString &title) {
        const int i = m_tabs->indexOf(view);
        if (i >= 0) {
            m_tabs->setTabText(i, title);
            m_tabs->setTabToolTip(i, title);
        }
    });
    view->setAttestPreviewAvailable(attestPreviewAvailable());
    connect(view, &DossierView::attestPreviewRequested, this, [this, view](const models::Attest &attest) {
        emit attestPreviewRequested(view->dossier()->pupil(), attest);
    });
    connect(view, &DossierView::parentLetterRequested, this,
            [this, view](const models::Measurement &contact) {
                emit parentLetterRequested(view->dossier()->pupil(), contact);
            });
    connect(view, &DossierView::referralLetterRequested, this,
            [this, view](const models::Activity &activity) {
                emit referralLetterRequested(view->dossier()->pupil(), activity);
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
                }
            });
    dossier->load();
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
    if (m_tabs->count() == 0)
        m_search->focusSearch();
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
    m_search->model()->clear();
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
        if (view && view->dossier()->loadMs() < 0) {
            qCInfo(lcUi) << "back online: reloading dossier" << view->dossier()->pupilId();
            view->dossier()->load();
        }
    }
}

} // namespace lars::ui
