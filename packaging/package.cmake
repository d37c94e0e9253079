# `cmake --install` and the Debian package (`cpack -G DEB`, `cmake --workflow --preset package`):
# the two programs, the manual pages, the bash and zsh completions, the documents and the
# examples, where Debian's policy puts them (https://www.debian.org/doc/debian-policy/, 12.1 to
# 12.5). tests/package_check.sh builds the package, checks it with lintian and installs it.
include(GNUInstallDirs)
# Folders as the policy has them (10.9), whatever the umask of the one who builds.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                                                WORLD_READ WORLD_EXECUTE)

# searchc runs searchc-serve from its own folder (cli/serve_cmd.cpp): both go to bin/.
install(TARGETS searchc searchc-serve RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The manual pages and the Debian changelog, gzip'd with -9n as the policy asks (12.1, 12.7):
# -n leaves out the name and time, so that the package is the same from one build to the next.
find_program(SEARCHC_GZIP gzip REQUIRED)
set(packaging_dir "${PROJECT_BINARY_DIR}/packaging")
configure_file(packaging/searchc.1.in "${packaging_dir}/searchc.1" @ONLY)
configure_file(packaging/searchc-serve.1.in "${packaging_dir}/searchc-serve.1" @ONLY)
configure_file(packaging/changelog.Debian "${packaging_dir}/changelog.Debian" COPYONLY)
set(gzipped)
foreach(file searchc.1 searchc-serve.1 changelog.Debian)
  add_custom_command(OUTPUT "${packaging_dir}/${file}.gz"
    COMMAND ${SEARCHC_GZIP} -9nkf "${packaging_dir}/${file}"
    DEPENDS "${packaging_dir}/${file}" VERBATIM)
  list(APPEND gzipped "${packaging_dir}/${file}.gz")
endforeach()
add_custom_target(searchc_gzipped ALL DEPENDS ${gzipped})
install(FILES "${packaging_dir}/searchc.1.gz" "${packaging_dir}/searchc-serve.1.gz"
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Completions where bash-completion and Debian's zsh look for them by the command's name.
install(FILES packaging/searchc.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME searchc)
install(FILES packaging/_searchc DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)

# The static release program (SEARCHC_STATIC) is static on purpose; lintian reads it as an error
# unless told so.
if(SEARCHC_STATIC)
  install(FILES packaging/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME searchc)
endif()

# The documents keep the repository's layout, so that the README's links still lead somewhere.
# searchc reads none of them: the MeSH and word data are linked into it, and searchc.words is
# the user's own (docs/language.md).
install(FILES README.md packaging/copyright "${packaging_dir}/changelog.Debian.gz" DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs FILES_MATCHING PATTERN "*.md")
install(FILES data/mesh/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR}/data/mesh)
install(FILES data/words/README.md data/words/COPYRIGHT.scowl DESTINATION ${CMAKE_INSTALL_DOCDIR}/data/words)
install(DIRECTORY examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

# The package. Its version is the project's with a Debian revision; packaging/changelog.Debian's
# first entry must name the same, as lintian checks.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME searchc)
set(CPACK_PACKAGE_CONTACT "Seed 992b19f0 maintainers <maintainers@users.noreply.r-seed-992b19f0.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "compiler for literature-search strategies")
# Lines of at most 72 characters: dpkg shows them indented on an 80-column terminal.
set(CPACK_PACKAGE_DESCRIPTION
    "An information specialist writes a systematic review's search once, in a
small database-neutral language; searchc checks it and writes it in the
syntax of each database (Cochrane CENTRAL, ClinicalTrials.gov, WHO ICTRP,
Embase, Ovid, PubMed, CINAHL, APA PsycInfo, Web of Science, Scopus,
ProQuest and others), so that the search can be run, re-run and reported
exactly. Where a database cannot express something, searchc says so,
widens the search rather than narrowing it, and records the change.
It also writes the search appendix (PRISMA-S), reviews a strategy
(PRESS 2015), imports searches written in a database's own syntax, and
serves a page that compiles as one types. MeSH 2024 is included.")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # searchc_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # the libraries' packages, by dpkg-shlibdeps
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
file(STRINGS packaging/changelog.Debian changelog_head LIMIT_COUNT 1)
if(NOT changelog_head MATCHES "^searchc \\(${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}\\) ")
  message(FATAL_ERROR "packaging/changelog.Debian begins with `${changelog_head}`, "
                      "not with version ${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}: add an entry for it")
endif()
include(CPack)
