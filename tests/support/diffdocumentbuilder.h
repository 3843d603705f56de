#pragma once

// Hand-made DiffDocuments for widget tests and benchmarks, so the views can be
// tested without the diff model: rows are appended one by one; line numbers,
// padding, the change blocks and the counts follow.
#include "model/diff/diffdocument.h"

#include <QString>

#include <algorithm>

namespace sextant::testing {

class DiffDocumentBuilder {
public:
    DiffDocumentBuilder &context(const QString &text)
    {
        return row(line(m_left, text, diff::LineKind::Context), line(m_right, text, diff::LineKind::Context));
    }
    DiffDocumentBuilder &removed(const QString &text)
    {
        return row(line(m_left, text, diff::LineKind::Removed), diff::DiffLine{});
    }
    DiffDocumentBuilder &added(const QString &text)
    {
        return row(diff::DiffLine{}, line(m_right, text, diff::LineKind::Added));
    }
    DiffDocumentBuilder &changed(const QString &left, const QString &right,
                                 const QList<diff::Span> &leftSpans = {},
                                 const QList<diff::Span> &rightSpans = {})
    {
        diff::DiffLine l = line(m_left, left, diff::LineKind::Changed);
        diff::DiffLine r = line(m_right, right, diff::LineKind::Changed);
        l.spans = leftSpans;
        r.spans = rightSpans;
        return row(l, r);
    }

    diff::DiffDocument build() const
    {
        diff::DiffDocument document;
        document.rows = m_rows;
        for (int i = 0; i < m_rows.size(); ++i) {
            const diff::DiffRow &r = m_rows[i];
            const bool context = r.left.kind == diff::LineKind::Context;
            if (!context) {
                if (!document.changes.isEmpty() &&
                    document.changes.last().firstRow + document.changes.last().rowCount == i)
                    ++document.changes.last().rowCount;
                else
                    document.changes.append(diff::DiffChange{i, 1});
            }
            if (r.right.kind == diff::LineKind::Added || r.right.kind == diff::LineKind::Changed)
                ++document.addedLines;
            if (r.left.kind == diff::LineKind::Removed || r.left.kind == diff::LineKind::Changed)
                ++document.removedLines;
        }
        return document;
    }

private:
    static diff::DiffLine line(int &counter, const QString &text, diff::LineKind kind)
    {
        return diff::DiffLine{++counter, text, kind, {}};
    }
    DiffDocumentBuilder &row(const diff::DiffLine &left, const diff::DiffLine &right)
    {
        m_rows.append(diff::DiffRow{left, right});
        return *this;
    }

    QList<diff::DiffRow> m_rows;
    int m_left = 0;
    int m_right = 0;
};

// A custom-resource-like YAML pair of about `lines` rows with `changes` changes
// spread evenly: image bumps (changed lines with word spans), added and removed
// lines in turn.
inline diff::DiffDocument largeYamlDiff(int lines, int changes)
{
    DiffDocumentBuilder builder;
    builder.context(QStringLiteral("apiVersion: example.io/v1"))
        .context(QStringLiteral("kind: BigResource"))
        .context(QStringLiteral("metadata:"))
        .context(QStringLiteral("  name: huge"))
        .context(QStringLiteral("spec:"))
        .context(QStringLiteral("  items:"));
    const int every = std::max(1, lines / std::max(1, changes));
    int made = 0;
    for (int i = 0; i < lines - 6; ++i) {
        const QString index = QString::number(i);
        if (i % every == every / 2 && made < changes) {
            switch (made++ % 3) {
            case 0: {
                const QString prefix =
                    QStringLiteral("      image: registry.example.io/team/app-") + index + u':';
                builder.changed(prefix + QStringLiteral("1.4.2"), prefix + QStringLiteral("1.5.0"),
                                {diff::Span{int(prefix.size()), 5}}, {diff::Span{int(prefix.size()), 5}});
                break;
            }
            case 1: builder.added(QStringLiteral("      replicas: ") + index); break;
            default: builder.removed(QStringLiteral("      # retired setting ") + index); break;
            }
            continue;
        }
        switch (i % 4) {
        case 0: builder.context(QStringLiteral("    - name: item-") + index); break;
        case 1:
            builder.context(QStringLiteral("      labels: {tier: backend, index: \"") + index +
                            QStringLiteral("\"}"));
            break;
        case 2: builder.context(QStringLiteral("      enabled: true  # default")); break;
        default: builder.context(QStringLiteral("      weight: ") + index + QStringLiteral(".5")); break;
        }
    }
    return builder.build();
}

} // namespace sextant::testing
