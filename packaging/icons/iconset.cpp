// SPDX-License-Identifier: MIT
// candor_iconset: renders the app icon (one SVG) into the files each system wants: PNGs for the
// freedesktop hicolor theme, a Windows .ico and a macOS .icns, both holding PNG images. They are
// committed, so that no package build depends on an SVG renderer; `--check` tells when they no
// longer match the SVG (a ctest), and the update_icons target writes them again.
//   candor_iconset SVG OUTDIR           write candor-N.png, candor.ico, candor.icns
//   candor_iconset --check SVG DIR      exit 1, naming the files, when DIR's differ from SVG

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>
#include <QtEndian>
#include <QTextStream>

#include <cstdlib>
#include <utility>
#include <vector>

namespace {

// The hicolor theme's usual sizes, from the panel's 16 to the software centre's 512.
const int pngSizes[] = {16, 22, 24, 32, 48, 64, 128, 256, 512};
// Windows picks among these for the title bar, the taskbar, Explorer's views and the installer.
const int icoSizes[] = {16, 24, 32, 48, 64, 256};
// macOS's icon types that hold PNG data, each with its size in pixels (…@2x included).
const std::pair<const char *, int> icnsTypes[] = {
    {"icp4", 16},   {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
    {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512}};

using Images = std::vector<QImage>;

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

template <typename T> void append(QByteArray &bytes, T value, bool bigEndian)
{
    char raw[sizeof(T)];
    if (bigEndian)
        qToBigEndian(value, raw);
    else
        qToLittleEndian(value, raw);
    bytes.append(raw, sizeof(T));
}

template <typename T> T read(const QByteArray &bytes, qsizetype at, bool bigEndian)
{
    const char *raw = bytes.constData() + at;
    return bigEndian ? qFromBigEndian<T>(raw) : qFromLittleEndian<T>(raw);
}

// ICONDIR, one ICONDIRENTRY per image (a width of 0 means 256), then the PNGs.
QByteArray ico(const Images &images)
{
    QByteArray head;
    QByteArray data;
    append<quint16>(head, 0, false);
    append<quint16>(head, 1, false);
    append<quint16>(head, quint16(images.size()), false);
    const quint32 start = quint32(6 + 16 * images.size());
    for (const QImage &image : images) {
        const QByteArray bytes = png(image);
        head.append(char(image.width() % 256)).append(char(image.height() % 256));
        head.append(char(0)).append(char(0));
        append<quint16>(head, 1, false);
        append<quint16>(head, 32, false);
        append<quint32>(head, quint32(bytes.size()), false);
        append<quint32>(head, start + quint32(data.size()), false);
        data += bytes;
    }
    return head + data;
}

// "icns", the file's length, then (type, length with its 8-byte header, PNG) per image.
QByteArray icns(const Images &images)
{
    QByteArray body;
    for (std::size_t i = 0; i < images.size(); ++i) {
        const QByteArray bytes = png(images[i]);
        body.append(icnsTypes[i].first, 4);
        append<quint32>(body, quint32(bytes.size() + 8), true);
        body += bytes;
    }
    QByteArray file("icns");
    append<quint32>(file, quint32(body.size() + 8), true);
    return file + body;
}

// The images an .ico or .icns written above holds, in order; empty when it is not one.
Images readBack(const QByteArray &bytes, bool isIcns)
{
    Images images;
    if (isIcns) {
        for (qsizetype at = 8; at + 8 <= bytes.size();) {
            const auto length = qsizetype(read<quint32>(bytes, at + 4, true));
            if (length < 8 || at + length > bytes.size())
                return {};
            images.push_back(QImage::fromData(bytes.mid(at + 8, length - 8), "PNG"));
            at += length;
        }
        return images;
    }
    if (bytes.size() < 6)
        return {};
    const int count = read<quint16>(bytes, 4, false);
    for (int i = 0; i < count && 6 + 16 * (i + 1) <= bytes.size(); ++i) {
        const qsizetype entry = 6 + 16 * i;
        images.push_back(QImage::fromData(bytes.mid(read<quint32>(bytes, entry + 12, false),
                                                    read<quint32>(bytes, entry + 8, false)),
                                          "PNG"));
    }
    return images;
}

// Equal but for rounding: another Qt version may antialias an edge one step differently.
bool same(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return false;
    const QImage left = a.convertToFormat(QImage::Format_ARGB32);
    const QImage right = b.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < left.height(); ++y) {
        const auto *l = reinterpret_cast<const QRgb *>(left.constScanLine(y));
        const auto *r = reinterpret_cast<const QRgb *>(right.constScanLine(y));
        for (int x = 0; x < left.width(); ++x) {
            if (std::abs(qRed(l[x]) - qRed(r[x])) > 3 ||
                std::abs(qGreen(l[x]) - qGreen(r[x])) > 3 ||
                std::abs(qBlue(l[x]) - qBlue(r[x])) > 3 ||
                std::abs(qAlpha(l[x]) - qAlpha(r[x])) > 3)
                return false;
        }
    }
    return true;
}

bool same(const Images &a, const Images &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!same(a[i], b[i]))
            return false;
    }
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool check = !arguments.isEmpty() && arguments.first() == QLatin1String("--check");
    if (check)
        arguments.removeFirst();
    QTextStream err(stderr);
    if (arguments.size() != 2) {
        err << "usage: candor_iconset [--check] SVG DIR\n";
        return 2;
    }
    QSvgRenderer svg(arguments[0]);
    if (!svg.isValid()) {
        err << "candor_iconset: cannot read " << arguments[0] << '\n';
        return 2;
    }
    const QString dir = arguments[1] + QLatin1Char('/');

    Images icoImages;
    for (const int size : icoSizes)
        icoImages.push_back(render(svg, size));
    Images icnsImages;
    for (const auto &[type, size] : icnsTypes)
        icnsImages.push_back(render(svg, size));

    QStringList wrong;
    for (const int size : pngSizes) {
        const QString name = QStringLiteral("candor-%1.png").arg(size);
        const QImage image = render(svg, size);
        if (check ? !same(QImage(dir + name), image) : !writeFile(dir + name, png(image)))
            wrong << name;
    }
    const std::pair<QString, bool> containers[] = {{QStringLiteral("candor.ico"), false},
                                                   {QStringLiteral("candor.icns"), true}};
    for (const auto &[name, isIcns] : containers) {
        const Images &images = isIcns ? icnsImages : icoImages;
        if (check ? !same(readBack(readFile(dir + name), isIcns), images)
                  : !writeFile(dir + name, isIcns ? icns(images) : ico(images)))
            wrong << name;
    }
    if (wrong.isEmpty())
        return 0;
    if (check)
        err << "candor_iconset: these differ from " << arguments[0] << ": " << wrong.join(u' ')
            << "\n  rebuild them: cmake --build BUILD_DIR --target update_icons\n";
    else
        err << "candor_iconset: cannot write " << wrong.join(u' ') << " in " << dir << '\n';
    return 1;
}
