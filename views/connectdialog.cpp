#include "views/connectdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sextant::views {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_server(new QLineEdit(this))
    , m_useToken(new QRadioButton(tr("API token"), this))
    , m_usePassword(new QRadioButton(tr("User name and password"), this))
    , m_token(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("Do not verify the server's certificate (insecure)"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to an Argo CD server"));
    m_server->setPlaceholderText(tr("https://argocd.example.org"));
    m_name->setPlaceholderText(tr("optional: a short name shown in the fleet tree"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("argocd account generate-token, or ARGOCD_AUTH_TOKEN"));
    m_password->setEchoMode(QLineEdit::Password);
    m_username->setText(QStringLiteral("admin"));
    m_useToken->setChecked(true);
    m_caFile->setPlaceholderText(tr("optional: PEM file of the CA that signed the server's certificate"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), {},
                                                          tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link);"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_useToken);
    form->addRow(tr("&Token:"), m_token);
    form->addRow(m_usePassword);
    form->addRow(tr("&User:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&CA file:"), caRow);
    form->addRow(m_insecure);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_server, m_token, m_username, m_password, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_useToken, &QRadioButton::toggled, this, &ConnectDialog::validate);
    connect(m_insecure, &QCheckBox::toggled, this, &ConnectDialog::validate);
    setMinimumWidth(520);
    validate();
}

void ConnectDialog::setServer(const QString &url)
{
    m_server->setText(url);
}
void ConnectDialog::setToken(const QString &token)
{
    m_useToken->setChecked(true);
    m_token->setText(token);
}
void ConnectDialog::setCredentials(const QString &username, const QString &password)
{
    m_usePassword->setChecked(true);
    m_username->setText(username);
    m_password->setText(password);
}

ConnectDialog::Request ConnectDialog::request() const
{
    Request request;
    QString url = m_server->text().trimmed();
    if (!url.contains(QStringLiteral("://")))
        url.prepend(QStringLiteral("https://"));
    request.config.server = QUrl(url);
    request.config.name =
        m_name->text().trimmed().isEmpty() ? request.config.server.authority() : m_name->text().trimmed();
    request.config.plainText = request.config.server.scheme() == QStringLiteral("http");
    request.config.insecure = m_insecure->isChecked();
    request.config.caFile = m_caFile->text().trimmed();
    request.config.source = tr("added in Sextant");
    if (m_useToken->isChecked()) {
        request.config.token = m_token->text().trimmed();
    } else {
        request.username = m_username->text().trimmed();
        request.password = m_password->text();
    }
    return request;
}

void ConnectDialog::validate()
{
    const bool token = m_useToken->isChecked();
    m_token->setEnabled(token);
    m_username->setEnabled(!token);
    m_password->setEnabled(!token);
    const Request r = request();
    QString problem;
    if (m_server->text().trimmed().isEmpty() || r.config.server.host().isEmpty())
        problem = tr("Enter the server's address, for example https://argocd.example.org.");
    else if (r.config.plainText && !argocd::isLoopbackHost(r.config.server.host()))
        problem = tr("Plain http:// is only allowed for this computer (localhost); use https://.");
    else if (token && r.config.token.isEmpty())
        problem = tr("Enter an API token, or log in with a user name and password.");
    else if (!token && (r.username.isEmpty() || r.password.isEmpty()))
        problem = tr("Enter the user name and the password.");
    else if (m_insecure->isChecked())
        problem =
            tr("Warning: without certificate checks anyone between you and the server can read the token.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() || problem.startsWith(tr("Warning:")));
}

} // namespace sextant::views
