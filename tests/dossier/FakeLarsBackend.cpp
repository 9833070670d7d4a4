#include "FakeLarsBackend.h"

#include "models/DossierParts.h"
#include "models/SearchKey.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <algorithm>

namespace lars::tests {

using namespace lars::models;

namespace {

class FakeReply final : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    void answer(const FakeLarsBackend::Answer &a)
    {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, a.status);
        setHeader(QNetworkRequest::ContentTypeHeader,
                  a.problem ? QByteArray("application/problem+json") : QByteArray("application/json"));
        if (!a.etag.isEmpty())
            setRawHeader("ETag", a.etag);
        m_data = QJsonDocument(a.body).toJson(QJsonDocument::Compact);
        if (a.status >= 400)
            setError(a.status == 412 ? QNetworkReply::UnknownContentError
                                     : QNetworkReply::ContentAccessDenied,
                     QStringLiteral("HTTP %1").arg(a.status));
        emit metaDataChanged();
        emit readyRead();
        setFinished(true);
        emit finished();
    }
    void fail()
    {
        setError(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"));
        emit errorOccurred(QNetworkReply::ConnectionRefusedError);
        setFinished(true);
        emit finished();
    }
    void abort() override {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return -1;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

class FakeManager final : public QNetworkAccessManager
{
public:
    FakeManager(FakeLarsBackend *backend, QObject *parent)
        : QNetworkAccessManager(parent)
        , m_backend(backend)
    {}

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoing) override
    {
        auto *reply = new FakeReply(request, op, this);
        const QByteArray body = outgoing ? outgoing->readAll() : QByteArray();
        QByteArray method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        if (method.isEmpty())
            method = op == GetOperation    ? "GET"
                     : op == PutOperation  ? "PUT"
                     : op == PostOperation ? "POST"
                                           : "DELETE";
        const QByteArray ifMatch = request.rawHeader("If-Match");
        const QByteArray key = request.rawHeader("Idempotency-Key");
        QPointer<FakeLarsBackend> backend(m_backend);
        QTimer::singleShot(m_backend->delayMs, reply, [=] {
            if (!backend)
                return reply->fail();
            backend->requests.append({method, request.url().path(), QUrlQuery(request.url()), ifMatch, key});
            if (backend->offline || backend->failNextRequests > 0) {
                backend->failNextRequests = qMax(0, backend->failNextRequests - 1);
                return reply->fail();
            }
            const auto answer = backend->handle(method, request.url(), body, ifMatch, key);
            if (backend->loseNextReplies > 0) { // the server did the work, the answer got lost on the way
                --backend->loseNextReplies;
                return reply->fail();
            }
            reply->answer(answer);
        });
        return reply;
    }

private:
    FakeLarsBackend *m_backend;
};

const StaffRef kMe{7, QStringLiteral("Nora Verpleeg")};
const StaffRef kColleague{8, QStringLiteral("Pieter Psycholoog")};

} // namespace

FakeLarsBackend::FakeLarsBackend(QObject *parent)
    : QObject(parent)
{}

QNetworkAccessManager *FakeLarsBackend::createManager(QObject *parent)
{
    return new FakeManager(this, parent);
}

qint64 FakeLarsBackend::addPupil(const QString &first, const QString &last, const QDate &birth,
                                 const QString &sex, bool inMyTeams)
{
    Pupil p;
    p.id = ++m_nextId;
    p.firstName = first;
    p.lastName = last;
    p.birthDate = birth;
    p.sex = sex;
    p.nationalNumber = QStringLiteral("%1.%2.%3-%4-%5")
                           .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                           .arg(birth.month(), 2, 10, QLatin1Char('0'))
                           .arg(birth.day(), 2, 10, QLatin1Char('0'))
                           .arg(p.id % 1000, 3, 10, QLatin1Char('0'))
                           .arg(97 - p.id % 97, 2, 10, QLatin1Char('0'));
    p.clbId = 1;
    p.schoolId = inMyTeams ? 1 : 2;
    p.schoolName = inMyTeams ? QStringLiteral("Basisschool De Linde") : QStringLiteral("Sint-Jozefscollege");
    p.className = QStringLiteral("4A");
    p.version = 1;
    pupils.insert(p.id, p);
    if (!inMyTeams)
        forbidden.insert(p.id);
    return p.id;
}

void FakeLarsBackend::addActivities(qint64 pupilId, int count)
{
    auto &list = activities[pupilId];
    for (int i = 0; i < count; ++i) {
        Activity a;
        a.id = ++m_nextId;
        a.date = QDate::currentDate().addDays(-i * 3);
        a.staff = i % 2 ? kColleague : kMe;
        a.function = i % 3 == 0 ? QStringLiteral("onthaal") : QStringLiteral("consult");
        a.subject = QStringLiteral("Opvolging %1").arg(i);
        a.durationMinutes = 15 + i % 4 * 15;
        a.text = QStringLiteral("Gesprek met leerling.\nAfspraak gemaakt voor opvolging.");
        a.createdAt = QDateTime::currentDateTimeUtc().addDays(-i * 3);
        list.append(a);
    }
}

void FakeLarsBackend::addDemoData()
{
    const qint64 elise =
        addPupil(QStringLiteral("Ëlise"), QStringLiteral("Çelik"), QDate(2015, 2, 3), QStringLiteral("F"));
    addPupil(QStringLiteral("Elias"), QStringLiteral("Peeters"), QDate(2014, 6, 11), QStringLiteral("M"));
    addPupil(QStringLiteral("Eline"), QStringLiteral("Janssens"), QDate(2015, 2, 3), QStringLiteral("F"));
    addPupil(QStringLiteral("Emma"), QStringLiteral("Elst"), QDate(2013, 9, 30), QStringLiteral("F"));
    addPupil(QStringLiteral("Lucas"), QStringLiteral("Van den Bossche"), QDate(2016, 1, 5),
             QStringLiteral("M"));
    addPupil(QStringLiteral("Zoë"), QStringLiteral("Dubois"), QDate(2014, 3, 12), QStringLiteral("F"));
    addPupil(QStringLiteral("Elena"), QStringLiteral("Willems"), QDate(2015, 7, 8), QStringLiteral("F"),
             false);
    for (int i = 0; i < 120; ++i) // enough "Ma…" pupils for several pages
        addPupil(QStringLiteral("Kind %1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("Maes"),
                 QDate(2012, 1, 1).addDays(i * 17), i % 2 ? QStringLiteral("M") : QStringLiteral("F"));

    auto measurement = [&](const QString &contact, const QDate &date, double h, double w) {
        Measurement m;
        m.id = ++m_nextId;
        m.contact = contact;
        m.date = date;
        m.heightCm = h;
        m.weightKg = w;
        m.farVisionLeft = 1.0;
        m.farVisionRight = 0.9;
        m.eyeAlignment = QStringLiteral("normaal");
        m.colourVision = QStringLiteral("normaal");
        m.hearingAudiometry = QStringLiteral("normaal");
        m.vaccinationStatus = QStringLiteral("in orde");
        m.staff = kMe;
        return m;
    };
    m_measurements[elise] = {measurement(QStringLiteral("K1"), QDate(2018, 10, 2), 101.5, 15.8),
                             measurement(QStringLiteral("L1"), QDate(2021, 11, 15), 124.0, 23.1),
                             measurement(QStringLiteral("L4"), QDate(2024, 10, 8), 140.2, 33.0)};
    addActivities(elise, 4);
    Activity hub;
    hub.id = ++m_nextId;
    hub.date = QDate::currentDate().addDays(-1);
    hub.staff = kColleague;
    hub.function = Activity::hubFunction;
    hub.subject = QStringLiteral("Doorverwijzing logopedie");
    hub.durationMinutes = 30;
    hub.text = QStringLiteral("Ouders gebeld.\n\nAanmelding bij logopedist besproken.");
    hub.hub = HubReferral{QStringLiteral("referral-to"), QStringLiteral("revalidatie"),
                          QStringLiteral("logopedist")};
    hub.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
    activities[elise].append(hub);
}

qint64 FakeLarsBackend::idOf(const QString &lastName) const
{
    for (const Pupil &p : pupils)
        if (p.lastName == lastName)
            return p.id;
    return 0;
}

int FakeLarsBackend::count(const QByteArray &method, const QString &pathPart) const
{
    return int(std::count_if(requests.cbegin(), requests.cend(), [&](const Request &r) {
        return r.method == method && r.path.contains(pathPart);
    }));
}

QByteArray FakeLarsBackend::etag(const QString &kind, qint64 id, qint64 version)
{
    return QStringLiteral("\"%1-%2-%3\"").arg(kind).arg(id).arg(version).toLatin1();
}

FakeLarsBackend::Answer FakeLarsBackend::problem(int status, const QString &code, const QString &title,
                                                 const QJsonArray &errors)
{
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("https://lars.example/problems/") + code},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("status"), status}};
    if (!errors.isEmpty())
        body.insert(QStringLiteral("errors"), errors);
    return {status, body, {}, true};
}

FakeLarsBackend::Answer FakeLarsBackend::search(const QUrlQuery &query)
{
    const QString q = SearchKey::normalise(query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded));
    const QDate birth = QDate::fromString(query.queryItemValue(QStringLiteral("birthDate")), Qt::ISODate);
    const int limit = qBound(1, query.queryItemValue(QStringLiteral("limit")).toInt(), 100);
    const int after = query.queryItemValue(QStringLiteral("cursor")).toInt();
    if (q.size() < 2)
        return problem(400, QStringLiteral("validation"), QStringLiteral("q needs 2 characters"));
    QList<Pupil> hits;
    for (const Pupil &p : pupils) {
        const QString last = SearchKey::normalise(p.lastName);
        const QString first = SearchKey::normalise(p.firstName);
        const bool match = last.startsWith(q) || first.startsWith(q) || (last + u' ' + first).startsWith(q) ||
                           last.contains(u' ' + q);
        if (match && (!birth.isValid() || p.birthDate == birth))
            hits.append(p);
    }
    std::sort(hits.begin(), hits.end(), [](const Pupil &a, const Pupil &b) {
        const QString ka = SearchKey::normalise(a.lastName + u' ' + a.firstName);
        const QString kb = SearchKey::normalise(b.lastName + u' ' + b.firstName);
        return ka != kb ? ka < kb : a.id < b.id;
    });
    QJsonArray items;
    int i = after;
    for (; i < hits.size() && items.size() < limit; ++i)
        items.append(hits.at(i).toJson());
    QJsonObject body{{QStringLiteral("items"), items}};
    body.insert(QStringLiteral("nextCursor"),
                i < hits.size() ? QJsonValue(QString::number(i)) : QJsonValue());
    return {200, body, {}, false};
}

FakeLarsBackend::Answer FakeLarsBackend::journal(qint64 pupilId, const QUrlQuery &query)
{
    QList<Activity> list = activities.value(pupilId);
    std::sort(list.begin(), list.end(), [](const Activity &a, const Activity &b) {
        return a.date != b.date ? a.date > b.date : a.id > b.id;
    });
    const int limit = qBound(1, query.queryItemValue(QStringLiteral("limit")).toInt(), 200);
    const int after = query.queryItemValue(QStringLiteral("cursor")).toInt();
    QJsonArray items;
    int i = after;
    for (; i < list.size() && items.size() < limit; ++i)
        items.append(list.at(i).toJson());
    QJsonObject body{{QStringLiteral("items"), items}};
    body.insert(QStringLiteral("nextCursor"),
                i < list.size() ? QJsonValue(QString::number(i)) : QJsonValue());
    return {200, body, {}, false};
}

FakeLarsBackend::Answer FakeLarsBackend::dossier(const QUrl &url, const QUrlQuery &query)
{
    // As lars-server: each part is what its own GET answers.
    const QString base = url.path().chopped(int(qstrlen("/dossier")));
    QJsonObject parts;
    for (const auto &[name, path] : models::dossierParts::all) {
        QUrl partUrl = url;
        partUrl.setPath(base + QLatin1String(path));
        QUrlQuery partQuery;
        if (qstrcmp(name, models::dossierParts::journal.name) == 0 &&
            query.hasQueryItem(QStringLiteral("journalLimit")))
            partQuery.addQueryItem(QStringLiteral("limit"),
                                   query.queryItemValue(QStringLiteral("journalLimit")));
        partUrl.setQuery(partQuery);
        const Answer answer = handle("GET", partUrl, {}, {}, {});
        if (answer.status != 200)
            return answer;
        parts.insert(
            QLatin1String(name),
            QJsonObject{{QStringLiteral("etag"),
                         answer.etag.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(answer.etag))},
                        {QStringLiteral("body"), answer.body}});
    }
    return {200, parts, {}, false};
}

FakeLarsBackend::Answer FakeLarsBackend::handle(const QByteArray &method, const QUrl &url,
                                                const QByteArray &body, const QByteArray &ifMatch,
                                                const QByteArray &idempotencyKey)
{
    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts); // api v1 ...
    const QUrlQuery query(url);
    if (parts.size() < 3)
        return problem(404, QStringLiteral("not-found"), QStringLiteral("no route"));
    const QString resource = parts.at(2);
    if (resource == QLatin1String("nomenclature") && parts.size() == 4) {
        if (parts.at(3) == QLatin1String("activity-functions")) {
            QJsonArray items;
            const QList<std::pair<QString, QString>> functions{
                {QStringLiteral("onthaal"), QStringLiteral("Onthaal")},
                {QStringLiteral("consult"), QStringLiteral("Consult")},
                {QStringLiteral("administratie"), QStringLiteral("Administratie")},
                {Activity::hubFunction, QStringLiteral("Draaischijffunctie")}};
            for (const auto &[code, name] : functions)
                items.append(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("label"), name}});
            return {200, {{QStringLiteral("items"), items}}, {}, false};
        }
        if (parts.at(3) == QLatin1String("draaischijf")) {
            const auto entry = [](const QString &code, const QString &name) {
                return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("label"), name}};
            };
            const QList<std::pair<QString, QStringList>> categories{
                {QStringLiteral("Juridisch"),
                 {QStringLiteral("jeugdrechtbank"), QStringLiteral("sociale dienst jeugdrechtbank (SDJ)"),
                  QStringLiteral("politie"), QStringLiteral("parket"), QStringLiteral("jeugdadvocaat")}},
                {QStringLiteral("Medisch"), {QStringLiteral("huisarts"), QStringLiteral("kinderarts")}},
                {QStringLiteral("Geestelijke gezondheid"), {QStringLiteral("K-dienst")}},
                {QStringLiteral("Revalidatie en paramedisch"), {QStringLiteral("logopedist")}},
                {QStringLiteral("Welzijn"), {QStringLiteral("CAW"), QStringLiteral("OCMW")}},
                {QStringLiteral("Jeugdhulp"), {QStringLiteral("intersectorale toegangspoort")}},
                {QStringLiteral("Onderwijs en ondersteuning"), {QStringLiteral("ondersteuningsnetwerk")}}};
            QJsonArray cats;
            for (const auto &[name, details] : categories) {
                QJsonArray d;
                for (const QString &detail : details)
                    d.append(entry(SearchKey::normalise(detail).split(u' ').first(), detail));
                QJsonObject c = entry(SearchKey::normalise(name).split(u' ').first(), name);
                c.insert(QStringLiteral("details"), d);
                cats.append(c);
            }
            return {200,
                    {{QStringLiteral("directions"),
                      QJsonArray{
                          entry(QStringLiteral("referral-to"), QStringLiteral("doorverwijzing naar")),
                          entry(QStringLiteral("feedback-from"), QStringLiteral("terugkoppeling vanuit"))}},
                     {QStringLiteral("categories"), cats}},
                    {},
                    false};
        }
    }
    if (resource != QLatin1String("pupils"))
        return problem(404, QStringLiteral("not-found"), QStringLiteral("no route"));
    if (parts.size() == 3 && method == "GET")
        return search(query);
    const qint64 id = parts.at(3).toLongLong();
    if (!pupils.contains(id))
        return problem(404, QStringLiteral("not-found"), QStringLiteral("no such pupil"));
    if (forbidden.contains(id))
        return problem(403, QStringLiteral("not-in-team"),
                       QStringLiteral("The pupil is not in one of your teams"));
    Pupil &pupil = pupils[id];
    const QString sub = parts.size() > 4 ? parts.at(4) : QString();
    const QJsonObject in = QJsonDocument::fromJson(body).object();
    if (sub.isEmpty() && method == "GET")
        return {200, pupil.toJson(), etag(QStringLiteral("p"), id, pupil.version), false};
    if (sub == QLatin1String("dossier") && method == "GET")
        return dossier(url, query);
    if (sub == QLatin1String("medical") && method == "GET") {
        QJsonArray items;
        for (const Measurement &m : m_measurements.value(id))
            items.append(m.toJson());
        return {200,
                {{QStringLiteral("measurements"), items},
                 {QStringLiteral("parentHeights"), parentHeights.value(id).toJson()}},
                {},
                false};
    }
    if (sub == QLatin1String("referrals") && method == "GET")
        return {200, {{QStringLiteral("items"), QJsonArray{}}}, {}, false};
    if (sub == QLatin1String("attests") && method == "GET")
        return {200, {{QStringLiteral("items"), QJsonArray{}}}, {}, false};
    if (sub == QLatin1String("creon-registrations") && method == "GET")
        return {200, {{QStringLiteral("items"), QJsonArray{}}}, {}, false};
    if (sub == QLatin1String("journal") && method == "GET")
        return journal(id, query);
    if (sub == QLatin1String("parent-heights")) {
        ParentHeights &h = parentHeights[id];
        if (method == "GET")
            return {200, h.toJson(), etag(QStringLiteral("h"), id, h.version), false};
        if (method == "PUT") {
            if (ifMatch != etag(QStringLiteral("h"), id, h.version))
                return problem(412, QStringLiteral("precondition-failed"), QStringLiteral("stale"));
            FieldErrors errors;
            const auto parsed = ParentHeights::parse(in, &errors);
            if (!parsed) {
                QJsonArray e;
                for (const FieldError &f : errors)
                    e.append(f.toJson());
                return problem(422, QStringLiteral("validation"), QStringLiteral("invalid"), e);
            }
            if (h.fatherCm != parsed->fatherCm) {
                h.fatherChangedBy = kMe;
                h.fatherChangedAt = QDateTime::currentDateTimeUtc();
            }
            if (h.motherCm != parsed->motherCm) {
                h.motherChangedBy = kMe;
                h.motherChangedAt = QDateTime::currentDateTimeUtc();
            }
            h.fatherCm = parsed->fatherCm;
            h.motherCm = parsed->motherCm;
            ++h.version;
            return {200, h.toJson(), etag(QStringLiteral("h"), id, h.version), false};
        }
    }
    if (sub == QLatin1String("attributes") && method == "PUT") {
        if (ifMatch != etag(QStringLiteral("p"), id, pupil.version))
            return problem(412, QStringLiteral("precondition-failed"), QStringLiteral("stale"));
        FieldErrors errors;
        const auto parsed = PupilAttributes::parse(in, &errors);
        if (!parsed)
            return problem(422, QStringLiteral("validation"), QStringLiteral("invalid"));
        if (pupil.bridgingHelp != parsed->bridgingHelp) {
            pupil.bridgingHelp = parsed->bridgingHelp;
            ++pupil.version;
            Activity note;
            note.id = ++m_nextId;
            note.date = QDate::currentDate();
            note.staff = kMe;
            note.function = QStringLiteral("administratie");
            note.subject = pupil.bridgingHelp ? QStringLiteral("Overbruggingshulp aangevinkt")
                                              : QStringLiteral("Overbruggingshulp uitgevinkt");
            note.createdAt = QDateTime::currentDateTimeUtc();
            activities[id].append(note);
        }
        return {200, pupil.toJson(), etag(QStringLiteral("p"), id, pupil.version), false};
    }
    if (sub == QLatin1String("activities") && method == "POST") {
        if (!idempotencyKey.isEmpty() && m_idempotent.contains(idempotencyKey))
            return {201, m_idempotent.value(idempotencyKey), {}, false};
        FieldErrors errors;
        auto parsed = Activity::parse(in, &errors);
        if (!parsed) {
            QJsonArray e;
            for (const FieldError &f : errors)
                e.append(f.toJson());
            return problem(422, QStringLiteral("validation"), QStringLiteral("invalid"), e);
        }
        parsed->id = ++m_nextId;
        parsed->staff = kMe;
        parsed->createdAt = QDateTime::currentDateTimeUtc();
        activities[id].append(*parsed);
        const QJsonObject out = parsed->toJson();
        if (!idempotencyKey.isEmpty())
            m_idempotent.insert(idempotencyKey, out);
        return {201, out, {}, false};
    }
    return problem(405, QStringLiteral("method-not-allowed"), QStringLiteral("not here"));
}

} // namespace lars::tests
