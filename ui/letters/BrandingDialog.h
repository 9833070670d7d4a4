#pragma once
// Colours and logos of letters: the branding editor beside a sample letter that follows every change;
// Save keeps them as this computer's override, "Use the CLB's colours and logos" removes it.
#include "reports/Branding.h"
#include "reports/LetterData.h"

#include <QDialog>
#include <QPrinter>

class QPrintPreviewWidget;

namespace lars::ui {

class BrandingEditor;

class BrandingDialog final : public QDialog
{
    Q_OBJECT
public:
    BrandingDialog(const reports::AnyLetter &sample, const reports::Branding &clbBranding,
                   const reports::Branding &current, QWidget *parent = nullptr);

    reports::Branding branding() const { return m_branding; }
    BrandingEditor *editor() const { return m_editor; }

private:
    reports::AnyLetter m_sample;
    reports::Branding m_branding;
    QPrinter m_printer;
    BrandingEditor *m_editor;
    QPrintPreviewWidget *m_preview;
    bool m_useClb = false;
};

} // namespace lars::ui
