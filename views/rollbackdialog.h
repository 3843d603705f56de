#pragma once

#include "model/actions/actiontypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sextant {
class ActionService;
}

namespace sextant::views {

class TypedConfirmation;

// Roll back one application to a history entry: explains the plan first (the
// auto-sync pause Argo CD requires, through the ledger; the rollback; what Git
// will still want afterwards), asks a reason — and for a protected target the
// app's name typed exactly — then performs it and reports the outcome.
class RollbackDialog : public QDialog {
    Q_OBJECT
public:
    RollbackDialog(ActionService *actions, const QString &appKey, qint64 historyId,
                   QWidget *parent = nullptr);

    const RollbackPlan &plan() const { return m_plan; }
    bool canConfirm() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    TypedConfirmation *typedConfirmation() const { return m_typed; }
    QPushButton *confirmButton() const { return m_confirm; }
    QLabel *stateLabel() const { return m_state; }
    void confirm();

signals:
    void rolledBack(const sextant::ActionOutcome &outcome);

private:
    void validate();

    ActionService *m_actions;
    QString m_key;
    RollbackPlan m_plan;
    GuardrailCheck m_check;
    quint64 m_request = 0;
    QLineEdit *m_reason;
    TypedConfirmation *m_typed = nullptr;
    QLabel *m_state;
    QPushButton *m_confirm;
    QPushButton *m_close;
};

} // namespace sextant::views
