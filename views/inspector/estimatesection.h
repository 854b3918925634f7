// SPDX-License-Identifier: MIT
#pragma once

#include "tasksection.h"

class QDoubleSpinBox;
class QSpinBox;

namespace Candor {

// The "Estimate" part of the inspector: the estimate in days, the optional three-point estimate
// and progress. 0 days shows as "none" and is stored as no estimate.
class EstimateSection final : public TaskSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EstimateSection)
public:
    explicit EstimateSection(Project *project, QWidget *parent = nullptr);

    void refresh() override;

private:
    QDoubleSpinBox *addDays(const QString &objectName, TaskField field, FieldMessage **message);

    QDoubleSpinBox *m_estimate;
    QDoubleSpinBox *m_optimistic;
    QDoubleSpinBox *m_likely;
    QDoubleSpinBox *m_pessimistic;
    QSpinBox *m_progress;
};

} // namespace Candor
