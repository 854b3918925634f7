# SPDX-License-Identifier: MIT
# Project-wide compile settings, applied per target (never directory-wide).
function(candor_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CONTEXTLESS_CONNECT
        QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_DISABLE_DEPRECATED_UP_TO=0x060400
        CANDOR_VERSION="${PROJECT_VERSION}")
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
        if(CANDOR_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
        if(CANDOR_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()

# One executable per test unit, linking the library under test (never its sources).
function(candor_add_test name)
    cmake_parse_arguments(ARG "" "" "LIBRARIES;SOURCES" ${ARGN})
    add_executable(${name} ${name}.cpp ${ARG_SOURCES})
    candor_target_defaults(${name})
    candor_sanitized_test(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CANDOR_SHARED_DIR=${CANDOR_SHARED_DIR}"
        TIMEOUT 300)
endfunction()
