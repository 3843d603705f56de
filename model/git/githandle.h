#pragma once

// RAII ownership of libgit2 handles. For use inside model/git/ only: callers
// outside see value types, never git_* pointers.

#include "model/result.h"

#include <git2.h>

#include <memory>

namespace sextant::git {

template<typename T, void (*Free)(T *)> struct GitFree {
    void operator()(T *handle) const noexcept { Free(handle); }
};

// unique_ptr never calls the deleter on nullptr, so Free needs no null check.
template<typename T, void (*Free)(T *)> using GitHandle = std::unique_ptr<T, GitFree<T, Free>>;

using RepositoryHandle = GitHandle<git_repository, git_repository_free>;
using ObjectHandle = GitHandle<git_object, git_object_free>;
using CommitHandle = GitHandle<git_commit, git_commit_free>;
using TreeHandle = GitHandle<git_tree, git_tree_free>;
using TreeEntryHandle = GitHandle<git_tree_entry, git_tree_entry_free>;
using BlobHandle = GitHandle<git_blob, git_blob_free>;
using ReferenceHandle = GitHandle<git_reference, git_reference_free>;
using BranchIteratorHandle = GitHandle<git_branch_iterator, git_branch_iterator_free>;
using IndexHandle = GitHandle<git_index, git_index_free>;
using RevwalkHandle = GitHandle<git_revwalk, git_revwalk_free>;
using SignatureHandle = GitHandle<git_signature, git_signature_free>;
using RemoteHandle = GitHandle<git_remote, git_remote_free>;
using DiffHandle = GitHandle<git_diff, git_diff_free>;
using PatchHandle = GitHandle<git_patch, git_patch_free>;
using TreeBuilderHandle = GitHandle<git_treebuilder, git_treebuilder_free>;
using IndexConflictIteratorHandle = GitHandle<git_index_conflict_iterator, git_index_conflict_iterator_free>;
using ConfigHandle = GitHandle<git_config, git_config_free>;
using ReferenceIteratorHandle = GitHandle<git_reference_iterator, git_reference_iterator_free>;
using OdbHandle = GitHandle<git_odb, git_odb_free>;

// git_strarray filled by libgit2; disposed on scope exit.
class GitStrArray {
public:
    GitStrArray() = default;
    ~GitStrArray() { git_strarray_dispose(&m_array); }
    GitStrArray(const GitStrArray &) = delete;
    GitStrArray &operator=(const GitStrArray &) = delete;

    git_strarray *get() { return &m_array; }
    const git_strarray *get() const { return &m_array; }

private:
    git_strarray m_array = {nullptr, 0};
};

// git_buf is a struct owned by the caller, not a handle; dispose it on scope exit.
class GitBuffer {
public:
    GitBuffer() = default;
    ~GitBuffer() { git_buf_dispose(&m_buf); }
    GitBuffer(const GitBuffer &) = delete;
    GitBuffer &operator=(const GitBuffer &) = delete;

    git_buf *get() { return &m_buf; }
    QByteArray toByteArray() const { return QByteArray(m_buf.ptr, qsizetype(m_buf.size)); }

private:
    git_buf m_buf = GIT_BUF_INIT;
};

// The error of the libgit2 call that just failed, as "context: message" with
// the libgit2 error class as code. Call it right after the failing call: the
// last error is thread-local and overwritten by the next libgit2 call.
Error lastGitError(const QString &context);

} // namespace sextant::git
