# SPDX-License-Identifier: MIT
# The Kanban board: layout, card painting, the view and its page in the workspace.
target_sources(candor_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/boardgeometry.cpp ${CMAKE_CURRENT_LIST_DIR}/boardgeometry.h
    ${CMAKE_CURRENT_LIST_DIR}/boardchrome.cpp ${CMAKE_CURRENT_LIST_DIR}/boardchrome.h
    ${CMAKE_CURRENT_LIST_DIR}/carddelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/carddelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/boardview.cpp ${CMAKE_CURRENT_LIST_DIR}/boardview.h
    ${CMAKE_CURRENT_LIST_DIR}/boardpage.cpp ${CMAKE_CURRENT_LIST_DIR}/boardpage.h
)
