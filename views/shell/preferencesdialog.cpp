// SPDX-License-Identifier: MIT
#include "preferencesdialog.h"

#include "languageloader.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Candor {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_restartNote(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    QSettings settings;

    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &name : LanguageLoader::available()) {
        const QLocale locale(name);
        QString native = locale.nativeLanguageName();
        if (!native.isEmpty())
            native[0] = native[0].toUpper();
        m_language->addItem(native, name);
    }
    m_startLanguage = settings.value(LanguageLoader::settingsKey()).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_startLanguage)));
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setText(tr("The language changes when Candor starts again."));
    m_restartNote->setWordWrap(true);
    m_restartNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this]() {
        m_restartNote->setVisible(m_language->currentData().toString() != m_startLanguage);
    });

    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("The system's colours"), Theme::token(Theme::Choice::System));
    m_theme->addItem(tr("Light"), Theme::token(Theme::Choice::Light));
    m_theme->addItem(tr("Dark"), Theme::token(Theme::Choice::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Theme::token(Theme::saved()))));

    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setText(QDir::toNativeSeparators(settings.value(projectFolderKey()).toString()));
    m_folder->setPlaceholderText(QDir::toNativeSeparators(QDir::homePath()));
    m_folder->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Theme:"), m_theme);
    auto *folderLabel = new QLabel(tr("&Projects folder:"), this);
    folderLabel->setBuddy(m_folder); // a row of two widgets gets no buddy by itself
    form->addRow(folderLabel, folderRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString PreferencesDialog::projectFolderKey()
{
    return QStringLiteral("files/projectFolder");
}

QString PreferencesDialog::projectFolder()
{
    const QString chosen = QSettings().value(projectFolderKey()).toString();
    return !chosen.isEmpty() && QDir(chosen).exists() ? chosen : QDir::homePath();
}

void PreferencesDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Projects Folder"),
        m_folder->text().isEmpty() ? QDir::homePath()
                                   : QDir::fromNativeSeparators(m_folder->text()));
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void PreferencesDialog::accept()
{
    QSettings settings;
    const QString language = m_language->currentData().toString();
    if (language.isEmpty())
        settings.remove(LanguageLoader::settingsKey());
    else
        settings.setValue(LanguageLoader::settingsKey(), language);
    const Theme::Choice theme = Theme::fromToken(m_theme->currentData().toString());
    Theme::save(theme);
    Theme::apply(theme);
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty())
        settings.remove(projectFolderKey());
    else
        settings.setValue(projectFolderKey(), folder);
    QDialog::accept();
}

} // namespace Candor
