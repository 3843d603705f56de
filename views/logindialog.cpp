#include "views/logindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sextant::views {

LoginDialog::LoginDialog(const QString &instance, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_username(new QLineEdit(QStringLiteral("admin"), this))
    , m_password(new QLineEdit(this))
    , m_token(new QLineEdit(this))
{
    setWindowTitle(tr("Log in to %1").arg(instance));
    auto *why = new QLabel(reason.isEmpty() ? tr("Log in to %1.").arg(instance) : reason, this);
    why->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_token->setEchoMode(QLineEdit::Password);

    auto *passwordPage = new QWidget(this);
    auto *passwordForm = new QFormLayout(passwordPage);
    passwordForm->addRow(tr("&User:"), m_username);
    passwordForm->addRow(tr("&Password:"), m_password);
    auto *tokenPage = new QWidget(this);
    auto *tokenForm = new QFormLayout(tokenPage);
    tokenForm->addRow(tr("&Token:"), m_token);
    m_tabs->addTab(passwordPage, tr("User and password"));
    m_tabs->addTab(tokenPage, tr("API token"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    m_password->setFocus();
    setMinimumWidth(420);
}

bool LoginDialog::usesToken() const
{
    return m_tabs->currentIndex() == 1;
}
QString LoginDialog::token() const
{
    return m_token->text().trimmed();
}
QString LoginDialog::username() const
{
    return m_username->text().trimmed();
}
QString LoginDialog::password() const
{
    return m_password->text();
}

void LoginDialog::setCredentials(const QString &username, const QString &password)
{
    m_tabs->setCurrentIndex(0);
    m_username->setText(username);
    m_password->setText(password);
}

} // namespace sextant::views
