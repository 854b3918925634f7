# SPDX-License-Identifier: MIT
# The Kanban board's model: lanes, cells and ranked cards, moves and the board's settings.
target_sources(candor_models PRIVATE
    board/boardmodel.cpp board/boardmodel.h
    board/boardsettings.cpp board/boardsettings.h
    board/cardranks.cpp board/cardranks.h
    tasks/checklistcounts.cpp tasks/checklistcounts.h
    commands/movecardscommand.cpp commands/movecardscommand.h
    commands/setprojectsettingcommand.cpp commands/setprojectsettingcommand.h
)
