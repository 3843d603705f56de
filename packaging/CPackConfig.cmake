# CPack: the Debian package, built from the "package" preset and checked in a
# fresh Debian 13 root by `./dev package`.
set(CPACK_PACKAGE_NAME "sextant")
set(CPACK_PACKAGE_VENDOR "The Sextant developers")
set(CPACK_PACKAGE_CONTACT "The Sextant developers <sextant@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
# dpkg-shlibdeps (dpkg-dev, and `file`) finds the linked libraries; Qt loads its
# plugins at run time, so the packages holding the ones Sextant uses are named:
# the SQLite driver for the local database, the SVG icon engine and image
# format for the icons. The platform plugins (xcb, offscreen) ship in
# libqt6gui6, and fontconfig-config (through libqt6gui6) depends on a font.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-svg-plugins")
# Qt's own translated strings, native Wayland, and the CA certificates that
# HTTPS to an Argo CD server checks against; git (credential helpers, the demo's
# smart HTTP) and kustomize (the demo's overlays).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland, ca-certificates, git, kustomize")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
