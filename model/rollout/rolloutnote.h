#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace sextant::rollout {

// What a wave rollout writes on each app it releases (the annotation sextant.dev/rollout), so
// that another workstation, the controller's own UI or a later run can tell where it came from.
struct RolloutNote {
    QString plan;
    QString run;
    QString wave;
    QString target; // the commit it was released at
    QString by;     // the workstation user who ran it
    QString driver; // "host:pid" of the runner
    QDateTime at;
    bool operator==(const RolloutNote &) const = default;
};

QString rolloutNoteAnnotation(); // "sextant.dev/rollout"
QString encodeRolloutNote(const RolloutNote &note);
std::optional<RolloutNote> decodeRolloutNote(const QString &text); // nullopt when not one
// "checkout-1.9 · wave staging · released at 4f3c2b1 on 2026-12-07 10:02 by ada (jump-1:4242)"
QString describeRolloutNote(const RolloutNote &note);

} // namespace sextant::rollout
