# macOS: LARS.app (Qt frameworks and plugins deployed into it by macdeployqt) in a drag-and-drop DMG.
# PC/SC is macOS's own PCSC.framework (linked by smartcard/) and its CryptoTokenKit reader drivers, so
# the bundle ships no card-reader files; signed with the hardened runtime, it needs the smart-card
# entitlement (lars.entitlements) to talk to the reader. Only the client: lars-server runs on Linux.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_COMPONENTS_ALL client)
set(CPACK_PACKAGE_NAME LARS)
set(CPACK_DMG_VOLUME_NAME LARS)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_DMG_BACKGROUND_IMAGE "")
set(CPACK_BUNDLE_NAME LARS)

set(LARS_ICNS ${CMAKE_BINARY_DIR}/packaging/lars.icns)
add_custom_command(OUTPUT ${LARS_ICNS}
                   COMMAND lars-icons icns ${PROJECT_SOURCE_DIR}/resources/icons/lars.svg ${LARS_ICNS}
                   DEPENDS lars-icons ${PROJECT_SOURCE_DIR}/resources/icons/lars.svg)
set_source_files_properties(${LARS_ICNS} TARGET_DIRECTORY lars PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED ON)
target_sources(lars PRIVATE ${LARS_ICNS})
set_target_properties(lars PROPERTIES
  MACOSX_BUNDLE ON
  OUTPUT_NAME LARS
  MACOSX_BUNDLE_INFO_PLIST ${LARS_PACKAGING_DIR}/macos/Info.plist.in
  MACOSX_BUNDLE_GUI_IDENTIFIER be.clb.lars
  MACOSX_BUNDLE_BUNDLE_NAME LARS
  MACOSX_BUNDLE_ICON_FILE lars.icns
  MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
  MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
  XCODE_ATTRIBUTE_CODE_SIGN_ENTITLEMENTS ${LARS_PACKAGING_DIR}/macos/lars.entitlements)

qt_generate_deploy_app_script(TARGET lars OUTPUT_SCRIPT lars_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${lars_deploy_script} COMPONENT client)
