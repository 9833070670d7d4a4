#include "ui/dossier/ActivityDialog.h"

#include "models/ActivityCorrection.h"
#include "models/api/DossierModel.h"
#include "models/api/DossierNomenclature.h"
#include "models/api/Drafts.h"
#include "models/api/Outbox.h"
#include "ui/dossier/DossierTexts.h"
#include "ui/widgets/DateField.h"
#include "ui/widgets/MessageLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace lars::ui {

namespace {
QListWidget *column(const QString &name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setMinimumSize(220, 170);
    return list;
}

QString selectedCode(const QListWidget *list)
{
    const QListWidgetItem *item = list->currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toString() : QString();
}
} // namespace

ActivityDialog::ActivityDialog(models::DossierModel *dossier, models::DossierNomenclature *nomenclature,
                               QWidget *parent, const models::Activity *correcting)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_nomenclature(nomenclature)
    , m_date(new DateField(QDate::currentDate(), this))
    , m_function(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_creonHint(new QLabel(this))
    , m_subject(new QLineEdit(this))
    , m_duration(new QSpinBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_hubBox(new QGroupBox(tr("Draaischijf: referral or feedback"), this))
    , m_direction(column(QStringLiteral("hubDirection"), m_hubBox))
    , m_category(column(QStringLiteral("hubCategory"), m_hubBox))
    , m_detail(column(QStringLiteral("hubDetail"), m_hubBox))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_idempotencyKey(models::DossierApi::newIdempotencyKey())
    , m_draftTimer(new QTimer(this))
    , m_draftOffer(new QWidget(this))
    , m_draftText(
          new MessageLabel(MessageLabel::Kind::Notice, QStringLiteral("draftOfferText"), m_draftOffer))
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(
        tr("Register activity — %1 %2").arg(dossier->pupil().firstName, dossier->pupil().lastName));
    if (correcting) {
        m_correcting = *correcting;
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("activityReason"));
        m_reason->setMaxLength(models::ActivityCorrection::maxReasonLength);
        setWindowTitle(
            tr("Correct activity — %1 %2").arg(dossier->pupil().firstName, dossier->pupil().lastName));
    }
    setWindowModality(Qt::WindowModal);
    m_date->setObjectName(QStringLiteral("activityDate"));
    m_function->setObjectName(QStringLiteral("activityFunction"));
    m_subject->setObjectName(QStringLiteral("activitySubject"));
    m_subject->setMaxLength(200);
    m_theme->setObjectName(QStringLiteral("activityTheme"));
    m_creonHint->setObjectName(QStringLiteral("activityCreonHint"));
    m_creonHint->setWordWrap(true);
    m_duration->setObjectName(QStringLiteral("activityDuration"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(5);
    m_duration->setValue(15);
    m_duration->setSuffix(tr(" min"));
    m_text->setObjectName(QStringLiteral("activityText"));
    m_text->setTabChangesFocus(true);
    m_hubBox->setObjectName(QStringLiteral("hubBox"));
    m_status->setObjectName(QStringLiteral("activityStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("activityProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveActivity"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Function:"), m_function);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(QString(), m_creonHint);
    form->addRow(tr("D&uration:"), m_duration);
    form->addRow(tr("&Text:"), m_text);
    if (m_reason)
        form->addRow(tr("&Why corrected:"), m_reason);

    auto *hubLayout = new QHBoxLayout(m_hubBox);
    const auto addColumn = [&](const QString &title, QListWidget *list) {
        auto *v = new QVBoxLayout;
        auto *label = new QLabel(title, m_hubBox);
        label->setBuddy(list);
        // Item views take no name from their buddy: screen readers need it set.
        list->setAccessibleName(title);
        v->addWidget(label);
        v->addWidget(list);
        hubLayout->addLayout(v);
    };
    addColumn(tr("1. Direction"), m_direction);
    addColumn(tr("2. To or from whom"), m_category);
    addColumn(tr("3. Detail"), m_detail);

    m_draftOffer->setObjectName(QStringLiteral("draftOffer"));
    m_draftOffer->hide();
    auto *restore = new QPushButton(tr("&Restore the draft"), m_draftOffer);
    restore->setObjectName(QStringLiteral("draftRestore"));
    auto *discard = new QPushButton(tr("Discard the dra&ft"), m_draftOffer);
    discard->setObjectName(QStringLiteral("draftDiscard"));
    auto *offerLayout = new QHBoxLayout(m_draftOffer);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    offerLayout->addWidget(m_draftText, 1);
    offerLayout->addWidget(restore);
    offerLayout->addWidget(discard);
    connect(restore, &QPushButton::clicked, this, [this] {
        if (const auto draft = m_dossier->api()->drafts()->find(draftName()))
            restoreDraft(*draft);
        m_draftOffer->hide();
        m_subject->setFocus();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        forgetDraft();
        m_draftOffer->hide();
        m_subject->setFocus();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_draftOffer);
    layout->addLayout(form);
    layout->addWidget(m_hubBox);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(760, 620);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        forgetDraft(); // "Cancel" is the user's choice; a lock or a crash is not
        reject();
    });
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(300);
    connect(m_draftTimer, &QTimer::timeout, this, &ActivityDialog::keepDraft);
    const auto touched = [this] {
        m_typed = true;
        m_draftOffer->hide();
        m_draftTimer->start();
    };
    connect(m_subject, &QLineEdit::textEdited, this, touched);
    connect(m_text, &QPlainTextEdit::textChanged, this, touched);
    connect(m_function, &QComboBox::activated, this, touched);
    connect(m_theme, &QComboBox::activated, this, touched);
    connect(m_duration, &QSpinBox::valueChanged, this, touched);
    connect(m_date, &QDateEdit::dateChanged, this, touched);
    for (QListWidget *list : {m_direction, m_category, m_detail})
        connect(list, &QListWidget::itemClicked, this, touched);
    if (m_reason) {
        connect(m_reason, &QLineEdit::textEdited, this, touched);
        connect(m_reason, &QLineEdit::textChanged, this, &ActivityDialog::updateState);
    }
    connect(m_function, &QComboBox::currentIndexChanged, this, &ActivityDialog::updateState);
    connect(m_date, &QDateEdit::dateChanged, this, &ActivityDialog::updateState);
    connect(m_subject, &QLineEdit::textChanged, this, &ActivityDialog::updateState);
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        // Staff do nothing extra for CREON; the dialog only says what will follow.
        const QString item = m_theme->currentData(Qt::UserRole + 1).toString();
        m_creonHint->setText(item.isEmpty() ? QString()
                                            : tr("Is reported to CREON automatically: %1").arg(item));
    });
    connect(nomenclature, &models::DossierNomenclature::subjectsLoaded, this, &ActivityDialog::fillThemes);
    connect(nomenclature, &models::DossierNomenclature::subjectsLoaded, this, &ActivityDialog::showCorrected);
    fillThemes();
    connect(m_direction, &QListWidget::itemSelectionChanged, this, &ActivityDialog::updateState);
    connect(m_category, &QListWidget::itemSelectionChanged, this, [this] {
        fillDetails();
        updateState();
    });
    connect(m_detail, &QListWidget::itemSelectionChanged, this, &ActivityDialog::updateState);
    connect(nomenclature, &models::DossierNomenclature::loaded, this, [this] {
        fillFunctions();
        fillCategories();
        showCorrected();
        updateState();
    });
    connectOutbox();
    fillFunctions();
    fillCategories();
    showCorrected();
    updateState();
    offerDraft();
}

void ActivityDialog::showCorrected()
{
    if (!m_correcting || m_typed)
        return;
    QJsonObject fields = m_correcting->toJson();
    if (m_correcting->hub) {
        fields.insert(QStringLiteral("directionCode"), m_correcting->hub->direction);
        fields.insert(QStringLiteral("categoryCode"), m_correcting->hub->category);
        fields.insert(QStringLiteral("detailCode"), m_correcting->hub->detail);
    }
    restoreDraft(fields);
    m_reason->clear();
    m_typed = false; // nothing of hers yet: no draft, nothing to lose
}

bool ActivityDialog::isUnchanged() const
{
    QJsonObject before = models::ActivityCorrection{*m_correcting, false, {}}.toJson();
    QJsonObject now = models::ActivityCorrection{activity(), false, {}}.toJson();
    return before == now;
}

void ActivityDialog::connectOutbox()
{
    const auto failed = [this](const models::DossierReply &r) {
        m_saving = false;
        m_progress->hide();
        m_status->setText(tr("Not saved. %1").arg(DossierTexts::problem(r)));
        m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Retry"));
        updateState();
    };
    models::Outbox *outbox = m_dossier->api()->outbox();
    if (!outbox) {
        const auto done = [this] {
            m_saving = false;
            forgetDraft();
            accept();
        };
        if (m_correcting) {
            connect(m_dossier, &models::DossierModel::activityCorrected, this, done);
            connect(m_dossier, &models::DossierModel::activityCorrectFailed, this, failed);
        } else {
            connect(m_dossier, &models::DossierModel::activityCreated, this, done);
            connect(m_dossier, &models::DossierModel::activityCreateFailed, this, failed);
        }
        return;
    }
    // The outbox answers for every change: only this dialog's own (its idempotency key) concerns it.
    connect(outbox, &models::Outbox::stored, this, [this](const QByteArray &id) {
        if (id == m_idempotencyKey)
            forgetDraft(); // the outbox keeps it now, sealed, until the server has it
    });
    connect(outbox, &models::Outbox::accepted, this, [this](const models::PendingChange &c) {
        if (c.id == m_idempotencyKey && m_saving) {
            m_saving = false;
            accept();
        }
    });
    connect(outbox, &models::Outbox::delayed, this, [this](const QByteArray &id) {
        if (id == m_idempotencyKey && m_saving) {
            m_saving = false;
            accept(); // the status bar says it waits for a connection; the list shows it
        }
    });
    connect(outbox, &models::Outbox::needsUser, this,
            [this, outbox, failed](const models::PendingChange &handed) {
                if (handed.id != m_idempotencyKey || !m_saving)
                    return;
                // A copy: handed is the outbox's own entry, which discard() below erases.
                const models::PendingChange c = handed;
                // Seen here, with the text still in the dialog: not also in the list. A corrected text is a
                // new request, so it gets a new key.
                outbox->discard(c.id);
                m_idempotencyKey = models::DossierApi::newIdempotencyKey();
                models::DossierReply r;
                r.httpStatus = c.status;
                r.problemTitle = c.lastError;
                if (m_correcting && c.state == models::PendingChange::State::Conflict) {
                    // Only she writes this entry, so the other version is her own (another window, another
                    // computer): what she typed here replaces it when she saves again.
                    m_correcting->version =
                        c.theirs.value(QLatin1String("version")).toInteger(m_correcting->version);
                    r.problemTitle =
                        tr("The activity was changed elsewhere in the meantime; save again to replace "
                           "that version with this one.");
                }
                failed(r);
                keepDraft();
            });
}

QString ActivityDialog::draftName() const
{
    if (m_correcting)
        return QStringLiteral("activity-correction/%1/%2").arg(m_dossier->pupilId()).arg(m_correcting->id);
    return QStringLiteral("activity/%1").arg(m_dossier->pupilId());
}

void ActivityDialog::offerDraft()
{
    models::Drafts *drafts = m_dossier->api()->drafts();
    if (!drafts)
        return;
    if (!drafts->isRestored()) {
        connect(drafts, &models::Drafts::restored, this, &ActivityDialog::offerDraft,
                Qt::SingleShotConnection);
        return;
    }
    const auto draft = drafts->find(draftName());
    if (!draft || m_typed)
        return;
    const QDateTime at =
        QDateTime::fromString(draft->value(QLatin1String("savedAt")).toString(), Qt::ISODate);
    m_draftText->showMessage(tr("What you typed for this pupil on %1 was not saved: “%2”. Restore it?")
                                 .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat),
                                      draft->value(QLatin1String("subject")).toString()));
    m_draftOffer->show();
}

void ActivityDialog::keepDraft()
{
    m_draftTimer->stop();
    models::Drafts *drafts = m_dossier->api()->drafts();
    if (!drafts || !m_typed || result() == QDialog::Accepted)
        return;
    const models::Activity a = activity();
    QJsonObject draft = a.toJson();
    draft.insert(QStringLiteral("directionCode"), selectedCode(m_direction));
    draft.insert(QStringLiteral("categoryCode"), selectedCode(m_category));
    draft.insert(QStringLiteral("detailCode"), selectedCode(m_detail));
    if (m_reason)
        draft.insert(QStringLiteral("reasonText"), m_reason->text());
    drafts->keep(draftName(), draft);
}

void ActivityDialog::restoreDraft(const QJsonObject &draft)
{
    const models::Activity a = models::Activity::fromJson(draft);
    if (a.date.isValid())
        m_date->setDate(a.date);
    m_function->setCurrentIndex(std::max(0, m_function->findData(a.function)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(a.subjectCode)));
    m_subject->setText(a.subject);
    m_duration->setValue(a.durationMinutes);
    m_text->setPlainText(a.text);
    const auto select = [](QListWidget *list, const QString &code) {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == code)
                list->setCurrentRow(i);
    };
    select(m_direction, draft.value(QLatin1String("directionCode")).toString());
    select(m_category, draft.value(QLatin1String("categoryCode")).toString());
    fillDetails();
    select(m_detail, draft.value(QLatin1String("detailCode")).toString());
    if (m_reason)
        m_reason->setText(draft.value(QLatin1String("reasonText")).toString());
    m_typed = true;
    updateState();
}

void ActivityDialog::forgetDraft()
{
    m_draftTimer->stop();
    if (models::Drafts *drafts = m_dossier->api()->drafts())
        drafts->forget(draftName());
}

void ActivityDialog::fillFunctions()
{
    const QString current = m_function->currentData().toString();
    m_function->clear();
    m_function->addItem(tr("— choose —"), QString());
    for (const auto &f : m_nomenclature->functions())
        m_function->addItem(f.name, f.code);
    m_function->setCurrentIndex(qMax(0, m_function->findData(current)));
}

void ActivityDialog::fillCategories()
{
    m_direction->clear();
    for (const auto &d : m_nomenclature->directions()) {
        auto *item = new QListWidgetItem(d.name, m_direction);
        item->setData(Qt::UserRole, d.code);
    }
    m_category->clear();
    for (const auto &c : m_nomenclature->categories()) {
        auto *item = new QListWidgetItem(c.name, m_category);
        item->setData(Qt::UserRole, c.code);
    }
    fillDetails();
}

void ActivityDialog::fillDetails()
{
    m_detail->clear();
    const QString category = selectedCode(m_category);
    for (const auto &c : m_nomenclature->categories()) {
        if (c.code != category)
            continue;
        for (const auto &d : c.details) {
            auto *item = new QListWidgetItem(d.name, m_detail);
            item->setData(Qt::UserRole, d.code);
        }
    }
}

void ActivityDialog::fillThemes()
{
    const QString current = m_theme->currentData().toString();
    m_theme->clear();
    m_theme->addItem(tr("(no theme)"), QString());
    for (const auto &subject : m_nomenclature->subjects()) {
        m_theme->addItem(subject.name, subject.code);
        m_theme->setItemData(m_theme->count() - 1, subject.creonItem, Qt::UserRole + 1);
    }
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(current)));
}

models::Activity ActivityDialog::activity() const
{
    models::Activity a;
    a.date = m_date->date();
    a.function = m_function->currentData().toString();
    a.subject = m_subject->text().trimmed();
    a.subjectCode = m_theme->currentData().toString();
    a.durationMinutes = m_duration->value();
    a.text = m_text->toPlainText();
    if (a.function == models::Activity::hubFunction)
        a.hub =
            models::HubReferral{selectedCode(m_direction), selectedCode(m_category), selectedCode(m_detail)};
    return a;
}

QString ActivityDialog::missing() const
{
    const models::Activity a = activity();
    // Checked here, not by a maximum on the field: that refuses the day typed first ("15" of today's month
    // may lie in the future until the month is typed).
    if (a.date > QDate::currentDate())
        return tr("The date lies in the future.");
    if (a.function.isEmpty())
        return tr("Choose a function.");
    if (a.subject.isEmpty())
        return tr("Type a subject.");
    if (a.hub) {
        if (a.hub->direction.isEmpty())
            return tr("Draaischijf: choose referral to or feedback from.");
        if (a.hub->category.isEmpty())
            return tr("Draaischijf: choose to or from whom.");
        if (a.hub->detail.isEmpty())
            return tr("Draaischijf: choose the detail.");
    }
    if (m_correcting && isUnchanged())
        return tr("Change what was wrong, then say why.");
    if (m_reason && m_reason->text().trimmed().isEmpty())
        return tr("Say why you correct it.");
    return {};
}

void ActivityDialog::updateState()
{
    const bool hub = m_function->currentData().toString() == models::Activity::hubFunction;
    m_hubBox->setVisible(hub);
    const QString why = missing();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty() && !m_saving);
    if (!m_saving && !m_status->text().startsWith(tr("Not saved.")))
        m_status->setText(why);
    if (!m_nomenclature->isLoaded())
        m_status->setText(tr("Loading the nomenclature…"));
}

QString ActivityDialog::unsavedWork() const
{
    const bool typed =
        m_correcting ? m_typed
                     : !m_subject->text().trimmed().isEmpty() || !m_text->toPlainText().trimmed().isEmpty();
    return typed && result() != QDialog::Accepted ? windowTitle() : QString();
}

void ActivityDialog::save()
{
    if (m_saving || !missing().isEmpty())
        return;
    m_saving = true;
    keepDraft(); // until the outbox has it
    m_status->setText(tr("Saving…"));
    m_progress->show();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    if (m_correcting)
        m_dossier->correctActivity(*m_correcting,
                                   {activity(), m_correcting->withdrawn, m_reason->text().trimmed()},
                                   m_idempotencyKey);
    else
        m_dossier->createActivity(activity(), m_idempotencyKey);
}

} // namespace lars::ui
