#pragma once

#include "model/argocd/instanceconfig.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace sextant::views {

// File → Connect: where an Argo CD server is and how to log in. Only collects;
// the connection itself is made by the caller.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    struct Request {
        argocd::InstanceConfig config; // token set when a token was given
        QString username;              // set when logging in with a password
        QString password;
    };
    Request request() const;

    // For tests and pre-filling.
    void setServer(const QString &url);
    void setToken(const QString &token);
    void setCredentials(const QString &username, const QString &password);

private:
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_server;
    QRadioButton *m_useToken;
    QRadioButton *m_usePassword;
    QLineEdit *m_token;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QCheckBox *m_insecure;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace sextant::views
