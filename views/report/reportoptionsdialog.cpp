// SPDX-License-Identifier: MIT
#include "reportoptionsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Candor {

ReportOptionsDialog::ReportOptionsDialog(const ReportOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
    , m_template(new QComboBox(this))
{
    setWindowTitle(tr("Report Options"));
    m_template->addItem(tr("Summary (two pages)"), int(ReportTemplate::Summary));
    m_template->addItem(tr("Full (every task, with checklists)"), int(ReportTemplate::Full));
    m_template->addItem(tr("Blockers"), int(ReportTemplate::Blockers));
    m_template->setCurrentIndex(m_template->findData(int(options.reportTemplate)));
    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_template);

    auto *sections = new QGroupBox(tr("Sections"), this);
    auto *sectionLayout = new QVBoxLayout(sections);
    for (ReportSection section : ReportOptions::allSectionList()) {
        auto *box = new QCheckBox(ReportOptions::label(section), sections);
        box->setChecked(options.has(section));
        sectionLayout->addWidget(box);
        m_boxes.insert(int(section), box);
    }
    auto *hint = new QLabel(tr("Sections a report leaves out are greyed. The choice is kept in "
                               "the project."),
                            this);
    hint->setWordWrap(true);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, Qt::Horizontal, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_template, &QComboBox::currentIndexChanged, this, &ReportOptionsDialog::updateBoxes);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sections);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    updateBoxes();
}

void ReportOptionsDialog::updateBoxes()
{
    // A section the template does not print keeps its tick (for another template) but is off.
    const quint32 printed =
        ReportOptions::sectionsOf(ReportTemplate(m_template->currentData().toInt()));
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setEnabled(printed & ReportOptions::bit(ReportSection(it.key())));
}

ReportOptions ReportOptionsDialog::options() const
{
    ReportOptions result = m_options;
    result.reportTemplate = ReportTemplate(m_template->currentData().toInt());
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        result.set(ReportSection(it.key()), it.value()->isChecked());
    return result;
}

} // namespace Candor
