# lars_add_fuzzers(<target> AREA <label> FUZZERS <name> ...)
# Builds the libFuzzer targets in the current source dir's fuzz/ (a CMake project of its own producing
# fuzz_<name> for each name) with clang as an ExternalProject <target>, whatever compiler the main build
# uses, and registers a short run of each (labels <label> and fuzz): the committed fuzz/corpus_<name> is
# replayed, then fuzzed for 20,000 runs or 20 s. The long runs and their figures: docs/fuzzing.md.
# Without clang the targets are skipped with one warning (scripts/setup installs clang-14).
include(ExternalProject)
find_program(LARS_FUZZ_CXX NAMES clang++-14 clang++)
if(NOT LARS_FUZZ_CXX)
  message(WARNING "clang++ not found: the libFuzzer targets are not built (scripts/setup installs clang-14)")
endif()

function(lars_add_fuzzers target)
  cmake_parse_arguments(F "" "AREA" "FUZZERS" ${ARGN})
  if(NOT LARS_FUZZ_CXX)
    return()
  endif()
  set(binary_dir ${CMAKE_CURRENT_BINARY_DIR}/fuzz)
  set(byproducts)
  foreach(name IN LISTS F_FUZZERS)
    list(APPEND byproducts ${binary_dir}/fuzz_${name})
  endforeach()
  ExternalProject_Add(${target}
    SOURCE_DIR ${CMAKE_CURRENT_SOURCE_DIR}/fuzz
    BINARY_DIR ${binary_dir}
    CMAKE_ARGS -DCMAKE_CXX_COMPILER=${LARS_FUZZ_CXX} -DCMAKE_BUILD_TYPE=RelWithDebInfo
               -DLARS_SOURCE_DIR=${PROJECT_SOURCE_DIR} -DQt6_DIR=${Qt6_DIR}
    BUILD_ALWAYS ON
    INSTALL_COMMAND ""
    BUILD_BYPRODUCTS ${byproducts})
  foreach(name IN LISTS F_FUZZERS)
    set(grown ${CMAKE_CURRENT_BINARY_DIR}/fuzz-corpus/${name})
    file(MAKE_DIRECTORY ${grown})
    add_test(NAME fuzz_${name}
      COMMAND ${binary_dir}/fuzz_${name} -runs=20000 -max_total_time=20 -timeout=5 -max_len=4096
              ${grown} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus_${name})
    set_tests_properties(fuzz_${name} PROPERTIES LABELS "${F_AREA};fuzz" TIMEOUT 120)
  endforeach()
endfunction()
