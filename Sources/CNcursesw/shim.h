#ifndef ROADMAP_CNCURSESW_SHIM_H
#define ROADMAP_CNCURSESW_SHIM_H
// SwiftPM drops the -D flags pkg-config gives, so the wide-character API is
// switched on here, before the header is read.
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 600
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#endif
