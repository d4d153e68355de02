#ifndef BRIEFING_HEAP_H
#define BRIEFING_HEAP_H

/// Returns the heap's free memory to the system where the C library can (glibc's malloc_trim); does nothing
/// elsewhere.
void briefing_release_free_memory(void);

#endif
