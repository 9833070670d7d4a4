#pragma once
// Letters out of the application: one or many letters streamed into one PDF (QPdfWriter) or one
// print job (QPrinter), letter by letter so memory stays flat. A PDF appears only when complete.
#include "reports/Branding.h"
#include "reports/LetterData.h"

#include <QList>
#include <QString>
#include <functional>

class QPrinter;

namespace lars::reports {

class LetterOutput final
{
public:
    // Called after each letter with (done, total); returning false cancels the run.
    using Progress = std::function<bool(int done, int total)>;
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        int letters = 0;
        int pages = 0;
        QString error;
    };
    struct Options
    {
        Branding branding = Branding::defaults();
        QString language = QStringLiteral("nl");
        QString templateDirectory; // empty: the compiled-in templates
        QString title;             // empty: the letter's own title, or a batch title
        QString author;            // empty: the signing staff member

        // The defaults with this CLB's branding (what the preview, print and batch dialogs use).
        static Options forBranding(const Branding &branding)
        {
            Options options;
            options.branding = branding;
            return options;
        }
    };

    // Writes to a temporary file beside path and renames it on success; a failed or cancelled run
    // leaves nothing behind (and an existing file at path untouched).
    static Result writePdf(const QString &path, const QList<AnyLetter> &letters, const Options &options,
                           const Progress &progress = {});
    // Prints on a printer set up by the caller (full page, A4 is set here).
    static Result print(QPrinter &printer, const QList<AnyLetter> &letters, const Options &options,
                        const Progress &progress = {});
    // The PDF/print document title for these letters.
    static QString documentTitle(const QList<AnyLetter> &letters, const Options &options);
};

} // namespace lars::reports
