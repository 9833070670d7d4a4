# Windows: an MSI made by CPack's WiX generator (WiX Toolset 3 on the build machine), per-machine, with
# a Start-menu and desktop shortcut, upgrades in place (one upgrade code for every version) and the Qt,
# OpenSSL and QtKeychain DLLs deployed next to lars.exe. PC/SC is Windows' own WinSCard.dll (linked as
# winscard by smartcard/) and the "Smart Card" service, so the MSI ships no card-reader files; the reader
# drivers come from Windows Update. Only the client: lars-server runs on Linux.
set(CPACK_GENERATOR WIX)
set(CPACK_COMPONENTS_ALL client)
set(CPACK_PACKAGE_NAME LARS)
set(CPACK_PACKAGE_INSTALL_DIRECTORY LARS)
set(CPACK_WIX_UPGRADE_GUID "6B1C7A52-9E0B-4F7E-9A8C-3C1D2E5F7A10")
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_BINARY_DIR}/packaging/lars.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER LARS)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://lars.clb.be")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "https://lars.clb.be/hulp")
set(CPACK_WIX_LICENSE_RTF ${LARS_PACKAGING_DIR}/windows/license.rtf)
set(CPACK_WIX_INSTALL_SCOPE perMachine)
set(CPACK_WIX_CULTURES nl-NL)
set(CPACK_PACKAGE_EXECUTABLES lars LARS)
set(CPACK_CREATE_DESKTOP_LINKS lars)
# Managed rollout (Intune, GPO): msiexec /i LARS-x.y.z-win64.msi /qn LARS_SERVER=https://lars.example.be
set(CPACK_WIX_PATCH_FILE ${LARS_PACKAGING_DIR}/windows/server-url.xml)

add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/lars.ico
                   COMMAND lars-icons ico ${PROJECT_SOURCE_DIR}/resources/icons/lars.svg
                           ${CMAKE_BINARY_DIR}/packaging/lars.ico
                   DEPENDS lars-icons ${PROJECT_SOURCE_DIR}/resources/icons/lars.svg)
add_custom_target(lars_windows_icon ALL DEPENDS ${CMAKE_BINARY_DIR}/packaging/lars.ico)
set_target_properties(lars PROPERTIES WIN32_EXECUTABLE ON)

# Qt's DLLs and plugins (platforms/qwindows, styles, imageformats/qsvg, iconengines, sqldrivers/qsqlite,
# tls) and translations, by windeployqt; then the other DLLs lars.exe links (OpenSSL, QtKeychain).
qt_generate_deploy_app_script(TARGET lars OUTPUT_SCRIPT lars_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${lars_deploy_script} COMPONENT client)
install(FILES $<TARGET_RUNTIME_DLLS:lars> DESTINATION bin COMPONENT client)
