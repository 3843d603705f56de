#pragma once

// A CredentialSource for tests: hands out `count` user/password credentials named after
// it (the secret is the attempt number) and records what it was asked and told.

#include "model/git/gitremote.h"

#include <QList>
#include <QStringList>

class TestSource : public sextant::git::CredentialSource {
public:
    TestSource(QString name, int count)
        : m_name(std::move(name))
        , m_count(count)
    {}
    std::optional<sextant::git::Credential> credentialFor(const QString &, const QString &, bool, bool,
                                                          int attempt) override
    {
        attempts.append(attempt);
        if (attempt >= m_count)
            return std::nullopt;
        return sextant::git::Credential{
            sextant::git::Credential::Kind::UserPassword, m_name, QString::number(attempt), {}, {}, m_name};
    }
    void report(const QString &, const sextant::git::Credential &credential, bool accepted) override
    {
        reports.append(credential.secret + (accepted ? QStringLiteral("+") : QStringLiteral("-")));
    }
    QList<int> attempts;
    QStringList reports;

private:
    QString m_name;
    int m_count;
};
