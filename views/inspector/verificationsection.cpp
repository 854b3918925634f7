// SPDX-License-Identifier: MIT
#include "verificationsection.h"

#include "fieldmessage.h"
#include "project/project.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>

namespace Candor {

VerificationSection::VerificationSection(Project *project, QWidget *parent)
    : TaskSection(tr("Verification"), project, parent)
    , m_verification(new QComboBox(this))
    , m_evidence(new QLineEdit(this))
    , m_verifiedOn(new QLabel(this))
    , m_gap(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_verification->setObjectName(QStringLiteral("verificationCombo"));
    m_verification->addItems(TaskEnums::verificationLabels());
    m_evidence->setObjectName(QStringLiteral("evidenceEdit"));
    m_evidence->setPlaceholderText(tr("Evidence"));
    m_evidence->setToolTip(tr("What shows it, e.g. “95/99 tests pass”"));

    // The state and its evidence side by side: one is not to be read without the other.
    auto *row = new QWidget(this);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(m_verification);
    rowLayout->addWidget(m_evidence, 1);
    auto *label = new QLabel(tr("&State:"), this);
    label->setBuddy(m_verification);
    form->addRow(label, row);
    auto *message = new FieldMessage(m_verification, this);
    message->setObjectName(QStringLiteral("verificationMessage"));
    form->addRow(message);
    auto *evidenceMessage = new FieldMessage(m_evidence, this);
    evidenceMessage->setObjectName(QStringLiteral("evidenceMessage"));
    form->addRow(evidenceMessage);

    m_verifiedOn->setObjectName(QStringLiteral("verifiedOnLabel"));
    form->addRow(tr("Verified on:"), m_verifiedOn);

    m_gap->setObjectName(QStringLiteral("verificationGapLabel"));
    m_gap->setWordWrap(true);
    QPalette amber = m_gap->palette();
    amber.setColor(QPalette::WindowText, QColor(0xb2, 0x6a, 0x00));
    m_gap->setPalette(amber);
    form->addRow(m_gap);

    connect(m_verification, &QComboBox::activated, this,
            [this, message](int index) { commit(TaskField::Verification, index, message); });
    connect(m_evidence, &QLineEdit::editingFinished, this, [this, evidenceMessage] {
        commit(TaskField::Evidence, m_evidence->text().trimmed(), evidenceMessage);
    });
    m_verification->setEnabled(!isReadOnly());
    m_evidence->setEnabled(!isReadOnly());
}

void VerificationSection::refresh()
{
    const Task *shown = task();
    if (!shown)
        return;
    {
        const QSignalBlocker blocker(m_verification);
        m_verification->setCurrentIndex(int(shown->verification));
    }
    showText(m_evidence, shown->evidence);
    m_verifiedOn->setText(shown->verifiedOn.isValid()
                              ? QLocale().toString(shown->verifiedOn, QLocale::LongFormat)
                              : tr("—"));
    // A claim is not a fact: say so when the status claims more than the evidence shows.
    QString gap;
    if (shown->verification == Verification::Failed)
        gap = tr("Verification failed.");
    else if (shown->status == Status::Done && shown->verification == Verification::Unverified)
        gap = tr("Done, but not verified.");
    m_gap->setText(gap);
    m_gap->setVisible(!gap.isEmpty());
}

} // namespace Candor
