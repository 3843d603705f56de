#include "model/git/adoption.h"

#include "model/git/gitrepository.h"
#include "model/git/overlayimages.h"
#include "model/support/jsontoyaml.h"
#include "model/support/yamledit.h"
#include "model/support/yamltojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <optional>
#include <variant>

namespace sextant::git {
namespace {

using namespace Qt::StringLiterals;

// One YAML document of a file that defines the resource: its bytes are [start, end) of the file.
struct Definition {
    QString path;
    qsizetype start = 0;
    qsizetype end = 0;
    QByteArray document; // those bytes
    QJsonObject object;
    bool patch = false; // a Kustomize patch (otherwise a manifest)
};

// A field's value as the YAML editor writes it; nothing for a mapping, a list or a removed field.
std::optional<YamlScalarEdit> scalarEdit(const AdoptedField &field)
{
    const QJsonValue &value = field.value;
    if (value.isString())
        return YamlScalarEdit{field.yamlPath, value.toString(), false};
    if (value.isBool())
        return YamlScalarEdit{field.yamlPath, value.toBool() ? u"true"_s : u"false"_s, true};
    if (value.isNull())
        return YamlScalarEdit{field.yamlPath, u"null"_s, true};
    if (value.isDouble()) {
        const double number = value.toDouble();
        const bool integral = std::floor(number) == number && std::abs(number) < 9007199254740992.0;
        return YamlScalarEdit{field.yamlPath,
                              integral ? QString::number(qint64(number)) : QString::number(number, 'g', 17),
                              true};
    }
    return std::nullopt;
}

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined())
        return u"(removed)"_s;
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// The documents of a YAML stream as [start, end) byte ranges: document marker lines ("---",
// optionally followed by blanks or a comment) belong to none.
QList<QPair<qsizetype, qsizetype>> documentSpans(const QByteArray &text)
{
    QList<QPair<qsizetype, qsizetype>> spans;
    qsizetype start = 0;
    for (qsizetype line = 0; line < text.size();) {
        qsizetype next = text.indexOf('\n', line);
        next = next < 0 ? text.size() : next + 1;
        if (text.sliced(line).startsWith("---")) {
            const QByteArray rest = text.sliced(line + 3, next - line - 3).trimmed();
            if (rest.isEmpty() || rest.startsWith('#')) {
                spans.append({start, line});
                start = next;
            }
        }
        line = next;
    }
    spans.append({start, text.size()});
    return spans;
}

QString groupOf(const QString &apiVersion)
{
    return apiVersion.contains(u'/') ? apiVersion.section(u'/', 0, 0) : QString();
}

// The documents of `file` that name the resource.
QList<Definition> definitionsIn(const TreeFile &file, const AdoptionRequest &request, bool patch)
{
    QList<Definition> found;
    for (const auto &[start, end] : documentSpans(file.content)) {
        const auto parsed = parseYaml(QByteArrayView(file.content).sliced(start, end - start));
        if (!parsed || !parsed->isObject())
            continue;
        const QJsonObject object = parsed->toObject();
        const QJsonObject metadata = object.value("metadata"_L1).toObject();
        const QString ns = metadata.value("namespace"_L1).toString();
        if (object.value("kind"_L1).toString() != request.kind ||
            groupOf(object.value("apiVersion"_L1).toString()) != groupOf(request.apiVersion) ||
            metadata.value("name"_L1).toString() != request.name || (!ns.isEmpty() && ns != request.ns))
            continue;
        found.append({file.path, start, end, file.content.sliced(start, end - start), object, patch});
    }
    return found;
}

// Whether `object` holds a value at the YAML path (keys, "[N]", "[key=value]").
bool holds(const QJsonValue &root, const QStringList &path)
{
    static const QRegularExpression selector(u"^\\[(\\w+)=(.*)\\]$"_s);
    QJsonValue node = root;
    for (const QString &step : path) {
        if (step.startsWith(u'[')) {
            const QJsonArray items = node.toArray();
            const auto match = selector.match(step);
            node = QJsonValue::Undefined;
            if (match.hasMatch()) {
                for (const QJsonValue &item : items)
                    if (item.toObject().value(match.captured(1)).toString() == match.captured(2))
                        node = item;
            } else {
                node = items.at(step.mid(1).chopped(1).toInt());
            }
        } else {
            node = node.toObject().value(step);
        }
        if (node.isUndefined())
            return false;
    }
    return true;
}

// Inserts `value` at the YAML path into `node`, building mappings and name-keyed list items.
void place(QJsonValue &node, QStringList path, const QJsonValue &value)
{
    static const QRegularExpression selector(u"^\\[(\\w+)=(.*)\\]$"_s);
    if (path.isEmpty()) {
        node = value;
        return;
    }
    const QString step = path.takeFirst();
    if (!step.startsWith(u'[')) {
        QJsonObject object = node.toObject();
        QJsonValue child = object.value(step);
        place(child, path, value);
        object.insert(step, child);
        node = object;
        return;
    }
    QJsonArray items = node.toArray();
    const auto match = selector.match(step);
    qsizetype at = -1;
    for (qsizetype i = 0; match.hasMatch() && i < items.size(); ++i)
        if (items.at(i).toObject().value(match.captured(1)).toString() == match.captured(2))
            at = i;
    if (at < 0) {
        items.append(match.hasMatch() ? QJsonObject{{match.captured(1), match.captured(2)}} : QJsonObject());
        at = items.size() - 1;
    }
    QJsonValue child = items.at(at);
    place(child, path, value);
    items.replace(at, child);
    node = items;
}

QByteArray manifestToAdd(const AdoptionRequest &request, const QList<AdoptedField> &fields)
{
    QJsonObject metadata{{"name"_L1, request.name}};
    if (!request.ns.isEmpty())
        metadata.insert("namespace"_L1, request.ns);
    QJsonValue root = QJsonObject{
        {"apiVersion"_L1, request.apiVersion}, {"kind"_L1, request.kind}, {"metadata"_L1, metadata}};
    for (const AdoptedField &field : fields)
        if (!field.value.isUndefined())
            place(root, field.yamlPath, field.value);
    return toYaml(root, [](const QJsonObject &, const QStringList &) {
        return QStringList{u"apiVersion"_s, u"kind"_s, u"metadata"_s, u"name"_s, u"namespace"_s};
    });
}

// A container image reference split as kustomize's `images:` names its parts.
struct ImageParts {
    QString name;
    QString tag;
    QString digest;
};
ImageParts splitImage(const QString &image)
{
    ImageParts parts;
    QString rest = image;
    if (const qsizetype at = rest.indexOf(u'@'); at >= 0) {
        parts.digest = rest.mid(at + 1);
        rest.truncate(at);
    }
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon > rest.lastIndexOf(u'/')) {
        parts.tag = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    parts.name = rest;
    return parts;
}

bool isImageField(const QStringList &yamlPath)
{
    return yamlPath.size() >= 3 && yamlPath.last() == "image"_L1 &&
           (yamlPath.at(yamlPath.size() - 3) == "containers"_L1 ||
            yamlPath.at(yamlPath.size() - 3) == "initContainers"_L1);
}

// The edits of the kustomization's `images:` entry that make it give `image`; a reason when
// it cannot.
std::variant<QList<YamlScalarEdit>, QString> imageEdits(const QList<ImageReference> &images,
                                                        const QString &image)
{
    const ImageParts live = splitImage(image);
    for (const ImageReference &entry : images) {
        if (entry.name != live.name && entry.newName != live.name)
            continue;
        const QString selector = u"[name=%1]"_s.arg(entry.name);
        QList<YamlScalarEdit> edits;
        if (!live.tag.isEmpty() && live.tag != entry.newTag)
            edits.append({{u"images"_s, selector, u"newTag"_s}, live.tag});
        if (!live.digest.isEmpty() && live.digest != entry.digest)
            edits.append({{u"images"_s, selector, u"digest"_s}, live.digest});
        if (live.digest.isEmpty() && !entry.digest.isEmpty())
            return QObject::tr("the overlay pins the digest %1, which wins over the live tag %2: remove the "
                               "digest or pin the live image's digest by hand")
                .arg(entry.digest.left(19), live.tag);
        return edits;
    }
    return QString();
}

class Planner {
public:
    Planner(const GitRepository &repository, const AdoptionRequest &request)
        : m_repository(repository)
        , m_request(request)
    {}

    Result<AdoptionPlan> run();

private:
    Status findDefinitions();
    bool adoptImage(const AdoptedField &field, const YamlScalarEdit &edit);
    bool adoptInDefinition(const AdoptedField &field, const YamlScalarEdit &edit);
    void unadopted(const AdoptedField &field, const QString &reason);
    Result<AdoptionPlan> finish();

    const GitRepository &m_repository;
    const AdoptionRequest &m_request;
    QHash<QString, QByteArray> m_texts; // the files the edits may change, as read
    std::optional<TreeFile> m_kustomization;
    QList<ImageReference> m_images;
    QList<Definition> m_definitions;
    QMap<QString, QList<YamlScalarEdit>> m_kustomizationEdits; // by path (one entry at most)
    QMap<int, QList<YamlScalarEdit>> m_definitionEdits;        // by index in m_definitions
    QList<AdoptedField> m_unadoptedFields;
    AdoptionPlan m_plan;
};

Status Planner::findDefinitions()
{
    const QString directory = m_request.sourcePath;
    // Everything below the app's directory, read once: its own files for a directory of
    // manifests and the kustomization, the overlay's patches below it too.
    auto below = m_repository.readFiles(m_request.commit, directory, true);
    if (!below)
        return Error{QObject::tr("%1 cannot be read at %2: %3")
                         .arg(directory.isEmpty() ? u"The repository"_s : directory, m_request.commit.left(7),
                              below.errorMessage())};
    const qsizetype depth = directory.isEmpty() ? 0 : directory.count(u'/') + 1;
    QList<TreeFile> own;
    for (const TreeFile &file : std::as_const(*below))
        if (file.path.count(u'/') == depth)
            own.append(file);
    const auto isYaml = [](const QString &path) {
        return path.endsWith(".yaml"_L1) || path.endsWith(".yml"_L1);
    };
    const auto addDefinitions = [this](const TreeFile &file, bool patch) {
        const QList<Definition> found = definitionsIn(file, m_request, patch);
        if (!found.isEmpty())
            m_texts.insert(file.path, file.content);
        m_definitions += found;
    };
    m_kustomization = findKustomization(own);
    if (!m_kustomization) {
        for (const TreeFile &file : std::as_const(own))
            if (isYaml(file.path))
                addDefinitions(file, false);
        return success();
    }
    m_texts.insert(m_kustomization->path, m_kustomization->content);
    if (auto images = kustomizationImages(m_kustomization->content))
        m_images = *images;
    const auto parsed = parseYaml(m_kustomization->content);
    if (!parsed)
        return Error{u"%1: %2"_s.arg(m_kustomization->path, parsed.errorMessage())};
    // The overlay's own files: patches first (they win), then the manifests it lists.
    const QJsonObject kustomization = parsed->toObject();
    QList<QPair<QString, bool>> named;
    for (const QJsonValue &patch : kustomization.value("patches"_L1).toArray())
        if (patch.isObject() && patch.toObject().contains("path"_L1))
            named.append({patch.toObject().value("path"_L1).toString(), true});
    for (const QJsonValue &patch : kustomization.value("patchesStrategicMerge"_L1).toArray())
        named.append({patch.toString(), true});
    for (const QJsonValue &resource : kustomization.value("resources"_L1).toArray())
        named.append({resource.toString(), false});
    for (const auto &[name, patch] : std::as_const(named)) {
        QString relative = name;
        while (relative.startsWith("./"_L1))
            relative.remove(0, 2);
        if (relative.contains(".."_L1) || !isYaml(relative))
            continue; // outside the overlay, or a directory (a base)
        const QString path = directory.isEmpty() ? relative : directory + u'/' + relative;
        for (const TreeFile &file : std::as_const(*below))
            if (file.path == path)
                addDefinitions(file, patch);
    }
    return success();
}

bool Planner::adoptImage(const AdoptedField &field, const YamlScalarEdit &edit)
{
    if (!m_kustomization || !isImageField(field.yamlPath) || m_images.isEmpty())
        return false;
    const auto edits = imageEdits(m_images, edit.value);
    if (const QString *reason = std::get_if<QString>(&edits)) {
        if (reason->isEmpty())
            return false; // the overlay's images do not name it
        unadopted(field, *reason);
        return true;
    }
    auto &mine = m_kustomizationEdits[m_kustomization->path];
    for (const YamlScalarEdit &e : std::get<QList<YamlScalarEdit>>(edits))
        mine.append(e);
    return true;
}

bool Planner::adoptInDefinition(const AdoptedField &field, const YamlScalarEdit &edit)
{
    // A definition that already holds the field, else the first one that takes it as a new key.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_definitions.size(); ++i) {
            const Definition &definition = m_definitions.at(i);
            if (pass == 0 && !holds(definition.object, field.yamlPath))
                continue;
            if (!editYamlScalars(definition.document, m_definitionEdits.value(i) + QList{edit}))
                continue;
            m_definitionEdits[i].append(edit);
            return true;
        }
    }
    return false;
}

void Planner::unadopted(const AdoptedField &field, const QString &reason)
{
    m_plan.unadopted.append({field.pathText, reason});
    m_unadoptedFields.append(field);
}

Result<AdoptionPlan> Planner::run()
{
    if (m_request.kind == "Secret"_L1 && groupOf(m_request.apiVersion).isEmpty()) {
        for (const AdoptedField &field : m_request.fields)
            m_plan.unadopted.append(
                {field.pathText, QObject::tr("Secret values are never written into Git by Sextant: use a "
                                             "sealed or external secret")});
        return m_plan;
    }
    if (const Status found = findDefinitions(); !found)
        return found.error();
    for (const AdoptedField &field : m_request.fields) {
        const std::optional<YamlScalarEdit> edit = scalarEdit(field);
        if (!edit) {
            unadopted(field,
                      field.value.isUndefined()
                          ? QObject::tr("the field was removed live; remove it from Git by hand")
                          : QObject::tr("the live value is a list or a mapping; only single values are "
                                        "edited in place"));
            continue;
        }
        if (adoptImage(field, *edit) || adoptInDefinition(field, *edit))
            continue;
        if (m_kustomization)
            unadopted(field,
                      m_definitions.isEmpty()
                          ? QObject::tr("the overlay %1 has no patch for this resource: it is defined in "
                                        "a base that other overlays may share")
                                .arg(m_request.sourcePath)
                          : QObject::tr("the overlay's patches do not hold this field"));
        else
            unadopted(field, m_definitions.isEmpty()
                                 ? QObject::tr("no manifest in %1 defines %2 %3")
                                       .arg(m_request.sourcePath, m_request.kind, m_request.name)
                                 : QObject::tr("the manifest cannot take this field in place"));
    }
    return finish();
}

Result<AdoptionPlan> Planner::finish()
{
    // Edits per file: the kustomization's, then each definition's document, spliced back.
    QMap<QString, QByteArray> before;
    QMap<QString, QByteArray> after;
    const auto content = [&](const QString &path) -> Result<QByteArray> {
        if (!after.contains(path)) {
            const auto text = m_texts.constFind(path);
            if (text == m_texts.cend())
                return Error{u"%1 was not read"_s.arg(path)};
            before.insert(path, *text);
            after.insert(path, *text);
        }
        return after.value(path);
    };
    for (auto it = m_kustomizationEdits.cbegin(); it != m_kustomizationEdits.cend(); ++it) {
        auto text = content(it.key());
        if (!text)
            return text.error();
        auto edited = editYamlScalars(*text, it.value());
        if (!edited)
            return Error{u"%1: %2"_s.arg(it.key(), edited.errorMessage())};
        after.insert(it.key(), *edited);
    }
    // Later documents of a file first, so earlier offsets stay valid.
    for (auto it = m_definitionEdits.cend(); it != m_definitionEdits.cbegin();) {
        --it;
        const Definition &definition = m_definitions.at(it.key());
        auto text = content(definition.path);
        if (!text)
            return text.error();
        auto edited = editYamlScalars(definition.document, it.value());
        if (!edited)
            return Error{u"%1: %2"_s.arg(definition.path, edited.errorMessage())};
        after.insert(definition.path, text->left(definition.start) + *edited + text->mid(definition.end));
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (it.value() != before.value(it.key()))
            m_plan.files.append({it.key(), before.value(it.key()), it.value(), false});
    if (!m_unadoptedFields.isEmpty())
        m_plan.yamlToAdd = manifestToAdd(m_request, m_unadoptedFields);

    QString body;
    for (const AdoptedField &field : m_request.fields)
        body += u"- %1: %2\n"_s.arg(field.pathText, valueText(field.value));
    m_plan.message =
        u"Bring live %1 %2 into Git for %3\n\nThe values that run now:\n%4\nSextant-Adopt: %1/%5/%2\n"_s.arg(
            m_request.kind, m_request.name, m_request.appName, body, m_request.ns);
    return m_plan;
}

} // namespace

Result<AdoptionPlan> planAdoption(const GitRepository &repository, const AdoptionRequest &request)
{
    return Planner(repository, request).run();
}

} // namespace sextant::git
