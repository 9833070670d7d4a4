#include "ui/login/OidcLoginController.h"

#include "models/api/ApiClient.h"
#include "models/api/Session.h"
#include "ui/Logging.h"
#include "ui/login/LoginController.h"
#include "ui/login/LoginPanel.h"
#include "ui/login/OidcLoopback.h"

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace lars::ui {

namespace {

QString randomBase64Url()
{
    quint32 raw[8]; // 256 bits: state and PKCE verifier (43 characters, RFC 7636)
    QRandomGenerator::system()->fillRange(raw);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

OidcLoginController::OidcLoginController(models::ApiClient *api, models::Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_auth(new models::AuthClient(api, this))
    , m_loopback(new OidcLoopback(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(5 * 60 * 1000);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { cancel(tr("The login in the web browser took too long. Please try again.")); });
    connect(m_loopback, &OidcLoopback::redirected, this, &OidcLoginController::onRedirected);
    connect(m_auth, &models::AuthClient::loggedIn, this, [this](const models::LoginGrant &grant) {
        if (m_step != Step::Exchanging)
            return;
        m_grant = grant;
        setStep(Step::Profile);
        m_auth->fetchProfile(grant.token);
    });
    connect(m_auth, &models::AuthClient::profileReady, this, [this](const models::SessionProfile &profile) {
        if (m_step != Step::Profile)
            return;
        const models::LoginGrant grant = std::exchange(m_grant, {});
        setStep(Step::Idle);
        qCInfo(lcUi) << "logged in through the government login";
        // The window switches to the workspace (or the CLB choice) inside begin().
        m_session->begin(models::Session::Method::Oidc, grant.token, grant.expiresAt, profile, {});
        emit succeeded();
    });
    connect(m_auth, &models::AuthClient::failed, this,
            [this](models::AuthClient::Operation operation, const models::AuthError &error) {
                onFailed(operation, error);
            });
}

OidcLoginController::~OidcLoginController() = default;

void OidcLoginController::attach(LoginPanel *panel)
{
    connect(panel, &LoginPanel::browserLoginRequested, this, &OidcLoginController::start);
    connect(panel, &LoginPanel::browserLoginCancelled, this, [this] { cancel(); });
    connect(this, &OidcLoginController::stepChanged, panel, [panel](Step step) {
        panel->setBrowserWaiting(step != Step::Idle, step == Step::WaitingForBrowser
                                                         ? tr("Complete the login in your web browser…")
                                                         : tr("Logging you in…"));
    });
    connect(this, &OidcLoginController::failed, panel, &LoginPanel::showError);
}

void OidcLoginController::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    emit stepChanged(step);
}

void OidcLoginController::start()
{
    // A new attempt replaces the one still waiting: its state and verifier are forgotten, so a late
    // redirect of the old tab is refused.
    if (isBusy())
        cancel();
    if (!m_loopback->listen(m_port)) {
        qCWarning(lcUi).noquote() << "government login: cannot listen on 127.0.0.1:" << m_port
                                  << m_loopback->errorString();
        emit failed(m_port != 0
                        ? tr("LARS cannot receive the web browser's answer: port %1 on this computer is in "
                             "use. Close the program that uses it, or ask your CLB's IT contact.")
                              .arg(m_port)
                        : tr("LARS cannot receive the web browser's answer on this computer. Ask your "
                             "CLB's IT contact."));
        return;
    }
    m_state = randomBase64Url();
    m_verifier = randomBase64Url();
    m_loopback->setExpectedState(m_state);
    QUrl url = m_auth->api()->request(QStringLiteral("/api/v1/auth/oidc/start")).url();
    QUrlQuery query;
    const QString challenge =
        QString::fromLatin1(QCryptographicHash::hash(m_verifier.toLatin1(), QCryptographicHash::Sha256)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    for (const auto &[key, value] :
         {std::pair{"redirect_uri", m_loopback->redirectUri().toString()}, std::pair{"state", m_state},
          std::pair{"code_challenge", challenge}, std::pair{"code_challenge_method", QStringLiteral("S256")}})
        query.addQueryItem(QLatin1String(key), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    m_startUrl = url;
    setStep(Step::WaitingForBrowser);
    m_timeout.start();
    if (!m_openUrl(url))
        cancel(
            tr("The web browser could not be started. Log in with your eID, or ask your CLB's IT contact."));
}

void OidcLoginController::cancel(const QString &reason)
{
    if (!isBusy())
        return;
    m_loopback->close();
    m_timeout.stop();
    m_state.clear();
    m_verifier.clear();
    m_grant = {};
    setStep(Step::Idle);
    if (!reason.isEmpty()) {
        qCInfo(lcUi).noquote() << "government login stopped:" << reason;
        emit failed(reason);
    }
}

QString OidcLoginController::errorText(const QString &code)
{
    if (code == QLatin1String("access_denied"))
        return tr("You cancelled the login in the web browser. Log in again when you are ready.");
    if (code == QLatin1String("unknown_person"))
        return tr("Your identity is confirmed, but you have no LARS account. Accounts are created in the "
                  "government's user management: ask your CLB's local administrator.");
    if (code == QLatin1String("no_clb"))
        return tr("Your LARS account is not linked to any CLB. Ask your CLB's local administrator.");
    if (code == QLatin1String("temporarily_unavailable"))
        return tr(
            "The government login cannot be reached right now. Try again later, or log in with your eID.");
    if (code == QLatin1String("too_many_attempts"))
        return tr("Too many login attempts from this computer. Wait a few minutes and try again.");
    if (code == QLatin1String("not_configured"))
        return tr("This LARS server does not offer the other digital keys. Log in with your eID.");
    if (code == QLatin1String("invalid_id_token"))
        return tr("The answer of the government login could not be verified, so LARS did not log you in. Try "
                  "again; if it keeps happening, tell your CLB's IT contact.");
    return tr("The government login did not complete (%1). Please try again.").arg(code.left(40));
}

void OidcLoginController::onRedirected(const QUrlQuery &query, bool stateMatches)
{
    if (m_step != Step::WaitingForBrowser)
        return;
    m_timeout.stop();
    if (!stateMatches) {
        // Not the answer to the login this LARS started (an old tab, or someone else's): never used.
        cancel(
            tr("The web browser returned an answer that does not belong to this login. Please try again."));
        return;
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (!error.isEmpty() || code.isEmpty()) {
        cancel(errorText(error.isEmpty() ? QStringLiteral("no code") : error));
        return;
    }
    setStep(Step::Exchanging);
    m_auth->loginWithOidcCode(code, std::exchange(m_verifier, {}), 0);
}

void OidcLoginController::onFailed(models::AuthClient::Operation operation, const models::AuthError &error)
{
    using O = models::AuthClient::Operation;
    if ((operation == O::OidcLogin && m_step == Step::Exchanging) ||
        (operation == O::Profile && m_step == Step::Profile))
        cancel(loginErrorText(error));
}

} // namespace lars::ui
