// SPDX-License-Identifier: MIT
// TrackerText: byte order marks, line endings, invalid UTF-8 and mojibake repaired in every code
// page, while clean text in any language comes through untouched.
#include "io/trackertext.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

#include <array>

using namespace Candor;

namespace {

// Cp1252Dropped: a copy that lost cp1252's undefined bytes; Cp1252Lossy: also straightened curly
// quotes and turned no-break spaces into spaces.
enum class Damage { Cp1252, Latin1, MacRoman, Cp1254, Cp1252Dropped, Cp1252Lossy };

// Mac Roman 0x80–0xFF, written out here so the test does not trust the library's table.
constexpr std::array<char16_t, 128> kMacRoman = {
    u'Ä', u'Å', u'Ç', u'É', u'Ñ', u'Ö', u'Ü', u'á', u'à',      u'â',      u'ä', u'ã', u'å',
    u'ç', u'é', u'è', u'ê', u'ë', u'í', u'ì', u'î', u'ï',      u'ñ',      u'ó', u'ò', u'ô',
    u'ö', u'õ', u'ú', u'ù', u'û', u'ü', u'†', u'°', u'¢',      u'£',      u'§', u'•', u'¶',
    u'ß', u'®', u'©', u'™', u'´', u'¨', u'≠', u'Æ', u'Ø',      u'∞',      u'±', u'≤', u'≥',
    u'¥', u'µ', u'∂', u'∑', u'∏', u'π', u'∫', u'ª', u'º',      u'Ω',      u'æ', u'ø', u'¿',
    u'¡', u'¬', u'√', u'ƒ', u'≈', u'∆', u'«', u'»', u'…',      u'\u00A0', u'À', u'Ã', u'Õ',
    u'Œ', u'œ', u'–', u'—', u'“', u'”', u'‘', u'’', u'÷',      u'◊',      u'ÿ', u'Ÿ', u'⁄',
    u'€', u'‹', u'›', u'ﬁ', u'ﬂ', u'‡', u'·', u'‚', u'„',      u'‰',      u'Â', u'Ê', u'Á',
    u'Ë', u'È', u'Í', u'Î', u'Ï', u'Ì', u'Ó', u'Ô', u'\uF8FF', u'Ò',      u'Ú', u'Û', u'Ù',
    u'ı', u'ˆ', u'˜', u'¯', u'˘', u'˙', u'˚', u'¸', u'˝',      u'˛',      u'ˇ',
};

// cp1252 at 0x80–0x9F; 0 where it defines nothing.
constexpr std::array<char16_t, 32> kCp1252High = {
    u'€', 0,    u'‚', u'ƒ', u'„', u'…', u'†', u'‡', u'ˆ', u'‰', u'Š', u'‹', u'Œ', 0, u'Ž', 0,
    0,    u'‘', u'’', u'“', u'”', u'•', u'–', u'—', u'˜', u'™', u'š', u'›', u'œ', 0, u'ž', u'Ÿ',
};

// What a wrong decoder makes of one byte; an empty string when a lossy copy drops it.
QString imageOf(quint8 byte, Damage damage)
{
    if (byte < 0x80)
        return QString(QChar(char16_t(byte)));
    if (damage == Damage::MacRoman)
        return QString(QChar(kMacRoman[byte - 0x80]));
    if (damage == Damage::Latin1)
        return QString(QChar(char16_t(byte)));
    if (damage == Damage::Cp1254) {
        switch (byte) {
        case 0xD0:
            return QStringLiteral("Ğ");
        case 0xDD:
            return QStringLiteral("İ");
        case 0xDE:
            return QStringLiteral("Ş");
        case 0xF0:
            return QStringLiteral("ğ");
        case 0xFD:
            return QStringLiteral("ı");
        case 0xFE:
            return QStringLiteral("ş");
        default:
            break;
        }
    }
    if (byte <= 0x9F) {
        const char16_t mapped = kCp1252High[byte - 0x80];
        if (mapped == 0) // Windows keeps undefined bytes as C1 controls; lossy copies drop them
            return damage >= Damage::Cp1252Dropped ? QString() : QString(QChar(char16_t(byte)));
        if (damage == Damage::Cp1252Lossy && byte >= 0x91 && byte <= 0x94)
            return byte <= 0x92 ? QStringLiteral("'") : QStringLiteral("\"");
        return QString(QChar(mapped));
    }
    if (damage == Damage::Cp1252Lossy && byte == 0xA0)
        return QStringLiteral(" ");
    return QString(QChar(char16_t(byte)));
}

// Correct text saved as UTF-8 and read back through the wrong code page.
QString damaged(const QString &text, Damage damage)
{
    QString out;
    for (const char byte : text.toUtf8())
        out += imageOf(quint8(byte), damage);
    return out;
}

QString damageName(Damage damage)
{
    switch (damage) {
    case Damage::Cp1252:
        return QStringLiteral("cp1252");
    case Damage::Latin1:
        return QStringLiteral("latin1");
    case Damage::MacRoman:
        return QStringLiteral("macroman");
    case Damage::Cp1254:
        return QStringLiteral("cp1254");
    case Damage::Cp1252Dropped:
        return QStringLiteral("cp1252-dropped");
    case Damage::Cp1252Lossy:
        return QStringLiteral("cp1252-lossy");
    }
    return {};
}

QStringList cleanSamples()
{
    return {
        QStringLiteral("| ID | 任务 | 状态 | 优先级 |\n| T-01 | 实现登录功能 | 已完成 ✅ | 高 |"),
        QStringLiteral("- [x] 데이터베이스 연결 설정 (완료) — 담당: 김민수"),
        QStringLiteral("| 1 | Thiết kế giao diện người dùng | Đã hoàn thành | Nguyễn Văn Ấn |"),
        QStringLiteral(
            "Görev: kalıcı yükseltmeler, başlangıç formu seçimi; ağaç, İstanbul, ŞUBAT, DAĞ"),
        QStringLiteral("- [ ] Prüfung der Größe, „Straße“ und »Übergabe« — fertig bis 3. März"),
        QStringLiteral("| Tâche | Statut | « Terminé » | “été” | Où ? | 50 °C ± 2 | cœur |"),
        QStringLiteral("¿Qué falta? «Año nuevo», señal, CANCIÓN, NIÑO” — ¡Listo!"),
        QStringLiteral("Статус: выполнено; Задача «Проверка» — Готово № 5"),
        QStringLiteral("Português: NÃO, São Paulo, ação, ÂGE, Ê, Ñ°"),
        QStringLiteral("Ελληνικά: Σύνοψη, δ = 0,5 · π, Ω"),
        QStringLiteral("© 2024 Candor™ — ½ × ¾ ≈ 0.375, 1–2 days, 3€, naïve · façade · Zoë"),
        QStringLiteral(
            "Emoji done right: ✅ ❌ 🔴 🟡 ⏳ ⚠️ 📋 👨‍💻 → ← ├── │ "
            "└──"),
    };
}

} // namespace

class tst_TrackerText : public QObject
{
    Q_OBJECT

private slots:
    void repairsEveryCodePage_data();
    void repairsEveryCodePage();
    void repairsMixedLine();
    void repairsDoubleEncoding();
    void cleanTextIsUnchanged_data();
    void cleanTextIsUnchanged();
    void ambiguousDamageIsFlaggedNotGuessed();
    void byteOrderMarks_data();
    void byteOrderMarks();
    void lineEndings_data();
    void lineEndings();
    void invalidUtf8IsReplacedAndWarned();
    void decodeWarnsAboutRepairedLines();
    void randomBytesNeverCrash();
    void megabyteSingleLine();
    void tenMegabytesDecodeQuickly();
};

void tst_TrackerText::repairsEveryCodePage_data()
{
    QTest::addColumn<QString>("damagedLine");
    QTest::addColumn<QString>("expected");

    const QStringList symbols = {
        QStringLiteral("✅"),    QStringLiteral("❌"),      QStringLiteral("🔴"),
        QStringLiteral("🟡"), QStringLiteral("⏳"),      QStringLiteral("⚠️"),
        QStringLiteral("📋"),    QStringLiteral("—"),      QStringLiteral("…"),
        QStringLiteral("é"),    QStringLiteral("Σ"),      QStringLiteral("°"),
        QStringLiteral("→"),    QStringLiteral("├──"),    QStringLiteral("📊"),
        QStringLiteral("└──"),  QStringLiteral("“Done”"),
    };
    for (const Damage damage : {Damage::Cp1252, Damage::Latin1, Damage::MacRoman, Damage::Cp1254,
                                Damage::Cp1252Dropped, Damage::Cp1252Lossy}) {
        for (const QString &symbol : symbols) {
            const QString line =
                QStringLiteral("| 4 | Número de tareas | %1 Complete |").arg(symbol);
            const QString broken = damaged(line, damage);
            if (broken == line)
                continue;
            QTest::addRow("%s %s", qPrintable(damageName(damage)), qPrintable(symbol))
                << broken << line;
        }
    }
    // A lost zero-width joiner between two damaged emoji is a joiner, not a closing quote.
    const QString coder = QStringLiteral("👨‍💻 pairing session");
    QTest::newRow("dropped zwj") << damaged(coder, Damage::Cp1252Dropped) << coder;
    const QString eol = QStringLiteral("He said “ship it”");
    QTest::newRow("lossy quote at end") << damaged(eol, Damage::Cp1252Lossy) << eol;
    QTest::newRow("question mark for lost byte")
        << QStringLiteral("â€œDoneâ€?") << QStringLiteral("“Done”");
}

void tst_TrackerText::repairsEveryCodePage()
{
    QFETCH(QString, damagedLine);
    QFETCH(QString, expected);

    QVERIFY(TrackerText::looksLikeMojibake(damagedLine));
    bool repaired = false;
    QCOMPARE(TrackerText::repairLine(damagedLine, &repaired), expected);
    QVERIFY(repaired);
    QVERIFY(!TrackerText::looksLikeMojibake(expected));

    QList<ImportWarning> warnings;
    QCOMPARE(TrackerText::decode(damagedLine.toUtf8(), QStringLiteral("t.md"), &warnings),
             expected);
}

void tst_TrackerText::repairsMixedLine()
{
    const QString line = QStringLiteral("| 1 | Setup | ✅ Done | %1 Done | 🔴 | %2 |")
                             .arg(damaged(QStringLiteral("✅"), Damage::Cp1252),
                                  damaged(QStringLiteral("🔴"), Damage::Cp1252));
    QCOMPARE(TrackerText::repairLine(line),
             QStringLiteral("| 1 | Setup | ✅ Done | ✅ Done | 🔴 | 🔴 |"));

    // Damage next to German quotes must not drag the quotes into the repair.
    const QString german =
        QStringLiteral("„Straße“ ") + damaged(QStringLiteral("✅ — fertig"), Damage::Cp1252);
    QCOMPARE(TrackerText::repairLine(german), QStringLiteral("„Straße“ ✅ — fertig"));
}

void tst_TrackerText::repairsDoubleEncoding()
{
    const QString clean = QStringLiteral("Phase 2 ✅ — 100 % · Müller");
    const QString twice = damaged(damaged(clean, Damage::Cp1252), Damage::Cp1252);
    QVERIFY(twice != damaged(clean, Damage::Cp1252));
    bool repaired = false;
    QCOMPARE(TrackerText::repairLine(twice, &repaired), clean);
    QVERIFY(repaired);
}

void tst_TrackerText::cleanTextIsUnchanged_data()
{
    QTest::addColumn<QString>("text");
    int i = 0;
    for (const QString &sample : cleanSamples())
        QTest::addRow("sample %d", ++i) << sample;
}

void tst_TrackerText::cleanTextIsUnchanged()
{
    QFETCH(QString, text);

    QVERIFY(!TrackerText::looksLikeMojibake(text));
    for (const QString &line : text.split(u'\n')) {
        bool repaired = true;
        QCOMPARE(TrackerText::repairLine(line, &repaired), line);
        QVERIFY(!repaired);
    }
    QList<ImportWarning> warnings;
    QCOMPARE(TrackerText::decode(text.toUtf8(), QStringLiteral("t.md"), &warnings), text);
    QVERIFY(warnings.isEmpty());
}

void tst_TrackerText::ambiguousDamageIsFlaggedNotGuessed()
{
    // E2 AC plus a lost byte could be any of five arrows and shapes: better visibly damaged.
    const QString line = QStringLiteral("| 10.4 | Logic | â¬ PENDING |");
    QVERIFY(TrackerText::looksLikeMojibake(line));
    bool repaired = true;
    QCOMPARE(TrackerText::repairLine(line, &repaired), line);
    QVERIFY(!repaired);
}

void tst_TrackerText::byteOrderMarks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = QStringLiteral("# Tracker ✅\n- [x] Größe 🔴\n");
    QTest::addColumn<QString>("expected");

    QTest::newRow("none") << text.toUtf8() << text;
    QTest::newRow("utf-8") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << text;
    for (const auto &[name, encoding] : {std::pair{"utf-16le", QStringConverter::Utf16LE},
                                         std::pair{"utf-16be", QStringConverter::Utf16BE},
                                         std::pair{"utf-32le", QStringConverter::Utf32LE},
                                         std::pair{"utf-32be", QStringConverter::Utf32BE}}) {
        QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = encoder(text);
        QVERIFY(bytes.size() > text.size() * 2);
        QTest::newRow(name) << bytes << text;
    }
    // A damaged file saved as UTF-16 still gets its repair.
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-16le damaged") << QByteArray(utf16(damaged(text, Damage::Cp1252))) << text;
}

void tst_TrackerText::byteOrderMarks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QList<ImportWarning> warnings;
    const QString text = TrackerText::decode(bytes, QStringLiteral("t.md"), &warnings);
    QCOMPARE(text, expected);
    QVERIFY(!text.startsWith(QChar(0xFEFF)));
    for (const ImportWarning &w : warnings)
        QVERIFY2(w.message.contains(QStringLiteral("code page")), qPrintable(w.message));
}

void tst_TrackerText::lineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lf") << QByteArray("a\nb\n") << QStringLiteral("a\nb\n");
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QStringLiteral("a\nb\n");
    QTest::newRow("cr") << QByteArray("a\rb\r") << QStringLiteral("a\nb\n");
    QTest::newRow("mixed") << QByteArray("a\r\nb\rc\nd") << QStringLiteral("a\nb\nc\nd");
    QTest::newRow("blank crlf lines") << QByteArray("a\r\n\r\n\rb") << QStringLiteral("a\n\n\nb");
    QTest::newRow("damaged crlf")
        << (damaged(QStringLiteral("✅ a"), Damage::Cp1252) + QStringLiteral("\r\n")).toUtf8()
        << QStringLiteral("✅ a\n");
}

void tst_TrackerText::lineEndings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(TrackerText::decode(bytes, QStringLiteral("t.md"), nullptr), expected);
}

void tst_TrackerText::invalidUtf8IsReplacedAndWarned()
{
    // Line 2 holds a stray 0xFF, line 4 (after a lone CR) a truncated sequence, line 5 a surrogate.
    const QByteArray bytes("ok ✅\r\nbad \xFF here\nfine\rcut \xC3\n\xED\xA0\x80 x\nlast");
    QList<ImportWarning> warnings;
    const QString text = TrackerText::decode(bytes, QStringLiteral("broken.md"), &warnings);
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[0], QStringLiteral("ok ✅"));
    QVERIFY(lines[1].contains(QChar(0xFFFD)));
    QCOMPARE(lines[2], QStringLiteral("fine"));
    QVERIFY(lines[3].contains(QChar(0xFFFD)));
    QVERIFY(lines[4].contains(QChar(0xFFFD)));
    QCOMPARE(lines[5], QStringLiteral("last"));
    QCOMPARE(warnings.size(), 3);
    QCOMPARE(warnings[0].line, 2);
    QCOMPARE(warnings[1].line, 4);
    QCOMPARE(warnings[2].line, 5);
    for (const ImportWarning &w : warnings) {
        QCOMPARE(w.file, QStringLiteral("broken.md"));
        QVERIFY(!w.message.isEmpty());
    }
}

void tst_TrackerText::decodeWarnsAboutRepairedLines()
{
    const QString text = QStringLiteral("# Plan\nclean\nStatus ✅ done\nStatus — open\n");
    const QString file = QStringLiteral("# Plan\nclean\n") +
                         damaged(QStringLiteral("Status ✅ done\nStatus — open\n"), Damage::Cp1252);
    QList<ImportWarning> warnings;
    QCOMPARE(TrackerText::decode(file.toUtf8(), QStringLiteral("plan.md"), &warnings), text);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings[0].line, 3);
    QCOMPARE(warnings[0].file, QStringLiteral("plan.md"));
    QVERIFY(warnings[0].message.contains(QLatin1String("2")));
}

void tst_TrackerText::randomBytesNeverCrash()
{
    QRandomGenerator random(20240611);
    for (int run = 0; run < 100; ++run) {
        QByteArray bytes(4096, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        QList<ImportWarning> warnings;
        const QString text = TrackerText::decode(bytes, QStringLiteral("random.bin"), &warnings);
        QVERIFY(!text.contains(u'\r'));
        // Random UTF-16 too, lone surrogates included, straight into the line repair.
        QString units(2048, Qt::Uninitialized);
        for (QChar &ch : units)
            ch = QChar(
                char16_t(run % 2 == 0 ? random.bounded(0x10000) : 0x80 + random.bounded(0x200)));
        TrackerText::repairLine(units);
        TrackerText::looksLikeMojibake(units);
    }
}

void tst_TrackerText::megabyteSingleLine()
{
    const QString unit =
        QStringLiteral("| task ✅ %1 Größe — ").arg(damaged(QStringLiteral("🔴"), Damage::Cp1252));
    QString line;
    while (line.size() < 1024 * 1024)
        line += unit;
    QString expected = line;
    expected.replace(damaged(QStringLiteral("🔴"), Damage::Cp1252), QStringLiteral("🔴"));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(TrackerText::decode(line.toUtf8(), QStringLiteral("long.md"), nullptr), expected);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void tst_TrackerText::tenMegabytesDecodeQuickly()
{
    // Mostly clean text in several languages, one damaged line in every fifty.
    QString text;
    const QStringList samples = cleanSamples();
    const QString damagedLine =
        damaged(QStringLiteral("| 7 | Deploy | ✅ Complete — ok |\n"), Damage::Cp1252);
    for (int i = 0; text.size() < 10 * 1024 * 1024; ++i) {
        text += QStringLiteral("| %1 | Task number %1 | In progress | 3 d |\n").arg(i);
        text += samples[i % samples.size()] + u'\n';
        if (i % 25 == 0)
            text += damagedLine;
    }
    const QByteArray bytes = text.toUtf8();
    QElapsedTimer timer;
    timer.start();
    const QString decoded = TrackerText::decode(bytes, QStringLiteral("big.md"), nullptr);
    const qint64 elapsed = timer.elapsed();
    qInfo("decoded %lld MB in %lld ms", qlonglong(bytes.size() / (1024 * 1024)),
          qlonglong(elapsed));
    QVERIFY(!decoded.contains(damagedLine));
    QVERIFY(decoded.contains(QStringLiteral("| 7 | Deploy | ✅ Complete — ok |")));
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(tst_TrackerText)
#include "tst_trackertext.moc"
