#include "reports/LetterRenderer.h"

#include "reports/GrowthChartPainter.h"
#include "reports/LetterComposer.h"
#include "reports/LetterContext.h"
#include "reports/Logging.h"
#include "reports/ResultsTablePainter.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

namespace lars::reports {

LetterRenderer::LetterRenderer(const Branding &branding, const QString &language,
                               const QString &templateDirectory)
    : m_branding(branding)
    , m_language(language.isEmpty() ? QStringLiteral("nl") : language)
    , m_templateDirectory(templateDirectory)
{
    for (LetterType type : {LetterType::Attest, LetterType::ParentLetter, LetterType::Referral}) {
        QString error;
        auto tpl = LetterTemplate::load(type, m_language, templateDirectory, &error);
        if (!tpl && m_error.isEmpty())
            m_error = error;
        m_templates.emplace(std::pair(m_language, type), std::move(tpl));
    }
    for (const Logo &logo : m_branding.logos)
        if (auto prepared = PreparedLogo::prepare(logo))
            m_logos.append(std::move(*prepared));
}

void LetterRenderer::preparePage(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

QString LetterRenderer::languageOf(const AnyLetter &letter) const
{
    const auto *parent = std::get_if<ParentLetter>(&letter);
    if (!parent || parent->pupil.language.isEmpty())
        return m_language;
    return parent->pupil.language;
}

const LetterTemplate *LetterRenderer::letterTemplate(LetterType type, const QString &language) const
{
    auto it = m_templates.find(std::pair(language, type));
    if (it == m_templates.end()) {
        QString error;
        auto tpl = LetterTemplate::load(type, language, m_templateDirectory, &error);
        if (!tpl)
            qCWarning(lcReports) << "no" << templateName(type) << "template for language" << language
                                 << error;
        it = m_templates.emplace(std::pair(language, type), std::move(tpl)).first;
    }
    return it->second ? &*it->second : nullptr;
}

const LetterTemplate *LetterRenderer::letterTemplate(const AnyLetter &letter) const
{
    return letterTemplate(letterType(letter), languageOf(letter));
}

int LetterRenderer::paint(QPainter &painter, const AnyLetter &letter, bool startOnNewPage)
{
    const LetterTemplate *tpl = letterTemplate(letter);
    if (!tpl || !painter.isActive() || !dynamic_cast<QPagedPaintDevice *>(painter.device()))
        return 0;
    // Logos stay lossless (no JPEG artefacts around text in a logo).
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform | QPainter::LosslessImageRendering);
    LetterContext context(painter, *tpl, letter, m_branding, m_logos, m_textBlocks);
    return LetterComposer(context).run(startOnNewPage);
}

QString LetterRenderer::documentTitle(const AnyLetter &letter) const
{
    const LetterTemplate *tpl = letterTemplate(letter);
    return tpl ? LetterTemplate::fill(tpl->text(QStringLiteral("documentTitle")), context(letter))
               : QString();
}

QHash<QString, QString> LetterRenderer::context(const AnyLetter &letter) const
{
    return LetterContext::placeholders(letterTemplate(letter), letter);
}

QList<ResultRow> LetterRenderer::resultRows(const ParentLetter &letter) const
{
    const QString language = letter.pupil.language.isEmpty() ? m_language : letter.pupil.language;
    return ResultsTablePainter::resultRows(letterTemplate(LetterType::ParentLetter, language), letter);
}

std::optional<GrowthChart> LetterRenderer::growthChart(const ParentLetter &letter, const Branding &branding)
{
    return GrowthChartPainter::chart(letter, branding);
}

} // namespace lars::reports
