#include "model/argocd/argocddecoder.h"

#include "model/argocd/applicationdecoder_p.h"
#include "model/argocd/jsondocument_p.h"
#include "model/argocd/listsplitter.h"

#include <optional>
#include <string_view>

namespace sextant::argocd {

using namespace Qt::StringLiterals;
using namespace detail;
using simdjson::error_code;

// One reader for the whole list, so strings and label maps are shared across batches as they are
// within one decodeApplicationList() call.
struct ApplicationListStream::State {
    ListSplitter splitter;
    Decoder reader;
    QList<Application> items;
    std::optional<Error> error;

    explicit State(qsizetype batchBytes)
        : splitter(batchBytes)
    {}

    void decode(const ListSplitter::Batch &batch)
    {
        const auto decoded =
            parseWith<bool>(reader, batch.json, batch.json.capacity(), [&](od::document &document) {
                reader.enter(std::string_view("items"));
                od::array array;
                if (const error_code failure = document.get_array().get(array))
                    reader.failJson(failure, "an array");
                reader.elements(
                    array,
                    [&](od::value &item) { decodeApplicationValue(reader, item, items.emplace_back()); },
                    batch.first);
                reader.leave();
                return Result<bool>(true);
            });
        if (!decoded)
            error = decoded.error();
    }
};

ApplicationListStream::ApplicationListStream(qsizetype expectedBytes, qsizetype batchBytes)
    : d(std::make_unique<State>(batchBytes))
{
    d->items.reserve(qMin<qsizetype>(expectedBytes / 4096 + 16, 1 << 20));
}

ApplicationListStream::~ApplicationListStream() = default;

void ApplicationListStream::feed(QByteArrayView bytes)
{
    if (d->error)
        return;
    d->splitter.feed(bytes);
    for (const ListSplitter::Batch &batch : d->splitter.takeBatches()) {
        d->decode(batch);
        if (d->error)
            return;
    }
}

Result<ApplicationList> ApplicationListStream::finish()
{
    if (d->error)
        return *d->error;
    if (d->splitter.emptyItem())
        return Error{u"$.items: "_s + Decoder::errorText(simdjson::TAPE_ERROR, nullptr)};
    // The rest holds the metadata, with "[]" for the items decoded already.
    const QByteArray rest = d->splitter.rest();
    Result<ApplicationList> list =
        decodeDocumentWith<ApplicationList>(d->reader, rest, rest.size(), [&](Decoder &r, od::object &root) {
            return decodeListRoot(r, root, rest.size());
        });
    if (!list || !d->splitter.itemsOpened() || d->splitter.itemsRepeated())
        return list;
    if (!d->splitter.itemsClosed())
        return Error{describe(simdjson::INCOMPLETE_ARRAY_OR_OBJECT)};
    list->items = std::move(d->items);
    return list;
}

} // namespace sextant::argocd
