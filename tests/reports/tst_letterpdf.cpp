// Each template rendered by lars-render from examples/letters, checked with poppler: text (activity date,
// advice line breaks, accents), images (logo), rendered pages (logo region, brand colour), edge cases.
#include "PdfTools.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace pdftools;

class TestLetterPdf final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString render(const QString &tpl, const QString &data, const QString &branding, const QString &out)
    {
        QStringList args{QStringLiteral("--template"), tpl, QStringLiteral("--data"), example(data)};
        if (!branding.isEmpty())
            args << QStringLiteral("--branding") << example(branding);
        const QString path = m_dir.filePath(out);
        args << QStringLiteral("--out") << path;
        const Run r = run(renderTool(), args);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.exitCode == 0 ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(renderTool()), qPrintable(renderTool()));
    }

    void attestCarriesTheActivityDate()
    {
        const QString pdf = render(QStringLiteral("adbib"), QStringLiteral("adbib.json"),
                                   QStringLiteral("branding-png"), QStringLiteral("adbib.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString t = text(pdf);
        QVERIFY2(t.contains(u"Gent, 15 september 2025"), qPrintable(t));
        QVERIFY(t.contains(u"op 15 september 2025 door het CLB"));
        const QString today =
            QLocale(QStringLiteral("nl_BE")).toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy"));
        QVERIFY2(!t.contains(today), "the attest must not carry the printing date");
        QVERIFY(t.contains(u"Noël Dewaële"));
        QVERIFY(t.contains(u"Attest ADBIB"));
        QVERIFY(t.contains(u"Vertrouwelijk"));
        QVERIFY(t.contains(u"pagina 1/1"));
        // The attest text keeps its blank line.
        QVERIFY(text(pdf, 0, true)
                    .contains(QRegularExpression(
                        QStringLiteral("31 oktober 2025\\.\\s*\\n\\s*\\n\\s*Aangepaste"))));
        QCOMPARE(images(pdf), 1);
        const QString meta = info(pdf);
        QVERIFY(meta.contains(u"Title:           Attest ADBIB – Noël Dewaële"));
        for (const QString &font : fonts(pdf))
            QVERIFY2(font.contains(u" yes "), qPrintable(font)); // embedded
        const QImage page1 = page(pdf, 1, 60, m_dir.path());
        QCOMPARE(page1.width(), qRound(210 / 25.4 * 60));
        QVERIFY(countColour(page1, QColor(255, 127, 0), QRectF(15, 8, 70, 35)) > 30);     // logo, top left
        QVERIFY(countColour(page1, QColor(255, 127, 0), QRectF(100, 45, 110, 250)) == 0); // nowhere else
        QVERIFY(countColour(page1, QColor(0xc0, 0x39, 0x2b)) > 100);                      // brand colour
    }

    void parentLetter()
    {
        const QString pdf = render(QStringLiteral("ouderbrief"), QStringLiteral("ouderbrief.json"), {},
                                   QStringLiteral("ouderbrief.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString t = text(pdf);
        QVERIFY(t.contains(u"Aan de ouders van Zoë Van den Broeck-Çelik"));
        QVERIFY(t.contains(u"Gent, 9 oktober 2025"));
        QVERIFY(t.contains(u"139,2 cm"));
        QVERIFY(t.contains(u"percentiel"));
        QVERIFY(t.contains(u"formule van Tanner"));
        QVERIFY(t.contains(u"els.vermeulen@vclbgentzuid.be"));
        QVERIFY(t.contains(u"09 234 56 78"));
        // Line breaks and the blank line of the advice, exactly as typed.
        const QString layout = text(pdf, 0, true);
        QVERIFY2(layout.contains(QRegularExpression(
                     QStringLiteral("dan rechts\\.\\s*\\n\\s*We raden aan om dit binnen 3 maanden te laten "
                                    "nakijken door een oogarts\\.\\s*\\n\\s*\\n\\s*Breng deze brief"))),
                 qPrintable(layout));
        // Default branding: the SVG logo (rasterised once at 600 dpi) and the default brand colour.
        QCOMPARE(images(pdf), 1);
        const QImage page1 = page(pdf, 1, 60, m_dir.path());
        QVERIFY(countColour(page1, QColor(0x0b, 0x5d, 0x7a), QRectF(15, 8, 60, 30)) > 30); // logo region
        QVERIFY(countColour(page1, QColor(0xf2, 0xa9, 0x00), QRectF(15, 8, 60, 30)) > 5);
    }

    void referralSlipStaysWhole()
    {
        for (const auto &[data, branding] : {std::pair{QStringLiteral("doorverwijsbrief.json"), QString()},
                                             std::pair{QStringLiteral("doorverwijsbrief-edge-long.json"),
                                                       QStringLiteral("branding-tall")}}) {
            const QString pdf =
                render(QStringLiteral("doorverwijsbrief"), data, branding, QStringLiteral("ref.pdf"));
            QVERIFY(!pdf.isEmpty());
            const int n = pages(pdf);
            QVERIFY(n >= 1);
            int slipPage = 0;
            for (int p = 1; p <= n; ++p) {
                const QString t = text(pdf, p);
                const bool title = t.contains(u"Terugkoppeling aan het CLB");
                const bool ref = t.contains(u"dossier GZ-2016-04871");
                const bool sign = t.contains(u"Handtekening");
                const bool ret = t.contains(u"Graag terugbezorgen aan");
                QCOMPARE(ref, title);
                QCOMPARE(sign, title);
                QCOMPARE(ret, title);
                if (title)
                    slipPage = p;
            }
            QVERIFY2(slipPage > 0, "slip missing");
            QVERIFY(text(pdf).contains(u"Geachte collega"));
            QVERIFY(text(pdf).contains(QStringLiteral("pagina %1/%1").arg(n)));
        }
    }

    // A referral to a non-medical partner: addressed to it, its own wording and slip, nothing medical and no
    // consent sentence that nobody recorded.
    void partnerReferralHasItsOwnWording()
    {
        const QString pdf =
            render(QStringLiteral("doorverwijsbrief"), QStringLiteral("doorverwijsbrief-partner.json"), {},
                   QStringLiteral("partner.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString t = text(pdf);
        QVERIFY2(t.contains(u"Aan de jeugdrechtbank"), qPrintable(t));
        QVERIFY2(t.contains(u"Geachte mevrouw, geachte heer"), qPrintable(t));
        QVERIFY2(t.contains(u"naar de jeugdrechtbank"), qPrintable(t)); // the slip names the recipient
        for (const char *absent : {"Geachte collega", "collegiale", "Meegestuurde resultaten", "toestemming",
                                   "Naam arts", "Diagnose", "behandelende arts"})
            QVERIFY2(!t.contains(QLatin1String(absent)), absent);
    }

    void noLogo()
    {
        const QString pdf = render(QStringLiteral("ouderbrief"), QStringLiteral("ouderbrief-edge-empty.json"),
                                   QStringLiteral("branding-none"), QStringLiteral("nologo.pdf"));
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(images(pdf), 0);
        const QString t = text(pdf);
        QVERIFY(t.contains(u"Vrij CLB Gent-Zuid"));
        // Empty advice: a sentence instead of an empty section; no chart without height data.
        QVERIFY(t.contains(u"Er is geen bijzonder advies"));
        QVERIFY(!t.contains(u"Groei"));
        const QImage page1 = page(pdf, 1, 60, m_dir.path());
        QVERIFY(countColour(page1, QColor(0x5b, 0x2c, 0x83)) > 100);
    }

    void wideLogoStaysOnThePage()
    {
        const QString pdf = render(QStringLiteral("ouderbrief"), QStringLiteral("ouderbrief-edge-long.json"),
                                   QStringLiteral("branding-wide"), QStringLiteral("wide.pdf"));
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(images(pdf), 1);
        const QImage page1 = page(pdf, 1, 72, m_dir.path());
        const QColor logo(200, 30, 60);
        QVERIFY(countColour(page1, logo, QRectF(19, 10, 100, 40)) > 50);
        QCOMPARE(countColour(page1, logo, QRectF(0, 0, 18, 297)), 0);   // nothing in the left margin
        QCOMPARE(countColour(page1, logo, QRectF(194, 0, 16, 297)), 0); // nor the right one
    }

    void tallLogoIsCapped()
    {
        const QString pdf = render(QStringLiteral("adbib"), QStringLiteral("adbib.json"),
                                   QStringLiteral("branding-tall"), QStringLiteral("tall.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QImage page1 = page(pdf, 1, 72, m_dir.path());
        const QColor logo(40, 120, 40);
        QVERIFY(countColour(page1, logo, QRectF(170, 10, 24, 45), 10) > 30); // right, at most 40 mm tall
        QVERIFY(text(pdf).contains(u"Gent, 15 september 2025"));
        QCOMPARE(pages(pdf), 1);
    }

    void longContentBreaksBetweenRows()
    {
        const QString pdf = render(QStringLiteral("ouderbrief"), QStringLiteral("ouderbrief-edge-long.json"),
                                   QStringLiteral("branding-png"), QStringLiteral("long.pdf"));
        QVERIFY(!pdf.isEmpty());
        const int n = pages(pdf);
        QVERIFY(n >= 3);
        const QString all = text(pdf);
        QVERIFY(all.contains(u"Marie-Anne Éloïse Françoise Ségolène"));
        QVERIFY(all.contains(u"Wereldreiziger"));
        QVERIFY(all.contains(u"lokaal 2.041"));
        int rows = 0;
        for (int p = 1; p <= n; ++p) {
            const QString t = text(pdf, p);
            QVERIFY(t.contains(QStringLiteral("pagina %1/%2").arg(p).arg(n)));
            // Every row on this page is whole: its label, value and remark are all here.
            const int labels = int(t.count(QRegularExpression(QStringLiteral("Onderzoek \\d+:"))));
            QCOMPARE(int(t.count(u"Lange opmerking die over")), labels);
            QCOMPARE(int(t.count(u"hoger wordt dan één regel")), labels);
            rows += labels;
            // The table header is repeated on a page where the table continues.
            if (labels > 0)
                QVERIFY(t.contains(u"Toelichting"));
        }
        QCOMPARE(rows, 22);
        QVERIFY(text(pdf, 0, true).contains(QRegularExpression(QStringLiteral("Na twee lege regels"))));
    }

    // The parents' contact language picks the parent letter's template: French from the date line to the
    // page numbers; a letter without a language stays Dutch.
    void frenchParentLetter()
    {
        const QString pdf = render(QStringLiteral("ouderbrief"), QStringLiteral("ouderbrief-fr.json"),
                                   QStringLiteral("branding-png"), QStringLiteral("fr.pdf"));
        QVERIFY(!pdf.isEmpty());
        const int n = pages(pdf);
        // pdftotext gives "fi" and "fl" as ligatures.
        const QString t = text(pdf).replace(u'ﬁ', QStringLiteral("fi")).replace(u'ﬂ', QStringLiteral("fl"));
        for (const char *french :
             {"Gent, le 9 octobre 2025", "Aux parents de Léa Dubois", "Chers parents,", "Le 7 octobre 2025,",
              "Taille adulte prévisible", "Notre avis", "Des questions ?", "Confidentiel",
              "l'expression de nos salutations distinguées"})
            QVERIFY2(t.contains(QString::fromUtf8(french)), french);
        for (int p = 1; p <= n; ++p)
            QVERIFY(text(pdf, p).contains(QStringLiteral("page %1/%2").arg(p).arg(n)));
        for (const char *dutch : {"Beste ouders", "Vertrouwelijk", "pagina", "Lengte", "percentiel",
                                  "metingen", "leeftijd", "groeicurven", "streeflengte"})
            QVERIFY2(!t.contains(QLatin1String(dutch)), dutch);
        // The advice as typed, blank line kept.
        QVERIFY(text(pdf, 0, true)
                    .contains(QRegularExpression(
                        QStringLiteral("dans les trois mois\\.\\s*\\n\\s*\\n\\s*Apportez"))));
    }

    void batchFile()
    {
        const QString pdf = render(QStringLiteral("ouderbrief"), QStringLiteral("ouderbrief-batch.json"),
                                   QStringLiteral("branding-png"), QStringLiteral("batch.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString t = text(pdf);
        QCOMPARE(int(t.count(u"Aan de ouders van")), 24);
        QCOMPARE(images(pdf), 24);      // the logo on every letter…
        QCOMPARE(uniqueImages(pdf), 1); // …stored once for the whole batch
        QCOMPARE(pages(pdf), int(t.count(QRegularExpression(QStringLiteral("pagina \\d+/\\d+")))));
    }

    void rejectsBadInput()
    {
        QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(
            R"({"clb":{"name":"CLB"},"pupil":{"firstName":"A","lastName":"B"},"activity":{"text":"x"}})");
        bad.close();
        const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
        const Run r =
            run(renderTool(), {QStringLiteral("--template"), QStringLiteral("adbib"),
                               QStringLiteral("--data"), bad.fileName(), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(QString::fromUtf8(r.err).contains(u"activity.date"));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestLetterPdf)
#include "tst_letterpdf.moc"
