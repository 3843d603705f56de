# CPack: a Debian package built from the release preset
# (cmake --build build/release --target package).
set(CPACK_PACKAGE_NAME "sextant")
set(CPACK_PACKAGE_VENDOR "The Sextant developers")
set(CPACK_PACKAGE_CONTACT "The Sextant developers <sextant@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
