#include "reports/LetterContext.h"

#include "models/TargetHeight.h"
#include "reports/AdviceCheck.h"
#include "reports/LetterStyle.h"

#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <algorithm>

namespace lars::reports {

using namespace letterstyle;

LetterContext::LetterContext(QPainter &painter, const LetterTemplate &tpl, const AnyLetter &letter,
                             const Branding &branding, const QList<PreparedLogo> &logos,
                             TextBlockCache &textBlocks)
    : m_painter(painter)
    , m_tpl(tpl)
    , m_letter(letter)
    , m_common(reports::common(letter))
    , m_branding(branding)
    , m_logos(logos)
    , m_textBlocks(textBlocks)
    , m_values(placeholders(&tpl, letter))
{
    m_scale = painter.device()->logicalDpiX() / 25.4;
    m_left = mm(kMarginLeftMm);
    m_width = mm(kPageWidthMm - kMarginLeftMm - kMarginRightMm);
    m_bottom = mm(kPageHeightMm - kMarginBottomMm);
}

QPaintDevice *LetterContext::device() const
{
    return m_painter.device();
}

namespace {
QString number(const QLocale &locale, double v, int decimals)
{
    return locale.toString(v, 'f', decimals);
}
} // namespace

QHash<QString, QString> LetterContext::placeholders(const LetterTemplate *tpl, const AnyLetter &letter)
{
    const QString dateFormat = tpl ? tpl->text(QStringLiteral("dateFormat")) : QStringLiteral("d MMMM yyyy");
    const QLocale locale(tpl ? tpl->text(QStringLiteral("locale")) : QStringLiteral("nl_BE"));
    auto date = [&](const QDate &d) { return d.isValid() ? locale.toString(d, dateFormat) : QString(); };
    const LetterCommon &c = reports::common(letter);
    QHash<QString, QString> ctx;
    ctx.insert(QStringLiteral("clb.name"), c.clb.name);
    ctx.insert(QStringLiteral("clb.address"), c.clb.addressLines.join(QStringLiteral(", ")));
    ctx.insert(QStringLiteral("clb.addressLines"), c.clb.addressLines.join(u'\n'));
    ctx.insert(QStringLiteral("clb.phone"), c.clb.phone);
    ctx.insert(QStringLiteral("clb.email"), c.clb.email);
    ctx.insert(QStringLiteral("clb.website"), c.clb.website);
    ctx.insert(QStringLiteral("clb.place"), c.clb.place);
    ctx.insert(QStringLiteral("staff.name"), c.staff.name);
    ctx.insert(QStringLiteral("staff.function"), c.staff.function);
    ctx.insert(QStringLiteral("staff.phone"), c.staff.phone);
    ctx.insert(QStringLiteral("staff.email"), c.staff.email);
    ctx.insert(QStringLiteral("pupil.firstName"), c.pupil.firstName);
    ctx.insert(QStringLiteral("pupil.lastName"), c.pupil.lastName);
    ctx.insert(QStringLiteral("pupil.fullName"), c.pupil.fullName());
    ctx.insert(QStringLiteral("pupil.birthDate"), date(c.pupil.birthDate));
    ctx.insert(QStringLiteral("pupil.school"), c.pupil.school);
    ctx.insert(QStringLiteral("pupil.class"), c.pupil.className);
    ctx.insert(QStringLiteral("pupil.reference"), c.pupil.reference);
    QStringList staffContact;
    if (!c.staff.phone.isEmpty())
        staffContact << c.staff.phone;
    if (!c.staff.email.isEmpty())
        staffContact << c.staff.email;
    ctx.insert(QStringLiteral("staff.contact"), staffContact.join(QStringLiteral(" · ")));
    QStringList clbContact;
    if (!c.clb.phone.isEmpty())
        clbContact << c.clb.phone;
    if (!c.clb.email.isEmpty())
        clbContact << c.clb.email;
    ctx.insert(QStringLiteral("clb.contact"), clbContact.join(QStringLiteral(" · ")));
    const QDate letterDate = c.letterDate.isValid() ? c.letterDate : QDate::currentDate();
    ctx.insert(QStringLiteral("letterDate"), date(letterDate));

    if (const auto *a = std::get_if<AttestLetter>(&letter)) {
        // The attest is dated on the activity, never on the day it is printed.
        ctx.insert(QStringLiteral("letterDate"), date(a->activityDate));
        ctx.insert(QStringLiteral("activity.date"), date(a->activityDate));
        ctx.insert(QStringLiteral("activity.type"), a->attestType);
        ctx.insert(QStringLiteral("activity.subject"), a->activitySubject);
        ctx.insert(QStringLiteral("activity.text"), a->text);
    } else if (const auto *pl = std::get_if<ParentLetter>(&letter)) {
        ctx.insert(QStringLiteral("consult.name"), pl->consultName);
        ctx.insert(QStringLiteral("consult.date"), date(pl->consultDate));
        ctx.insert(QStringLiteral("advice"), pl->advice);
        // "Nothing special" only when there is neither a typed advice nor a deviating result: a letter never
        // contradicts its own results table (the composition refuses such a letter before it gets here).
        ctx.insert(QStringLiteral("advice.orFinding"),
                   pl->advice.trimmed().isEmpty() && !AdviceCheck(*pl).needsAdvice() ? QString()
                                                                                     : QStringLiteral("1"));
        ctx.insert(QStringLiteral("nextSteps"), pl->nextSteps);
        QHash<QString, QString> t;
        std::optional<models::TargetHeight::Result> target;
        if (pl->fatherHeightCm && pl->motherHeightCm)
            target = models::TargetHeight::compute(*pl->fatherHeightCm, *pl->motherHeightCm, c.pupil.sex);
        if (target && tpl) {
            t.insert(QStringLiteral("target.cm"), number(locale, target->targetCm, 1));
            t.insert(QStringLiteral("target.low"), number(locale, target->lowCm, 1));
            t.insert(QStringLiteral("target.high"), number(locale, target->highCm, 1));
            t.insert(QStringLiteral("target.formula"), target->formulaName);
            t.insert(QStringLiteral("parents.father"), number(locale, *pl->fatherHeightCm, 0));
            t.insert(QStringLiteral("parents.mother"), number(locale, *pl->motherHeightCm, 0));
            ctx.insert(QStringLiteral("target.text"),
                       LetterTemplate::fill(tpl->text(QStringLiteral("targetKnown")), t));
        } else if (tpl) {
            ctx.insert(QStringLiteral("target.text"), tpl->text(QStringLiteral("targetUnknown")));
        }
        const bool hasHeight = std::any_of(pl->measurements.begin(), pl->measurements.end(),
                                           [](const Measurement &m) { return m.heightCm.has_value(); });
        ctx.insert(QStringLiteral("growth.available"), hasHeight ? QStringLiteral("1") : QString());
    } else if (const auto *rl = std::get_if<ReferralLetter>(&letter)) {
        ctx.insert(QStringLiteral("referral.medical"), rl->medical ? QStringLiteral("1") : QString());
        ctx.insert(QStringLiteral("recipient.name"), rl->recipient.name);
        const QString named =
            rl->recipient.withArticle.isEmpty() ? rl->recipient.name : rl->recipient.withArticle;
        ctx.insert(QStringLiteral("recipient.withArticle"), named);
        // The slip names whom it was sent to: the doctor with their role, or the partner.
        ctx.insert(QStringLiteral("recipient.slipName"),
                   rl->medical && !rl->recipient.role.isEmpty()
                       ? QStringLiteral("%1 (%2)").arg(rl->recipient.name, rl->recipient.role)
                       : named);
        ctx.insert(QStringLiteral("recipient.role"), rl->recipient.role);
        ctx.insert(QStringLiteral("recipient.address"), rl->recipient.addressLines.join(u'\n'));
        ctx.insert(QStringLiteral("finding"), rl->finding);
        ctx.insert(QStringLiteral("question"), rl->question);
        ctx.insert(QStringLiteral("consent"), rl->consent);
        ctx.insert(QStringLiteral("measurements.available"),
                   rl->measurements.isEmpty() ? QString() : QStringLiteral("1"));
    }
    return ctx;
}

} // namespace lars::reports
