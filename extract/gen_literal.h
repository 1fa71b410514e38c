/* gen_literal.h - for the programs of the build that write tables as C
 * (make-divisions-table.c, make-catalog-table.c). */
#ifndef DB_GEN_LITERAL_H
#define DB_GEN_LITERAL_H

#include <stdio.h>

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

#endif
