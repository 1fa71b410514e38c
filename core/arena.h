/* arena.h - per-document bump allocator: everything allocated from an arena
 * is freed at once by db_arena_release. Strings of records and tables live in
 * the arena of the document or table set that owns them. */
#ifndef DB_ARENA_H
#define DB_ARENA_H

#include <stddef.h>

typedef struct db_arena_chunk db_arena_chunk;
typedef struct {
	db_arena_chunk *head;
} db_arena;

#define DB_ARENA_INIT { NULL }

void *db_arena_alloc(db_arena *a, size_t n);          /* zeroed, 16-aligned */
/* Strings are packed, not aligned. */
char *db_arena_strdup(db_arena *a, const char *s);    /* NULL stays NULL */
char *db_arena_strndup(db_arena *a, const char *s, size_t n);
char *db_arena_printf(db_arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void db_arena_release(db_arena *a);                    /* a is empty again */
/* What src holds is dst's from now on (freed with it); src is empty. */
void db_arena_adopt(db_arena *dst, db_arena *src);

#endif
