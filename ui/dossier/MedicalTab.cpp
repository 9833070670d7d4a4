#include "ui/dossier/MedicalTab.h"

#include "models/TargetHeight.h"
#include "models/api/DossierModel.h"
#include "ui/dossier/AdviceEditor.h"
#include "ui/dossier/DossierView.h"
#include "ui/dossier/GrowthChartWidget.h"
#include "ui/dossier/ParentHeightsEditor.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace lars::ui {

using models::GrowthReference;

MedicalTab::MedicalTab(models::DossierModel *dossier, QWidget *parent)
    : QWidget(parent)
    , m_dossier(dossier)
    , m_measurements(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_parentHeights(new ParentHeightsEditor(dossier, this))
    , m_advice(new AdviceEditor(dossier, this))
    , m_target(new QLabel(this))
    , m_measureChoice(new QButtonGroup(this))
    , m_chart(new GrowthChartWidget(this))
{
    setObjectName(QStringLiteral("medicalTab"));
    m_table->setObjectName(QStringLiteral("measurementsTable"));
    m_table->setAccessibleName(tr("Measurements of the systematic contacts"));
    // Tab leaves the table (arrows move in it): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_measurements);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_target->setObjectName(QStringLiteral("targetHeightLabel"));
    m_target->setWordWrap(true);
    QFont targetFont = m_target->font();
    targetFont.setBold(true);
    m_target->setFont(targetFont);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *parentsBox = new QGroupBox(tr("Parents' heights and target height"), this);
    auto *parentsLayout = new QVBoxLayout(parentsBox);
    parentsLayout->addWidget(m_parentHeights);
    parentsLayout->addWidget(m_target);
    parentsLayout->addStretch();

    auto *chartBox = new QGroupBox(tr("Growth chart"), this);
    auto *height = new QRadioButton(tr("&Height for age"), chartBox);
    height->setObjectName(QStringLiteral("chartHeight"));
    auto *bmi = new QRadioButton(tr("&BMI for age"), chartBox);
    bmi->setObjectName(QStringLiteral("chartBmi"));
    height->setChecked(true);
    m_measureChoice->addButton(height, int(GrowthReference::Measure::Height));
    m_measureChoice->addButton(bmi, int(GrowthReference::Measure::Bmi));
    auto *choice = new QHBoxLayout;
    choice->addWidget(height);
    choice->addWidget(bmi);
    choice->addStretch();
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addLayout(choice);
    chartLayout->addWidget(m_chart, 1);

    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(parentsBox, 1);
    topLayout->addWidget(chartBox, 2);

    auto *parentLetter = new QPushButton(tr("&Parent letter…"), this);
    parentLetter->setObjectName(QStringLiteral("parentLetterButton"));
    parentLetter->setProperty(DossierView::kPrintProperty, true); // Ctrl+P
    parentLetter->setToolTip(tr("Preview, print or save the letter to the parents about the selected (else "
                                "the latest) systematic contact"));
    auto *referral = new QPushButton(tr("&Referral letter…"), this);
    referral->setObjectName(QStringLiteral("referralLetterButton"));
    referral->setToolTip(
        tr("Referral to the GP, a paediatrician or a specialist after the selected (else the "
           "latest) systematic contact, with the feedback slip"));
    auto *classLetters = new QPushButton(tr("&Class letters…"), this);
    classLetters->setObjectName(QStringLiteral("classLettersButton"));
    classLetters->setToolTip(tr("All parent letters of this pupil's class in one PDF"));
    const auto selectedContact = [this] {
        const auto &list = m_dossier->measurements();
        const int row = m_table->currentIndex().row();
        return row >= 0 && row < list.size() ? list.at(row) : list.last();
    };
    connect(parentLetter, &QPushButton::clicked, this, [this, selectedContact] {
        if (!m_dossier->measurements().isEmpty())
            emit parentLetterRequested(selectedContact());
    });
    connect(referral, &QPushButton::clicked, this, [this, selectedContact] {
        if (!m_dossier->measurements().isEmpty())
            emit referralRequested(selectedContact());
    });
    connect(classLetters, &QPushButton::clicked, this, &MedicalTab::classLettersRequested);
    const auto updateLetters = [this, parentLetter, referral] {
        parentLetter->setEnabled(!m_dossier->measurements().isEmpty());
        referral->setEnabled(!m_dossier->measurements().isEmpty());
    };
    connect(dossier, &models::DossierModel::measurementsLoaded, this, updateLetters);
    updateLetters();
    auto *letters = new QHBoxLayout;
    letters->setContentsMargins(0, 0, 0, 0);
    letters->addWidget(parentLetter);
    letters->addWidget(referral);
    letters->addWidget(classLetters);
    letters->addStretch();
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addLayout(letters);
    auto *adviceBox = new QGroupBox(tr("Advice for the parents"), this);
    adviceBox->setObjectName(QStringLiteral("adviceBox"));
    auto *adviceLayout = new QVBoxLayout(adviceBox);
    adviceLayout->addWidget(m_advice);
    auto *consults = new QWidget(this);
    auto *consultsLayout = new QHBoxLayout(consults);
    consultsLayout->setContentsMargins(0, 0, 0, 0);
    consultsLayout->addWidget(tableBox, 3);
    consultsLayout->addWidget(adviceBox, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(consults);
    splitter->addWidget(top);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) {
                const auto &list = m_dossier->measurements();
                if (index.row() >= 0 && index.row() < list.size())
                    m_advice->setConsult(list.at(index.row()).id);
            });
    connect(m_measureChoice, &QButtonGroup::idClicked, this, [this] { showTargetAndChart(); });
    connect(dossier, &models::DossierModel::measurementsLoaded, this, [this] {
        showMeasurements();
        showTargetAndChart();
    });
    connect(dossier, &models::DossierModel::parentHeightsLoaded, this, &MedicalTab::showTargetAndChart);
    connect(dossier, &models::DossierModel::pupilLoaded, this, &MedicalTab::showTargetAndChart);
    showMeasurements();
    showTargetAndChart();
}

QString MedicalTab::contactName(const QString &code)
{
    if (code == QLatin1String("K1"))
        return tr("1st kindergarten year");
    if (code == QLatin1String("L1"))
        return tr("1st primary year");
    if (code == QLatin1String("L4"))
        return tr("4th primary year");
    if (code == QLatin1String("L6"))
        return tr("6th primary year");
    if (code == QLatin1String("S3"))
        return tr("3rd secondary year");
    return code;
}

std::optional<GrowthReference::Sex> MedicalTab::referenceSex(const QString &sex)
{
    if (sex == QLatin1String("M"))
        return GrowthReference::Sex::Male;
    if (sex == QLatin1String("F"))
        return GrowthReference::Sex::Female;
    return std::nullopt;
}

void MedicalTab::showMeasurements()
{
    const QLocale locale;
    const auto number = [&](std::optional<double> v, int decimals) {
        return v ? locale.toString(*v, 'f', decimals) : QString();
    };
    m_measurements->clear();
    m_measurements->setHorizontalHeaderLabels(
        {tr("Contact"), tr("Date"), tr("Height (cm)"), tr("Weight (kg)"), tr("BMI"), tr("Far vision L/R"),
         tr("Eye alignment"), tr("Depth vision"), tr("Colour vision"), tr("Audiometry"),
         tr("Speech in noise"), tr("Puberty"), tr("Vaccination"), tr("By")});
    for (const auto &m : m_dossier->measurements()) {
        QString vision;
        if (m.farVisionLeft || m.farVisionRight)
            vision = QStringLiteral("%1 / %2").arg(number(m.farVisionLeft, 1), number(m.farVisionRight, 1));
        QList<QStandardItem *> row;
        for (const QString &text :
             {contactName(m.contact), locale.toString(m.date, QLocale::ShortFormat), number(m.heightCm, 1),
              number(m.weightKg, 1), number(m.bmi(), 1), vision, m.eyeAlignment, m.depthVision,
              m.colourVision, m.hearingAudiometry, m.hearingSpeechInNoise, m.pubertyStage,
              m.vaccinationStatus, m.staff.name})
            row.append(new QStandardItem(text));
        m_measurements->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    const auto &list = m_dossier->measurements();
    const bool stillThere =
        std::any_of(list.begin(), list.end(), [this](const auto &m) { return m.id == m_advice->consult(); });
    selectConsult(stillThere ? m_advice->consult() : list.isEmpty() ? 0 : list.last().id);
}

void MedicalTab::selectConsult(qint64 measurementId)
{
    const auto &list = m_dossier->measurements();
    for (int row = 0; row < list.size(); ++row)
        if (list.at(row).id == measurementId)
            m_table->setCurrentIndex(m_measurements->index(row, 0));
    m_advice->setConsult(measurementId);
}

void MedicalTab::showTargetAndChart()
{
    const auto &pupil = m_dossier->pupil();
    const auto sex = referenceSex(pupil.sex);
    const auto &heights = m_dossier->parentHeights();
    std::optional<models::TargetHeight::Result> target;
    if (sex && heights.fatherCm && heights.motherCm)
        target = models::TargetHeight::compute(*heights.fatherCm, *heights.motherCm, *sex);
    const QLocale locale;
    if (target)
        m_target->setText(tr("Target height: %1 cm (range %2–%3 cm), formula: %4.")
                              .arg(locale.toString(target->targetCm, 'f', 1),
                                   locale.toString(target->lowCm, 'f', 1),
                                   locale.toString(target->highCm, 'f', 1), target->formulaName));
    else if (!sex && m_dossier->isPupilLoaded())
        m_target->setText(tr("No target height: the growth references and %1 are defined per sex.")
                              .arg(models::TargetHeight::defaultFormula().name));
    else
        m_target->setText(tr("Target height: enter both parents' heights (%1).")
                              .arg(models::TargetHeight::defaultFormula().name));

    if (!sex || !m_dossier->isPupilLoaded())
        return;
    const auto measure = GrowthReference::Measure(m_measureChoice->checkedId());
    QList<reports::GrowthChart::Sample> samples;
    for (const auto &m : m_dossier->measurements()) {
        const auto value = measure == GrowthReference::Measure::Bmi ? m.bmi() : m.heightCm;
        if (!value || !m.date.isValid())
            continue;
        samples.append({pupil.birthDate.daysTo(m.date) / 365.25, *value});
    }
    m_chart->setData(measure, *sex, samples, target);
}

} // namespace lars::ui
