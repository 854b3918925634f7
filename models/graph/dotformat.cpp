// SPDX-License-Identifier: MIT
#include "dotformat.h"

#include <QHash>
#include <QSet>

#include <utility>

namespace Candor {

namespace {

QString quoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

struct Token
{
    enum Kind { End, Id, Punct, Edge } kind = End;
    QString text;
    int line = 1;
};

// Splits DOT into ids (bare, numeral, quoted with + concatenation, or <html>), punctuation and
// edge operators, skipping comments and # lines.
class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    {}
    QString error;

    Token next()
    {
        skipSpace();
        Token token;
        token.line = m_line;
        if (m_at >= m_text.size())
            return token;
        const QChar c = m_text.at(m_at);
        if (c == QLatin1Char('-') && (peek(1) == QLatin1Char('>') || peek(1) == QLatin1Char('-'))) {
            m_at += 2;
            return {Token::Edge, QStringLiteral("->"), token.line};
        }
        if (QStringLiteral("{}[];,=:").contains(c)) {
            ++m_at;
            return {Token::Punct, QString(c), token.line};
        }
        if (c == QLatin1Char('"')) {
            QString text = quotedString();
            for (;;) { // "a" + "b"
                const qsizetype mark = m_at;
                const int line = m_line;
                skipSpace();
                if (m_at < m_text.size() && m_text.at(m_at) == QLatin1Char('+')) {
                    ++m_at;
                    skipSpace();
                    if (m_at < m_text.size() && m_text.at(m_at) == QLatin1Char('"')) {
                        text += quotedString();
                        continue;
                    }
                }
                m_at = mark;
                m_line = line;
                break;
            }
            return {Token::Id, text, token.line};
        }
        if (c == QLatin1Char('<'))
            return {Token::Id, html(), token.line};
        const qsizetype start = m_at;
        while (m_at < m_text.size() && isIdChar(m_text.at(m_at), m_at == start))
            ++m_at;
        if (m_at == start) {
            error = DotFormat::tr("Unexpected character '%1'").arg(c);
            return token;
        }
        return {Token::Id, m_text.mid(start, m_at - start), token.line};
    }

private:
    QChar peek(int ahead) const
    {
        return m_at + ahead < m_text.size() ? m_text.at(m_at + ahead) : QChar();
    }
    static bool isIdChar(QChar c, bool first)
    {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c.unicode() > 127 ||
               c == QLatin1Char('.') || (first && c == QLatin1Char('-'));
    }
    bool startsLine() const
    {
        const qsizetype begin = m_at == 0 ? 0 : m_text.lastIndexOf(QLatin1Char('\n'), m_at - 1) + 1;
        return QStringView(m_text).mid(begin, m_at - begin).trimmed().isEmpty();
    }
    void skipSpace()
    {
        while (m_at < m_text.size()) {
            const QChar c = m_text.at(m_at);
            if (c == QLatin1Char('\n')) {
                ++m_line;
                ++m_at;
            } else if (c.isSpace()) {
                ++m_at;
            } else if ((c == QLatin1Char('/') && peek(1) == QLatin1Char('/')) ||
                       (c == QLatin1Char('#') && startsLine())) {
                while (m_at < m_text.size() && m_text.at(m_at) != QLatin1Char('\n'))
                    ++m_at;
            } else if (c == QLatin1Char('/') && peek(1) == QLatin1Char('*')) {
                const qsizetype end = m_text.indexOf(QLatin1String("*/"), m_at + 2);
                const qsizetype stop = end < 0 ? m_text.size() : end + 2;
                m_line += int(QStringView(m_text).mid(m_at, stop - m_at).count(QLatin1Char('\n')));
                m_at = stop;
            } else {
                break;
            }
        }
    }
    QString quotedString()
    {
        QString out;
        ++m_at; // the opening quote
        while (m_at < m_text.size() && m_text.at(m_at) != QLatin1Char('"')) {
            QChar c = m_text.at(m_at++);
            if (c == QLatin1Char('\n'))
                ++m_line;
            if (c == QLatin1Char('\\') && m_at < m_text.size()) {
                const QChar escaped = m_text.at(m_at++);
                if (escaped == QLatin1Char('n') || escaped == QLatin1Char('l') ||
                    escaped == QLatin1Char('r'))
                    c = QLatin1Char('\n');
                else if (escaped == QLatin1Char('"') || escaped == QLatin1Char('\\'))
                    c = escaped;
                else if (escaped == QLatin1Char('\n'))
                    continue; // a line continuation
                else
                    out += std::exchange(c, escaped); // kept as written, e.g. \N
            }
            out += c;
        }
        if (m_at >= m_text.size())
            error = DotFormat::tr("A quoted string is not closed");
        ++m_at; // the closing quote
        return out;
    }
    QString html()
    {
        int depth = 0;
        const qsizetype start = m_at;
        while (m_at < m_text.size()) {
            const QChar c = m_text.at(m_at++);
            depth += c == QLatin1Char('<') ? 1 : c == QLatin1Char('>') ? -1 : 0;
            if (depth == 0)
                return m_text.mid(start + 1, m_at - start - 2);
        }
        error = DotFormat::tr("An <html> string is not closed");
        return {};
    }

    const QString m_text;
    qsizetype m_at = 0;
    int m_line = 1;
};

// A recursive descent over the statements; nodes and edges are collected as they appear.
class Parser
{
public:
    explicit Parser(const QString &text)
        : m_lexer(text)
    {
        advance();
    }

    KeyedGraphRead parse()
    {
        if (isId(QStringLiteral("strict")))
            advance();
        if (!isId(QStringLiteral("digraph")) && !isId(QStringLiteral("graph")))
            return fail(DotFormat::tr("Expected 'digraph' or 'graph'"));
        advance();
        if (m_token.kind == Token::Id)
            advance(); // the graph's name
        QList<QString> ignored;
        if (!statements(ignored))
            return m_result;
        if (m_token.kind != Token::End)
            return fail(DotFormat::tr("Unexpected text after the graph"));
        return m_result;
    }

private:
    void advance()
    {
        m_token = m_lexer.next();
        if (!m_lexer.error.isEmpty() && m_result.ok()) {
            m_result.error = m_lexer.error;
            m_result.line = m_token.line;
        }
    }
    bool isId(const QString &word) const
    {
        return m_token.kind == Token::Id && m_token.text.compare(word, Qt::CaseInsensitive) == 0;
    }
    bool isPunct(char c) const
    {
        return m_token.kind == Token::Punct && m_token.text == QLatin1Char(c);
    }
    KeyedGraphRead fail(const QString &message)
    {
        if (m_result.ok()) {
            m_result.error = message;
            m_result.line = m_token.line;
        }
        return m_result;
    }
    void node(const QString &key, const QString &label = {})
    {
        auto found = m_index.constFind(key);
        if (found == m_index.constEnd()) {
            m_index.insert(key, int(m_result.graph.nodes.size()));
            m_result.graph.nodes.append({key, label});
        } else if (!label.isNull()) {
            m_result.graph.nodes[*found].title = label;
        }
    }

    // { statement [;] ... } — collects the nodes named inside, for edges to a group.
    bool statements(QList<QString> &named)
    {
        if (!isPunct('{'))
            return fail(DotFormat::tr("Expected '{'")), false;
        advance();
        while (m_result.ok() && !isPunct('}')) {
            if (m_token.kind == Token::End)
                return fail(DotFormat::tr("Expected '}'")), false;
            if (!statement(named))
                return false;
            if (isPunct(';') || isPunct(','))
                advance();
        }
        advance();
        return m_result.ok();
    }

    bool attributes(QString *label)
    {
        while (isPunct('[')) {
            advance();
            while (m_result.ok() && !isPunct(']')) {
                if (m_token.kind != Token::Id)
                    return fail(DotFormat::tr("Expected an attribute name")), false;
                const QString name = m_token.text;
                advance();
                if (!isPunct('='))
                    return fail(DotFormat::tr("Expected '=' after %1").arg(name)), false;
                advance();
                if (m_token.kind != Token::Id)
                    return fail(DotFormat::tr("Expected a value for %1").arg(name)), false;
                if (label && name == QLatin1String("label"))
                    *label = m_token.text;
                advance();
                if (isPunct(';') || isPunct(','))
                    advance();
            }
            advance();
        }
        return m_result.ok();
    }

    // A node id with an optional port, or a { } group: the nodes it stands for.
    bool operand(QList<QString> &nodes)
    {
        if (isId(QStringLiteral("subgraph")) || isPunct('{')) {
            if (isId(QStringLiteral("subgraph"))) {
                advance();
                if (m_token.kind == Token::Id)
                    advance();
            }
            return statements(nodes);
        }
        if (m_token.kind != Token::Id)
            return fail(DotFormat::tr("Expected a node")), false;
        nodes.append(m_token.text);
        advance();
        for (int part = 0; part < 2 && isPunct(':'); ++part) { // port and compass point
            advance();
            advance();
        }
        return true;
    }

    bool statement(QList<QString> &named)
    {
        if (isId(QStringLiteral("graph")) || isId(QStringLiteral("node")) ||
            isId(QStringLiteral("edge"))) {
            advance();
            return attributes(nullptr);
        }
        if (m_token.kind == Token::Id && !isId(QStringLiteral("subgraph"))) {
            const QString name = m_token.text;
            advance();
            if (isPunct('=')) { // a graph attribute
                advance();
                advance();
                return m_result.ok();
            }
            QList<QString> first{name};
            for (int part = 0; part < 2 && isPunct(':'); ++part) {
                advance();
                advance();
            }
            return rest(first, named);
        }
        QList<QString> first;
        if (!operand(first))
            return false;
        return rest(first, named);
    }

    // After the first operand: a node statement, or an edge chain, each with attributes.
    bool rest(const QList<QString> &first, QList<QString> &named)
    {
        QList<QList<QString>> chain{first};
        while (m_token.kind == Token::Edge) {
            advance();
            QList<QString> next;
            if (!operand(next))
                return false;
            chain.append(next);
        }
        QString label;
        if (!attributes(chain.size() == 1 ? &label : nullptr))
            return false;
        for (const QList<QString> &group : chain) {
            for (const QString &key : group) {
                node(key, chain.size() == 1 && !label.isNull() ? label : QString());
                named.append(key);
            }
        }
        for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
            for (const QString &before : chain.at(i)) {
                for (const QString &after : chain.at(i + 1)) {
                    if (!m_edges.contains({after, before})) {
                        m_edges.insert({after, before});
                        m_result.graph.dependencies.append({after, before});
                    }
                }
            }
        }
        return true;
    }

    Lexer m_lexer;
    Token m_token;
    KeyedGraphRead m_result;
    QHash<QString, int> m_index;
    QSet<QPair<QString, QString>> m_edges;
};

} // namespace

QByteArray DotFormat::write(const KeyedGraph &graph, const QString &name)
{
    QString out =
        QStringLiteral("digraph %1 {\n").arg(quoted(name.isEmpty() ? tr("Dependencies") : name));
    out += QLatin1String("  rankdir=LR;\n  node [shape=box, style=rounded];\n");
    for (const KeyedGraph::Node &node : graph.nodes)
        out += QStringLiteral("  %1 [label=%2];\n").arg(quoted(node.key), quoted(node.title));
    for (const auto &[task, dependsOn] : graph.dependencies)
        out += QStringLiteral("  %1 -> %2;\n").arg(quoted(dependsOn), quoted(task));
    out += QLatin1String("}\n");
    return out.toUtf8();
}

KeyedGraphRead DotFormat::read(const QByteArray &text)
{
    return Parser(QString::fromUtf8(text)).parse();
}

} // namespace Candor
