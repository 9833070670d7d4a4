#include "ui/letters/BrandingEditor.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSvgRenderer>
#include <QVBoxLayout>

namespace lars::ui {

using reports::Branding;
using reports::Logo;

namespace {
QIcon swatch(const QColor &color)
{
    QPixmap pm(28, 16);
    pm.fill(color);
    return QIcon(pm);
}

QIcon thumbnail(const Logo &logo)
{
    QImage img(96, 40, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    if (logo.isSvg()) {
        QSvgRenderer svg(logo.data);
        svg.setAspectRatioMode(Qt::KeepAspectRatio);
        svg.render(&p, QRectF(2, 2, 92, 36));
    } else {
        const QImage source = QImage::fromData(logo.data);
        const QImage scaled = source.scaled(92, 36, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        p.drawImage(QPointF(2 + (92 - scaled.width()) / 2.0, 2 + (36 - scaled.height()) / 2.0), scaled);
    }
    p.end();
    return QIcon(QPixmap::fromImage(img));
}

bool readableLogo(const QByteArray &data)
{
    Logo probe{data, Logo::Position::Left, 24};
    if (probe.isSvg())
        return QSvgRenderer(data).isValid();
    return !QImage::fromData(data).isNull();
}
} // namespace

BrandingEditor::BrandingEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout;
    m_primary = new QPushButton(this);
    m_primary->setObjectName(QStringLiteral("primaryColorButton"));
    m_accent = new QPushButton(this);
    m_accent->setObjectName(QStringLiteral("accentColorButton"));
    form->addRow(tr("Brand colour"), m_primary);
    form->addRow(tr("Table colour"), m_accent);

    m_logos = new QListWidget(this);
    m_logos->setObjectName(QStringLiteral("logoList"));
    m_logos->setIconSize(QSize(96, 40));
    m_logos->setMaximumHeight(150);
    auto *add = new QPushButton(tr("Add logo…"), this);
    add->setObjectName(QStringLiteral("addLogoButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeLogoButton"));
    m_position = new QComboBox(this);
    m_position->setObjectName(QStringLiteral("logoPosition"));
    m_position->addItem(tr("Left"), int(Logo::Position::Left));
    m_position->addItem(tr("Centre"), int(Logo::Position::Center));
    m_position->addItem(tr("Right"), int(Logo::Position::Right));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_position);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *logosLabel = new QLabel(tr("Logos (PNG or SVG)"), this);
    logosLabel->setBuddy(m_logos);
    m_logos->setAccessibleName(logosLabel->text());
    layout->addWidget(logosLabel);
    layout->addWidget(m_logos);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_primary, &QPushButton::clicked, this, [this] { chooseColor(true); });
    connect(m_accent, &QPushButton::clicked, this, [this] { chooseColor(false); });
    connect(add, &QPushButton::clicked, this, &BrandingEditor::chooseLogo);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeLogo(m_logos->currentRow()); });
    connect(m_logos, &QListWidget::currentRowChanged, this, [this](int row) {
        m_remove->setEnabled(row >= 0);
        m_position->setEnabled(row >= 0);
        if (row >= 0) {
            const QSignalBlocker block(m_position);
            m_position->setCurrentIndex(m_position->findData(int(m_branding.logos[row].position)));
        }
    });
    connect(m_position, &QComboBox::activated, this, [this] {
        setLogoPosition(m_logos->currentRow(), Logo::Position(m_position->currentData().toInt()));
    });
    refresh();
}

void BrandingEditor::setBranding(const Branding &branding)
{
    m_branding = branding;
    refresh();
}

void BrandingEditor::setPrimaryColor(const QColor &color)
{
    if (!color.isValid())
        return;
    // An accent the user never chose follows the brand colour.
    if (m_branding.accent == Branding::tint(m_branding.primary) || m_branding.accent == Branding().accent)
        m_branding.accent = Branding::tint(color);
    m_branding.primary = color;
    changed();
}

void BrandingEditor::setAccentColor(const QColor &color)
{
    if (!color.isValid())
        return;
    m_branding.accent = color;
    changed();
}

bool BrandingEditor::addLogoFile(const QString &path, Logo::Position position)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray data = f.readAll();
    if (!readableLogo(data))
        return false;
    m_branding.logos.append({data, position, 22});
    changed();
    m_logos->setCurrentRow(m_logos->count() - 1);
    return true;
}

void BrandingEditor::removeLogo(int index)
{
    if (index < 0 || index >= m_branding.logos.size())
        return;
    m_branding.logos.removeAt(index);
    changed();
}

void BrandingEditor::setLogoPosition(int index, Logo::Position position)
{
    if (index < 0 || index >= m_branding.logos.size())
        return;
    m_branding.logos[index].position = position;
    changed();
    m_logos->setCurrentRow(index);
}

void BrandingEditor::changed()
{
    refresh();
    emit brandingChanged(m_branding);
}

void BrandingEditor::refresh()
{
    m_primary->setIcon(swatch(m_branding.primary));
    m_primary->setText(m_branding.primary.name());
    m_accent->setIcon(swatch(m_branding.accent));
    m_accent->setText(m_branding.accent.name());
    const int row = m_logos->currentRow();
    m_logos->clear();
    for (const Logo &logo : m_branding.logos) {
        // The position in the UI's words (the position list's), not the JSON name ("left").
        auto *item = new QListWidgetItem(
            thumbnail(logo), m_position->itemText(m_position->findData(int(logo.position))), m_logos);
        item->setToolTip(logo.isSvg() ? tr("SVG logo") : tr("Image logo"));
    }
    m_logos->setCurrentRow(std::min(row, int(m_logos->count()) - 1));
    m_remove->setEnabled(m_logos->currentRow() >= 0);
    m_position->setEnabled(m_logos->currentRow() >= 0);
}

void BrandingEditor::chooseColor(bool primary)
{
    auto *dialog = new QColorDialog(primary ? m_branding.primary : m_branding.accent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Live: the preview follows the colour while the user picks it.
    connect(dialog, &QColorDialog::currentColorChanged, this,
            [this, primary](const QColor &c) { primary ? setPrimaryColor(c) : setAccentColor(c); });
    const Branding before = m_branding;
    connect(dialog, &QColorDialog::rejected, this, [this, before] {
        m_branding = before;
        changed();
    });
    dialog->open();
}

void BrandingEditor::chooseLogo()
{
    auto *dialog =
        new QFileDialog(this, tr("Choose a logo"), QString(), tr("Logos (*.png *.svg *.jpg *.jpeg)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { addLogoFile(path); });
    dialog->open();
}

} // namespace lars::ui
