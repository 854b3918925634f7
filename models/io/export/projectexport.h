// SPDX-License-Identifier: MIT
#pragma once

#include "jsonexporter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Candor {

class Project;

// Every format a whole project is exported to, with the one function that writes it: what
// `candor export` and File ▸ Export both call, so that the two always write the same bytes.
class ProjectExport final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectExport)
public:
    struct Format
    {
        QString token;                  // as on the command line: "json", "csv", …
        QString suffix;                 // the file name's, without the dot
        bool graph = false;             // the dependency graph only, not the tasks
        const char *menuText = nullptr; // untranslated; menuText(format) translates
        const char *fileFilter = nullptr;
    };

    static const QList<Format> &formats();
    static QStringList tokens();
    static const Format *find(const QString &token);
    // The format's name in a menu ("&CSV…") and its file-dialog filter ("CSV (*.csv)").
    static QString menuText(const Format &format);
    static QString fileFilter(const Format &format);

    static QByteArray write(const Project &project, const QString &token,
                            const JsonExportOptions &options = {});
};

} // namespace Candor
