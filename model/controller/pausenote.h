#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sextant {

// The note a pause writes onto the app itself, beside the paused setting: the prior
// auto-reconcile setting and who paused, when and why. Any workstation can resume from it.
// The same annotation for every controller.
QString pauseNoteAnnotation(); // "sextant.dev/paused-sync-policy"
struct PauseNote {
    QByteArray priorPolicyJson; // the compact prior setting; "null" when absent
    QString by;
    QDateTime at;
    QString reason;
    QString batchId;
};
QString encodePauseNote(const PauseNote &note); // compact JSON
Result<PauseNote> decodePauseNote(const QString &text);

} // namespace sextant
