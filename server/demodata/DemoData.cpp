#include "server/demodata/DemoData.h"

#include "models/NationalNumber.h"
#include "models/SearchKey.h"
#include "server/demodata/DemoAdvice.h"
#include "server/demodata/DemoBulk.h"
#include "server/demodata/DemoRandom.h"

#include <QDate>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace lars::server::demodata {

namespace {

struct Name
{
    const char *name;
    char sex;
};

const QList<Name> firstNames = {
    {"Ëlise", 'F'},   {"Noë", 'M'},    {"Zoë", 'F'},    {"Chloë", 'F'},  {"Anaïs", 'F'},   {"Héloïse", 'F'},
    {"Loïc", 'M'},    {"Jérôme", 'M'}, {"Inès", 'F'},   {"Maëlle", 'F'}, {"Raphaël", 'M'}, {"Eloïse", 'F'},
    {"Mathéo", 'M'},  {"Noémie", 'F'}, {"Lotte", 'F'},  {"Wout", 'M'},   {"Jens", 'M'},    {"Fien", 'F'},
    {"Lars", 'M'},    {"Noor", 'F'},   {"Emma", 'F'},   {"Louis", 'M'},  {"Arthur", 'M'},  {"Nora", 'F'},
    {"Jules", 'M'},   {"Mila", 'F'},   {"Finn", 'M'},   {"Liam", 'M'},   {"Lena", 'F'},    {"Elias", 'M'},
    {"Marie", 'F'},   {"Lucas", 'M'},  {"Olivia", 'F'}, {"Vic", 'M'},    {"Ella", 'F'},    {"Mohamed", 'M'},
    {"Yasmine", 'F'}, {"Emre", 'M'},   {"Elif", 'F'},   {"Seppe", 'M'},  {"Ilse", 'F'},    {"Kobe", 'M'},
    {"Febe", 'F'},    {"Rune", 'M'},   {"Amélie", 'F'}, {"Gaël", 'M'},   {"Océane", 'F'},  {"Björn", 'M'},
    {"Saïd", 'M'},    {"Thaïs", 'F'}};
const QList<const char *> lastNames = {
    "Peeters",  "Janssens", "Maes",       "Jacobs",    "Mertens",         "Willems",   "Claes",
    "Goossens", "Wouters",  "De Smet",    "Dubois",    "Van den Bossche", "Vermeulen", "Çelik",
    "Yılmaz",   "Öztürk",   "De Backer",  "Van Damme", "Desmet",          "Lemaire",   "Dupont",
    "Lambert",  "Hermans",  "Verstraete", "Declercq",  "Coppens",         "Lenaerts",  "Aerts",
    "Müller",   "Nguyen",   "El Amrani",  "Benali",    "Van de Velde",    "D'Hondt",   "Vandenberghe",
    "Lefèvre",  "Maréchal", "Gülen",      "Van Acker", "Claeys",          "De Clercq", "Smets",
    "Pauwels",  "Michiels", "Verhoeven",  "Dierickx",  "Hendrickx",       "Van Aelst", "Noël",
    "Leroy"};
const QList<const char *> streets = {"Kerkstraat",  "Schoolstraat", "Stationsstraat", "Dorpsstraat",
                                     "Molenstraat", "Nieuwstraat",  "Kapelstraat",    "Beekstraat"};

struct ClbSpec
{
    const char *name;
    const char *city;
    const char *primary;
    const char *accent;
};
const QList<ClbSpec> clbs = {
    {"Vrij CLB Antwerpen", "Antwerpen", "#7A1F5C", "#E4A3C9"},
    {"GO! CLB Gent", "Gent", "#00594F", "#8FD1C6"},
    {"CLB Brugge", "Brugge", "#1F4E79", "#9DC3E6"},
    {"Vrij CLB Limburg", "Hasselt", "#8A5A00", "#F2CC8F"},
    {"GO! CLB Leuven", "Leuven", "#3B3B98", "#B8B8F0"},
};

// Class grades: (class name, age in years at 1 September of the school year).
const QList<std::pair<const char *, int>> grades = {{"K1", 3}, {"K3", 5},  {"L1", 6},
                                                    {"L4", 9}, {"L6", 11}, {"S3", 14}};

QByteArray logoSvg(const ClbSpec &c)
{
    QString initials;
    for (const QString &w : QString::fromUtf8(c.name).split(u' '))
        if (!w.isEmpty() && w[0].isUpper())
            initials += w[0];
    return QStringLiteral(
               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"80\" viewBox=\"0 0 200 80\">"
               "<rect width=\"200\" height=\"80\" rx=\"12\" fill=\"%1\"/><text x=\"100\" y=\"52\" "
               "font-family=\"sans-serif\" font-size=\"34\" text-anchor=\"middle\" "
               "fill=\"%2\">%3</text></svg>")
        .arg(QLatin1String(c.primary), QLatin1String(c.accent), initials.toHtmlEscaped())
        .toUtf8();
}

} // namespace

DemoData::DemoData(QSqlDatabase db, bool postgres, quint64 seed)
    : m_db(db)
    , m_postgres(postgres)
    , m_seed(seed)
{}

bool DemoData::isEmpty(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM clbs) + (SELECT COUNT(*) FROM staff) + "
                                 "(SELECT COUNT(*) FROM pupils)")) &&
           q.next() && q.value(0).toLongLong() == 0;
}

bool DemoData::generate(int pupilCount, QString *error)
{
    DemoRandom rnd(m_seed);
    const QString now = QStringLiteral("2026-09-01T08:00:00.000Z");
    const QDate schoolYear = schoolYearStart();
    const QDate today = QDate::currentDate();
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    try {
        // --- CLBs, branding, schools, classes
        // -----------------------------------------------------------------
        const int schoolsPerClb = std::max(2, (pupilCount + 5 * 400 - 1) / (5 * 400));
        QList<qint64> schoolClb; // index = school id - 1
        QList<QList<qint64>> classesOfSchool;
        QList<int> classGrade;             // index = class id - 1
        QStringList schoolName, className; // index = school id - 1, class id - 1: the search index has them
        {
            DemoBulk clbRows(m_db, QStringLiteral("clbs"),
                             QStringLiteral("id, name, address, phone, email, website, institution_number"));
            DemoBulk branding(m_db, QStringLiteral("clb_branding"),
                              QStringLiteral("clb_id, primary_colour, accent_colour, version"));
            for (int c = 0; c < clbs.size(); ++c) {
                const QString city = QString::fromUtf8(clbs[c].city);
                const QString domain =
                    QString::fromUtf8(clbs[c].name).toLower().remove(u'!').replace(u' ', u'-');
                clbRows.add({c + 1, QString::fromUtf8(clbs[c].name),
                             QStringLiteral("%1 %2, %3")
                                 .arg(QLatin1String(streets[c % streets.size()]))
                                 .arg(10 + c)
                                 .arg(city),
                             QStringLiteral("0%1 12 34 5%2").arg(3 + c).arg(c),
                             QStringLiteral("info@%1.example").arg(domain),
                             QStringLiteral("https://www.%1.example").arg(domain),
                             QStringLiteral("1%1").arg(10200 + c * 37)}); // demo institution numbers
                branding.add({c + 1, QLatin1String(clbs[c].primary), QLatin1String(clbs[c].accent), 1});
            }
            clbRows.flush();
            branding.flush();
        }
        for (int c = 0; c < clbs.size(); ++c)
            DemoBulk::exec(
                m_db,
                QStringLiteral("INSERT INTO clb_logos (clb_id, name, mime_type, data) VALUES (?, ?, ?, ?)"),
                {c + 1, QStringLiteral("logo"), QStringLiteral("image/svg+xml"), logoSvg(clbs[c])});
        {
            DemoBulk schools(m_db, QStringLiteral("schools"), QStringLiteral("id, clb_id, name, address"));
            DemoBulk classes(m_db, QStringLiteral("classes"), QStringLiteral("id, school_id, name, grade"),
                             &schools);
            const QList<const char *> kinds = {"Basisschool",   "Sint-Jozefschool",     "Atheneum",
                                               "Freinetschool", "Sint-Lutgardisschool", "GO! Basisschool",
                                               "College"};
            qint64 classId = 0;
            for (int c = 0; c < clbs.size(); ++c) {
                for (int s = 0; s < schoolsPerClb; ++s) {
                    const qint64 schoolId = schoolClb.size() + 1;
                    schoolClb.append(c + 1);
                    const QString name =
                        QStringLiteral("%1 %2 %3")
                            .arg(QLatin1String(kinds[s % kinds.size()]), QString::fromUtf8(clbs[c].city))
                            .arg(s + 1);
                    schoolName.append(name);
                    schools.add({schoolId, c + 1, name,
                                 QStringLiteral("%1 %2, %3")
                                     .arg(QLatin1String(streets[s % streets.size()]))
                                     .arg(s + 1)
                                     .arg(QString::fromUtf8(clbs[c].city))});
                    classesOfSchool.append(QList<qint64>());
                    for (int g = 0; g < grades.size(); ++g) {
                        ++classId;
                        className.append(QStringLiteral("%1A").arg(QLatin1String(grades[g].first)));
                        classes.add({classId, schoolId, className.last(), QLatin1String(grades[g].first)});
                        classesOfSchool.last().append(classId);
                        classGrade.append(g);
                    }
                }
            }
            schools.flush();
            classes.flush();
        }
        const auto schoolOf = [&](int clb, int index) { return qint64(clb - 1) * schoolsPerClb + index + 1; };

        // --- staff and teams
        // ------------------------------------------------------------------------------------
        struct StaffSpec
        {
            QString nn;
            const char *first;
            const char *last;
            const char *profession;
            QList<int> clbs;
            QList<std::pair<int, int>> teams; // (clb, 0 = Noord / 1 = Zuid)
        };
        const QList<StaffSpec> staff = {
            {QLatin1String(anPeeters), "An", "Peeters", "verpleegkundige", {1}, {{1, 0}}},
            {QLatin1String(janClaes), "Jan", "Claes", "arts", {1, 2}, {{1, 0}, {2, 0}}},
            {QLatin1String(sofieMaes), "Sofie", "Maes", "psycholoog", {3}, {}},
            {models::NationalNumber::make(1988, 4, 25, 123),
             "Lotte",
             "Wouters",
             "maatschappelijk werker",
             {1},
             {{1, 1}}},
            {models::NationalNumber::make(1979, 11, 8, 357),
             "Pieter",
             "Janssens",
             "arts",
             {3},
             {{3, 0}, {3, 1}}},
            {models::NationalNumber::make(1991, 6, 19, 12),
             "Fatima",
             "El Amrani",
             "verpleegkundige",
             {2},
             {{2, 1}}},
            {models::NationalNumber::make(1983, 2, 28, 111),
             "Koen",
             "Hermans",
             "arts",
             {4},
             {{4, 0}, {4, 1}}},
            {models::NationalNumber::make(1986, 12, 10, 144),
             "Ine",
             "Lambrechts",
             "verpleegkundige",
             {5},
             {{5, 0}, {5, 1}}},
        };
        {
            DemoBulk staffRows(m_db, QStringLiteral("staff"),
                               QStringLiteral("id, national_number, first_name, last_name, profession"));
            DemoBulk staffClbs(m_db, QStringLiteral("staff_clbs"),
                               QStringLiteral("staff_id, clb_id, gsm, phone, email, version, local_admin"));
            // Each CLB's local administrator: whom a staff member without a team asks.
            const QHash<int, QString> localAdmin{{1, QStringLiteral("Lotte")},
                                                 {2, QStringLiteral("Fatima")},
                                                 {3, QStringLiteral("Pieter")},
                                                 {4, QStringLiteral("Koen")},
                                                 {5, QStringLiteral("Ine")}};
            DemoBulk teams(m_db, QStringLiteral("teams"), QStringLiteral("id, clb_id, name"));
            DemoBulk members(m_db, QStringLiteral("team_members"), QStringLiteral("team_id, staff_id"));
            DemoBulk teamSchools(m_db, QStringLiteral("team_schools"), QStringLiteral("team_id, school_id"),
                                 &teams);
            for (int c = 1; c <= clbs.size(); ++c) {
                for (int half = 0; half < 2; ++half) {
                    const int teamId = (c - 1) * 2 + half + 1;
                    teams.add({teamId, c,
                               QStringLiteral("Team %1 %2")
                                   .arg(QString::fromUtf8(clbs[c - 1].city),
                                        half == 0 ? QStringLiteral("Noord") : QStringLiteral("Zuid"))});
                    // Noord covers the first half of the CLB's schools, Zuid the rest.
                    const int split = (schoolsPerClb + 1) / 2;
                    for (int s = half == 0 ? 0 : split; s < (half == 0 ? split : schoolsPerClb); ++s)
                        teamSchools.add({teamId, schoolOf(c, s)});
                }
            }
            for (int i = 0; i < staff.size(); ++i) {
                const StaffSpec &s = staff[i];
                const QString nn = s.nn;
                staffRows.add({i + 1, nn, QString::fromUtf8(s.first), QString::fromUtf8(s.last),
                               QLatin1String(s.profession)});
                for (const int c : s.clbs) {
                    const QString domain =
                        QString::fromUtf8(clbs[c - 1].name).toLower().remove(u'!').replace(u' ', u'-');
                    staffClbs.add(
                        {i + 1, c,
                         QStringLiteral("0470 %1 %2").arg(10 + i).arg(20 + c, 2, 10, QLatin1Char('0')),
                         QStringLiteral("0%1 22 33 %2").arg(3 + c).arg(40 + i),
                         QStringLiteral("%1.%2@%3.example")
                             .arg(QString::fromUtf8(s.first).toLower(),
                                  models::SearchKey::normalise(QString::fromUtf8(s.last)).remove(u' '),
                                  domain),
                         1,
                         // Each CLB's local administrator; Jan Claes (the demo's card) is one too in his
                         // first CLB, so the demo shows the CREON delivery view.
                         (localAdmin.value(c) == QLatin1String(s.first) || (i == 1 && c == 1)) ? 1 : 0});
                }
                for (const auto &[c, half] : s.teams)
                    members.add({(c - 1) * 2 + half + 1, i + 1});
            }
            staffRows.flush();
            staffClbs.flush();
            teams.flush();
            members.flush();
            teamSchools.flush();
        }

        // --- pupils
        // -----------------------------------------------------------------------------------------------
        struct Fixed
        {
            const char *first;
            const char *last;
            char sex;
            int clb;
            int schoolIndex; // 0: first school of the CLB (team Noord); last: team Zuid
        };
        // Predictable, searchable first pupils: the demo and the tests rely on them.
        const QList<Fixed> fixed = {
            {"Ëlise", "Van den Bossche", 'F', 1, 0},
            {"Emre", "Çelik", 'M', 1, 0},
            {"Noë", "Peeters", 'M', 1, 0},
            {"Anaïs", "Janssens", 'F', 1, 0},
            {"Jérôme", "De Smet", 'M', 1, 0},
            {"Zoë", "Dubois", 'F', 1, 0},
            {"Loïc", "Maes", 'M', 1, 0},
            {"Héloïse", "Vermeulen", 'F', 1, 0},
            {"Inès", "Wouters", 'F', 1, -1},   // Antwerpen, team Zuid: not An Peeters' team
            {"Raphaël", "Claes", 'M', 2, 0},   // Gent, team Noord: Jan Claes' second CLB
            {"Maëlle", "Goossens", 'F', 3, 0}, // Brugge
            {"Elif", "Yılmaz", 'F', 1, 0},
        };
        QHash<QDate, int> serials;
        DemoBulk pupils(
            m_db, QStringLiteral("pupils"),
            QStringLiteral(
                "id, national_number, bis_number, first_name, last_name, birth_date, sex, school_id, "
                "class_id, bridging_help, version, created_at, contact_language"));
        // The search index's rows come complete (PupilSearchIndex): its insert trigger then has nothing to
        // do.
        DemoBulk keys(
            m_db, QStringLiteral("pupil_search"),
            QStringLiteral("clb_id, search_key, pupil_id, school_id, birth_date, national_number, "
                           "bis_number, first_name, last_name, sex, school_name, class_id, class_name, "
                           "bridging_help, version, contact_language"),
            &pupils);
        QList<std::tuple<qint64, qint64, int, QDate, char>> dossiers; // pupil, CLB, grade, birth date, sex
        for (int i = 0; i < pupilCount; ++i) {
            const qint64 id = i + 1;
            QString first, last;
            char sex;
            qint64 schoolId;
            if (i < fixed.size()) {
                first = QString::fromUtf8(fixed[i].first);
                last = QString::fromUtf8(fixed[i].last);
                sex = fixed[i].sex;
                schoolId = schoolOf(fixed[i].clb,
                                    fixed[i].schoolIndex < 0 ? schoolsPerClb - 1 : fixed[i].schoolIndex);
            } else {
                const Name &n = rnd.pick(firstNames);
                first = QString::fromUtf8(n.name);
                sex = n.sex;
                last = QString::fromUtf8(lastNames[rnd.below(int(lastNames.size()))]);
                if (rnd.below(20) == 0) // double family names, as in "Dubois-Van den Bossche"
                    last += u'-' + QString::fromUtf8(lastNames[rnd.below(int(lastNames.size()))]);
                schoolId = rnd.below(int(schoolClb.size())) + 1;
            }
            // The first random pupil shares its name with a fixed one (Noë Peeters, same school, another
            // birth date): two pupils with one name, a case the client must tell apart. The random draws stay
            // the same, so every other pupil is as before.
            if (i == fixed.size()) {
                first = QString::fromUtf8(fixed[2].first);
                last = QString::fromUtf8(fixed[2].last);
                sex = fixed[2].sex;
                schoolId = schoolOf(fixed[2].clb, fixed[2].schoolIndex);
            }
            const QList<qint64> &classIds = classesOfSchool[schoolId - 1];
            const qint64 classId =
                i < fixed.size() ? classIds[(i % 4) + 1] : classIds[rnd.below(int(classIds.size()))];
            const int grade = classGrade[classId - 1];
            const QDate birth =
                QDate(schoolYear.year() - grades[grade].second - 1, 9, 1).addDays(rnd.below(365));
            const int serial = ++serials[birth];
            QVariant nn(QMetaType::fromType<QString>()), bis(QMetaType::fromType<QString>());
            if (i % 50 == 49 && serial <= 998)
                bis = models::NationalNumber::make(birth.year(), birth.month(), birth.day(), serial,
                                                   models::NationalNumber::Kind::Bis);
            else if (serial <= 998)
                nn = models::NationalNumber::make(birth.year(), birth.month(), birth.day(), serial);
            const qint64 clbId = schoolClb[schoolId - 1];
            const QString birthText = birth.toString(Qt::ISODate);
            // The parents' contact language: Héloïse Vermeulen's parents read French; a few random families
            // French, English or German.
            const QString language = i == 7 || (i >= fixed.size() && i % 23 == 7) ? QStringLiteral("fr")
                                     : i >= fixed.size() && i % 97 == 41          ? QStringLiteral("en")
                                     : i >= fixed.size() && i % 211 == 13         ? QStringLiteral("de")
                                                                                  : QStringLiteral("nl");
            const QString sexText(QLatin1Char{sex});
            const int bridging = i % 97 == 5 ? 1 : 0;
            pupils.add({id, nn, bis, first, last, birthText, sexText, schoolId, classId, bridging, 1, now,
                        language});
            for (const QString &name : {last + u' ' + first, first + u' ' + last})
                keys.add({clbId, models::SearchKey::normalise(name), id, schoolId, birthText, nn, bis, first,
                          last, sexText, schoolName[schoolId - 1], classId, className[classId - 1], bridging,
                          1, language});
            if (i < 3000)
                dossiers.append({id, clbId, grade, birth, sex});
        }
        pupils.flush();
        keys.flush();

        // --- medical data, journal, attests, CREON
        // -------------------------------------------------------------
        {
            DemoBulk measurements(
                m_db, QStringLiteral("measurements"),
                QStringLiteral(
                    "id, pupil_id, contact, measured_on, height_cm, weight_kg, far_vision_left, "
                    "far_vision_right, eye_alignment, depth_vision, colour_vision, hearing_audiometry, "
                    "hearing_speech_in_noise, puberty_stage, vaccination_status, staff_id, clb_id, "
                    "created_at"));
            DemoBulk advice(m_db, QStringLiteral("consult_advice"),
                            QStringLiteral("measurement_id, pupil_id, text, version, changed_by, changed_at"),
                            &measurements);
            DemoBulk heights(
                m_db, QStringLiteral("parent_heights"),
                QStringLiteral("pupil_id, father_cm, mother_cm, father_changed_by, father_changed_at, "
                               "mother_changed_by, mother_changed_at, version"));
            DemoBulk activities(
                m_db, QStringLiteral("activities"),
                QStringLiteral("id, pupil_id, clb_id, staff_id, activity_date, function_code, subject, "
                               "duration_minutes, body, hub_direction, hub_category, hub_detail, created_at, "
                               "subject_code"));
            DemoBulk attests(
                m_db, QStringLiteral("attests"),
                QStringLiteral(
                    "id, pupil_id, activity_id, type, activity_date, body, staff_id, clb_id, created_at"),
                &activities);
            const QList<std::pair<const char *, int>> contacts = {
                {"K1", 3}, {"L1", 6}, {"L4", 9}, {"L6", 11}, {"S3", 14}};
            const QList<std::pair<const char *, const char *>> hubChoices = {
                {"medisch", "oogarts"},        {"medisch", "huisarts"},  {"geestelijke-gezondheid", "cgg"},
                {"revalidatie", "logopedist"}, {"juridisch", "politie"}, {"welzijn", "caw"}};
            qint64 measurementId = 0, activityId = 0, attestId = 0;
            const auto staffFor = [](qint64 clbId) -> qint64 {
                switch (clbId) {
                case 1:
                    return 1; // An Peeters
                case 2:
                    return 2; // Jan Claes
                case 3:
                    return 5;
                case 4:
                    return 7;
                default:
                    return 8;
                }
            };
            for (const auto &[pupilId, clbId, grade, birth, sex] : dossiers) {
                const qint64 staffId = staffFor(clbId);
                // One measurement per systematic contact the pupil has had by the demo school year.
                for (const auto &[contact, age] : contacts) {
                    const QDate when = QDate(birth.year() + age, 10, 1).addDays(rnd.below(150));
                    if (when > today || when > schoolYear.addYears(1))
                        break;
                    const double years = birth.daysTo(when) / 365.25;
                    const double height =
                        (sex == 'F' ? 84.0 : 86.0) + 6.0 * (years - 2.0) + (rnd.uniform() - 0.5) * 12.0;
                    const double weight = 2.2 * years + 8.0 + (rnd.uniform() - 0.5) * 6.0;
                    const bool older = age >= 11;
                    const double left = 0.8 + rnd.below(3) * 0.1, right = 0.8 + rnd.below(3) * 0.1;
                    const bool strabisme = rnd.below(10) == 0, colour = rnd.below(25) == 0;
                    measurements.add({++measurementId, pupilId, QLatin1String(contact),
                                      when.toString(Qt::ISODate), height, weight, left, right,
                                      strabisme ? QStringLiteral("strabisme") : QStringLiteral("normaal"),
                                      QStringLiteral("normaal"),
                                      colour ? QStringLiteral("afwijkend") : QStringLiteral("normaal"),
                                      QStringLiteral("normaal"),
                                      age >= 6 ? QVariant(QStringLiteral("normaal"))
                                               : QVariant(QMetaType::fromType<QString>()),
                                      older
                                          ? QVariant(sex == 'F' ? QStringLiteral("B2") : QStringLiteral("G2"))
                                          : QVariant(QMetaType::fromType<QString>()),
                                      QStringLiteral("in orde"), staffId, clbId, now});
                    if (const QString text =
                            DemoAdvice::text(pupilId, sex, birth, when, height, weight, strabisme || colour);
                        !text.isEmpty())
                        advice.add({measurementId, pupilId, text, 1, staffId, now});
                }
                // Parent heights for every third pupil; pupil 1 (Ëlise) has none, so a demo can enter them.
                if (pupilId % 3 == 2)
                    heights.add({pupilId, 165.0 + rnd.below(300) / 10.0, 155.0 + rnd.below(250) / 10.0,
                                 staffId, now, staffId, now, 1});
                const int count = 1 + int(pupilId % 3);
                for (int a = 0; a < count; ++a) {
                    const QDate date = schoolYear.addDays(-30 * (a + 1) - rnd.below(20));
                    const bool hub = (pupilId + a) % 4 == 1;
                    const auto &choice = hubChoices[rnd.below(int(hubChoices.size()))];
                    const QString text =
                        hub ? QStringLiteral("Doorverwezen na overleg met de ouders.\nAfspraak "
                                             "gemaakt.\n\nOpvolging bij het volgende contact.")
                            : QStringLiteral("Gesprek met leerling en klastitularis.\nAfspraken:\n- "
                                             "dagelijks lezen\n- opvolging over 6 weken");
                    ++activityId;
                    // Subjects from the nomenclature; some of them are CREON items (pesten, lezen en spellen,
                    // problematische afwezigheden) that the server derives from the activity.
                    const char *subject = hub                           ? nullptr
                                          : a == 0 && pupilId % 5 == 0  ? "pesten"
                                          : a == 0 && pupilId % 7 == 0  ? "lezen-spellen"
                                          : a == 1 && pupilId % 11 == 0 ? "problematische-afwezigheden"
                                                                        : "leren-studeren";
                    activities.add(
                        {activityId, pupilId, clbId, staffId, date.toString(Qt::ISODate),
                         hub ? QStringLiteral("draaischijf") : QStringLiteral("begeleiding"),
                         hub ? QStringLiteral("Doorverwijzing") : QStringLiteral("Leerlingbegeleiding"),
                         30 + 15 * rnd.below(4), text,
                         hub ? QVariant(QStringLiteral("referral-to"))
                             : QVariant(QMetaType::fromType<QString>()),
                         hub ? QVariant(QLatin1String(choice.first))
                             : QVariant(QMetaType::fromType<QString>()),
                         hub ? QVariant(QLatin1String(choice.second))
                             : QVariant(QMetaType::fromType<QString>()),
                         now,
                         subject ? QVariant(QLatin1String(subject))
                                 : QVariant(QMetaType::fromType<QString>())});
                    if (a == 0 && pupilId % 2 == 1)
                        attests.add({++attestId, pupilId, activityId, QStringLiteral("ADBIB"),
                                     date.toString(Qt::ISODate),
                                     QStringLiteral("heeft deelgenomen aan een begeleidingsgesprek."),
                                     staffId, clbId, now});
                }
            }
            measurements.flush();
            advice.flush();
            heights.flush();
            activities.flush();
            attests.flush();
        }

        if (m_postgres) {
            for (const char *table : {"clbs", "clb_logos", "staff", "schools", "classes", "teams", "pupils",
                                      "measurements", "activities", "attests"})
                DemoBulk::exec(m_db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                    "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                                         .arg(QLatin1String(table)));
        }
    } catch (const DemoBulk::Failure &e) {
        m_db.rollback();
        *error = QString::fromStdString(e.what());
        return false;
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

} // namespace lars::server::demodata
