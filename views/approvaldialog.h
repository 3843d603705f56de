#pragma once

#include "model/actions/actiontypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sextant::views {

class TypedConfirmation;

// The approval a protected (production) target needs before a sync or a
// rollback: the reviewed change summary, why the target is protected, a
// reason, and the app's name typed exactly. The confirm button stays disabled
// until both are given. Only collects; the caller runs the action.
class ApprovalDialog : public QDialog {
    Q_OBJECT
public:
    // `actionText` names what is approved, e.g. tr("Sync") or tr("Roll back");
    // `reviewedSummary` is what the operator reviewed (the dry run's summary).
    ApprovalDialog(const GuardrailCheck &check, const QString &actionText, const QString &reviewedSummary,
                   QWidget *parent = nullptr);

    Approval approval() const;
    bool canConfirm() const;

    QPushButton *confirmButton() const { return m_confirm; }
    QLineEdit *reasonEdit() const { return m_reason; }
    TypedConfirmation *typedConfirmation() const { return m_typed; }

private:
    void validate();

    GuardrailCheck m_check;
    QString m_summary;
    QLineEdit *m_reason;
    TypedConfirmation *m_typed;
    QPushButton *m_confirm;
};

} // namespace sextant::views
