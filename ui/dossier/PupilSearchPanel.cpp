#include "ui/dossier/PupilSearchPanel.h"

#include "ui/dossier/DossierTexts.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageLabel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace lars::ui {

using models::PupilSearchModel;

namespace {
// Short: the server answers in milliseconds and late answers of superseded searches are dropped, so a
// request per keystroke is cheap; the debounce only spares the server a fast typist's intermediate states.
constexpr int kDebounceMs = 30;
} // namespace

PupilSearchPanel::PupilSearchPanel(models::DossierApi *api, QWidget *parent)
    : QWidget(parent)
    , m_model(new PupilSearchModel(api, this))
    , m_field(new QLineEdit(this))
    , m_birthDate(new QLineEdit(this))
    , m_birthDateError(new MessageLabel(MessageLabel::Kind::Error, QStringLiteral("birthDateError"), this))
    , m_busy(new QProgressBar(this))
    , m_hint(new MessageLabel(MessageLabel::Kind::Note, QStringLiteral("searchHint"), this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("pupilSearchPanel"));
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search a pupil by name (Ctrl+F)"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Pupil name"));
    m_field->addAction(Icons::themed(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_birthDate->setObjectName(QStringLiteral("birthDateField"));
    m_birthDate->setPlaceholderText(tr("Birth date (optional, dd/mm/yyyy)"));
    m_birthDate->setClearButtonEnabled(true);
    m_birthDate->setAccessibleName(tr("Birth date"));
    m_busy->setObjectName(QStringLiteral("searchBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(4);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);

    m_table->setObjectName(QStringLiteral("searchResults"));
    m_table->setAccessibleName(tr("Pupils found"));
    // Tab leaves the table (arrows move in it): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_birthDate);
    layout->addWidget(m_birthDateError);
    layout->addWidget(m_busy);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &PupilSearchPanel::startSearch);
    connect(m_field, &QLineEdit::textEdited, this, [this] {
        m_message.clear();
        m_debounce.start();
    });
    connect(m_birthDate, &QLineEdit::textChanged, this, [this] {
        m_message.clear();
        m_debounce.start();
    });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce.isActive()) { // Enter right after typing: search now, open when it arrives
            m_debounce.stop();
            startSearch();
        }
        if (m_model->state() == PupilSearchModel::State::Loading) {
            m_openWhenReady = true;
            return;
        }
        const QModelIndex current = m_table->currentIndex();
        openRow(current.isValid() ? current.row() : 0);
    });
    connect(m_birthDate, &QLineEdit::returnPressed, this, [this] { openRow(m_table->currentIndex().row()); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_model, &PupilSearchModel::stateChanged, this, &PupilSearchPanel::updateHint);
    connect(m_model, &PupilSearchModel::firstPageArrived, this, [this] {
        m_table->setCurrentIndex(m_model->index(0, 0));
        m_table->resizeColumnsToContents();
        if (std::exchange(m_openWhenReady, false))
            openRow(0);
    });
    connect(m_model, &PupilSearchModel::modelReset, this, [this] { m_openWhenReady = false; });
    m_field->installEventFilter(this);
    m_birthDate->installEventFilter(this);
    updateHint();
}

void PupilSearchPanel::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void PupilSearchPanel::reset()
{
    m_debounce.stop();
    m_openWhenReady = false;
    m_field->clear();
    m_birthDate->blockSignals(true);
    m_birthDate->clear();
    m_birthDate->blockSignals(false);
    m_birthDateError->clearMessage();
    m_message.clear();
    m_model->clear();
    updateHint();
}

void PupilSearchPanel::showMessage(const QString &text)
{
    m_message = text;
    updateHint();
}

QDate PupilSearchPanel::parseBirthDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd", "dMyyyy", "ddMMyyyy"}) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    return {};
}

void PupilSearchPanel::startSearch()
{
    const QString dateText = m_birthDate->text().trimmed();
    const QDate date = parseBirthDate(dateText);
    const bool dateInvalid = !dateText.isEmpty() && !date.isValid();
    m_birthDateError->showMessage(dateInvalid ? tr("Type the birth date as day/month/year, e.g. 03/02/2015.")
                                              : QString());
    if (dateInvalid)
        return;
    m_model->search(m_field->text(), date);
}

void PupilSearchPanel::updateHint()
{
    const auto state = m_model->state();
    m_busy->setVisible(state == PupilSearchModel::State::Loading);
    QString hint;
    switch (state) {
    case PupilSearchModel::State::Idle:
        hint = tr("Type at least 2 letters of a last or first name.");
        break;
    case PupilSearchModel::State::TooShort:
        hint = tr("Type at least 2 letters.");
        break;
    case PupilSearchModel::State::Loading:
        hint = tr("Searching…");
        break;
    case PupilSearchModel::State::NoResults:
        hint = m_model->request().birthDate.isValid()
                   ? tr("No pupil with this name and birth date. Check the birth date or remove it.")
                   : tr("No pupil found with this name in your teams.");
        break;
    case PupilSearchModel::State::Results:
        hint = m_model->suggestsBirthDate() ? tr("Many pupils match: add a birth date to narrow the search.")
                                            : tr("%n pupil(s) found.", nullptr, m_model->rowCount());
        break;
    case PupilSearchModel::State::Failed:
        hint = DossierTexts::problem(m_model->lastFailure());
        break;
    }
    // A message (e.g. why a dossier cannot be opened) stands out and is never cut off.
    m_hint->setKind(m_message.isEmpty() ? MessageLabel::Kind::Note : MessageLabel::Kind::Notice);
    m_hint->showMessage(m_message.isEmpty() ? hint : m_message);
    fitHint();
}

void PupilSearchPanel::fitHint()
{
    // A word-wrapped label in a splitter pane does not get its height for the pane's width by itself.
    m_hint->setMinimumHeight(m_hint->heightForWidth(qMax(100, width())));
}

void PupilSearchPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHint();
}

void PupilSearchPanel::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const auto &p = m_model->pupil(row);
    emit openRequested(p.id, QStringLiteral("%1 %2").arg(p.firstName, p.lastName));
}

bool PupilSearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_field || watched == m_birthDate)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int step = key->key() == Qt::Key_Down ? 1 : key->key() == Qt::Key_Up ? -1 : 0;
        const bool page = key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp;
        if ((step != 0 || page) && m_model->rowCount() > 0) {
            // Arrows move the selection while the cursor stays in the field: type, arrow, Enter.
            const int visible =
                qMax(1, m_table->viewport()->height() / m_table->verticalHeader()->defaultSectionSize());
            const int delta = page ? (key->key() == Qt::Key_PageDown ? visible : -visible) : step;
            const int row = qBound(0, m_table->currentIndex().row() + delta, m_model->rowCount() - 1);
            m_table->setCurrentIndex(m_model->index(row, 0));
            m_table->scrollTo(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lars::ui
