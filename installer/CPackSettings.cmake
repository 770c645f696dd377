# Packaging: desktop integration files and CPack settings for the Debian package (DEB) and a plain tarball (TGZ).
# Included at the end of the top-level CMakeLists.txt. The attest executable installs itself (app/CMakeLists.txt).
#
#   cmake --build build && cd build && cpack -G DEB     # -> attest_<version>_<arch>.deb
#   sudo apt-get install ./attest_<version>_<arch>.deb  # resolves the dependencies below

include(GNUInstallDirs)

set(ATTEST_APP_ID org.attest.Attest)
set(_attest_installer_dir "${CMAKE_CURRENT_LIST_DIR}")

# --- Desktop integration (freedesktop.org menu entry, AppStream metadata, icons) ---------------------------------
install(FILES "${_attest_installer_dir}/${ATTEST_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_attest_installer_dir}/${ATTEST_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${_attest_installer_dir}/icons/${ATTEST_APP_ID}.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
# Rendered from the SVG (rsvg-convert -w N -h N) for menus and docks that want bitmaps, up to 512 px for
# high-density screens.
foreach(_size 16 22 24 32 48 64 128 256 512)
    install(FILES "${_attest_installer_dir}/icons/hicolor/${_size}x${_size}/${ATTEST_APP_ID}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps")
endforeach()
# A workspace file (*.attest) opens in Attest.
install(FILES "${_attest_installer_dir}/${ATTEST_APP_ID}.mime.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
        RENAME "${ATTEST_APP_ID}.xml")
# The command line's manual page (man attest).
install(FILES "${_attest_installer_dir}/attest.1" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
# Icon cache, menu database and MIME database are refreshed by the dpkg triggers of gtk-update-icon-cache,
# desktop-file-utils and shared-mime-info, so the package needs no maintainer scripts.

# --- Common package metadata --------------------------------------------------------------------------------------
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME "attest")
set(CPACK_PACKAGE_VENDOR "Attest developers")
set(CPACK_PACKAGE_CONTACT "Attest developers <dev@attest.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for AI governance and compliance")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Attest helps risk and compliance officers keep an inventory of the AI systems their organisation builds, buys "
    "and runs: purpose, owners, lifecycle, data, suppliers, EU AI Act risk tier and review dates.\n"
    "\n"
    "Every change is recorded in an audit trail whose entries are chained by cryptographic hashes, so later edits "
    "or deletions are detected when the trail is verified. Systems can be imported from and exported to CSV, and "
    "the same attest binary offers a command-line interface for scripting and automation.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "attest")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

# --- Debian package -----------------------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME "attest")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # attest_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Attest developers <dev@attest.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}") # CPack prepends the summary line
# Linked libraries (Qt, spdlog, SQLite, OpenSSL, ...) are found by dpkg-shlibdeps and appended to the list below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What Qt loads at run time, which dpkg-shlibdeps cannot see: the SQLite driver and the SVG icon engine (plugins),
# the font reports are set in, and libsecret, which QtKeychain talks to the Secret Service through.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, fonts-dejavu-core, libsecret-1-0")
# A keychain to hold the report-signing key (signing says so when there is none), Qt's own translations, Wayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# --- Windows (WiX; NSIS as a fallback) and macOS (a drag-and-drop disk image) ---------------------------------------
# Written without those machines at hand: the settings follow CPack's documentation, and the Qt libraries and plugins
# are expected to be deployed beside the binary (windeployqt / macdeployqt) before cpack runs.
if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    set(CPACK_WIX_UPGRADE_GUID "7C3A7F9E-3B2D-4C51-9C2E-5A7F2E1D6B40") # never change: lets an install upgrade
    set(CPACK_WIX_PRODUCT_ICON "${_attest_installer_dir}/icons/${ATTEST_APP_ID}.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Attest")
    set(CPACK_PACKAGE_EXECUTABLES "attest" "Attest")
    set(CPACK_NSIS_DISPLAY_NAME "Attest")
    set(CPACK_NSIS_PACKAGE_NAME "Attest")
    set(CPACK_NSIS_MUI_ICON "${_attest_installer_dir}/icons/${ATTEST_APP_ID}.ico")
    set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\$STARTMENU_FOLDER\\Attest.lnk' '$INSTDIR\\bin\\attest.exe'")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Attest")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_BUNDLE_NAME "Attest")
    set(CPACK_BUNDLE_IDENTIFIER "${ATTEST_APP_ID}")
endif()

# --- Source package (make package_source) ----------------------------------------------------------------------------
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build(-[^/]*)?/" "/\\.cache/" "\\.swp$" "~$")

include(CPack)
