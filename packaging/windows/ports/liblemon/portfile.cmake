# SPDX-License-Identifier: GPL-3.0-or-later
# An overlay of vcpkg's liblemon port: the same LEMON release, with the GLPK interface on
# (vcpkg's own port turns it off; Cohort Planner's capacity planner solves its LP through
# lemon::GlpkLp, as Debian's liblemon-dev allows).
vcpkg_check_linkage(ONLY_STATIC_LIBRARY)

vcpkg_download_distfile(ARCHIVE
    URLS "https://lemon.cs.elte.hu/pub/sources/lemon-1.3.1.tar.gz"
    FILENAME "lemon-1.3.1.tar.gz"
    SKIP_SHA512)
vcpkg_extract_source_archive(SOURCE_PATH ARCHIVE "${ARCHIVE}")

vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        -DLEMON_ENABLE_GLPK=ON
        -DLEMON_ENABLE_ILOG=OFF
        -DLEMON_ENABLE_COIN=OFF
        -DLEMON_ENABLE_SOPLEX=OFF
        -DBUILD_TESTING=OFF
        # LEMON 1.3.1 asks for CMake 2.8, which CMake 4 no longer accepts.
        -DCMAKE_POLICY_VERSION_MINIMUM=3.5)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(PACKAGE_NAME lemon CONFIG_PATH share/lemon/cmake)

file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/debug/include" "${CURRENT_PACKAGES_DIR}/debug/share"
     "${CURRENT_PACKAGES_DIR}/bin" "${CURRENT_PACKAGES_DIR}/debug/bin")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
