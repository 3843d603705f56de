#pragma once

// The one token a test hands libgit2 for fleetsim's Git server.
#include "model/git/gitremote.h"

#include <QString>

namespace sextant::testing {

class TokenSource : public git::CredentialSource {
public:
    explicit TokenSource(QString token)
        : m_token(std::move(token))
    {}
    std::optional<git::Credential> credentialFor(const QString &, const QString &, bool, bool userPassAllowed,
                                                 int attempt) override
    {
        if (!userPassAllowed || attempt > 0)
            return std::nullopt;
        return git::Credential{git::Credential::Kind::UserPassword,
                               QStringLiteral("sextant"),
                               m_token,
                               {},
                               {},
                               QStringLiteral("test")};
    }

private:
    QString m_token;
};

} // namespace sextant::testing
