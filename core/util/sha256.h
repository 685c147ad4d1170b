#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <string_view>

namespace verdict {

// SHA-256 of a stream of bytes, as batch files use for their digest. It uses
// OpenSSL's libcrypto where the build found it (SHA extensions make it about
// ten times faster than QCryptographicHash here, see docs/performance.md) and
// QCryptographicHash otherwise; both give the same digest.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(std::string_view bytes);
    // The digest of everything added so far, as 64 lowercase hex digits. Ends the hash.
    QString hexDigest();

    static QString hexDigest(std::string_view bytes);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace verdict
