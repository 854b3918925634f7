// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Candor {

// Edit ▸ Preferences: the interface's language (the system's or one Candor has a catalogue for;
// from the next start), its theme (system, light or dark; at once), and the folder new projects
// are suggested in. Kept in QSettings, the application's, not a project's.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The folder New Project, Open and Save As start in: the one chosen here, else the home
    // folder.
    static QString projectFolder();
    static QString projectFolderKey(); // "files/projectFolder"

    // Object names: "languageBox", "themeBox", "folderEdit".
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QLineEdit *folderEdit() const { return m_folder; }

    void accept() override;

private:
    void chooseFolder();

    QComboBox *m_language;
    QComboBox *m_theme;
    QLineEdit *m_folder;
    QLabel *m_restartNote;
    QString m_startLanguage;
};

} // namespace Candor
