// SPDX-License-Identifier: MIT
#include "componentdialog.h"

#include "project/project.h"
#include "tasks/componentmodel.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace Candor {

namespace {
const QColor componentColours[] = {QColor(0xc6, 0x28, 0x28), QColor(0x6a, 0x1b, 0x9a),
                                   QColor(0x15, 0x65, 0xc0), QColor(0xef, 0x6c, 0x00),
                                   QColor(0x2e, 0x7d, 0x32), QColor(0x00, 0x83, 0x8f),
                                   QColor(0xad, 0x14, 0x57), QColor(0x5d, 0x40, 0x37)};
}

ComponentDialog::ComponentDialog(Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_name(new QLineEdit(this))
    , m_prefix(new QLineEdit(this))
    , m_colourButton(new QPushButton(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Add Component"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_prefix->setObjectName(QStringLiteral("prefixEdit"));
    m_error->setObjectName(QStringLiteral("nameError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_prefix->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,12}")), m_prefix));
    m_prefix->setPlaceholderText(tr("e.g. SEC"));
    setColour(componentColours[project->components()->rowCount() % std::size(componentColours)]);
    connect(m_colourButton, &QPushButton::clicked, this, [this]() {
        const QColor chosen = QColorDialog::getColor(m_colour, this, tr("Component Colour"));
        if (chosen.isValid())
            setColour(chosen);
    });
    connect(m_prefix, &QLineEdit::textEdited, this, [this]() { m_prefixEdited = true; });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        m_error->hide();
        if (!m_prefixEdited)
            m_prefix->setText(name.trimmed().left(4).toUpper().remove(QLatin1Char(' ')));
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_error);
    form->addRow(tr("Key &prefix:"), m_prefix);
    form->addRow(tr("&Colour:"), m_colourButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComponentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ComponentDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ComponentDialog::setColour(const QColor &colour)
{
    m_colour = colour;
    QPixmap swatch(28, 14);
    swatch.fill(colour);
    m_colourButton->setIcon(QIcon(swatch));
    m_colourButton->setText(colour.name());
}

Component ComponentDialog::component() const
{
    Component component;
    component.name = m_name->text().trimmed();
    component.prefix = m_prefix->text().trimmed().toUpper();
    component.colour = m_colour.name();
    component.sortOrder = m_project->components()->rowCount();
    return component;
}

void ComponentDialog::accept()
{
    const Component candidate = component();
    QString problem;
    if (candidate.name.isEmpty())
        problem = tr("A component needs a name.");
    else if (m_project->components()->idForName(candidate.name) != 0)
        problem = tr("There is already a component called %1.").arg(candidate.name);
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace Candor
