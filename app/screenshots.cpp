// Renders Sextant's main screens to PNG, in light and dark palettes, for
// `./dev screenshots` and the README. Runs on the offscreen platform.
#include "app/mainwindow.h"
#include "views/aboutdialog.h"
#include "views/colorscheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPixmap>

#include <cstdio>

namespace {

bool save(QWidget &widget, const QDir &dir, const QString &name)
{
    widget.show();
    QApplication::processEvents();
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output folder."),
                                       QStringLiteral("dir"), QStringLiteral("screenshots"));
    parser.addOption(outOption);
    parser.addHelpOption();
    parser.process(app);

    QDir dir(parser.value(outOption));
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dir.path()));
        return 1;
    }

    bool ok = true;
    using sextant::views::ColorScheme;
    for (auto [scheme, suffix] :
         {std::pair{ColorScheme::Light, "light"}, std::pair{ColorScheme::Dark, "dark"}}) {
        sextant::views::applyColorScheme(scheme);
        const QString s = QString::fromLatin1(suffix);
        sextant::MainWindow window;
        ok &= save(window, dir, QStringLiteral("main-window-") + s);
        sextant::views::AboutDialog about;
        ok &= save(about, dir, QStringLiteral("about-") + s);
    }
    return ok ? 0 : 1;
}
