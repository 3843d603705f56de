#pragma once

#include <QJsonValue>
#include <QString>

namespace sextant::diff {

// Secret values never reach the screen. Pure functions: any thread.

// A core v1 Secret: group "" and kind "Secret".
bool isCoreSecret(const QString &group, const QString &kind);

struct MaskedSecret {
    QJsonValue live;
    QJsonValue desired;
};

// Masks the values of both sides of one Secret together, the way Argo CD's
// HideSecretData does, so that a change stays visible without its value:
// - stringData is first folded into data (base64, overriding the same key of data);
// - per key, the values are visited in the order desired, live, live's last-applied
//   configuration; the first distinct value becomes "++++++++" (8 '+'), every further
//   distinct value 4 '+' longer; equal values share a mask;
// - a last-applied annotation is masked the same way (its data values get the masks
//   of the values they equal) or, if it is not a JSON object, replaced by a mask.
// Values that are already masks (a server that masks) and raw values (a server that
// does not) are treated alike: whatever arrives, no value leaves. Null sides stay null.
MaskedSecret maskSecretValues(const QJsonValue &live, const QJsonValue &desired);

} // namespace sextant::diff
