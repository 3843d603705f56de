#include "views/reasondialog.h"

#include "views/actionstyle.h"
#include "views/typedconfirmation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sextant::views {

ReasonDialog::ReasonDialog(const Request &request, QWidget *parent)
    : QDialog(parent)
    , m_required(request.reasonRequired)
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(request.title);
    auto *target = headingLabel(request.targetLabel, this);
    target->setObjectName(QStringLiteral("reasonTarget"));
    target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *caption = captionLabel(tr("instance · cluster · namespace · application"), this);
    auto *explanation = new QLabel(request.explanation, this);
    explanation->setObjectName(QStringLiteral("reasonExplanation"));
    explanation->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(request.reasonRequired ? tr("required, written to the journal")
                                                        : tr("optional, written to the journal"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(request.confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    if (request.dangerous)
        styleDangerButton(m_confirm);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_confirm->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &ReasonDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(target);
    layout->addWidget(caption);
    layout->addSpacing(6);
    layout->addWidget(explanation);
    layout->addLayout(form);
    if (!request.typedName.isEmpty()) {
        m_typed = new TypedConfirmation(this);
        m_typed->setExpected(request.typedName);
        connect(m_typed, &TypedConfirmation::matchedChanged, this, &ReasonDialog::validate);
        layout->addWidget(m_typed);
    }
    layout->addWidget(buttons);
    setMinimumWidth(520);
    validate();
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReasonDialog::validate()
{
    m_confirm->setEnabled((!m_required || !reason().isEmpty()) && (!m_typed || m_typed->isMatched()));
}

} // namespace sextant::views
