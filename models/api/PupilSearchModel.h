#pragma once
// Pupil search results as a table that pages in as the view scrolls (fetchMore with the server's keyset
// cursor). A new search supersedes the running one: late answers of an older search are dropped.
#include "models/Pupil.h"
#include "models/api/DossierApi.h"
#include "models/api/PupilSearchRequest.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>

namespace lars::models {

class PupilSearchModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LastName,
        FirstName,
        BirthDate,
        School,
        Class,
        ColumnCount
    };
    enum class State
    {
        Idle,
        TooShort,
        Loading,
        Results,
        NoResults,
        Failed
    };
    Q_ENUM(State)
    enum Role
    {
        PupilIdRole = Qt::UserRole + 1
    };

    explicit PupilSearchModel(DossierApi *api, QObject *parent = nullptr);

    // Starts a search (or clears the results when the text is too short).
    void search(const QString &text, const QDate &birthDate = {});
    void clear();

    State state() const { return m_state; }
    const DossierReply &lastFailure() const { return m_failure; }
    bool isFetching() const { return m_fetching; }
    // More pages exist although the view shows a full first page: a birth date would narrow it.
    bool suggestsBirthDate() const;
    const Pupil &pupil(int row) const { return m_rows.at(row); }
    const PupilSearchRequest &request() const { return m_request; }
    // Milliseconds from search() to the first page being in the model.
    qint64 lastFirstPageMs() const { return m_firstPageMs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void stateChanged(lars::models::PupilSearchModel::State state);
    void firstPageArrived();

private:
    void requestPage();
    void setState(State state);

    DossierApi *m_api;
    PupilSearchRequest m_request;
    QList<Pupil> m_rows;
    QString m_nextCursor;
    State m_state = State::Idle;
    DossierReply m_failure;
    quint64 m_generation = 0;
    bool m_fetching = false;
    QElapsedTimer m_clock;
    qint64 m_firstPageMs = -1;
};

} // namespace lars::models
