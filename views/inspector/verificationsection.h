// SPDX-License-Identifier: MIT
#pragma once

#include "tasksection.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace Candor {

// The "Verification" part of the inspector: what the evidence shows (kept apart from the claimed
// status), the evidence itself and the day it was verified.
class VerificationSection final : public TaskSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationSection)
public:
    explicit VerificationSection(Project *project, QWidget *parent = nullptr);

    void refresh() override;

private:
    QComboBox *m_verification;
    QLineEdit *m_evidence;
    QLabel *m_verifiedOn;
    QLabel *m_gap;
};

} // namespace Candor
