#pragma once
// Preferences a user may change: server address, its certificate, language, what card removal does.
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace lars::ui {

class MessageLabel;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void browseCertificate();
    bool validate();

    QLineEdit *m_serverUrl;
    MessageLabel *m_serverError;
    QLineEdit *m_caCertificate;
    QComboBox *m_language;
    QComboBox *m_cardRemoval;
};

} // namespace lars::ui
