#include "views/rollbackdialog.h"

#include "model/actions/actionservice.h"
#include "views/actionstyle.h"
#include "views/typedconfirmation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sextant::views {

RollbackDialog::RollbackDialog(ActionService *actions, const QString &appKey, qint64 historyId,
                               QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_key(appKey)
    , m_plan(actions->explainRollback(appKey, historyId))
    , m_check(actions->checkGuardrails(appKey))
    , m_reason(new QLineEdit(this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("rollbackDialog"));
    const ActionTarget &target = m_check.target;
    setWindowTitle(tr("Roll back %1").arg(target.label()));

    auto *heading = headingLabel(target.label(), this);
    heading->setObjectName(QStringLiteral("rollbackTarget"));
    auto *caption = captionLabel(tr("instance · cluster · namespace · application"), this);
    auto *what = new QLabel(this);
    what->setObjectName(QStringLiteral("rollbackWhat"));
    what->setWordWrap(true);
    what->setTextFormat(Qt::RichText);
    if (m_plan.error.isEmpty()) {
        QString html = tr("Roll back to deployment <b>#%1</b>, revision <b>%2</b>%3.")
                           .arg(m_plan.historyId)
                           .arg(m_plan.toRevision.left(12).toHtmlEscaped(),
                                m_plan.deployedAt.isValid()
                                    ? tr(", deployed %1").arg(shortTime(m_plan.deployedAt)).toHtmlEscaped()
                                    : QString());
        html += QStringLiteral("<ol>");
        for (const QString &step : std::as_const(m_plan.steps))
            html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
        html += QStringLiteral("</ol>");
        if (!m_plan.gitWants.isEmpty())
            html +=
                tr("Afterwards Git still wants <b>%1</b>: the app shows “rolled back — Git still wants %1” "
                   "and stays paused until you resume auto-sync (which would deploy Git again) or change "
                   "Git.")
                    .arg(m_plan.gitWants.left(12).toHtmlEscaped());
        what->setText(html);
    } else {
        what->setText(tr("This rollback cannot run: %1").arg(m_plan.error).toHtmlEscaped());
    }
    auto *whatFrame = new QFrame(this);
    auto *whatLayout = new QVBoxLayout(whatFrame);
    whatLayout->setContentsMargins(8, 6, 8, 6);
    whatLayout->addWidget(what);
    tintBackground(whatFrame, m_plan.error.isEmpty() ? warningColor(palette()) : dangerColor(palette()));

    m_reason->setObjectName(QStringLiteral("rollbackReason"));
    m_reason->setPlaceholderText(tr("e.g. INC-4711: 2.4 breaks checkout"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason (required):"), m_reason);

    m_state->setObjectName(QStringLiteral("rollbackState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_confirm =
        buttons->addButton(tr("&Roll back to #%1").arg(m_plan.historyId), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmRollback"));
    styleDangerButton(m_confirm);
    connect(m_confirm, &QPushButton::clicked, this, &RollbackDialog::confirm);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(caption);
    layout->addWidget(whatFrame);
    if (m_check.protectedTarget) {
        auto *protectedText = new QLabel(
            tr("Protected target (%1).").arg(m_check.protectionReasons.join(QStringLiteral(", "))), this);
        protectedText->setWordWrap(true);
        layout->addWidget(protectedText);
    }
    layout->addLayout(form);
    if (m_check.protectedTarget) {
        m_typed = new TypedConfirmation(this);
        m_typed->setExpected(target.app);
        layout->addWidget(m_typed);
        connect(m_typed, &TypedConfirmation::matchedChanged, this, &RollbackDialog::validate);
    }
    layout->addWidget(m_state);
    layout->addWidget(buttons);
    setMinimumWidth(600);

    connect(m_reason, &QLineEdit::textChanged, this, &RollbackDialog::validate);
    connect(m_actions, &ActionService::actionFinished, this, [this](const ActionOutcome &outcome) {
        if (outcome.requestId != m_request)
            return;
        m_request = 0;
        if (!outcome.ok) {
            m_state->setText(tr("The rollback failed: %1").arg(outcome.message));
            QPalette palette = m_state->palette();
            palette.setColor(QPalette::WindowText, dangerColor(palette));
            m_state->setPalette(palette);
            m_close->setEnabled(true);
            validate();
            return;
        }
        emit rolledBack(outcome);
        accept();
    });
    validate();
}

bool RollbackDialog::canConfirm() const
{
    return m_request == 0 && m_plan.error.isEmpty() && !m_reason->text().trimmed().isEmpty() &&
           (!m_typed || m_typed->isMatched());
}

void RollbackDialog::validate()
{
    m_confirm->setEnabled(canConfirm());
}

void RollbackDialog::confirm()
{
    if (!canConfirm())
        return;
    Approval approval;
    approval.reason = m_reason->text().trimmed();
    approval.typedName = m_typed ? m_typed->edit()->text() : m_check.target.app;
    approval.reviewedDiffSummary = m_plan.steps.join(u'\n');
    m_request = m_actions->rollback(m_key, m_plan.historyId, approval);
    m_state->setText(m_plan.needsPause ? tr("Pausing auto-sync, then rolling back…") : tr("Rolling back…"));
    m_close->setEnabled(false);
    validate();
}

} // namespace sextant::views
