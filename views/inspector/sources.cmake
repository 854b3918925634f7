# SPDX-License-Identifier: MIT
target_sources(candor_views PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/inspectorpanel.cpp ${CMAKE_CURRENT_LIST_DIR}/inspectorpanel.h
    ${CMAKE_CURRENT_LIST_DIR}/tasksection.cpp ${CMAKE_CURRENT_LIST_DIR}/tasksection.h
    ${CMAKE_CURRENT_LIST_DIR}/detailssection.cpp ${CMAKE_CURRENT_LIST_DIR}/detailssection.h
    ${CMAKE_CURRENT_LIST_DIR}/estimatesection.cpp ${CMAKE_CURRENT_LIST_DIR}/estimatesection.h
    ${CMAKE_CURRENT_LIST_DIR}/verificationsection.cpp ${CMAKE_CURRENT_LIST_DIR}/verificationsection.h
    ${CMAKE_CURRENT_LIST_DIR}/checklisteditor.cpp ${CMAKE_CURRENT_LIST_DIR}/checklisteditor.h
    ${CMAKE_CURRENT_LIST_DIR}/dependencyeditor.cpp ${CMAKE_CURRENT_LIST_DIR}/dependencyeditor.h
    ${CMAKE_CURRENT_LIST_DIR}/descriptionedit.cpp ${CMAKE_CURRENT_LIST_DIR}/descriptionedit.h
    ${CMAKE_CURRENT_LIST_DIR}/fieldmessage.cpp ${CMAKE_CURRENT_LIST_DIR}/fieldmessage.h
)
