#include "views/pausedfleetbanner.h"

#include "views/actionstyle.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTimer>

namespace sextant::views {

PausedFleetBanner::PausedFleetBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_complete(new QPushButton(tr("&Complete the pause"), this))
    , m_resume(new QPushButton(tr("&Resume all"), this))
{
    setObjectName(QStringLiteral("pausedFleetBanner"));
    setFrameShape(QFrame::NoFrame);
    m_text->setObjectName(QStringLiteral("pausedFleetText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_details->setObjectName(QStringLiteral("pausedFleetDetails"));
    m_details->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_complete->setObjectName(QStringLiteral("completePause"));
    m_complete->setToolTip(tr("Pause the apps the interrupted pause had not reached yet"));
    m_resume->setObjectName(QStringLiteral("resumeAll"));
    m_resume->setToolTip(tr("Restore every paused app's auto-sync policy exactly as it was before"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_complete);
    layout->addWidget(m_resume);
    connect(m_details, &QLabel::linkActivated, this, &PausedFleetBanner::detailsRequested);
    connect(m_complete, &QPushButton::clicked, this, &PausedFleetBanner::completeRequested);
    connect(m_resume, &QPushButton::clicked, this, &PausedFleetBanner::resumeRequested);
    hide();
    retint();
}

void PausedFleetBanner::setState(const State &state)
{
    m_state = state;
    update();
}

QString PausedFleetBanner::text() const
{
    return m_text->text();
}

void PausedFleetBanner::update()
{
    if (m_state.isEmpty()) {
        hide();
        return;
    }
    const State &s = m_state;
    QString headline;
    if (s.busy && !s.progress.isEmpty())
        headline = s.progress;
    else if (s.interrupted)
        headline = tr("An emergency pause was interrupted: %n app(s) paused", nullptr, s.pausedApps) +
                   tr(", %n not reached yet", nullptr, s.pendingApps);
    else
        headline = tr("Emergency pause: auto-sync is paused on %n app(s)", nullptr, s.pausedApps);
    QStringList facts;
    if (!s.instances.isEmpty())
        facts << tr("on %1").arg(s.instances.join(QStringLiteral(", ")));
    if (s.since.isValid())
        facts << tr("since %1").arg(shortTime(s.since));
    if (!s.by.isEmpty())
        facts << tr("by %1").arg(s.by);
    if (s.failedApps > 0)
        facts << tr("%n app(s) could not be paused", nullptr, s.failedApps);
    QString html = QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped());
    if (!facts.isEmpty())
        html += QStringLiteral(" — ") + facts.join(QStringLiteral(" · ")).toHtmlEscaped();
    if (!s.reason.isEmpty())
        html += QStringLiteral("<br>") + tr("Reason: %1").arg(s.reason).toHtmlEscaped();
    m_text->setText(html);
    m_complete->setVisible(s.interrupted && s.pendingApps > 0);
    m_complete->setEnabled(!s.busy);
    m_resume->setText(s.interrupted ? tr("&Resume what was paused") : tr("&Resume all"));
    m_resume->setEnabled(!s.busy && s.pausedApps + s.pendingApps > 0);
    show();
}

void PausedFleetBanner::retint()
{
    const QScopedValueRollback guard(m_retinting, true);
    const QPalette app = QApplication::palette(this);
    tintBackground(this, dangerColor(app), 0.22);
    // The link and text roles too: the tint replaced our palette with a copy of the old one.
    QPalette own = palette();
    for (auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::Link, QPalette::Button, QPalette::ButtonText})
        own.setColor(role, app.color(role));
    setPalette(own);
    // The link colour is fixed when the rich text is laid out: set it with the palette.
    m_details->setText(QStringLiteral("<a href=\"details\" style=\"color: %1\">%2</a>")
                           .arg(app.color(QPalette::Link).name(), tr("Details").toHtmlEscaped()));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
}

void PausedFleetBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // retint() sets our palette, which sends PaletteChange again: the guard stops that.
    // Deferred: while the application palette changes, not every widget has its new palette yet.
    if (!m_retinting && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange ||
                         event->type() == QEvent::ApplicationPaletteChange))
        QTimer::singleShot(0, this, &PausedFleetBanner::retint);
}

} // namespace sextant::views
