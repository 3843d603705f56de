#include "views/typedconfirmation.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sextant::views {

TypedConfirmation::TypedConfirmation(QWidget *parent)
    : QWidget(parent)
    , m_prompt(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_hint(new QLabel(this))
{
    m_prompt->setObjectName(QStringLiteral("typedConfirmationPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::RichText);
    m_prompt->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("typedConfirmation"));
    // Pasting the name defeats the purpose only partly; what matters is reading it.
    m_edit->setClearButtonEnabled(true);
    m_hint->setObjectName(QStringLiteral("typedConfirmationHint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    connect(m_edit, &QLineEdit::textChanged, this, &TypedConfirmation::onEdited);
}

void TypedConfirmation::setExpected(const QString &expected)
{
    m_expected = expected;
    m_prompt->setText(tr("Type <b>%1</b> to confirm:").arg(expected.toHtmlEscaped()));
    m_edit->setPlaceholderText(expected);
    onEdited();
}

bool TypedConfirmation::isMatched() const
{
    return m_matched;
}

void TypedConfirmation::onEdited()
{
    const QString text = m_edit->text();
    const bool matched = !m_expected.isEmpty() && text == m_expected;
    if (text.isEmpty() || matched)
        m_hint->clear();
    else if (m_expected.startsWith(text))
        m_hint->setText(tr("Keep typing…"));
    else
        m_hint->setText(tr("This is not the name: it must be typed exactly, including case."));
    m_hint->setVisible(!m_hint->text().isEmpty());
    if (matched != m_matched) {
        m_matched = matched;
        emit matchedChanged(matched);
    }
}

} // namespace sextant::views
