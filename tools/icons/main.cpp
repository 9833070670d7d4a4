// lars-icons: draws the application icon (an SVG) into the icon files the platform packages need:
// a Windows .ico (PNG images of 16 to 256 px) and a macOS .icns (PNG images of 16 to 1024 px).
// Used by the WiX and macOS bundle builds (packaging/windows, packaging/macos).
#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>
#include <cstdio>

namespace {
QByteArray png(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

template <typename T>
void put(QByteArray &out, T value, bool bigEndian)
{
    char bytes[sizeof(T)];
    if (bigEndian)
        qToBigEndian(value, bytes);
    else
        qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICO with PNG-compressed images (Windows Vista and later).
QByteArray ico(QSvgRenderer &svg)
{
    const QList<int> sizes{16, 24, 32, 48, 64, 128, 256};
    QList<QByteArray> images;
    for (const int s : sizes)
        images.append(png(svg, s));
    QByteArray out;
    put<quint16>(out, 0, false);
    put<quint16>(out, 1, false);
    put<quint16>(out, quint16(sizes.size()), false);
    quint32 offset = 6 + 16 * quint32(sizes.size());
    for (int i = 0; i < sizes.size(); ++i) {
        out.append(char(sizes[i] == 256 ? 0 : sizes[i]));
        out.append(char(sizes[i] == 256 ? 0 : sizes[i]));
        out.append(char(0));
        out.append(char(0));
        put<quint16>(out, 1, false);
        put<quint16>(out, 32, false);
        put<quint32>(out, quint32(images[i].size()), false);
        put<quint32>(out, offset, false);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return out;
}

// ICNS with PNG entries.
QByteArray icns(QSvgRenderer &svg)
{
    const QList<std::pair<const char *, int>> types{{"icp4", 16},  {"icp5", 32},  {"icp6", 64},
                                                    {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
                                                    {"ic10", 1024}};
    QByteArray body;
    for (const auto &[type, size] : types) {
        const QByteArray image = png(svg, size);
        body.append(type, 4);
        put<quint32>(body, quint32(image.size() + 8), true);
        body.append(image);
    }
    QByteArray out("icns");
    put<quint32>(out, quint32(body.size() + 8), true);
    return out + body;
}
} // namespace

int main(int argc, char *argv[])
{
    // It draws into images and shows no window: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 4 || (qstrcmp(argv[1], "ico") != 0 && qstrcmp(argv[1], "icns") != 0)) {
        std::fprintf(stderr, "usage: lars-icons ico|icns INPUT.svg OUTPUT\n");
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[2]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "lars-icons: cannot read %s\n", argv[2]);
        return 1;
    }
    QFile out(QString::fromLocal8Bit(argv[3]));
    const QByteArray data = qstrcmp(argv[1], "ico") == 0 ? ico(svg) : icns(svg);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size()) {
        std::fprintf(stderr, "lars-icons: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}
