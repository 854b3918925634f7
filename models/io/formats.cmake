# SPDX-License-Identifier: MIT
# CSV and Taskwarrior JSON import/export, and the Markdown tracker export.
target_sources(candor_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/csvformat.cpp ${CMAKE_CURRENT_LIST_DIR}/csvformat.h
    ${CMAKE_CURRENT_LIST_DIR}/taskwarriorformat.cpp ${CMAKE_CURRENT_LIST_DIR}/taskwarriorformat.h
    ${CMAKE_CURRENT_LIST_DIR}/markdownexporter.cpp ${CMAKE_CURRENT_LIST_DIR}/markdownexporter.h
)
