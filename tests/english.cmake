# Included by ctest before any test runs (TEST_INCLUDE_FILES): the tests read
# the program's English messages, so they run with LC_MESSAGES=C whatever
# the caller's locale (LANG=zh_CN.UTF-8 would make them Chinese;
# cli/locale.c). LC_ALL would override it: its value moves to LANG, so
# that the other categories stay as the caller had them. tests/i18n sets
# its own locales.
if(NOT "$ENV{LC_ALL}" STREQUAL "")
  set(ENV{LANG} "$ENV{LC_ALL}")
endif()
unset(ENV{LC_ALL})
unset(ENV{LANGUAGE})
set(ENV{LC_MESSAGES} C)
