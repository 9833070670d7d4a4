#include "ui/SettingsDialog.h"

#include "models/api/ApiClient.h"
#include "ui/Settings.h"
#include "ui/widgets/MessageLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lars::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_serverUrl(new QLineEdit(this))
    , m_serverError(new MessageLabel(MessageLabel::Kind::Error, QStringLiteral("serverUrlError"), this))
    , m_caCertificate(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_cardRemoval(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_serverUrl->setObjectName(QStringLiteral("serverUrl"));
    m_serverUrl->setPlaceholderText(QStringLiteral("https://lars.example.be"));
    m_serverUrl->setText(Settings::serverUrl().toString());

    m_caCertificate->setObjectName(QStringLiteral("caCertificate"));
    m_caCertificate->setText(Settings::serverCaCertificate());
    m_caCertificate->setPlaceholderText(tr("Only for a local test server"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseCertificate);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_caCertificate);
    certificateRow->addWidget(browse);

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl_BE"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr_BE"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(Settings::language()));

    m_cardRemoval->setObjectName(QStringLiteral("cardRemoval"));
    m_cardRemoval->addItem(tr("Lock LARS"), QStringLiteral("lock"));
    m_cardRemoval->addItem(tr("Keep working"), QStringLiteral("keep"));
    m_cardRemoval->setCurrentIndex(Settings::cardRemoval() == Settings::CardRemoval::KeepWorking ? 1 : 0);

    auto *form = new QFormLayout;
    form->addRow(tr("Server address:"), m_serverUrl);
    form->addRow(QString(), m_serverError);
    auto *certificateLabel = new QLabel(tr("Server certificate:"), this);
    certificateLabel->setBuddy(m_caCertificate);
    form->addRow(certificateLabel, certificateRow);
    browse->setAccessibleDescription(tr("Choose the server certificate file"));
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("When the eID is taken out:"), m_cardRemoval);
    auto *languageNote = new QLabel(tr("A new language is used from the next start of LARS."), this);
    languageNote->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(languageNote);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void SettingsDialog::browseCertificate()
{
    auto *dialog = new QFileDialog(this, tr("Server certificate"), m_caCertificate->text(),
                                   tr("Certificates (*.pem *.crt)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_caCertificate, &QLineEdit::setText);
    dialog->open();
}

bool SettingsDialog::validate()
{
    const QString text = m_serverUrl->text().trimmed();
    QString error;
    if (!text.isEmpty() && !models::ApiClient::isAllowedServerUrl(QUrl(text), &error)) {
        m_serverError->showMessage(error);
        m_serverUrl->setFocus();
        return false;
    }
    m_serverError->clearMessage();
    return true;
}

void SettingsDialog::accept()
{
    if (!validate())
        return;
    Settings::setServerUrl(QUrl(m_serverUrl->text().trimmed()));
    Settings::setServerCaCertificate(m_caCertificate->text().trimmed());
    Settings::setLanguage(m_language->currentData().toString());
    Settings::setCardRemoval(m_cardRemoval->currentData().toString() == QLatin1String("keep")
                                 ? Settings::CardRemoval::KeepWorking
                                 : Settings::CardRemoval::Lock);
    QDialog::accept();
}

} // namespace lars::ui
