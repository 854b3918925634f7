// SPDX-License-Identifier: MIT
#pragma once

#include "catalogeditor.h"

class QLineEdit;
class QSpinBox;
class QToolButton;

namespace Candor {

// Project ▸ Components…: name, key prefix, colour and the completion a tracker stated for it;
// how many tasks it holds. Deleting one with tasks leaves them without a component (undoably).
class ComponentEditor final : public CatalogEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComponentEditor)
public:
    explicit ComponentEditor(Project *project, QWidget *parent = nullptr);
    // Object names: "nameEdit", "prefixEdit", "colourButton", "statedBox", "countLabel".
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QSpinBox *statedBox() const { return m_stated; }
    // Sets the chosen component's colour (what the colour button's dialog does).
    void setColour(const QColor &colour);

protected:
    QList<qint64> ids() const override;
    QString label(qint64 id) const override;
    QIcon icon(qint64 id) const override;
    void showItem(qint64 id) override;
    void addItem() override;
    void deleteItem(qint64 id) override;
    ChangeSet reorder(const QList<qint64> &order) const override;
    QString itemName(qint64 id) const override;

private:
    void commitName();
    void commitPrefix();
    void commitStated();
    void chooseColour();

    QLineEdit *m_name;
    QLineEdit *m_prefix;
    QToolButton *m_colour;
    QSpinBox *m_stated;
    QLabel *m_count;
};

} // namespace Candor
