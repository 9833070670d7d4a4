#pragma once
// Composes one letter from its template and data and paints it page by page onto the paged device a
// QPainter is active on (QPdfWriter or QPrinter): letterhead, place/date line, blocks, footer
// "Vertrouwelijk" with page x/y. Page breaks never split a table row, the signature or the slip.
// Holds what a batch shares (branding with prepared logos, the templates); LetterComposer and the block
// painters do the work per letter. A parent letter is written in the parents' contact language (its
// pupil's language) when templates for it exist; attests and referral letters, which go to schools and
// doctors, in the renderer's language.
#include "reports/Branding.h"
#include "reports/GrowthChart.h"
#include "reports/LetterData.h"
#include "reports/LetterTemplate.h"
#include "reports/PreparedLogo.h"
#include "reports/TextBlockCache.h"

#include <QHash>
#include <QList>
#include <QString>
#include <map>
#include <optional>

class QPainter;
class QPagedPaintDevice;

namespace lars::reports {

class LetterRenderer final
{
public:
    explicit LetterRenderer(const Branding &branding, const QString &language = QStringLiteral("nl"),
                            const QString &templateDirectory = {});
    LetterRenderer(const LetterRenderer &) = delete;
    LetterRenderer &operator=(const LetterRenderer &) = delete;

    // Empty when every template of the renderer's language loaded.
    QString error() const { return m_error; }

    // A4 portrait, no device margins: the renderer lays out the whole sheet itself.
    static void preparePage(QPagedPaintDevice &device);

    // Paints one letter; starts with newPage() unless it is the device's first page. Returns its page count
    // (0 on error).
    int paint(QPainter &painter, const AnyLetter &letter, bool startOnNewPage);

    QString documentTitle(const AnyLetter &letter) const;
    // The placeholder values of a letter (dates formatted as in the letter).
    QHash<QString, QString> context(const AnyLetter &letter) const;
    // The rows of the parent letter's results table: measurements with percentiles, then the typed results.
    QList<ResultRow> resultRows(const ParentLetter &letter) const;
    // The parent letter's growth chart; nullopt without height data.
    static std::optional<GrowthChart> growthChart(const ParentLetter &letter, const Branding &branding);

    // The language a letter is written in (see above).
    QString languageOf(const AnyLetter &letter) const;

private:
    const LetterTemplate *letterTemplate(LetterType type, const QString &language) const;
    const LetterTemplate *letterTemplate(const AnyLetter &letter) const;

    Branding m_branding;
    QString m_language;
    QString m_templateDirectory;
    // Per (language, type), loaded on first use; nullopt when there is none.
    mutable std::map<std::pair<QString, LetterType>, std::optional<LetterTemplate>> m_templates;
    QList<PreparedLogo> m_logos;
    TextBlockCache m_textBlocks; // for one document at a time
    QString m_error;
};

} // namespace lars::reports
