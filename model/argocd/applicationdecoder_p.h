#pragma once

// Private to the Argo CD decoders: how an Application is read (argocddecoder.h has the rules
// and the public entry points).

#include "model/argocd/argocddecoder.h"
#include "model/argocd/jsonreader_p.h"

#include <vector>

namespace sextant::argocd::detail {

// The fields whose values tend to repeat from one object to the next: each gets a small cache
// of its own in front of the intern hash (see JsonReader::intern).
namespace slot {
enum : Slot {
    Namespace = kNoSlot + 1,
    Project,
    RepoUrl,
    Path,
    TargetRevision,
    Chart,
    Server,
    DestinationName,
    DestinationNamespace,
    Revision,
    Message,
    Username,
    Group,
    Version,
    Kind,
    ResourceNamespace,
    ResourceName,
    MapKey,
    MapValue,
    Count
};
static_assert(Count <= kMaxSlots);
} // namespace slot

// The reader plus the per-call buffers of JsonReader::list().
class Decoder : public JsonReader {
public:
    std::vector<ResourceStatus> resources;
    std::vector<HistoryEntry> history;
    std::vector<ApplicationSource> sources;
    std::vector<Condition> conditions;
};

// The fields of an Application object being read.
void decodeApplicationFields(Decoder &r, od::object &object, Application &app);
// An application inside a list or an event: must be an object (null is not an application).
void decodeApplicationValue(Decoder &r, od::value &value, Application &app);
// {"metadata":{"resourceVersion"},"items":[Application...]}; `bodySize` sizes the list.
Result<ApplicationList> decodeListRoot(Decoder &r, od::object &root, qsizetype bodySize);

} // namespace sextant::argocd::detail
