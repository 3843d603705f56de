#pragma once

#include "model/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sextant {

// A Kubernetes label selector in its string form, as `kubectl -l` and Argo CD's `selector`
// parameter take it (k8s.io/apimachinery labels.Parse):
//   k=v, k==v, k!=v, k in (a,b), k notin (a,b), k (exists), !k (does not exist),
//   k>n, k<n (integer comparison);
// requirements separated by commas are ANDed; whitespace around tokens is ignored. Keys must be
// qualified names ([prefix/]name) and values valid label values, as Kubernetes requires.
// As in Kubernetes, k!=v and k notin (...) also match when the key is absent, and the empty
// selector matches everything.
class LabelSelector {
public:
    enum class Operator { Equals, NotEquals, In, NotIn, Exists, DoesNotExist, GreaterThan, LessThan };

    struct Requirement {
        QString key;
        Operator op = Operator::Exists;
        QStringList values;

        bool matches(const QMap<QString, QString> &labels) const;
    };

    LabelSelector() = default;

    // Errors read "unable to parse requirement: found ')' at position 7, expected: identifier"
    // (positions count characters from 0).
    static Result<LabelSelector> parse(const QString &text);

    bool matches(const QMap<QString, QString> &labels) const;
    bool isEmpty() const { return m_requirements.isEmpty(); }
    const QList<Requirement> &requirements() const { return m_requirements; }

private:
    QList<Requirement> m_requirements;
};

} // namespace sextant
