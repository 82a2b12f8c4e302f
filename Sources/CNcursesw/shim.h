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
#include <stdio.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift 6 refuses C mutable globals and does not import macros with casts or
// arguments, so what the backend needs of them is read through these small
// functions. They only read; nothing here keeps state of its own.

static inline WINDOW *roadmap_stdscr(void) { return stdscr; }
static inline int roadmap_colors(void) { return COLORS; }
static inline int roadmap_color_pairs(void) { return COLOR_PAIRS; }
static inline int roadmap_lines(void) { return getmaxy(stdscr); }
static inline int roadmap_cols(void) { return getmaxx(stdscr); }
static inline FILE *roadmap_stdin(void) { return stdin; }
static inline TERMINAL *roadmap_cur_term(void) { return cur_term; }
static inline FILE *roadmap_stdout(void) { return stdout; }

static inline int roadmap_key_f(int n) { return KEY_F(n); }

static inline attr_t roadmap_wa_normal(void) { return WA_NORMAL; }
static inline attr_t roadmap_wa_bold(void) { return WA_BOLD; }
static inline attr_t roadmap_wa_reverse(void) { return WA_REVERSE; }
static inline attr_t roadmap_wa_underline(void) { return WA_UNDERLINE; }
static inline attr_t roadmap_wa_dim(void) { return WA_DIM; }

/// tigetstr answers (char *)-1 for a capability that is not a string; Swift
/// cannot compare a pointer with -1, so this says whether the answer is usable.
static inline int roadmap_is_string_capability(const char *value) {
    return value != NULL && value != (const char *)-1;
}
#endif
