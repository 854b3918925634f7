# SPDX-License-Identifier: MIT
target_sources(candor_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/importplan.cpp ${CMAKE_CURRENT_LIST_DIR}/importplan.h
    ${CMAKE_CURRENT_LIST_DIR}/importbatch.h
    ${CMAKE_CURRENT_LIST_DIR}/importreader.cpp ${CMAKE_CURRENT_LIST_DIR}/importreader.h
    ${CMAKE_CURRENT_LIST_DIR}/../commands/importcommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../commands/importcommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../commands/addmilestonecommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../commands/addmilestonecommand.h
    ${CMAKE_CURRENT_LIST_DIR}/../commands/setstatedcompletioncommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../commands/setstatedcompletioncommand.h
)
