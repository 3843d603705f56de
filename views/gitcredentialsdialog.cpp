#include "views/gitcredentialsdialog.h"

#include "views/actionstyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sextant::views {

using namespace Qt::StringLiterals;

GitCredentialsDialog::GitCredentialsDialog(const QString &url, const QString &prefix, QWidget *parent)
    : QDialog(parent)
    , m_url(url)
    , m_prefix(new QLineEdit(prefix, this))
    , m_username(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keychain"), this))
{
    setObjectName(u"gitCredentialsDialog"_s);
    setWindowTitle(tr("Git credentials"));
    auto *what =
        new QLabel(tr("%1 refused the credentials Sextant has (or it has none). Enter a user name and "
                      "a token or password for it; they are used for every repository whose URL "
                      "starts with the prefix below.")
                       .arg(url),
                   this);
    what->setWordWrap(true);
    m_prefix->setObjectName(u"gitCredentialsPrefix"_s);
    m_username->setObjectName(u"gitCredentialsUser"_s);
    m_username->setPlaceholderText(tr("e.g. git, or your account name"));
    m_secret->setObjectName(u"gitCredentialsSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(true);
    auto *form = new QFormLayout;
    form->addRow(tr("For URLs starting with:"), m_prefix);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Token or password:"), m_secret);
    form->addRow(QString(), m_remember);
    auto *note =
        captionLabel(tr("Kept in the system keychain when remembered, else for this session only; never "
                        "in a settings file or the log."),
                     this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Use and &fetch"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    for (QLineEdit *edit : {m_prefix, m_secret})
        connect(edit, &QLineEdit::textChanged, this, &GitCredentialsDialog::validate);
    validate();
}

QString GitCredentialsDialog::prefix() const
{
    return m_prefix->text().trimmed();
}

QString GitCredentialsDialog::username() const
{
    return m_username->text().trimmed();
}

QString GitCredentialsDialog::secret() const
{
    return m_secret->text();
}

bool GitCredentialsDialog::remember() const
{
    return m_remember->isChecked();
}

void GitCredentialsDialog::validate()
{
    // The prefix must cover the repository that asked, or the credential would not be used.
    m_ok->setEnabled(!secret().isEmpty() && !prefix().isEmpty() && m_url.startsWith(prefix()));
}

} // namespace sextant::views
