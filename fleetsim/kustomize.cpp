#include "fleetsim/kustomize.h"

#include "model/support/yamltojson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace sextant::fleetsim {

namespace {

Status writeTree(const QString &root, const QList<git::TreeFile> &files)
{
    for (const git::TreeFile &file : files) {
        const QString target = root + u'/' + file.path;
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Error{QStringLiteral("cannot create the directory of %1").arg(target)};
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size())
            return Error{QStringLiteral("cannot write %1: %2").arg(target, out.errorString())};
    }
    return success();
}

} // namespace

KustomizeRenderer::KustomizeRenderer(QString program, int timeoutMs)
    : m_program(std::move(program))
    , m_timeoutMs(timeoutMs)
{}

bool KustomizeRenderer::isKustomization(const QList<git::TreeFile> &files)
{
    return std::any_of(files.cbegin(), files.cend(), [](const git::TreeFile &file) {
        const QString name = file.path.section(u'/', -1);
        return name == QStringLiteral("kustomization.yaml") || name == QStringLiteral("kustomization.yml") ||
               name == QStringLiteral("Kustomization");
    });
}

Result<QList<QJsonObject>> KustomizeRenderer::render(const git::GitRepository &repository,
                                                     const QString &commit, const QString &path) const
{
    const QString program = m_program.contains(u'/') ? m_program : QStandardPaths::findExecutable(m_program);
    if (program.isEmpty() || !QFileInfo(program).isExecutable())
        return Error{QStringLiteral("kustomize is not installed: install the Debian package kustomize")};

    auto files = repository.readFiles(commit, QString(), true);
    if (!files)
        return files.error();
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error{QStringLiteral("cannot create a directory to render %1 in").arg(path)};
    if (auto written = writeTree(scratch.path(), *files); !written)
        return written.error();

    QProcess process;
    process.setWorkingDirectory(scratch.path());
    process.start(program, {QStringLiteral("build"), path});
    if (!process.waitForStarted(m_timeoutMs))
        return Error{
            QStringLiteral("`kustomize build %1` could not start: %2").arg(path, process.errorString())};
    process.closeWriteChannel();
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return Error{
            QStringLiteral("`kustomize build %1` timed out after %2 s").arg(path).arg(m_timeoutMs / 1000)};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error{QStringLiteral("`kustomize build %1` failed exit status %2: %3")
                         .arg(path)
                         .arg(process.exitCode())
                         .arg(QString::fromUtf8(process.readAllStandardError())
                                  .replace(scratch.path() + u'/', QString())
                                  .trimmed())};
    auto documents = parseYamlDocuments(process.readAllStandardOutput());
    if (!documents)
        return Error{QStringLiteral("`kustomize build %1` wrote invalid YAML: %2")
                         .arg(path, documents.errorMessage())};
    return *documents;
}

} // namespace sextant::fleetsim
