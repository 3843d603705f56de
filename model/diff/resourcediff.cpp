#include "model/diff/resourcediff.h"

#include "model/diff/keyorder.h"
#include "model/diff/secretmask.h"
#include "model/diff/textdiff.h"
#include "model/support/jsontoyaml.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace sextant::diff {

namespace {

using namespace Qt::StringLiterals;

// The pod spec of a workload, a CronJob or a Pod; an empty object when there is none.
QJsonObject podSpecOf(const QJsonValue &object)
{
    const QJsonObject root = object.toObject();
    const QJsonObject spec = root.value("spec"_L1).toObject();
    if (root.value("kind"_L1).toString() == "Pod"_L1)
        return spec;
    if (spec.contains("jobTemplate"_L1))
        return spec.value("jobTemplate"_L1)
            .toObject()
            .value("spec"_L1)
            .toObject()
            .value("template"_L1)
            .toObject()
            .value("spec"_L1)
            .toObject();
    return spec.value("template"_L1).toObject().value("spec"_L1).toObject();
}

// Container label → image, init containers labelled "init: name", in spec order.
QList<std::pair<QString, QString>> containerImages(const QJsonObject &podSpec)
{
    QList<std::pair<QString, QString>> images;
    const auto collect = [&](QLatin1StringView field, const QString &prefix) {
        const QJsonArray containers = podSpec.value(field).toArray();
        for (const QJsonValue &container : containers) {
            const QJsonObject object = container.toObject();
            images.append({prefix + object.value("name"_L1).toString(), object.value("image"_L1).toString()});
        }
    };
    collect("initContainers"_L1, u"init: "_s);
    collect("containers"_L1, QString());
    return images;
}

QString imageOf(const QList<std::pair<QString, QString>> &images, const QString &container, bool &found)
{
    for (const auto &[name, image] : images) {
        if (name == container) {
            found = true;
            return image;
        }
    }
    found = false;
    return {};
}

int changeRank(ResourceChange change)
{
    return change == ResourceChange::Unchanged ? 1 : 0;
}

QByteArray renderYaml(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    return toYaml(value, kubectlKeyOrder);
}

} // namespace

QString toString(ResourceChange change)
{
    switch (change) {
    case ResourceChange::Unchanged: return u"Unchanged"_s;
    case ResourceChange::Modified: return u"Modified"_s;
    case ResourceChange::ToCreate: return u"ToCreate"_s;
    case ResourceChange::ToPrune: return u"ToPrune"_s;
    }
    return {};
}

QList<ImageChange> imageChanges(const QJsonValue &live, const QJsonValue &desired, const QString &resource)
{
    const auto liveImages = containerImages(podSpecOf(live));
    const auto desiredImages = containerImages(podSpecOf(desired));
    QList<ImageChange> changes;
    for (const auto &[container, image] : desiredImages) {
        bool found = false;
        const QString before = imageOf(liveImages, container, found);
        if (!found || before != image)
            changes.append(ImageChange{resource, container, before, image});
    }
    for (const auto &[container, image] : liveImages) {
        bool found = false;
        imageOf(desiredImages, container, found);
        if (!found)
            changes.append(ImageChange{resource, container, image, QString()});
    }
    return changes;
}

ResourceDiff diffResource(const ManagedResource &resource, const QList<IgnoreDifferenceRule> &rules,
                          const DiffOptions &options)
{
    ResourceDiff diff;
    diff.identity = resource.identity();
    diff.group = resource.group;
    diff.kind = resource.kind;
    diff.ns = resource.ns;
    diff.name = resource.name;

    QJsonValue live = resource.liveForDiff();
    QJsonValue desired = resource.desiredForDiff();
    if (options.normalize.applyIgnoreDifferences && !rules.isEmpty()) {
        // The normalized live state may come without managedFields; the raw one has them.
        const auto hasManagedFields = [](const QJsonValue &object) {
            return object.toObject().value("metadata"_L1).toObject().contains("managedFields"_L1);
        };
        const QJsonValue managedFieldsFrom =
            !hasManagedFields(live) && hasManagedFields(resource.liveState) ? resource.liveState : live;
        IgnoredPair ignored = applyIgnoreDifferences(live, desired, resource.group, resource.kind,
                                                     resource.ns, resource.name, rules, managedFieldsFrom);
        live = std::move(ignored.live);
        desired = std::move(ignored.desired);
        diff.notes += ignored.notes;
    }
    // Before anything is rendered: no toggle can let a Secret's value through.
    const auto isSecretObject = [](const QJsonValue &value) {
        const QJsonObject object = value.toObject();
        return object.value("kind"_L1).toString() == "Secret"_L1 &&
               object.value("apiVersion"_L1).toString() == "v1"_L1;
    };
    if (isCoreSecret(resource.group, resource.kind) || isSecretObject(live) || isSecretObject(desired)) {
        MaskedSecret masked = maskSecretValues(live, desired);
        live = std::move(masked.live);
        desired = std::move(masked.desired);
    }
    live = normalizeObject(live, options.normalize);
    desired = normalizeObject(desired, options.normalize);

    const QByteArray left = renderYaml(live);
    const QByteArray right = renderYaml(desired);
    diff.liveYaml = QString::fromUtf8(left);
    diff.desiredYaml = QString::fromUtf8(right);
    const bool liveExists = !live.isNull() && !live.isUndefined();
    const bool desiredExists = !desired.isNull() && !desired.isUndefined();
    if (!liveExists && desiredExists)
        diff.change = ResourceChange::ToCreate;
    else if (liveExists && !desiredExists)
        diff.change = ResourceChange::ToPrune;
    else if (left != right)
        diff.change = ResourceChange::Modified;

    Result<DiffDocument> document = diffTexts(left, right, options.algorithm);
    if (document)
        diff.document = std::move(document).value();
    else
        diff.notes.append(u"The line diff failed: %1"_s.arg(document.errorMessage()));
    if (diff.change == ResourceChange::Modified)
        diff.imageChanges = imageChanges(live, desired, resource.kind + u'/' + resource.name);
    return diff;
}

ApplicationDiff diffApplication(const QList<ManagedResource> &resources, const QJsonObject &applicationObject,
                                const DiffOptions &options)
{
    const QList<IgnoreDifferenceRule> rules = decodeIgnoreDifferences(applicationObject);
    ApplicationDiff result;
    result.resources.reserve(resources.size());
    for (const ManagedResource &resource : resources)
        result.resources.append(diffResource(resource, rules, options));
    std::stable_sort(result.resources.begin(), result.resources.end(),
                     [](const ResourceDiff &a, const ResourceDiff &b) {
                         const int rankA = changeRank(a.change);
                         const int rankB = changeRank(b.change);
                         if (rankA != rankB)
                             return rankA < rankB;
                         if (const int byKind = QString::compare(a.kind, b.kind); byKind != 0)
                             return byKind < 0;
                         if (const int byNs = QString::compare(a.ns, b.ns); byNs != 0)
                             return byNs < 0;
                         return QString::compare(a.name, b.name) < 0;
                     });
    QSet<QString> seenNotes;
    for (const ResourceDiff &diff : std::as_const(result.resources)) {
        switch (diff.change) {
        case ResourceChange::Unchanged: ++result.unchanged; break;
        case ResourceChange::Modified: ++result.modified; break;
        case ResourceChange::ToCreate: ++result.toCreate; break;
        case ResourceChange::ToPrune: ++result.toPrune; break;
        }
        result.imageChanges += diff.imageChanges;
        for (const QString &note : diff.notes) {
            const QString text = diff.kind + u'/' + diff.name + u": "_s + note;
            if (!seenNotes.contains(text)) {
                seenNotes.insert(text);
                result.notes.append(text);
            }
        }
    }
    return result;
}

} // namespace sextant::diff
