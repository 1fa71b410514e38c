# The modules of core/module.h: NAME.so in lib/duibiao/ of the installation,
# found relative to bin/duibiao (DB_REL_MODULE_DIR) so that a moved prefix
# still works, and in lib/duibiao/ of the build tree for a program run there.
set(DB_MODULE_DIR ${CMAKE_INSTALL_LIBDIR}/duibiao)
set(DB_BUILD_MODULE_DIR ${PROJECT_BINARY_DIR}/lib/duibiao)
file(RELATIVE_PATH DB_REL_MODULE_DIR "${CMAKE_INSTALL_FULL_BINDIR}"
     "${CMAKE_INSTALL_FULL_LIBDIR}/duibiao")

# db_add_module(NAME LIB [LIBS …]): module NAME.so of the objects of the
# static library LIB (built position-independent for it) and the module.c
# of the current folder (its db_module), linked with the libraries LIBS.
# Not with the project's own libraries: what it uses of them it finds in
# the program, which exports them (cli/CMakeLists.txt), so that there is
# one copy of their code and state. -Bsymbolic binds the module's calls to
# its own functions within it, where the program has functions of the
# same name (the loaders of render/load.c and extract/load.c).
function(db_add_module name lib)
  set_target_properties(${lib} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  add_library(duibiao_${name} MODULE ${CMAKE_CURRENT_SOURCE_DIR}/module.c
              $<TARGET_OBJECTS:${lib}>)
  target_include_directories(duibiao_${name} PRIVATE ${PROJECT_SOURCE_DIR})
  target_link_libraries(duibiao_${name} PRIVATE ${ARGN})
  target_link_options(duibiao_${name} PRIVATE -Wl,-Bsymbolic)
  set_target_properties(duibiao_${name} PROPERTIES PREFIX "" OUTPUT_NAME ${name}
                        LIBRARY_OUTPUT_DIRECTORY ${DB_BUILD_MODULE_DIR})
  add_dependencies(duibiao_modules duibiao_${name})
  install(TARGETS duibiao_${name} LIBRARY DESTINATION ${DB_MODULE_DIR})
endfunction()
# Every module, for the program to depend on (a test that runs it needs them).
add_custom_target(duibiao_modules)
