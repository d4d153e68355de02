#include "briefing_signals.h"
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t pending = 0;
static void (*volatile cleanup_fn)(void) = 0;
static const int quit_signals[] = {SIGINT, SIGTERM, SIGHUP};
static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT};

static void on_quit(int sig) { pending = sig; }

static void on_crash(int sig) {
    void (*fn)(void) = cleanup_fn;
    cleanup_fn = 0;
    if (fn) fn();
    signal(sig, SIG_DFL);
    raise(sig);
}

void briefing_install_signal_handlers(void (*cleanup)(void)) {
    cleanup_fn = cleanup;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_quit;
    for (unsigned i = 0; i < sizeof quit_signals / sizeof *quit_signals; i++) sigaction(quit_signals[i], &sa, 0);
    sa.sa_handler = on_crash;
    sa.sa_flags = SA_RESETHAND;
    for (unsigned i = 0; i < sizeof crash_signals / sizeof *crash_signals; i++) sigaction(crash_signals[i], &sa, 0);
}

int briefing_pending_signal(void) { return pending; }

void briefing_reset_signal_handlers(void) {
    cleanup_fn = 0;
    for (unsigned i = 0; i < sizeof quit_signals / sizeof *quit_signals; i++) signal(quit_signals[i], SIG_DFL);
    for (unsigned i = 0; i < sizeof crash_signals / sizeof *crash_signals; i++) signal(crash_signals[i], SIG_DFL);
}

void briefing_stop_self(void) {
    struct sigaction dfl, old;
    memset(&dfl, 0, sizeof dfl);
    sigemptyset(&dfl.sa_mask);
    dfl.sa_handler = SIG_DFL;
    sigaction(SIGTSTP, &dfl, &old);
    sigset_t tstp, saved;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &tstp, &saved);
    kill(0, SIGTSTP);
    sigprocmask(SIG_SETMASK, &saved, 0);
    sigaction(SIGTSTP, &old, 0);
}
