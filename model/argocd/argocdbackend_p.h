#pragma once

// ArgoCdBackend's request-and-decode template, shared by its .cpp files.
#include "model/argocd/argocdbackend.h"
#include "model/argocd/argocdclient.h"

#include <QtConcurrent>

namespace sextant::argocd {

// The body of a 2xx answer is decoded on the pool; a decode error becomes UnreadableAnswer.
template<typename T, typename Decode>
void ArgoCdBackend::fetch(const QByteArray &method, const QString &path, const QByteArray &body,
                          Decode decode, Callback<T> done)
{
    m_client->request(method, path, body, [this, decode, done](Result<QByteArray> answer) {
        if (!answer)
            return done(answer.error());
        QtConcurrent::run(&m_decodePool, [bytes = std::move(answer).value(), decode]() -> Result<T> {
            Result<T> decoded = decode(bytes);
            if (!decoded && decoded.error().code == 0) {
                Error error = decoded.error();
                error.code = UnreadableAnswer;
                return error;
            }
            return decoded;
        }).then(this, [done](const Result<T> &decoded) { done(decoded); });
    });
}

} // namespace sextant::argocd
