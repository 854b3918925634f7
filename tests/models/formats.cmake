# SPDX-License-Identifier: MIT
# Tests of the CSV and Taskwarrior formats and of the Markdown export.
foreach(test IN ITEMS tst_csvformat tst_taskwarriorformat tst_markdownexport)
    candor_add_test(${test} LIBRARIES candor_models)
    target_compile_definitions(${test} PRIVATE
        CANDOR_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
endforeach()
