# SPDX-License-Identifier: MIT
candor_add_test(tst_markdownreader LIBRARIES candor_models)
target_compile_definitions(tst_markdownreader PRIVATE
    CANDOR_MARKDOWN_FIXTURES="${CMAKE_CURRENT_SOURCE_DIR}/../data/markdown")
candor_add_test(tst_markdownsections LIBRARIES candor_models)
