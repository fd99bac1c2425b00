/*
 * property_main.c
 *	  A deterministic driver for a fuzz target, without libFuzzer: feeds it
 *	  N pseudo-random inputs (xorshift64 from a fixed seed, lengths 0 to
 *	  1,024, bytes biased towards small numbers so that years repeat and
 *	  values collide), so that test/fuzz.sh checks each target's property
 *	  the same way on every run and with any C compiler.
 *	  Usage: property_<target> [N]; prints "property <target>: N inputs ok".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

extern int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifndef TARGET_NAME
#define TARGET_NAME "target"
#endif

static uint64_t state = 0x9e3779b97f4a7c15u;

/* The next pseudo-random number (xorshift64). */
static uint64_t
next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

int
main(int argc, char **argv)
{
	long		n = argc > 1 ? atol(argv[1]) : 20000;
	static uint8_t buf[1024];

	for (long i = 0; i < n; i++)
	{
		size_t		len = next() % sizeof(buf);

		for (size_t j = 0; j < len; j++)
		{
			uint64_t	r = next();

			/* half the bytes small, so that steps and choices repeat */
			buf[j] = (r & 1) ? (uint8_t) ((r >> 8) % 8) : (uint8_t) (r >> 8);
		}
		LLVMFuzzerTestOneInput(buf, len);
	}
	printf("property %s: %ld inputs ok\n", TARGET_NAME, n);
	return 0;
}
