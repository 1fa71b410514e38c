# db_embed(OUT_VAR SYMBOL FILE): compile FILE into the program as
#   const unsigned char SYMBOL[]; const unsigned long SYMBOL_len;
# (NUL-terminated, the NUL not counted). The generated .c file is appended
# to OUT_VAR and regenerated when FILE changes.
function(db_embed out_var symbol file)
  get_filename_component(abs "${file}" ABSOLUTE)
  set(gen "${CMAKE_CURRENT_BINARY_DIR}/${symbol}.c")
  add_custom_command(
    OUTPUT "${gen}"
    COMMAND ${CMAKE_COMMAND} -DIN=${abs} -DOUT=${gen} -DSYMBOL=${symbol}
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake"
    DEPENDS "${abs}" "${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake"
    COMMENT "Embedding ${file}")
  set(${out_var} ${${out_var}} "${gen}" PARENT_SCOPE)
endfunction()
