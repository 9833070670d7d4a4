# Tests of the virtual eID card itself (tools/virtual-eid, tools/pki), included from CMakeLists.txt.
# They drive the card through the real pcscd + vsmartcard-vpcd (scripts/with-services); every test that
# plugs a card into a vpcd slot takes the RESOURCE_LOCK "vpcd" so parallel ctest runs don't collide.
lars_add_test(tst_virtualcard
  SOURCES tst_virtualcard.cpp
  LIBS lars_test_support OpenSSL::Crypto PkgConfig::PCSC
  LABELS smartcard integration
  TIMEOUT 300)
lars_add_test(tst_virtualcard_keys
  SOURCES tst_virtualcard_keys.cpp
  LIBS lars_test_support OpenSSL::Crypto PkgConfig::PCSC
  LABELS smartcard integration
  TIMEOUT 300)
lars_add_test(tst_virtualcard_opensc
  SOURCES tst_virtualcard_opensc.cpp
  LIBS lars_test_support OpenSSL::Crypto PkgConfig::PCSC
  LABELS smartcard integration
  TIMEOUT 300)
foreach(t tst_virtualcard tst_virtualcard_keys tst_virtualcard_opensc)
  add_dependencies(${t} lars-virtual-eid lars_test_pki)
  set_tests_properties(${t} PROPERTIES RESOURCE_LOCK vpcd)
endforeach()
# The APDU engine in-process: no pcscd needed.
lars_add_test(tst_virtualcard_engine
  SOURCES tst_virtualcard_engine.cpp
  LIBS lars_virtual_eid
  LABELS smartcard unit)
add_dependencies(tst_virtualcard_engine lars_test_pki)
