#pragma once
// The pupil search: one name field (from 2 characters, debounced), an optional birth date, a paging
// results table, a busy indicator and hints. Keyboard first: arrows move in the results, Enter opens.
#include "models/api/PupilSearchModel.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;

namespace lars::ui {

class MessageLabel;

class PupilSearchPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit PupilSearchPanel(models::DossierApi *api, QWidget *parent = nullptr);

    void focusSearch();
    // Empties the name, the birth date, the message and the results (a CLB switch, a new session).
    void reset();
    // Explains something about the search or the last opened pupil (e.g. why it cannot be opened).
    void showMessage(const QString &text);
    models::PupilSearchModel *model() const { return m_model; }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }

    // Parses what users type as a birth date (d/m/yyyy, d-m-yyyy, d.m.yyyy, ISO); invalid when not a date.
    static QDate parseBirthDate(const QString &text);

signals:
    void openRequested(qint64 pupilId, const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void startSearch();
    void updateHint();
    void fitHint();
    void openRow(int row);

    models::PupilSearchModel *m_model;
    QLineEdit *m_field;
    QLineEdit *m_birthDate;
    MessageLabel *m_birthDateError;
    QProgressBar *m_busy;
    MessageLabel *m_hint;
    QTableView *m_table;
    QTimer m_debounce;
    QString m_message;
    bool m_openWhenReady = false;
};

} // namespace lars::ui
