#ifndef BRIEFING_SIGNALS_H
#define BRIEFING_SIGNALS_H

/// Installs handlers: SIGINT, SIGTERM and SIGHUP set a flag the run loop polls; SIGSEGV, SIGBUS,
/// SIGILL, SIGTRAP, SIGFPE and SIGABRT (a crash in our code) call `cleanup` to restore the terminal,
/// then die of the same signal.
void briefing_install_signal_handlers(void (*cleanup)(void));

/// The terminating signal received so far (0 when none).
int briefing_pending_signal(void);

/// Restores default handlers (used once the terminal is restored).
void briefing_reset_signal_handlers(void);

/// Stops the process as Ctrl-Z in a shell would (SIGTSTP to its process group, with the default action for the
/// moment), and returns once the shell continues it. The caller gives the terminal back first.
void briefing_stop_self(void);

#endif
