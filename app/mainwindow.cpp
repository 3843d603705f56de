#include "app/mainwindow.h"

#include "model/version.h"
#include "views/aboutdialog.h"
#include "views/welcomepanel.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace sextant {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Sextant — GitOps fleet console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.sextant.Sextant.svg")));
    setCentralWidget(new views::WelcomePanel(this));
    createMenus();
    createStatusBar();
    resize(1280, 800);
}

QString MainWindow::connectionSummary() const
{
    return m_connectionLabel->text();
}

void MainWindow::setConnectionSummary(const QString &summary)
{
    m_connectionLabel->setText(summary);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { setWindowState(windowState().setFlag(Qt::WindowFullScreen, on)); });
    QAction *statusBarToggle = view->addAction(tr("&Status Bar"));
    statusBarToggle->setCheckable(true);
    statusBarToggle->setChecked(true);
    connect(statusBarToggle, &QAction::toggled, this, [this](bool on) { statusBar()->setVisible(on); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Sextant"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_connectionLabel = new QLabel(tr("No controller connected"), this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionSummary"));
    statusBar()->addWidget(m_connectionLabel, 1);
    auto *versionLabel = new QLabel(tr("Sextant %1").arg(version()), this);
    versionLabel->setObjectName(QStringLiteral("versionLabel"));
    statusBar()->addPermanentWidget(versionLabel);
}

void MainWindow::showAbout()
{
    views::AboutDialog dialog(this);
    dialog.exec();
}

} // namespace sextant
