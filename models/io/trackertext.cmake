# SPDX-License-Identifier: MIT
# Tracker file text: encodings, line endings and mojibake repair (included from models/).
target_sources(candor_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/codepages.cpp ${CMAKE_CURRENT_LIST_DIR}/codepages.h
    ${CMAKE_CURRENT_LIST_DIR}/trackertext.cpp ${CMAKE_CURRENT_LIST_DIR}/trackertext.h
)
