#include "reports/PdfMerge.h"

#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <algorithm>
#include <map>
#include <optional>

namespace lars::reports {

namespace {

// One parsed part: every object's bytes ("N 0 obj … endobj") by number, and the trailer's references.
struct Part
{
    QByteArray header; // "%PDF-1.4" and the binary comment line
    std::map<int, QByteArray> objects;
    int root = 0;
    int info = 0;
    int pages = 0;
    int metadata = 0;
    QList<int> kids;
};

std::optional<int> reference(const QByteArray &text, const char *key)
{
    const QRegularExpression re(QStringLiteral("%1\\s+(\\d+)\\s+0\\s+R").arg(QLatin1String(key)));
    const auto m = re.match(QString::fromLatin1(text));
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

// The dictionary part of an object (before its stream, if any): the only place references are rewritten.
qsizetype dictionaryEnd(const QByteArray &object)
{
    const qsizetype dict = object.indexOf(">>");
    const qsizetype stream = dict < 0 ? -1 : object.indexOf("stream", dict);
    return stream < 0 ? object.size() : stream;
}

std::optional<Part> parse(const QByteArray &pdf, QString *error)
{
    auto fail = [error](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return fail(QStringLiteral("no startxref"));
    bool ok = false;
    const qint64 xrefAt = pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xrefAt <= 0 || xrefAt >= pdf.size() || !pdf.mid(xrefAt).startsWith("xref"))
        return fail(QStringLiteral("no cross-reference table"));
    const qsizetype trailerAt = pdf.indexOf("trailer", xrefAt);
    if (trailerAt < 0)
        return fail(QStringLiteral("no trailer"));
    const QList<QByteArray> lines = pdf.mid(xrefAt, trailerAt - xrefAt).split('\n');
    // "xref", "0 N", then N entries of "offset generation n|f".
    const QList<QByteArray> subsection = lines.value(1).trimmed().split(' ');
    if (subsection.size() != 2 || subsection[0] != "0")
        return fail(QStringLiteral("more than one cross-reference section"));
    const int count = subsection[1].toInt();
    QList<std::pair<qint64, int>> offsets; // (offset, number)
    for (int n = 1; n < count; ++n) {
        const QList<QByteArray> entry = lines.value(2 + n).trimmed().split(' ');
        if (entry.size() != 3)
            return fail(QStringLiteral("bad cross-reference entry %1").arg(n));
        if (entry[2] == "n")
            offsets.append({entry[0].toLongLong(), n});
    }
    if (offsets.isEmpty())
        return fail(QStringLiteral("no objects"));
    std::sort(offsets.begin(), offsets.end());
    Part part;
    part.header = pdf.left(offsets.first().first);
    for (qsizetype i = 0; i < offsets.size(); ++i) {
        const auto [at, n] = offsets[i];
        const qint64 end = i + 1 < offsets.size() ? offsets[i + 1].first : xrefAt;
        QByteArray object = pdf.mid(at, end - at);
        if (!object.startsWith(QByteArray::number(n) + " 0 obj"))
            return fail(QStringLiteral("object %1 is not where the table says").arg(n));
        part.objects.emplace(n, std::move(object));
    }
    const QByteArray trailer = pdf.mid(trailerAt, startxref - trailerAt);
    part.root = reference(trailer, "/Root").value_or(0);
    part.info = reference(trailer, "/Info").value_or(0);
    if (!part.objects.count(part.root))
        return fail(QStringLiteral("no catalog"));
    const QByteArray &catalog = part.objects[part.root];
    part.pages = reference(catalog, "/Pages").value_or(0);
    part.metadata = reference(catalog, "/Metadata").value_or(0);
    if (!part.objects.count(part.pages))
        return fail(QStringLiteral("no page tree"));
    static const QRegularExpression kidsRe(QStringLiteral("/Kids\\s*\\[([^\\]]*)\\]"));
    const auto kids = kidsRe.match(QString::fromLatin1(part.objects[part.pages]));
    if (!kids.hasMatch())
        return fail(QStringLiteral("no page list"));
    static const QRegularExpression refRe(QStringLiteral("(\\d+)\\s+0\\s+R"));
    for (auto it = refRe.globalMatch(kids.captured(1)); it.hasNext();) {
        const int kid = it.next().captured(1).toInt();
        if (!part.objects.count(kid) || !part.objects[kid].contains("/Type /Page\n"))
            return fail(QStringLiteral("the page tree is not flat"));
        part.kids.append(kid);
    }
    return part;
}

// The object with its number and the references in its dictionary renumbered; the stream is left as is.
QByteArray renumbered(const QByteArray &object, const QHash<int, int> &numbers, int self, int part)
{
    const qsizetype dictEnd = dictionaryEnd(object);
    const qsizetype headerEnd = object.indexOf("obj") + 3;
    QString dict = QString::fromLatin1(object.mid(headerEnd, dictEnd - headerEnd));
    static const QRegularExpression refRe(QStringLiteral("\\b(\\d+)(\\s+0\\s+R)\\b"));
    QString out;
    qsizetype last = 0;
    for (auto it = refRe.globalMatch(dict); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(dict).mid(last, m.capturedStart() - last);
        out += QString::number(numbers.value(m.captured(1).toInt())) + m.captured(2);
        last = m.capturedEnd();
    }
    out += QStringView(dict).mid(last);
    // Font subsets of different parts hold different glyphs: each gets its own subset tag.
    static const QRegularExpression tagRe(QStringLiteral("/FontName /([A-Z]{6})\\+"));
    if (const auto m = tagRe.match(out); m.hasMatch()) {
        QString tag;
        for (int v = self * 31 + part, i = 0; i < 6; ++i, v /= 26)
            tag += QChar(u'A' + v % 26);
        out.replace(m.capturedStart(1), 6, tag);
    }
    return QByteArray::number(numbers.value(self)) + " 0 obj" + out.toLatin1() + object.mid(dictEnd);
}

} // namespace

QString PdfMerge::merge(const QList<QByteArray> &parts, QIODevice &out)
{
    if (parts.isEmpty())
        return QStringLiteral("nothing to join");
    QList<Part> parsed;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString error;
        auto part = parse(parts[i], &error);
        if (!part)
            return QStringLiteral("part %1: %2").arg(i + 1).arg(error);
        parsed.append(std::move(*part));
    }
    // Numbers: the first part keeps its own; the others follow, without their catalog, page tree,
    // document information and metadata (their pages join the first part's page tree).
    const Part &first = parsed.first();
    int next = first.objects.rbegin()->first + 1;
    QList<QHash<int, int>> numbers(parsed.size());
    for (const auto &[n, object] : first.objects)
        numbers[0].insert(n, n);
    QList<int> kids = first.kids;
    for (qsizetype i = 1; i < parsed.size(); ++i) {
        const Part &part = parsed[i];
        for (const auto &[n, object] : part.objects) {
            if (n == part.root || n == part.info || n == part.metadata)
                continue;
            numbers[i].insert(n, n == part.pages ? first.pages : next++);
        }
        for (const int kid : part.kids)
            kids.append(numbers[i].value(kid));
    }

    QList<qint64> offsets(next, -1);
    qint64 at = 0;
    auto write = [&](const QByteArray &bytes) {
        at += bytes.size();
        return out.write(bytes) == bytes.size();
    };
    bool ok = write(first.header);
    for (qsizetype i = 0; i < parsed.size() && ok; ++i) {
        const Part &part = parsed[i];
        for (const auto &[n, object] : part.objects) {
            if (i > 0 && (n == part.root || n == part.info || n == part.metadata || n == part.pages))
                continue;
            const int number = numbers[i].value(n);
            offsets[number] = at;
            if (i == 0 && n == first.pages) {
                QByteArray list;
                for (const int kid : kids)
                    list += QByteArray::number(kid) + " 0 R\n";
                QString pages = QString::fromLatin1(object);
                static const QRegularExpression kidsRe(QStringLiteral("/Kids\\s*\\[[^\\]]*\\]"));
                static const QRegularExpression countRe(QStringLiteral("/Count\\s+\\d+"));
                pages.replace(kidsRe, QStringLiteral("/Kids \n[\n%1]").arg(QString::fromLatin1(list)));
                pages.replace(countRe, QStringLiteral("/Count %1").arg(kids.size()));
                ok = write(pages.toLatin1());
            } else {
                ok = write(i == 0 ? object : renumbered(object, numbers[i], n, int(i)));
            }
        }
    }
    const qint64 xrefAt = at;
    QByteArray xref = "xref\n0 " + QByteArray::number(next) + "\n0000000000 65535 f \n";
    for (int n = 1; n < next; ++n) {
        if (offsets[n] < 0)
            xref += "0000000000 00000 f \n";
        else
            xref += QByteArray::number(offsets[n]).rightJustified(10, '0') + " 00000 n \n";
    }
    xref += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Info " + QByteArray::number(first.info) +
            " 0 R\n/Root " + QByteArray::number(first.root) + " 0 R\n>>\nstartxref\n" +
            QByteArray::number(xrefAt) + "\n%%EOF\n";
    ok = ok && write(xref);
    return ok ? QString() : out.errorString();
}

} // namespace lars::reports
