// verdict-highlighter: KDE Syntax Highlighting for the Verdict workbench,
// built against Qt 5 + KF5 where no Qt 6 build of the library exists. The
// application starts it once and exchanges frames over stdin/stdout
// (docs/highlighting.md); it exits when its input closes.

#include "highlightprotocol.h"
#include "syntaxengine.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace verdict;

namespace {

// Moves all `size` bytes with `transfer` (a read or a write), again after an
// interruption; false at the end of the input or on an error.
template<typename Byte, typename Transfer>
bool transferAll(Byte *data, size_t size, Transfer transfer)
{
    while (size > 0) {
        const ssize_t n = transfer(data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

// Reads exactly `size` bytes; false at end of input or on an error.
bool readExactly(char *data, size_t size)
{
    return transferAll(data, size, [](char *to, size_t count) { return ::read(STDIN_FILENO, to, count); });
}

bool writeAll(const QByteArray &bytes)
{
    return transferAll(bytes.constData(), size_t(bytes.size()),
        [](const char *from, size_t count) { return ::write(STDOUT_FILENO, from, count); });
}

int fail(const char *message)
{
    std::fprintf(stderr, "verdict-highlighter: %s\n", message);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1) {
        std::fprintf(stderr,
            "usage: %s\n"
            "Highlights code for the Verdict workbench, which starts this program and\n"
            "talks to it over standard input and output (see docs/highlighting.md).\n",
            argv[0]);
        return 2;
    }
    QCoreApplication app(argc, argv); // for QStandardPaths, where user syntax files live

    SyntaxEngine engine;
    highlightprotocol::Hello hello;
    hello.engine = SyntaxEngine::engineName();
    hello.definitions = quint32(engine.definitionCount());
    if (!writeAll(highlightprotocol::encodeHello(hello)))
        return fail("cannot write to standard output");

    QByteArray payload;
    for (;;) {
        char prefix[4];
        if (!readExactly(prefix, sizeof prefix))
            return 0; // the application closed our input: done
        const quint32 length = highlightprotocol::frameLength(prefix);
        if (length > highlightprotocol::MaxFrameSize)
            return fail("frame too large");
        payload.resize(int(length));
        if (!readExactly(payload.data(), length))
            return fail("input ended inside a frame");
        highlightprotocol::Request request;
        if (!highlightprotocol::decodeRequest(payload, &request))
            return fail("malformed request");
        highlightprotocol::Reply reply;
        reply.id = request.id;
        reply.result = engine.highlight(request.code, request.language, request.dark);
        if (!writeAll(highlightprotocol::encodeReply(reply)))
            return 0; // the application went away
    }
}
