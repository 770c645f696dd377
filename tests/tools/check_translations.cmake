# Checks that the German and French translations are complete: lupdate, run on copies of the .ts files over the
# current sources, must leave no unfinished, vanished or obsolete entry. The sources are never touched.
#
# cmake -DLUPDATE=... -DGENERATOR=.../GenerateLUpdateProject.cmake -DPROJECT_IN=.../attest_project.cmake
#       -DTS_DIR=<source>/translations -DWORK=<dir> -P check_translations.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK}/project.json -P "${GENERATOR}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not make the lupdate project")
endif()
set(copies)
foreach(lang de fr)
    configure_file("${TS_DIR}/attest_${lang}.ts" "${WORK}/attest_${lang}.ts" COPYONLY)
    list(APPEND copies "${WORK}/attest_${lang}.ts")
endforeach()
execute_process(COMMAND "${LUPDATE}" -project "${WORK}/project.json" -locations none -ts ${copies}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out}")
endif()
set(problems 0)
foreach(copy ${copies})
    file(READ "${copy}" text)
    foreach(kind unfinished vanished obsolete)
        string(REGEX MATCHALL "type=\"${kind}\"" hits "${text}")
        list(LENGTH hits n)
        if(n GREATER 0)
            message(SEND_ERROR "${copy}: ${n} ${kind} entries: run the update_translations target and translate them")
            math(EXPR problems "${problems} + ${n}")
        endif()
    endforeach()
endforeach()
if(problems EQUAL 0)
    message(STATUS "translations complete: de, fr")
endif()
