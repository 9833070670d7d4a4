#include "reports/LetterRenderer.h"

#include "reports/GrowthChartPainter.h"
#include "reports/LetterComposer.h"
#include "reports/LetterContext.h"
#include "reports/ResultsTablePainter.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

namespace lars::reports {

LetterRenderer::LetterRenderer(const Branding &branding, const QString &language,
                               const QString &templateDirectory)
    : m_branding(branding)
    , m_language(language.isEmpty() ? QStringLiteral("nl") : language)
{
    for (LetterType type : {LetterType::Attest, LetterType::ParentLetter, LetterType::Referral}) {
        QString error;
        m_templates[int(type)] = LetterTemplate::load(type, m_language, templateDirectory, &error);
        if (!m_templates[int(type)] && m_error.isEmpty())
            m_error = error;
    }
    for (const Logo &logo : m_branding.logos)
        if (auto prepared = PreparedLogo::prepare(logo))
            m_logos.append(std::move(*prepared));
}

void LetterRenderer::preparePage(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

const LetterTemplate *LetterRenderer::letterTemplate(LetterType type) const
{
    const auto &t = m_templates[int(type)];
    return t ? &*t : nullptr;
}

int LetterRenderer::paint(QPainter &painter, const AnyLetter &letter, bool startOnNewPage)
{
    const LetterTemplate *tpl = letterTemplate(letterType(letter));
    if (!tpl || !painter.isActive() || !dynamic_cast<QPagedPaintDevice *>(painter.device()))
        return 0;
    // Logos stay lossless (no JPEG artefacts around text in a logo).
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform | QPainter::LosslessImageRendering);
    LetterContext context(painter, *tpl, letter, m_branding, m_logos);
    return LetterComposer(context).run(startOnNewPage);
}

QString LetterRenderer::documentTitle(const AnyLetter &letter) const
{
    const LetterTemplate *tpl = letterTemplate(letterType(letter));
    return tpl ? LetterTemplate::fill(tpl->text(QStringLiteral("documentTitle")), context(letter))
               : QString();
}

QHash<QString, QString> LetterRenderer::context(const AnyLetter &letter) const
{
    return LetterContext::placeholders(letterTemplate(letterType(letter)), letter);
}

QList<ResultRow> LetterRenderer::resultRows(const ParentLetter &letter) const
{
    return ResultsTablePainter::resultRows(letterTemplate(LetterType::ParentLetter), letter);
}

std::optional<GrowthChart> LetterRenderer::growthChart(const ParentLetter &letter, const Branding &branding)
{
    return GrowthChartPainter::chart(letter, branding);
}

} // namespace lars::reports
