#include "views/applicationmanifesttab.h"

#include "views/messagebanner.h"
#include "views/syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStyleHints>
#include <QVBoxLayout>

namespace sextant::views {

ApplicationManifestTab::ApplicationManifestTab(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(QStringLiteral("manifestMessage"), this))
    , m_editor(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    m_editor->setObjectName(QStringLiteral("manifestEditor"));
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    m_highlighter->setDefinition(syntaxRepository().definitionForName(QStringLiteral("YAML")));
    applySyntaxTheme();
    layout->addWidget(m_editor, 1);
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this,
            &ApplicationManifestTab::applySyntaxTheme);
}

void ApplicationManifestTab::clear()
{
    m_yaml.clear();
    m_editor->clear();
}

void ApplicationManifestTab::showLoading()
{
    m_banner->showMessage(MessageBanner::Tone::Info, tr("Loading the manifest…"));
}

void ApplicationManifestTab::setManifest(const QByteArray &yaml)
{
    m_banner->clearMessage();
    if (yaml == m_yaml)
        return;
    m_yaml = yaml;
    const int scroll = m_editor->verticalScrollBar()->value();
    m_editor->setPlainText(QString::fromUtf8(yaml));
    m_editor->verticalScrollBar()->setValue(scroll);
}

void ApplicationManifestTab::showFailure(const QString &message)
{
    m_banner->showMessage(
        MessageBanner::Tone::Error,
        m_yaml.isEmpty()
            ? tr("Could not load the manifest. %1").arg(message)
            : tr("Could not update the manifest; showing the last one received. %1").arg(message));
}

void ApplicationManifestTab::applySyntaxTheme()
{
    if (!m_highlighter)
        return;
    // The tab's palette: on an application-wide change it is resolved before the editor's.
    m_highlighter->setTheme(syntaxRepository().themeForPalette(palette()));
    m_highlighter->rehighlight();
}

void ApplicationManifestTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applySyntaxTheme();
}

} // namespace sextant::views
