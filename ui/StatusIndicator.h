#pragma once
// A status-bar item: a coloured dot plus a short sentence (server connection, card reader).
#include <QWidget>

class QLabel;

namespace lars::ui {

class StatusIndicator final : public QWidget
{
    Q_OBJECT
public:
    enum class Level
    {
        Neutral,
        Good,
        Busy,
        Warning,
        Error
    };

    explicit StatusIndicator(QWidget *parent = nullptr);

    void setStatus(Level level, const QString &text, const QString &toolTip = {});
    Level level() const { return m_level; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintDot();

    QLabel *m_dot;
    QLabel *m_text;
    Level m_level = Level::Neutral;
};

} // namespace lars::ui
