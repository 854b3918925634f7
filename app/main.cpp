// SPDX-License-Identifier: MIT
#include "cli/commanddispatcher.h"

// Everything `candor` can be asked to do, the main window included, starts in the dispatcher.
int main(int argc, char *argv[])
{
    return Candor::CommandDispatcher::run(argc, argv);
}
