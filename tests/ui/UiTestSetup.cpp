#include "tests/ui/UiTestSetup.h"

#include "translations/Translations.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <QWidget>

namespace lars::test {

namespace {
// A dark system palette as a dark desktop theme hands it to Qt.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x2d), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor(0x4a, 0x43, 0x2c));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Light, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}
} // namespace

UiTestSetup::UiTestSetup()
    : m_recorder(new RecordingTranslator(qApp))
{
    QCoreApplication::setOrganizationName(QStringLiteral("lars-tests"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("LARS"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    // Asked last: it sees only what the Dutch translation does not know.
    QCoreApplication::installTranslator(m_recorder);
    translations::install(*qApp, QStringLiteral("nl_BE"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (qEnvironmentVariable("LARS_UI_THEME") == QLatin1String("dark"))
        QApplication::setPalette(darkPalette());
}

QSize UiTestSetup::windowSize()
{
    const QStringList parts = qEnvironmentVariable("LARS_UI_SIZE", QStringLiteral("1366x768")).split(u'x');
    return parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize(1366, 768);
}

QString UiTestSetup::variant()
{
    if (qEnvironmentVariable("LARS_UI_THEME") == QLatin1String("dark"))
        return QStringLiteral("dark-");
    if (qEnvironmentVariableIntValue("QT_SCALE_FACTOR") == 2)
        return QStringLiteral("hidpi-");
    if (windowSize() != QSize(1366, 768))
        return QStringLiteral("%1x%2-").arg(windowSize().width()).arg(windowSize().height());
    return {};
}

bool UiTestSetup::screenshot(QWidget *widget, const QString &name)
{
    return screenshot(widget->grab().toImage(), name);
}

bool UiTestSetup::screenshot(const QImage &image, const QString &name)
{
    if (image.isNull())
        return false;
    const QString dir = qEnvironmentVariable("LARS_SCREENSHOT_DIR");
    return dir.isEmpty() || image.save(QDir(dir).filePath(variant() + name + QStringLiteral(".png")), "PNG");
}

} // namespace lars::test
