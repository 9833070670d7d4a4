#include "ui/dossier/ActivityHistoryDialog.h"

#include "models/Activity.h"
#include "models/api/DossierModel.h"
#include "models/api/DossierNomenclature.h"
#include "ui/dossier/DossierTexts.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lars::ui {

ActivityHistoryDialog::ActivityHistoryDialog(models::DossierModel *dossier,
                                             models::DossierNomenclature *nomenclature,
                                             const models::Activity &activity, QWidget *parent)
    : QDialog(parent)
    , m_nomenclature(nomenclature)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("activityHistoryDialog"));
    setWindowTitle(tr("History of “%1”").arg(activity.subject));
    m_text->setObjectName(QStringLiteral("activityHistoryText"));
    m_text->setAccessibleName(tr("Versions of the activity"));
    m_text->setPlainText(tr("Loading the history…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(640, 520);

    const QString path = models::DossierApi::pupilPath(
        dossier->pupilId(), QStringLiteral("activities/%1/versions").arg(activity.id));
    dossier->api()->get(path, {}, this, [this](const models::DossierReply &r) {
        if (!r.ok())
            return m_text->setPlainText(
                tr("The history could not be read. %1").arg(DossierTexts::problem(r)));
        QList<models::Activity> versions;
        for (const QJsonValue &v : r.body.value(QLatin1String("items")).toArray())
            versions.append(models::Activity::fromJson(v.toObject()));
        showVersions(versions);
    });
}

void ActivityHistoryDialog::showVersions(const QList<models::Activity> &versions)
{
    const QLocale locale;
    QString html;
    for (const models::Activity &v : versions) {
        const QString when = locale.toString(
            (v.changedAt.isValid() ? v.changedAt : v.createdAt).toLocalTime(), QLocale::ShortFormat);
        QString head;
        if (v.version == 1)
            head = tr("Version 1 — registered on %1 by %2").arg(when, v.staff.name);
        else if (v.withdrawn)
            head = tr("Version %1 — withdrawn on %2: %3").arg(v.version).arg(when, v.changeReason);
        else
            head = tr("Version %1 — corrected on %2: %3").arg(v.version).arg(when, v.changeReason);
        html += QStringLiteral("<h3>%1</h3><p>").arg(head.toHtmlEscaped());
        QStringList lines{tr("Date: %1").arg(locale.toString(v.date, QLocale::ShortFormat)),
                          tr("Function: %1").arg(m_nomenclature->functionName(v.function)),
                          tr("Subject: %1").arg(v.subject),
                          tr("Duration: %n min", nullptr, v.durationMinutes)};
        if (v.hub)
            lines << tr("Draaischijf: %1").arg(DossierTexts::hubLine(*v.hub, m_nomenclature));
        for (const QString &line : std::as_const(lines))
            html += line.toHtmlEscaped() + QStringLiteral("<br>");
        html += QStringLiteral("</p><p style=\"white-space: pre-wrap\">%1</p>").arg(v.text.toHtmlEscaped());
    }
    m_text->setHtml(html);
}

} // namespace lars::ui
