// SPDX-License-Identifier: MIT
#include "estimatesection.h"

#include "fieldmessage.h"
#include "project/project.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

#include <optional>

namespace Candor {

namespace {

constexpr double maxDays = 1000; // as Project::validate allows

void showDays(QDoubleSpinBox *spin, const std::optional<double> &days)
{
    const QSignalBlocker blocker(spin);
    spin->setValue(days.value_or(0));
}

} // namespace

EstimateSection::EstimateSection(Project *project, QWidget *parent)
    : TaskSection(tr("Estimate"), project, parent)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    FieldMessage *message = nullptr;
    m_estimate = addDays(QStringLiteral("estimateSpin"), TaskField::Estimate, &message);
    form->addRow(tr("&Estimate:"), m_estimate);
    form->addRow(message);

    // The three-point estimate: labels above their boxes, so that three fit in a narrow dock.
    auto *threePoint = new QWidget(this);
    auto *grid = new QGridLayout(threePoint);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    const struct
    {
        QString objectName;
        TaskField field;
        QString label;
        QDoubleSpinBox **spin;
    } points[] = {
        {QStringLiteral("optimisticSpin"), TaskField::Optimistic, tr("Optimistic"), &m_optimistic},
        {QStringLiteral("likelySpin"), TaskField::Likely, tr("Likely"), &m_likely},
        {QStringLiteral("pessimisticSpin"), TaskField::Pessimistic, tr("Pessimistic"),
         &m_pessimistic},
    };
    QList<FieldMessage *> pointMessages;
    int column = 0;
    for (const auto &point : points) {
        FieldMessage *pointMessage = nullptr;
        *point.spin = addDays(point.objectName, point.field, &pointMessage);
        auto *label = new QLabel(point.label, threePoint);
        label->setBuddy(*point.spin);
        grid->addWidget(label, 0, column);
        grid->addWidget(*point.spin, 1, column);
        grid->addWidget(pointMessage, 2, column);
        ++column;
    }
    form->addRow(tr("Range:"), threePoint);

    m_progress = new QSpinBox(this);
    m_progress->setObjectName(QStringLiteral("progressSpin"));
    m_progress->setRange(0, 100);
    m_progress->setSingleStep(5);
    m_progress->setSuffix(tr(" %"));
    m_progress->setKeyboardTracking(false);
    m_progress->setToolTip(tr("How much of the work is done, as claimed"));
    FieldMessage *progressMessage = addRow(form, tr("&Progress:"), m_progress);
    connect(m_progress, &QSpinBox::valueChanged, this, [this, progressMessage](int value) {
        commit(TaskField::Progress, value, progressMessage, true);
    });

    for (QWidget *editor : std::initializer_list<QWidget *>{m_estimate, m_optimistic, m_likely,
                                                            m_pessimistic, m_progress})
        editor->setEnabled(!isReadOnly());
}

QDoubleSpinBox *EstimateSection::addDays(const QString &objectName, TaskField field,
                                         FieldMessage **message)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(0, maxDays);
    spin->setDecimals(1);
    spin->setSingleStep(0.5);
    spin->setSuffix(tr(" d"));
    spin->setSpecialValueText(tr("none"));
    // Typing "12" is one edit, not "1" and then "12"; arrow steps merge into one undo step.
    spin->setKeyboardTracking(false);
    *message = new FieldMessage(spin, this);
    (*message)->setObjectName(
        QString(objectName).replace(QStringLiteral("Spin"), QStringLiteral("Message")));
    FieldMessage *shown = *message;
    connect(spin, &QDoubleSpinBox::valueChanged, this,
            [this, field, shown](double days) { commit(field, days, shown, true); });
    return spin;
}

void EstimateSection::refresh()
{
    const Task *shown = task();
    if (!shown)
        return;
    showDays(m_estimate, shown->estimate);
    showDays(m_optimistic, shown->optimistic);
    showDays(m_likely, shown->likely);
    showDays(m_pessimistic, shown->pessimistic);
    const QSignalBlocker blocker(m_progress);
    m_progress->setValue(shown->progress);
}

} // namespace Candor
