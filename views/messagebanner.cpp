#include "views/messagebanner.h"

#include "views/detaillist.h"
#include "views/statusicons.h"

#include <KColorUtils>

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>
#include <QStyle>

namespace sextant::views {

MessageBanner::MessageBanner(const QString &name, QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(name + QStringLiteral("Frame"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(name);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

void MessageBanner::showMessage(Tone tone, const QString &text)
{
    m_tone = tone;
    m_text->setText(text);
    applyTone();
    show();
}

void MessageBanner::clearMessage()
{
    hide();
    m_text->clear();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::applyTone()
{
    const QScopedValueRollback guard(m_applying, true);
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (m_tone == Tone::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (m_tone == Tone::Error)
        pixmap = QStyle::SP_MessageBoxCritical;
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(DetailIconSize, DetailIconSize));
    m_icon->setVisible(m_tone != Tone::Info);
    setFrameShape(m_tone == Tone::Info ? QFrame::NoFrame : QFrame::StyledPanel);
    // From the parent: the banner's own palette holds the last tint.
    const QPalette base = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    QPalette tinted = base;
    if (m_tone != Tone::Info) {
        const QColor accent = m_tone == Tone::Error ? statusColor(HealthStatus::Degraded, base)
                                                    : statusColor(SyncStatus::OutOfSync, base);
        tinted.setColor(QPalette::Window, KColorUtils::mix(base.color(QPalette::Base), accent, 0.16));
    }
    setPalette(tinted);
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying && !isHidden())
        applyTone();
}

} // namespace sextant::views
