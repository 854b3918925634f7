// SPDX-License-Identifier: MIT
#pragma once

#include "report/reportoptions.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;

namespace Candor {

// Report Options: the template and the sections a project's reports print (remembered in the
// project by ReportActions, undoably).
class ReportOptionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportOptionsDialog)
public:
    explicit ReportOptionsDialog(const ReportOptions &options, QWidget *parent = nullptr);

    ReportOptions options() const;
    QCheckBox *sectionBox(ReportSection section) const { return m_boxes.value(int(section)); }
    QComboBox *templateBox() const { return m_template; }

private:
    void updateBoxes();

    ReportOptions m_options;
    QComboBox *m_template;
    QHash<int, QCheckBox *> m_boxes; // by ReportSection
};

} // namespace Candor
