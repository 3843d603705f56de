#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sextant::views {

class TypedConfirmation;

// A short confirmation for a single-app action (pause or resume auto-sync,
// terminate an operation): says what will happen to which target, asks a
// reason for the journal, and confirms with a button that names the action.
class ReasonDialog : public QDialog {
    Q_OBJECT
public:
    struct Request {
        QString title;       // window title, naming the target
        QString targetLabel; // instance · cluster · namespace · app
        QString explanation; // what will happen
        QString confirmText; // the button: "Pause auto-sync"
        bool reasonRequired = false;
        bool dangerous = false; // red confirm button
        QString typedName;      // when set, the confirm button waits until it is typed exactly
    };
    explicit ReasonDialog(const Request &request, QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *confirmButton() const { return m_confirm; }
    TypedConfirmation *typedConfirmation() const { return m_typed; } // null without typedName

private:
    void validate();

    bool m_required;
    QLineEdit *m_reason;
    QPushButton *m_confirm;
    TypedConfirmation *m_typed = nullptr;
};

} // namespace sextant::views
