/* gen_literal.h - for the programs of the build that write tables as C
 * (make-divisions-table.c, make-catalog-table.c). */
#ifndef DB_GEN_LITERAL_H
#define DB_GEN_LITERAL_H

#include <stdio.h>
#include <string.h>

/* s as a C string literal: a quote, backslash or control character as a
 * three-digit octal escape (so that a digit after it is not taken into
 * it); other bytes, UTF-8 included, as they are. */
static inline void gen_literal(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++)
		if (*s == '"' || *s == '\\' || (unsigned char)*s < 0x20)
			fprintf(f, "\\%03o", (unsigned char)*s);
		else
			fputc(*s, f);
	fputc('"', f);
}

/* A string pool written as one C string: gen_pool_add writes s (not NULL)
 * and its NUL as the pool's next line and returns its offset; *len is the
 * pool's length so far, 1 for the NUL that opens it (offset 0, ""). */
static inline size_t gen_pool_add(FILE *f, size_t *len, const char *s)
{
	size_t at = *len;
	fputc('\t', f);
	gen_literal(f, s);
	fputs(" \"\\000\"\n", f);
	*len += strlen(s) + 1;
	return at;
}

#endif
