# lars_add_test(NAME SOURCES a.cpp ... LIBS lib ... LABELS area kind [ENVIRONMENT K=V ...] [TIMEOUT s])
# One QtTest executable per test; labels give `ctest -L <area>` and `ctest -L <kind>`.
# Areas: foundation server smartcard login dossier reports creon ui oidc; kinds: unit integration gui fuzz
# layout accessibility.
function(lars_add_test name)
  cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE lars::settings Qt6::Test ${T_LIBS})
  add_test(NAME ${name} COMMAND ${name})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LARS_BINARY_DIR=${CMAKE_BINARY_DIR};LARS_SOURCE_DIR=${CMAKE_SOURCE_DIR};${T_ENVIRONMENT}")
  # Card tests share the two vpcd slots and restart pcscd: never two of them at once under ctest -j.
  if("smartcard" IN_LIST T_LABELS OR "login" IN_LIST T_LABELS)
    set_tests_properties(${name} PROPERTIES RESOURCE_LOCK vpcd)
  endif()
endfunction()
