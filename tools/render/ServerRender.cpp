#include "tools/render/ServerRender.h"

#include "reports/DossierLetters.h"

#include <cstdio>

namespace lars::tools {

ServerRender::ServerRender(Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_dossierApi(&m_api)
    , m_dossier(&m_dossierApi, m_request.pupilId)
    , m_letterhead(&m_dossierApi)
{
    connect(&m_dossier, &models::DossierModel::fullyLoaded, this, &ServerRender::partLoaded);
    connect(&m_dossier, &models::DossierModel::loadFailed, this,
            [this](const models::DossierReply &reply) { failReply(QStringLiteral("the dossier"), reply); });
    connect(&m_letterhead, &reports::LetterheadLoader::loaded, this, &ServerRender::partLoaded);
    connect(&m_letterhead, &reports::LetterheadLoader::failed, this,
            [this](const models::DossierReply &reply) {
                failReply(QStringLiteral("the CLB's letterhead and your profile"), reply);
            });
}

bool ServerRender::start()
{
    QString error;
    if (!m_api.setBaseUrl(m_request.server, &error) ||
        (!m_request.serverCa.isEmpty() && !m_api.loadExtraCaCertificates(m_request.serverCa, &error))) {
        std::fprintf(stderr, "lars-render: %s\n", qPrintable(error));
        return false;
    }
    m_api.setBearerToken(m_request.token);
    m_dossier.load();
    m_letterhead.load();
    return true;
}

void ServerRender::partLoaded()
{
    if (--m_pending == 0)
        compose();
}

void ServerRender::compose()
{
    const reports::DossierLetters letters(m_dossier, m_letterhead.clb(), m_letterhead.staff());
    reports::ComposedLetter composed;
    switch (m_request.type) {
    case reports::LetterType::ParentLetter:
        composed = letters.parentLetter(m_request.consultId);
        break;
    case reports::LetterType::Referral:
        composed = letters.referralLetter(0, m_request.consultId, m_request.activityId);
        break;
    case reports::LetterType::Attest:
        composed = letters.attest(m_request.attestId);
        break;
    }
    if (!composed.ok())
        return finish(kRefused, composed.refusal);
    reports::LetterOutput::Options options;
    options.branding = m_request.branding.value_or(m_letterhead.branding());
    options.templateDirectory = m_request.templateDirectory;
    const auto result = reports::LetterOutput::writePdf(m_request.out, {*composed.letter}, options);
    if (!result.ok)
        return finish(1, result.error);
    std::printf("%d letter(s), %d page(s) -> %s\n", result.letters, result.pages, qPrintable(m_request.out));
    finish(0);
}

void ServerRender::failReply(const QString &what, const models::DossierReply &reply)
{
    if (reply.isNetworkFailure())
        return finish(kFailed, QStringLiteral("could not fetch %1 from %2: %3")
                                   .arg(what, m_request.server.toString(), reply.networkErrorText));
    finish(kFailed, QStringLiteral("the server refused to give %1: %2 %3 %4")
                        .arg(what)
                        .arg(reply.httpStatus)
                        .arg(reply.problemTitle, reply.problemDetail)
                        .trimmed());
}

void ServerRender::finish(int exitCode, const QString &message)
{
    if (std::exchange(m_done, true))
        return;
    if (!message.isEmpty())
        std::fprintf(stderr, "lars-render: %s\n", message.toUtf8().constData());
    emit finished(exitCode);
}

} // namespace lars::tools
