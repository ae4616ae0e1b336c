# SPDX-License-Identifier: GPL-3.0-or-later
# CHANGELOG.md, kept by hand, is the one record of releases. From it the build makes the
# Debian changelog (packaging) and the AppStream <release> elements (metainfo).
#
# cohort_releases(CHANGELOG DEBIAN_OUT RELEASES_VAR MAINTAINER)
#   CHANGELOG     the Markdown file: "## VERSION - YYYY-MM-DD", then "- " bullets wrapped
#                 with a two-space indent
#   DEBIAN_OUT    the Debian changelog to write (plain text; the packaging gzips it)
#   RELEASES_VAR  set to the <release> elements, newest first
#   MAINTAINER    "Name <address>" for the changelog's trailer lines
# Fails the configuration when the newest entry is not PROJECT_VERSION.

# "Mon" for 2026-12-07: Zeller's congruence, for the changelog's RFC 5322 date.
function(_cohort_weekday year month day out)
    if(month LESS 3)
        math(EXPR month "${month} + 12")
        math(EXPR year "${year} - 1")
    endif()
    math(EXPR k "${year} % 100")
    math(EXPR j "${year} / 100")
    math(EXPR h "(${day} + (13 * (${month} + 1)) / 5 + ${k} + ${k} / 4 + ${j} / 4 + 5 * ${j}) % 7")
    set(names Sat Sun Mon Tue Wed Thu Fri)
    list(GET names ${h} name)
    set(${out} ${name} PARENT_SCOPE)
endfunction()

function(_cohort_xml_escape text out)
    string(REPLACE "&" "&amp;" text "${text}")
    string(REPLACE "<" "&lt;" text "${text}")
    string(REPLACE ">" "&gt;" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(cohort_releases changelog debian_out releases_var maintainer)
    # Lines as a CMake list: the text's own semicolons stand aside as "__SEMICOLON__" (and
    # its brackets as "__BRACKET__", which a list would treat as grouping) until written.
    file(READ "${changelog}" text)
    string(REPLACE ";" "__SEMICOLON__" text "${text}")
    string(REPLACE "[" "__BRACKET__" text "${text}")
    string(REPLACE "]" "__CLOSE__" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
    set(debian "")
    set(releases "")
    set(version "")
    set(first_version "")
    set(bullet "")

    # Ends the bullet collected so far (Debian: "  * " and four-space continuation lines;
    # AppStream: one <li> with the lines joined).
    macro(_cohort_end_bullet)
        if(NOT bullet STREQUAL "")
            string(REPLACE ";" "\n    " bullet_lines "${bullet}")
            string(APPEND debian "  * ${bullet_lines}\n")
            string(REPLACE ";" " " joined "${bullet}")
            _cohort_xml_escape("${joined}" joined)
            string(REPLACE "`" "" joined "${joined}")
            string(APPEND items "          <li>${joined}</li>\n")
            set(bullet "")
        endif()
    endmacro()
    macro(_cohort_end_release)
        _cohort_end_bullet()
        if(NOT version STREQUAL "")
            string(APPEND debian "\n -- ${maintainer}  ${rfc_date}\n\n")
            string(APPEND releases
                   "    <release version=\"${version}\" date=\"${date}\">\n"
                   "      <description>\n        <ul>\n${items}        </ul>\n"
                   "      </description>\n    </release>\n")
        endif()
    endmacro()

    foreach(line IN LISTS lines)
        if(line MATCHES "^## ([0-9][0-9.]*) - ([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$")
            _cohort_end_release()
            set(version "${CMAKE_MATCH_1}")
            set(date "${CMAKE_MATCH_2}-${CMAKE_MATCH_3}-${CMAKE_MATCH_4}")
            if(first_version STREQUAL "")
                set(first_version "${version}")
                set(first_date "${date}")
            endif()
            math(EXPR m "${CMAKE_MATCH_3} - 1")
            list(GET months ${m} month_name)
            math(EXPR month_number "${CMAKE_MATCH_3} + 0")
            math(EXPR day_number "${CMAKE_MATCH_4} + 0")
            _cohort_weekday(${CMAKE_MATCH_2} ${month_number} ${day_number} weekday)
            set(rfc_date "${weekday}, ${CMAKE_MATCH_4} ${month_name} ${CMAKE_MATCH_2} 12:00:00 +0000")
            string(APPEND debian "cohortplanner (${version}) unstable; urgency=medium\n\n")
            set(items "")
        elseif(NOT version STREQUAL "" AND line MATCHES "^- (.*)$")
            _cohort_end_bullet()
            set(bullet "${CMAKE_MATCH_1}")
        elseif(NOT version STREQUAL "" AND NOT bullet STREQUAL "" AND line MATCHES "^  (.+)$")
            list(APPEND bullet "${CMAKE_MATCH_1}")
        endif()
    endforeach()
    _cohort_end_release()

    if(NOT first_version STREQUAL PROJECT_VERSION)
        message(FATAL_ERROR "CHANGELOG.md's newest entry is ${first_version}, but the project's version is "
                            "${PROJECT_VERSION}: add a \"## ${PROJECT_VERSION} - YYYY-MM-DD\" entry.")
    endif()
    string(STRIP "${debian}" debian)
    foreach(var debian releases)
        string(REPLACE "__SEMICOLON__" ";" ${var} "${${var}}")
        string(REPLACE "__BRACKET__" "[" ${var} "${${var}}")
        string(REPLACE "__CLOSE__" "]" ${var} "${${var}}")
    endforeach()
    file(WRITE "${debian_out}" "${debian}\n")
    set(${releases_var} "${releases}" PARENT_SCOPE)
    set(COHORT_RELEASE_DATE "${first_date}" PARENT_SCOPE)
endfunction()
