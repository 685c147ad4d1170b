#pragma once

#include "syntaxresult.h"

#include <QByteArray>
#include <QString>

// The wire format between the application and verdict-highlighter, shared by
// both sides (Qt 6 and Qt 5). docs/highlighting.md describes it byte by byte.
// Every frame is a little-endian quint32 payload length and the payload; text
// travels as UTF-16 code units, so NULs, emoji and unpaired surrogates pass
// unchanged and positions need no conversion.
namespace verdict::highlightprotocol {

constexpr quint32 Version = 1;
// Frames larger than this are a protocol error (the peer is not ours).
constexpr quint32 MaxFrameSize = 64u * 1024u * 1024u;
// Code longer than this (in UTF-16 code units) is not sent; it stays plain.
constexpr int MaxCodeLength = 1024 * 1024;

enum class MessageType : quint8 {
    Hello = 1,
    Request = 2,
    Reply = 3,
};

// The program's first frame: who highlights, and how many languages it knows.
struct Hello
{
    quint32 version = Version;
    QString engine;
    quint32 definitions = 0;
};

// Highlight `code` as `language` (a Markdown fence tag) in the light or dark theme.
struct Request
{
    quint32 id = 0;
    bool dark = false;
    QString language;
    QString code;
};

struct Reply
{
    quint32 id = 0;
    SyntaxResult result;
};

// Each returns a whole frame: length prefix and payload.
QByteArray encodeHello(const Hello &hello);
QByteArray encodeRequest(const Request &request);
QByteArray encodeReply(const Reply &reply);

// Each decodes one payload (without the length prefix) and returns false when
// it is not exactly one well-formed message of that type.
bool decodeHello(const QByteArray &payload, Hello *hello);
bool decodeRequest(const QByteArray &payload, Request *request);
bool decodeReply(const QByteArray &payload, Reply *reply);

enum class FrameStatus {
    Incomplete, // wait for more bytes
    Complete, // *payload holds the next frame's payload, removed from the buffer
    TooLarge, // the length prefix exceeds MaxFrameSize: the stream is broken
};
// Takes the next complete frame off the front of `buffer`.
FrameStatus takeFrame(QByteArray &buffer, QByteArray *payload);

// The length that a frame's 4-byte prefix announces.
quint32 frameLength(const char *prefix);

} // namespace verdict::highlightprotocol
