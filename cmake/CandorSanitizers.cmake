# SPDX-License-Identifier: MIT
# CANDOR_SANITIZE builds everything with AddressSanitizer and UndefinedBehaviorSanitizer, stopping
# at the first report; CANDOR_FUZZ (clang only) adds libFuzzer's coverage instrumentation and the
# fuzz targets in tests/fuzz. Both are whole-build settings: every object, the library's as much
# as a test's, must be instrumented for a report to be trusted, so they are set here once.
option(CANDOR_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(CANDOR_FUZZ "Build the libFuzzer targets in tests/fuzz (clang; implies CANDOR_SANITIZE)" OFF)

if(CANDOR_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CANDOR_FUZZ needs clang (libFuzzer): configure with "
                            "-DCMAKE_CXX_COMPILER=clang++ or the `fuzz` preset")
    endif()
    set(CANDOR_SANITIZE ON CACHE BOOL "" FORCE)
endif()

if(CANDOR_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "CANDOR_SANITIZE is for GCC and clang")
    endif()
    # A report ends the program with an error, so that a test or CI stage cannot pass over it.
    set(candor_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=all
                          -fno-omit-frame-pointer)
    add_compile_options(${candor_sanitizers})
    add_link_options(-fsanitize=address,undefined)
endif()

# libFuzzer's coverage, for the code under fuzzing only (candor_models): the fuzz targets link
# libFuzzer's main(); anything else that links the library gets the callbacks from the sanitizer
# runtime.
function(candor_fuzz_coverage target)
    if(CANDOR_FUZZ)
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
endfunction()

# Tests compile at -O0 with the sanitizers: they are big files of macros that -O1 makes slow to
# build and hardly faster to run, while the code they test keeps the build type's level.
# CANDOR_SANITIZED tells a test that times something that it runs many times slower.
function(candor_sanitized_test target)
    if(CANDOR_SANITIZE)
        target_compile_options(${target} PRIVATE -O0)
        target_compile_definitions(${target} PRIVATE CANDOR_SANITIZED)
        if(CMAKE_CXX_COMPILER_ID MATCHES "Clang") # QSKIP("why") is pedantic C++17 to clang
            target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
        endif()
    endif()
endfunction()
