#pragma once
// `lars-render --server …`: one letter of one pupil's dossier from a running lars-server, through the
// client's own parts (ApiClient, DossierApi, DossierModel fetching the dossier; DossierLetters composing
// it; LetterOutput writing the PDF). Says finished(exit code); a refusal (e.g. a deviating result without
// an advice) prints the Dutch reason on stderr and ends with kRefused.
#include "models/api/ApiClient.h"
#include "models/api/DossierApi.h"
#include "models/api/DossierModel.h"
#include "reports/LetterOutput.h"
#include "reports/LetterheadLoader.h"

#include <QObject>

namespace lars::tools {

class ServerRender final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFailed = 2;  // the server could not be asked, or refused the request
    static constexpr int kRefused = 3; // the letter may not be printed as it stands (reason on stderr)

    struct Request
    {
        QUrl server;
        QString serverCa; // PEM file of an extra trusted certificate (a development server)
        QByteArray token;
        qint64 pupilId = 0;
        reports::LetterType type = reports::LetterType::ParentLetter;
        qint64 consultId = 0;
        qint64 activityId = 0;
        qint64 attestId = 0;
        QString out;
        std::optional<reports::Branding> branding; // --branding: instead of the CLB's
        QString templateDirectory;
    };

    explicit ServerRender(Request request, QObject *parent = nullptr);
    // Checks the request and starts; false (with the reason on stderr) when it cannot start.
    bool start();

signals:
    void finished(int exitCode);

private:
    void partLoaded();
    void compose();
    void failReply(const QString &what, const models::DossierReply &reply);
    void finish(int exitCode, const QString &message = {});

    Request m_request;
    models::ApiClient m_api;
    models::DossierApi m_dossierApi;
    models::DossierModel m_dossier;
    reports::LetterheadLoader m_letterhead;
    int m_pending = 2;
    bool m_done = false;
};

} // namespace lars::tools
