# SPDX-License-Identifier: GPL-3.0-or-later
# CPack runs this after installing into its staging folder and before making the package.
# As Debian's dh_strip does, each program's debug symbols are split off into
# usr/lib/debug/.build-id/xx/yyyy.debug (where gdb looks them up by build id), then the
# program is stripped (--strip-unneeded, and the compilers' .comment section removed).
# The symbols go into cohortplanner-debug-VERSION-ARCH.tar.gz beside the package: unpack
# it at / on a machine with the package installed to debug it.
find_program(OBJCOPY NAMES objcopy REQUIRED)
find_program(READELF NAMES readelf REQUIRED)
set(debug_root "${CPACK_PACKAGE_DIRECTORY}/cohortplanner-debug")
file(REMOVE_RECURSE "${debug_root}")
file(GLOB_RECURSE programs "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/bin/*")
foreach(program IN LISTS programs)
    execute_process(COMMAND "${READELF}" -n "${program}" OUTPUT_VARIABLE notes RESULT_VARIABLE status)
    if(NOT status EQUAL 0 OR NOT notes MATCHES "Build ID: ([0-9a-f][0-9a-f])([0-9a-f]+)")
        message(FATAL_ERROR "${program} has no build id: its debug symbols could not be found by it")
    endif()
    set(debug_file "${debug_root}/usr/lib/debug/.build-id/${CMAKE_MATCH_1}/${CMAKE_MATCH_2}.debug")
    get_filename_component(debug_dir "${debug_file}" DIRECTORY)
    file(MAKE_DIRECTORY "${debug_dir}")
    foreach(step "--only-keep-debug;${program};${debug_file}"
                 "--strip-unneeded;--remove-section=.comment;--remove-section=.note;${program}")
        execute_process(COMMAND "${OBJCOPY}" ${step} RESULT_VARIABLE status)
        if(NOT status EQUAL 0)
            message(FATAL_ERROR "objcopy ${step} failed")
        endif()
    endforeach()
endforeach()
set(archive "${CPACK_PACKAGE_DIRECTORY}/cohortplanner-debug-${CPACK_PACKAGE_VERSION}-${CPACK_DEBIAN_PACKAGE_ARCHITECTURE}.tar.gz")
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar czf "${archive}" usr WORKING_DIRECTORY "${debug_root}"
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "could not write ${archive}")
endif()
file(REMOVE_RECURSE "${debug_root}")
