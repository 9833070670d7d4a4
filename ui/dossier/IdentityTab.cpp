#include "ui/dossier/IdentityTab.h"

#include "models/api/DossierModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace lars::ui {

IdentityTab::IdentityTab(models::DossierModel *dossier, QWidget *parent)
    : QWidget(parent)
    , m_dossier(dossier)
    , m_name(new QLabel(this))
    , m_birthDate(new QLabel(this))
    , m_sex(new QLabel(this))
    , m_number(new QLabel(this))
    , m_school(new QLabel(this))
    , m_class(new QLabel(this))
    , m_language(new QLabel(this))
{
    setObjectName(QStringLiteral("identityTab"));
    m_name->setObjectName(QStringLiteral("identityName"));
    m_number->setObjectName(QStringLiteral("identityNumber"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Birth date:"), m_birthDate);
    form->addRow(tr("Sex:"), m_sex);
    form->addRow(tr("National number:"), m_number);
    form->addRow(tr("School:"), m_school);
    form->addRow(tr("Class:"), m_class);
    m_language->setObjectName(QStringLiteral("identityLanguage"));
    form->addRow(tr("Parents' language:"), m_language);
    for (QLabel *l : {m_name, m_birthDate, m_sex, m_number, m_school, m_class, m_language})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(dossier, &models::DossierModel::pupilLoaded, this, &IdentityTab::showPupil);
    showPupil();
}

namespace {
// The way the number is printed on the eID card: YY.MM.DD-SSS.CC.
QString formatted(const QString &digits)
{
    if (digits.size() != 11)
        return digits;
    return QStringLiteral("%1.%2.%3-%4.%5")
        .arg(digits.mid(0, 2), digits.mid(2, 2), digits.mid(4, 2), digits.mid(6, 3), digits.mid(9, 2));
}
} // namespace

void IdentityTab::showPupil()
{
    const auto &p = m_dossier->pupil();
    const QLocale locale;
    m_name->setText(QStringLiteral("%1 %2").arg(p.firstName, p.lastName));
    m_birthDate->setText(p.birthDate.isValid()
                             ? tr("%1 (%n year(s))", nullptr, p.birthDate.daysTo(QDate::currentDate()) / 365)
                                   .arg(locale.toString(p.birthDate, QLocale::LongFormat))
                             : QString());
    m_sex->setText(p.sex == QLatin1String("F")   ? tr("girl")
                   : p.sex == QLatin1String("M") ? tr("boy")
                                                 : tr("X"));
    m_number->setText(p.nationalNumber.isEmpty() ? tr("%1 (BIS number)").arg(formatted(p.bisNumber))
                                                 : formatted(p.nationalNumber));
    m_school->setText(p.schoolName);
    m_class->setText(p.className);
    // The language of the letters to the parents; the UI itself stays Dutch.
    const QString language = p.contactLanguage == u"fr"   ? tr("French")
                             : p.contactLanguage == u"en" ? tr("English")
                             : p.contactLanguage == u"de" ? tr("German")
                                                          : tr("Dutch");
    m_language->setText(tr("%1 (letters to the parents are written in it)").arg(language));
}

} // namespace lars::ui
