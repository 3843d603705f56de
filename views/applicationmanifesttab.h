#pragma once

#include <QByteArray>
#include <QWidget>

class QPlainTextEdit;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace sextant::views {

class MessageBanner;

// The Manifest tab: the application's own manifest as YAML, read-only,
// highlighted with the syntax theme that matches the palette.
class ApplicationManifestTab : public QWidget {
    Q_OBJECT
public:
    explicit ApplicationManifestTab(QWidget *parent = nullptr);

    void clear();
    void showLoading();
    // Keeps the scroll position when the manifest changes.
    void setManifest(const QByteArray &yaml);
    // The manifest could not be loaded (or updated: the last one stays).
    void showFailure(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applySyntaxTheme();

    MessageBanner *m_banner;
    QPlainTextEdit *m_editor;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QByteArray m_yaml;
};

} // namespace sextant::views
