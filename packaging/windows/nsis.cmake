# SPDX-License-Identifier: MIT
# The NSIS installer: a Start menu entry, an uninstaller, and the .candor file association
# (double-click opens the project; the file shows Candor's icon), removed again on uninstall.
# Included by packaging/CMakeLists.txt before include(CPack).
file(TO_NATIVE_PATH "${CANDOR_ICONS_DIR}/candor.ico" ico)
set(CPACK_NSIS_MUI_ICON "${ico}")
set(CPACK_NSIS_MUI_UNIICON "${ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\candor.exe")
set(CPACK_NSIS_DISPLAY_NAME "Candor ${PROJECT_VERSION}")
set(CPACK_NSIS_PACKAGE_NAME Candor)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_PACKAGE_EXECUTABLES candor Candor)
# SHCTX is HKLM for an all-users install and HKCU otherwise; SHChangeNotify makes Explorer show
# the new icon at once. On uninstall .candor is removed only while it still names Candor.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
WriteRegStr SHCTX "Software\Classes\.candor" "" "Candor.Project"
WriteRegStr SHCTX "Software\Classes\.candor" "Content Type" "application/x-candor"
WriteRegStr SHCTX "Software\Classes\Candor.Project" "" "Candor Project"
WriteRegStr SHCTX "Software\Classes\Candor.Project\DefaultIcon" "" "$INSTDIR\bin\candor.exe,0"
WriteRegStr SHCTX "Software\Classes\Candor.Project\shell\open\command" "" '"$INSTDIR\bin\candor.exe" "%1"'
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
DeleteRegKey SHCTX "Software\Classes\Candor.Project"
ReadRegStr $0 SHCTX "Software\Classes\.candor" ""
StrCmp $0 "Candor.Project" 0 +2
DeleteRegKey SHCTX "Software\Classes\.candor"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
