#include "util/sha256.h"

#if VERDICT_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace verdict {

#if VERDICT_HAVE_OPENSSL
struct Sha256::Private
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~Private() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : d(new Private)
{
    EVP_DigestInit_ex(d->context, EVP_sha256(), nullptr);
}

void Sha256::addData(std::string_view bytes)
{
    EVP_DigestUpdate(d->context, bytes.data(), bytes.size());
}

QString Sha256::hexDigest()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(d->context, digest, &size);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex());
}
#else
struct Sha256::Private
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

Sha256::Sha256()
    : d(new Private)
{ }

void Sha256::addData(std::string_view bytes)
{
    d->hash.addData(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

QString Sha256::hexDigest()
{
    return QString::fromLatin1(d->hash.result().toHex());
}
#endif

Sha256::~Sha256() = default;

QString Sha256::hexDigest(std::string_view bytes)
{
    Sha256 hash;
    hash.addData(bytes);
    return hash.hexDigest();
}

} // namespace verdict
