// SPDX-License-Identifier: MIT
#include "fuzzinput.h"

#include <QCoreApplication>

// The one application of a fuzz run, made before the first input and kept until the end.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    Q_UNUSED(app)
    return 0;
}
