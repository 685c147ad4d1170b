#include "highlightprotocol.h"

#include <QtEndian>

#include <cstring>

namespace verdict::highlightprotocol {

namespace {

class Writer
{
public:
    explicit Writer(MessageType type)
    {
        m_data.reserve(64);
        m_data.append(4, '\0'); // the length prefix, filled in by frame()
        u8(quint8(type));
    }

    void u8(quint8 value) { m_data.append(char(value)); }
    void u32(quint32 value)
    {
        char bytes[4];
        qToLittleEndian(value, bytes);
        m_data.append(bytes, 4);
    }
    void string(const QString &text)
    {
        u32(quint32(text.size()));
        const qsizetype at = m_data.size();
        m_data.resize(at + text.size() * 2);
        qToLittleEndian<quint16>(text.utf16(), text.size(), m_data.data() + at);
    }
    QByteArray frame()
    {
        qToLittleEndian(quint32(m_data.size() - 4), m_data.data());
        return m_data;
    }

private:
    QByteArray m_data;
};

// Reads a payload front to back; any read past the end marks it failed.
class Reader
{
public:
    explicit Reader(const QByteArray &payload)
        : m_data(payload)
    { }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_data.size(); }
    qsizetype remaining() const { return m_data.size() - m_pos; }

    quint8 u8()
    {
        if (!take(1))
            return 0;
        return quint8(m_data.constData()[m_pos - 1]);
    }
    quint32 u32()
    {
        if (!take(4))
            return 0;
        return qFromLittleEndian<quint32>(m_data.constData() + m_pos - 4);
    }
    QString string()
    {
        const quint32 units = u32();
        if (!m_ok || units > quint32(remaining() / 2)) {
            m_ok = false;
            return {};
        }
        QString text(int(units), Qt::Uninitialized); // int: Qt 5 has no qsizetype overload
        qFromLittleEndian<quint16>(m_data.constData() + m_pos, units, text.data());
        m_pos += qsizetype(units) * 2;
        return text;
    }
    // A count of items each at least `itemSize` bytes long, checked against
    // what is left so a corrupt count cannot make us allocate.
    quint32 count(qsizetype itemSize)
    {
        const quint32 n = u32();
        if (m_ok && n > quint32(remaining() / itemSize))
            m_ok = false;
        return m_ok ? n : 0;
    }
    bool expectType(MessageType type) { return u8() == quint8(type) && m_ok; }

private:
    bool take(qsizetype n)
    {
        if (!m_ok || remaining() < n) {
            m_ok = false;
            return false;
        }
        m_pos += n;
        return true;
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

constexpr qsizetype StyleSize = 1 + 4 + 4;
constexpr qsizetype RangeSize = 4 + 4 + 4;

} // namespace

QByteArray encodeHello(const Hello &hello)
{
    Writer w(MessageType::Hello);
    w.u32(hello.version);
    w.string(hello.engine);
    w.u32(hello.definitions);
    return w.frame();
}

QByteArray encodeRequest(const Request &request)
{
    Writer w(MessageType::Request);
    w.u32(request.id);
    w.u8(request.dark ? 1 : 0);
    w.string(request.language);
    w.string(request.code);
    return w.frame();
}

QByteArray encodeReply(const Reply &reply)
{
    Writer w(MessageType::Reply);
    w.u32(reply.id);
    w.string(reply.result.definition);
    w.u32(quint32(reply.result.styles.size()));
    for (const SyntaxStyle &style : reply.result.styles) {
        w.u8(style.flags);
        w.u32(style.foreground);
        w.u32(style.background);
    }
    w.u32(quint32(reply.result.ranges.size()));
    for (const SyntaxRange &range : reply.result.ranges) {
        w.u32(range.start);
        w.u32(range.length);
        w.u32(range.style);
    }
    return w.frame();
}

bool decodeHello(const QByteArray &payload, Hello *hello)
{
    Reader r(payload);
    if (!r.expectType(MessageType::Hello))
        return false;
    Hello h;
    h.version = r.u32();
    h.engine = r.string();
    h.definitions = r.u32();
    if (!r.ok() || !r.atEnd())
        return false;
    *hello = h;
    return true;
}

bool decodeRequest(const QByteArray &payload, Request *request)
{
    Reader r(payload);
    if (!r.expectType(MessageType::Request))
        return false;
    Request q;
    q.id = r.u32();
    const quint8 theme = r.u8();
    q.dark = theme == 1;
    q.language = r.string();
    q.code = r.string();
    if (!r.ok() || !r.atEnd() || theme > 1)
        return false;
    *request = q;
    return true;
}

bool decodeReply(const QByteArray &payload, Reply *reply)
{
    Reader r(payload);
    if (!r.expectType(MessageType::Reply))
        return false;
    Reply p;
    p.id = r.u32();
    p.result.definition = r.string();
    const quint32 styles = r.count(StyleSize);
    p.result.styles.reserve(styles);
    for (quint32 i = 0; i < styles && r.ok(); ++i) {
        SyntaxStyle style;
        style.flags = r.u8();
        style.foreground = r.u32();
        style.background = r.u32();
        p.result.styles.push_back(style);
    }
    const quint32 ranges = r.count(RangeSize);
    p.result.ranges.reserve(ranges);
    quint64 end = 0;
    for (quint32 i = 0; i < ranges && r.ok(); ++i) {
        SyntaxRange range;
        range.start = r.u32();
        range.length = r.u32();
        range.style = r.u32();
        // Sorted, not overlapping, each naming a style that exists.
        if (range.start < end || range.style >= styles)
            return false;
        end = quint64(range.start) + range.length;
        p.result.ranges.push_back(range);
    }
    if (!r.ok() || !r.atEnd())
        return false;
    *reply = std::move(p);
    return true;
}

quint32 frameLength(const char *prefix)
{
    return qFromLittleEndian<quint32>(prefix);
}

FrameStatus takeFrame(QByteArray &buffer, QByteArray *payload)
{
    if (buffer.size() < 4)
        return FrameStatus::Incomplete;
    const quint32 length = frameLength(buffer.constData());
    if (length > MaxFrameSize)
        return FrameStatus::TooLarge;
    if (quint64(buffer.size()) < 4 + quint64(length))
        return FrameStatus::Incomplete;
    *payload = buffer.mid(4, qsizetype(length));
    buffer.remove(0, 4 + qsizetype(length));
    return FrameStatus::Complete;
}

} // namespace verdict::highlightprotocol
