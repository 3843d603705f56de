#include "views/approvaldialog.h"

#include "views/actionstyle.h"
#include "views/typedconfirmation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sextant::views {

ApprovalDialog::ApprovalDialog(const GuardrailCheck &check, const QString &actionText,
                               const QString &reviewedSummary, QWidget *parent)
    : QDialog(parent)
    , m_check(check)
    , m_summary(reviewedSummary)
    , m_reason(new QLineEdit(this))
    , m_typed(new TypedConfirmation(this))
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Approve: %1 %2").arg(actionText, check.target.label()));

    auto *heading = headingLabel(tr("%1 a protected target").arg(actionText), this);
    auto *target = new QLabel(check.target.label(), this);
    target->setObjectName(QStringLiteral("approvalTarget"));
    QFont targetFont = target->font();
    targetFont.setBold(true);
    targetFont.setPointSizeF(targetFont.pointSizeF() * 1.1);
    target->setFont(targetFont);
    target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *targetCaption = captionLabel(
        tr("instance · cluster · namespace · application — project %1").arg(check.target.project), this);

    auto *why = new QLabel(this);
    why->setObjectName(QStringLiteral("protectionReasons"));
    why->setWordWrap(true);
    why->setText(check.protectionReasons.isEmpty()
                     ? tr("This target is protected: the action needs a reason and the application's name.")
                     : tr("Protected because it matches: %1. The action needs a reason and the "
                          "application's name, and leaves a deployment record.")
                           .arg(check.protectionReasons.join(QStringLiteral(", "))));
    auto *whyFrame = new QFrame(this);
    auto *whyLayout = new QVBoxLayout(whyFrame);
    whyLayout->setContentsMargins(8, 6, 8, 6);
    whyLayout->addWidget(why);
    tintBackground(whyFrame, warningColor(palette()));

    auto *reviewed = new QPlainTextEdit(this);
    reviewed->setObjectName(QStringLiteral("reviewedSummary"));
    reviewed->setReadOnly(true);
    reviewed->setPlainText(reviewedSummary.isEmpty() ? tr("(no change summary)") : reviewedSummary);
    reviewed->setMaximumHeight(120);

    QString window = check.window.known ? check.window.description : tr("not checked");
    auto *windowLabel = new QLabel(window, this);
    windowLabel->setObjectName(QStringLiteral("approvalWindow"));
    windowLabel->setWordWrap(true);

    m_reason->setObjectName(QStringLiteral("approvalReason"));
    m_reason->setPlaceholderText(tr("e.g. CHG-1234: release 2.4 after review"));
    m_typed->setExpected(check.target.app);

    auto *form = new QFormLayout;
    form->addRow(tr("Reviewed change:"), reviewed);
    form->addRow(tr("Sync window:"), windowLabel);
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm =
        buttons->addButton(tr("Approve and %1").arg(actionText.toLower()), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("approveButton"));
    styleDangerButton(m_confirm);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canConfirm())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(target);
    layout->addWidget(targetCaption);
    layout->addWidget(whyFrame);
    layout->addLayout(form);
    layout->addWidget(m_typed);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_reason, &QLineEdit::textChanged, this, &ApprovalDialog::validate);
    connect(m_typed, &TypedConfirmation::matchedChanged, this, &ApprovalDialog::validate);
    m_reason->setFocus();
    validate();
}

bool ApprovalDialog::canConfirm() const
{
    return !m_reason->text().trimmed().isEmpty() && m_typed->isMatched();
}

void ApprovalDialog::validate()
{
    m_confirm->setEnabled(canConfirm());
    m_confirm->setToolTip(m_reason->text().trimmed().isEmpty() ? tr("Give a reason first")
                          : !m_typed->isMatched()              ? tr("Type the application's name first")
                                                               : QString());
}

Approval ApprovalDialog::approval() const
{
    Approval approval;
    approval.reason = m_reason->text().trimmed();
    approval.typedName = m_typed->edit()->text();
    approval.reviewedDiffSummary = m_summary;
    return approval;
}

} // namespace sextant::views
