# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: the executable's icon, Qt's run-time files beside the programs (windeployqt),
# the other libraries they load (from vcpkg), and the NSIS installer with the Start-menu
# entry and the .cohortplan file association. Included by packaging/CMakeLists.txt; see
# docs/PACKAGING.md for the whole recipe (vcpkg manifest, presets, CI workflow).

# The icon compiled into cohortplanner.exe (Explorer, taskbar, the file type).
set(cohort_ico "${CMAKE_CURRENT_BINARY_DIR}/cohortplanner.ico")
add_custom_command(OUTPUT "${cohort_ico}"
                   COMMAND cohort-rendericon "${icon_svg}" "${cohort_ico}" 256
                   DEPENDS cohort-rendericon "${icon_svg}"
                   COMMENT "Rendering the Windows icon")
file(TO_NATIVE_PATH "${cohort_ico}" cohort_ico_native)
string(REPLACE "\\" "\\\\" cohort_ico_native "${cohort_ico_native}")
string(REPLACE "." "," cohort_version_commas "${PROJECT_VERSION}.0")
configure_file(windows/cohortplanner.rc.in cohortplanner.rc @ONLY)
target_sources(cohortplanner PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/cohortplanner.rc" "${cohort_ico}")

# Qt's DLLs, platform and SQL plugins and translations beside the programs.
get_target_property(cohort_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(cohort_qt_bin "${cohort_qmake}" DIRECTORY)
find_program(WINDEPLOYQT_EXECUTABLE windeployqt HINTS "${cohort_qt_bin}" "${cohort_qt_bin}/../tools/Qt6/bin"
             REQUIRED)
install(CODE "
    execute_process(COMMAND \"${WINDEPLOYQT_EXECUTABLE}\" --release --no-compiler-runtime
                            --no-opengl-sw --no-system-d3d-compiler
                            \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/cohortplanner.exe\"
                            \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/cohortplanner-cli.exe\"
                    RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed (\${status})\")
    endif()")

# The other DLLs the programs load (SQLite, libxlsxwriter, minizip, zlib, libical, GLPK,
# QCustomPlot, QtKeychain), found through the programs' imports in vcpkg's bin folder (the set is
# named by packaging/CMakeLists.txt's install(TARGETS)); Windows' own are left out.
install(RUNTIME_DEPENDENCY_SET cohort_runtime
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6" "^(MSVCP|VCRUNTIME|CONCRT)"
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll$"
        DIRECTORIES "${cohort_qt_bin}" "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin"
        DESTINATION ${CMAKE_INSTALL_BINDIR})
# Qt's PostgreSQL plugin (which windeployqt puts in sqldrivers/) loads libpq and what libpq
# loads (OpenSSL, gettext's libintl, libiconv): the programs do not import them, so the set
# above does not find them.
file(GLOB cohort_libpq_dlls "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin/libpq*.dll"
     "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin/libssl*.dll"
     "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin/libcrypto*.dll"
     "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin/intl*.dll"
     "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin/iconv*.dll")
install(FILES ${cohort_libpq_dlls} DESTINATION ${CMAKE_INSTALL_BINDIR})
# The Visual C++ run-time, installed beside the programs (no separate redistributable).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# NSIS: per-machine install under Program Files, a Start-menu entry, the file type.
set(CPACK_NSIS_DISPLAY_NAME "Cohort Planner ${PROJECT_VERSION}")
set(CPACK_NSIS_PACKAGE_NAME "Cohort Planner")
set(CPACK_NSIS_MUI_ICON "${cohort_ico}")
set(CPACK_NSIS_MUI_UNIICON "${cohort_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\cohortplanner.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MENU_LINKS "bin/cohortplanner.exe" "Cohort Planner")
# A double-click on a .cohortplan file opens it (ProgID CohortPlanner.Plan), removed again
# on uninstall; Explorer is told at once.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
    WriteRegStr HKLM 'Software\\\\Classes\\\\.cohortplan' '' 'CohortPlanner.Plan'
    WriteRegStr HKLM 'Software\\\\Classes\\\\.cohortplan' 'Content Type' 'application/x-cohortplan'
    WriteRegStr HKLM 'Software\\\\Classes\\\\CohortPlanner.Plan' '' 'Cohort Planner plan'
    WriteRegStr HKLM 'Software\\\\Classes\\\\CohortPlanner.Plan\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\cohortplanner.exe,0'
    WriteRegStr HKLM 'Software\\\\Classes\\\\CohortPlanner.Plan\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\cohortplanner.exe\\\" \\\"%1\\\"'
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
    DeleteRegKey HKLM 'Software\\\\Classes\\\\CohortPlanner.Plan'
    DeleteRegValue HKLM 'Software\\\\Classes\\\\.cohortplan' ''
    DeleteRegValue HKLM 'Software\\\\Classes\\\\.cohortplan' 'Content Type'
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'")
