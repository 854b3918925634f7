// SPDX-License-Identifier: MIT
#include "mermaidformat.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Candor {

namespace {

const QString hexPrefix = QStringLiteral("k_");

bool isReserved(const QString &id)
{
    static const QStringList words{
        QStringLiteral("end"),       QStringLiteral("graph"),     QStringLiteral("flowchart"),
        QStringLiteral("subgraph"),  QStringLiteral("style"),     QStringLiteral("class"),
        QStringLiteral("classDef"),  QStringLiteral("linkStyle"), QStringLiteral("click"),
        QStringLiteral("direction"), QStringLiteral("call"),      QStringLiteral("href")};
    return words.contains(id, Qt::CaseInsensitive);
}

// Mermaid's own entity syntax inside quoted labels: #quot; and #35; for what would end them.
QString escaped(const QString &label)
{
    QString out;
    for (const QChar c : label) {
        if (c == QLatin1Char('"'))
            out += QLatin1String("#quot;");
        else if (c == QLatin1Char('#') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += QStringLiteral("#%1;").arg(c.unicode());
        else
            out += c;
    }
    return out;
}

QString unescaped(const QString &label)
{
    static const QRegularExpression entity(QStringLiteral("#(\\w+);"));
    static const QHash<QString, QString> named{{QStringLiteral("quot"), QStringLiteral("\"")},
                                               {QStringLiteral("amp"), QStringLiteral("&")},
                                               {QStringLiteral("lt"), QStringLiteral("<")},
                                               {QStringLiteral("gt"), QStringLiteral(">")}};
    QString out;
    qsizetype at = 0;
    for (auto it = entity.globalMatch(label); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(label).mid(at, match.capturedStart() - at);
        bool number = false;
        const uint code = match.captured(1).toUInt(&number);
        if (number) {
            const char32_t character = code;
            out += QString::fromUcs4(&character, 1);
        } else
            out += named.value(match.captured(1), match.captured(0));
        at = match.capturedEnd();
    }
    return out + label.mid(at);
}

// Line by line: a statement is node groups joined by links; a group is nodes joined by &.
class Reader
{
public:
    KeyedGraphRead read(const QString &text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        bool header = false;
        for (int i = 0; i < lines.size() && m_result.ok(); ++i) {
            m_line = i + 1;
            const QString line = lines.at(i).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1String("%%")))
                continue;
            const QString first = line.section(QLatin1Char(' '), 0, 0).toLower();
            if (!header) {
                if (first != QLatin1String("flowchart") && first != QLatin1String("graph"))
                    return fail(MermaidFormat::tr("Expected 'flowchart' or 'graph'"));
                header = true;
                continue;
            }
            static const QStringList skipped{
                QStringLiteral("subgraph"),  QStringLiteral("end"),      QStringLiteral("style"),
                QStringLiteral("classdef"),  QStringLiteral("class"),    QStringLiteral("click"),
                QStringLiteral("linkstyle"), QStringLiteral("direction")};
            if (skipped.contains(first))
                continue;
            for (const QString &statement : statements(line))
                parse(statement);
        }
        if (!header && m_result.ok())
            return fail(MermaidFormat::tr("Expected 'flowchart' or 'graph'"));
        return m_result;
    }

private:
    // A line split at the semicolons that end statements, not those inside "quoted labels".
    static QStringList statements(const QString &line)
    {
        QStringList parts;
        bool quoted = false;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            if (i < line.size() && line.at(i) == QLatin1Char('"'))
                quoted = !quoted;
            if (i == line.size() || (!quoted && line.at(i) == QLatin1Char(';'))) {
                if (const QString part = line.mid(start, i - start).trimmed(); !part.isEmpty())
                    parts.append(part);
                start = i + 1;
            }
        }
        return parts;
    }

    KeyedGraphRead fail(const QString &message)
    {
        if (m_result.ok()) {
            m_result.error = message;
            m_result.line = m_line;
        }
        return m_result;
    }

    void parse(const QString &statement)
    {
        m_text = statement;
        m_at = 0;
        QList<QString> previous;
        for (;;) {
            QList<QString> group;
            do {
                const QString key = node();
                if (key.isEmpty())
                    return void(fail(MermaidFormat::tr("Expected a node id")));
                group.append(key);
            } while (take(QLatin1String("&")));
            for (const QString &before : previous) {
                for (const QString &after : group) {
                    if (!m_edges.contains({after, before})) {
                        m_edges.insert({after, before});
                        m_result.graph.dependencies.append({after, before});
                    }
                }
            }
            previous = group;
            skipSpace();
            if (m_at >= m_text.size())
                return;
            if (!link())
                return void(fail(MermaidFormat::tr("Expected a link such as -->")));
        }
    }

    void skipSpace()
    {
        while (m_at < m_text.size() && m_text.at(m_at).isSpace())
            ++m_at;
    }
    bool take(QLatin1String word)
    {
        skipSpace();
        if (!QStringView(m_text).mid(m_at).startsWith(word))
            return false;
        m_at += word.size();
        return true;
    }

    // An id with an optional shape holding the label: A, A[..], A(..), A{..}, A((..)), A>..].
    QString node()
    {
        skipSpace();
        const qsizetype start = m_at;
        while (m_at < m_text.size()) {
            const QChar c = m_text.at(m_at);
            const QChar next = m_at + 1 < m_text.size() ? m_text.at(m_at + 1) : QChar();
            const bool dash =
                c == QLatin1Char('-') && (next.isLetterOrNumber() || next == QLatin1Char('_'));
            if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || dash))
                break;
            ++m_at;
        }
        const QString id = m_text.mid(start, m_at - start);
        if (id.isEmpty())
            return {};
        QString label;
        bool labelled = false;
        static const QString openers = QStringLiteral("[({>");
        if (m_at < m_text.size() && openers.contains(m_text.at(m_at))) {
            qsizetype open = m_at;
            while (open < m_text.size() && QStringLiteral("[({>/\\").contains(m_text.at(open)))
                ++open;
            qsizetype close = open;
            if (close < m_text.size() && m_text.at(close) == QLatin1Char('"'))
                close = m_text.indexOf(QLatin1Char('"'), close + 1) + 1;
            static const QString closers = QStringLiteral("])}/\\");
            while (close > 0 && close < m_text.size() && !closers.contains(m_text.at(close)))
                ++close;
            if (close <= 0 || close >= m_text.size())
                return {};
            label = m_text.mid(open, close - open).trimmed();
            if (label.size() >= 2 && label.startsWith(QLatin1Char('"')) &&
                label.endsWith(QLatin1Char('"')))
                label = label.mid(1, label.size() - 2);
            labelled = true;
            m_at = close;
            while (m_at < m_text.size() && closers.contains(m_text.at(m_at)))
                ++m_at;
        }
        const QString key = MermaidFormat::keyFor(id);
        const auto found = m_index.constFind(key);
        if (found == m_index.constEnd()) {
            m_index.insert(key, int(m_result.graph.nodes.size()));
            m_result.graph.nodes.append({key, labelled ? unescaped(label) : QString()});
        } else if (labelled) {
            m_result.graph.nodes[*found].title = unescaped(label);
        }
        return key;
    }

    // -->, ---, -.->, ==>, <-->, --o, --x, ~~~, with |text| or as -- text -->.
    bool link()
    {
        static const QRegularExpression arrow(
            QStringLiteral("\\s*(<?(?:-{2,}|={2,}|-\\.+-|~{3,})[->ox]?)(?:\\s*\\|[^|]*\\|)?"));
        static const QRegularExpression texted(
            QStringLiteral("\\s*(?:--|==)\\s[^>]*?\\s(?:-{2,}|={2,}|-\\.+-)[->ox]?"));
        for (const QRegularExpression *pattern : {&texted, &arrow}) {
            const QRegularExpressionMatch match =
                pattern->match(m_text, m_at, QRegularExpression::NormalMatch,
                               QRegularExpression::AnchorAtOffsetMatchOption);
            if (match.hasMatch()) {
                m_at += match.capturedLength(0);
                return true;
            }
        }
        return false;
    }

    KeyedGraphRead m_result;
    QHash<QString, int> m_index;
    QSet<QPair<QString, QString>> m_edges;
    QString m_text;
    qsizetype m_at = 0;
    int m_line = 0;
};

} // namespace

QString MermaidFormat::idFor(const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*$"));
    if (plain.match(key).hasMatch() && !isReserved(key) &&
        !key.startsWith(hexPrefix, Qt::CaseInsensitive))
        return key;
    return hexPrefix + QString::fromLatin1(key.toUtf8().toHex());
}

QString MermaidFormat::keyFor(const QString &id)
{
    if (!id.startsWith(hexPrefix))
        return id;
    const QByteArray hex = id.mid(hexPrefix.size()).toLatin1();
    static const QRegularExpression hexDigits(QStringLiteral("^(?:[0-9a-f]{2})+$"));
    return hexDigits.match(id.mid(hexPrefix.size())).hasMatch()
               ? QString::fromUtf8(QByteArray::fromHex(hex))
               : id;
}

QByteArray MermaidFormat::write(const KeyedGraph &graph)
{
    QString out = QStringLiteral("flowchart LR\n");
    for (const KeyedGraph::Node &node : graph.nodes)
        out += QStringLiteral("    %1[\"%2\"]\n").arg(idFor(node.key), escaped(node.title));
    for (const auto &[task, dependsOn] : graph.dependencies)
        out += QStringLiteral("    %1 --> %2\n").arg(idFor(dependsOn), idFor(task));
    return out.toUtf8();
}

KeyedGraphRead MermaidFormat::read(const QByteArray &text)
{
    return Reader().read(QString::fromUtf8(text));
}

} // namespace Candor
