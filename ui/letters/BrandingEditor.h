#pragma once
// Edits a letter branding (brand and accent colour, logos with their position); every change is
// announced at once so a preview can follow it live.
#include "reports/Branding.h"

#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;

namespace lars::ui {

class BrandingEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit BrandingEditor(QWidget *parent = nullptr);

    void setBranding(const reports::Branding &branding);
    reports::Branding branding() const { return m_branding; }

    void setPrimaryColor(const QColor &color);
    void setAccentColor(const QColor &color);
    // False when the file is not a readable PNG, JPEG or SVG.
    bool addLogoFile(const QString &path, reports::Logo::Position position = reports::Logo::Position::Left);
    void removeLogo(int index);
    void setLogoPosition(int index, reports::Logo::Position position);

signals:
    void brandingChanged(const lars::reports::Branding &branding);

private:
    void refresh();
    void changed();
    void chooseColor(bool primary);
    void chooseLogo();

    reports::Branding m_branding;
    QPushButton *m_primary = nullptr;
    QPushButton *m_accent = nullptr;
    QListWidget *m_logos = nullptr;
    QComboBox *m_position = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace lars::ui
