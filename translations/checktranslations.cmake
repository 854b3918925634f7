# SPDX-License-Identifier: MIT
# The translations_check test (cmake -P): fails when lupdate, run with the build's sources and
# options on copies of the .ts files, would change one of them, or when a language listed as
# complete has unfinished entries. Variables: PROJECT_FILE (written by CMakeLists.txt: sources,
# include paths, options, complete languages), LUPDATE, TS_DIR, WORK_DIR. The English catalogue
# (candor_en.ts) holds plural forms only, and is checked with lupdate's -pluralonly.
cmake_minimum_required(VERSION 3.25)
include("${PROJECT_FILE}")

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB ts_files "${TS_DIR}/candor_*.ts")
set(copies)
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    configure_file("${ts}" "${WORK_DIR}/${name}" COPYONLY)
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

# lupdate's project file, as qt_add_lupdate writes it, naming the copies.
function(json_array out)
    set(quoted)
    foreach(item IN LISTS ARGN)
        list(APPEND quoted "\"${item}\"")
    endforeach()
    list(JOIN quoted ", " joined)
    set(${out} "[${joined}]" PARENT_SCOPE)
endfunction()
json_array(json_includes ${include_paths})
json_array(json_sources ${sources})
# English, the source language, has a catalogue of plural forms only.
set(plural_copies ${copies})
list(FILTER copies EXCLUDE REGEX "/candor_en\\.ts$")
list(FILTER plural_copies INCLUDE REGEX "/candor_en\\.ts$")
function(run_lupdate name translations)
    json_array(json_translations ${translations})
    file(WRITE "${WORK_DIR}/${name}.json" "{\"projectFile\": \"${TS_DIR}/CMakeLists.txt\",
 \"includePaths\": ${json_includes},\n \"sources\": ${json_sources},
 \"translations\": ${json_translations}}\n")
    execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/${name}.json" ${options} ${ARGN}
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
    endif()
endfunction()
run_lupdate(project "${copies}")
if(plural_copies)
    run_lupdate(plurals "${plural_copies}" -pluralonly)
endif()

set(problems)
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME)
    file(READ "${ts}" before)
    file(READ "${WORK_DIR}/${name}" after)
    # A checkout with Windows line endings is not a change.
    string(REPLACE "\r\n" "\n" before "${before}")
    string(REPLACE "\r\n" "\n" after "${after}")
    if(NOT before STREQUAL after)
        string(REGEX MATCHALL "<message" messages_before "${before}")
        string(REGEX MATCHALL "<message" messages_after "${after}")
        list(LENGTH messages_before count_before)
        list(LENGTH messages_after count_after)
        list(APPEND problems "${name} is out of date with the sources (lupdate would change it: "
             "${count_before} messages now, ${count_after} after). Run: cmake --build BUILD_DIR "
             "--target update_translations, translate what is new, commit.")
    endif()
    string(REGEX MATCH "candor_([A-Za-z_]+)\\.ts$" ignored "${name}")
    set(language "${CMAKE_MATCH_1}")
    # English plurals left unfinished would show "1 card(s)".
    if(language IN_LIST complete_languages OR language STREQUAL "en")
        string(REGEX MATCHALL "<source>[^<]*</source>[ \n\t]*<translation type=\"unfinished\""
               unfinished "${after}")
        string(REGEX MATCHALL "type=\"unfinished\"" marks "${after}")
        list(LENGTH marks count)
        if(count GREATER 0)
            list(SUBLIST unfinished 0 5 first)
            string(REGEX REPLACE "[ \n\t]*<translation type=\"unfinished\"" "" first "${first}")
            string(REPLACE "<source>" "\n    " first "${first}")
            string(REPLACE "</source>" "" first "${first}")
            list(JOIN first "" first)
            list(APPEND problems "${name}: ${count} unfinished entries in a complete language "
                 "(CANDOR_COMPLETE_LANGUAGES), such as:${first}")
        endif()
    endif()
endforeach()
foreach(language IN LISTS complete_languages)
    if(NOT EXISTS "${TS_DIR}/candor_${language}.ts")
        list(APPEND problems "candor_${language}.ts is missing, but ${language} is listed as complete")
    endif()
endforeach()

if(problems)
    list(JOIN problems "\n" text)
    message(FATAL_ERROR "${text}")
endif()
list(LENGTH ts_files count)
message(STATUS "${count} .ts files current; complete: ${complete_languages}")
