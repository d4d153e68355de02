#ifndef BRIEFING_CNCURSESW_SHIM_H
#define BRIEFING_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here.
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// Function-like macros and macro constants, as functions Swift can call.
static inline int briefing_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int briefing_a_normal(void) { return (int)A_NORMAL; }
static inline int briefing_a_bold(void) { return (int)A_BOLD; }
static inline int briefing_a_underline(void) { return (int)A_UNDERLINE; }
static inline int briefing_a_reverse(void) { return (int)A_REVERSE; }
static inline int briefing_a_dim(void) { return (int)A_DIM; }
static inline int briefing_attrset(int a) { return attrset(a); }
static inline WINDOW *briefing_stdscr(void) { return stdscr; }
static inline int briefing_lines(void) { return LINES; }
static inline int briefing_cols(void) { return COLS; }
static inline int briefing_color_pairs(void) { return COLOR_PAIRS; }
static inline mmask_t briefing_mouse_mask_all(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline int briefing_is_button1(mmask_t m) { return (m & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int briefing_is_wheel_up(mmask_t m) { return (m & BUTTON4_PRESSED) != 0; }
static inline int briefing_is_wheel_down(mmask_t m) { return (m & BUTTON5_PRESSED) != 0; }
// stdio's streams are C globals Swift 6 will not touch directly.
static inline SCREEN *briefing_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline void briefing_write_control(const char *s) { fputs(s, stdout); fflush(stdout); }
#endif
