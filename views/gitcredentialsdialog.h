#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace sextant::views {

// Asks for the user name and token (or password) of a Git server, for every repository
// under a URL prefix. The secret goes to the system keychain when "Remember" is checked,
// never to a settings file or the log.
class GitCredentialsDialog : public QDialog {
    Q_OBJECT
public:
    // `url`: the repository that needs them; `prefix`: the prefix suggested for them.
    GitCredentialsDialog(const QString &url, const QString &prefix, QWidget *parent = nullptr);

    QString prefix() const;
    QString username() const;
    QString secret() const;
    bool remember() const;

    QLineEdit *prefixEdit() const { return m_prefix; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *secretEdit() const { return m_secret; }
    QPushButton *okButton() const { return m_ok; }

private:
    void validate();

    QString m_url;
    QLineEdit *m_prefix;
    QLineEdit *m_username;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QPushButton *m_ok;
};

} // namespace sextant::views
