#pragma once

#include <QDialog>

class QLineEdit;
class QTabWidget;

namespace sextant::views {

// "Log in again" for an instance whose token was refused: a user name and
// password, or a new token. Shows why it is asked.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(const QString &instance, const QString &reason, QWidget *parent = nullptr);

    bool usesToken() const;
    QString token() const;
    QString username() const;
    QString password() const;

    void setCredentials(const QString &username, const QString &password); // tests

private:
    QTabWidget *m_tabs;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_token;
};

} // namespace sextant::views
