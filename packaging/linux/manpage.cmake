# SPDX-License-Identifier: GPL-3.0-or-later
# Turns a program's --help text into its manual page, so that the options and commands
# are written once (in the program) and the page never drifts from them. Run by the build:
#   cmake -DPROGRAM=bin/cohortplanner-cli -DTEMPLATE=cohortplanner-cli.1.in -DOUT=... \
#         -DVERSION=0.1.0 -DDATE=2026-12-07 -P manpage.cmake
# TEMPLATE is the page's own prose in troff (NAME, DESCRIPTION, FILES, SEE ALSO) with
# @HELP@ where the converted help goes, @VERSION@ and @DATE@.
#
# The help's layout: "usage: ..." first; "Name:" headings at the margin; items indented
# two spaces, with their description after two or more spaces or on lines indented
# deeper; an item's own continuation lines start with "[" or "-"; other lines at the
# margin are paragraphs.
cmake_minimum_required(VERSION 3.22)
foreach(var PROGRAM TEMPLATE OUT VERSION DATE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "manpage.cmake: -D${var}=... is needed")
    endif()
endforeach()

execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
                        "${PROGRAM}" --help
                OUTPUT_VARIABLE help RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0 OR help STREQUAL "")
    message(FATAL_ERROR "manpage.cmake: ${PROGRAM} --help failed (${status}): ${errors}")
endif()

# troff: a backslash is \e, a hyphen that must stay one (options) is \-, and a line may not
# start with a dot or an apostrophe.
function(_troff text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REPLACE "\"" "\\(dq" text "${text}")
    if(text MATCHES "^[.']")
        set(text "\\&${text}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Lines as a CMake list: the help's semicolons and brackets (which a list treats as grouping)
# stand aside until each line is read.
string(REPLACE ";" "__SEMICOLON__" help "${help}")
string(REPLACE "[" "__BRACKET__" help "${help}")
string(REPLACE "]" "__CLOSE__" help "${help}")
string(REPLACE "\n" ";" lines "${help}")
set(body "")
set(term "")       # the item being read, until its description starts
set(state none)    # none, term (an item's own lines), item (its description), para
# Writes the item's term as the .TP tag, once all of its lines are known.
macro(_flush_term)
    if(NOT term STREQUAL "")
        _troff("${term}" escaped)
        string(APPEND body ".TP\n.B \"${escaped}\"\n")
        set(term "")
    endif()
endmacro()
foreach(line IN LISTS lines)
    string(REPLACE "__SEMICOLON__" ";" line "${line}")
    string(REPLACE "__BRACKET__" "[" line "${line}")
    string(REPLACE "__CLOSE__" "]" line "${line}")
    if(line MATCHES "^[Uu]sage: (.*)$")
        _flush_term()
        # The program as its user types it, not the path the build ran it from.
        set(usage "${CMAKE_MATCH_1}")
        get_filename_component(name "${PROGRAM}" NAME_WE)
        string(REGEX REPLACE "^[^ ]*/${name} " "${name} " usage "${usage}")
        _troff("${usage}" usage)
        string(APPEND body ".SS Usage\n.B \"${usage}\"\n")
        set(state none)
    elseif(line MATCHES "^([A-Z][A-Za-z ]*):$")
        _flush_term()
        string(APPEND body ".SS ${CMAKE_MATCH_1}\n")
        set(state none)
    elseif(line MATCHES "^  ([^ ].*)$")
        _flush_term()
        set(term "${CMAKE_MATCH_1}")
        set(state term)
        if(term MATCHES "^([^ ].*[^ ])   *([^ ].*)$")
            set(term "${CMAKE_MATCH_1}")
            set(description "${CMAKE_MATCH_2}")
            _flush_term()
            _troff("${description}" description)
            string(APPEND body "${description}\n")
            set(state item)
        endif()
    elseif(state STREQUAL "term" AND line MATCHES "^   +([[-].*)$")
        string(APPEND term " ${CMAKE_MATCH_1}")
    elseif((state STREQUAL "term" OR state STREQUAL "item") AND line MATCHES "^   +([^ ].*)$")
        set(text "${CMAKE_MATCH_1}")
        _flush_term()
        _troff("${text}" text)
        string(APPEND body "${text}\n")
        set(state item)
    elseif(line MATCHES "^ *$")
        _flush_term()
        set(state none)
    else()
        _flush_term()
        _troff("${line}" text)
        if(NOT state STREQUAL "para")
            string(APPEND body ".PP\n")
        endif()
        string(APPEND body "${text}\n")
        set(state para)
    endif()
endforeach()
_flush_term()

file(READ "${TEMPLATE}" page)
string(REPLACE "@HELP@\n" "${body}" page "${page}")
string(REPLACE "@VERSION@" "${VERSION}" page "${page}")
string(REPLACE "@DATE@" "${DATE}" page "${page}")
file(WRITE "${OUT}" "${page}")
