#include "models/api/PupilSearchModel.h"

#include <QJsonArray>
#include <QLocale>

namespace lars::models {

PupilSearchModel::PupilSearchModel(DossierApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{}

void PupilSearchModel::search(const QString &text, const QDate &birthDate)
{
    ++m_generation; // answers of the previous search are now stale
    beginResetModel();
    m_rows.clear();
    m_nextCursor.clear();
    m_fetching = false;
    endResetModel();
    m_request = PupilSearchRequest{text, birthDate, PupilSearchRequest::defaultPageSize, {}};
    if (!m_request.isSearchable()) {
        setState(text.trimmed().isEmpty() ? State::Idle : State::TooShort);
        return;
    }
    m_clock.start();
    m_firstPageMs = -1;
    setState(State::Loading);
    requestPage();
}

void PupilSearchModel::clear()
{
    search(QString());
}

bool PupilSearchModel::suggestsBirthDate() const
{
    return m_state == State::Results && !m_request.birthDate.isValid() && !m_nextCursor.isEmpty();
}

void PupilSearchModel::requestPage()
{
    m_fetching = true;
    PupilSearchRequest page = m_request;
    page.cursor = m_nextCursor;
    const quint64 generation = m_generation;
    m_api->get(PupilSearchRequest::path(), page.toQuery(), this, [this, generation](const DossierReply &r) {
        if (generation != m_generation)
            return;
        m_fetching = false;
        if (!r.ok()) {
            m_failure = r;
            if (m_rows.isEmpty())
                setState(State::Failed);
            return;
        }
        const QJsonArray items = r.body.value(QLatin1String("items")).toArray();
        m_nextCursor = r.body.value(QLatin1String("nextCursor")).toString();
        if (!items.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + items.size() - 1));
            for (const QJsonValue &v : items)
                m_rows.append(Pupil::fromJson(v.toObject()));
            endInsertRows();
        }
        const bool first = m_firstPageMs < 0;
        if (first)
            m_firstPageMs = m_clock.elapsed();
        setState(m_rows.isEmpty() ? State::NoResults : State::Results);
        if (first)
            emit firstPageArrived();
    });
}

void PupilSearchModel::setState(State state)
{
    if (m_state == state && state != State::Results && state != State::Loading)
        return;
    m_state = state;
    emit stateChanged(state);
}

int PupilSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PupilSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PupilSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Pupil &p = m_rows.at(index.row());
    if (role == PupilIdRole)
        return p.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LastName:
        return p.lastName;
    case FirstName:
        return p.firstName;
    case BirthDate:
        return QLocale().toString(p.birthDate, QLocale::ShortFormat);
    case School:
        return p.schoolName;
    case Class:
        return p.className;
    default:
        return {};
    }
}

QVariant PupilSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LastName:
        return tr("Last name");
    case FirstName:
        return tr("First name");
    case BirthDate:
        return tr("Birth date");
    case School:
        return tr("School");
    case Class:
        return tr("Class");
    default:
        return {};
    }
}

bool PupilSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && !m_nextCursor.isEmpty();
}

void PupilSearchModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

} // namespace lars::models
