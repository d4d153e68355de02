#include "briefing_heap.h"

// <stdlib.h> first: on glibc it defines __GLIBC__, which the test below needs.
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void briefing_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
