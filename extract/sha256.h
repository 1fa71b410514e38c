/* sha256.h - SHA-256 of a document's raw bytes (records "document.sha256"). */
#ifndef DB_SHA256_H
#define DB_SHA256_H

#include <stdbool.h>
#include <stddef.h>

/* Lowercase hex digest of data[0..len) into out (65 bytes, NUL-terminated). */
void db_sha256_hex(const void *data, size_t len, char out[65]);

/* Whether the processor's SHA instructions compute the digest. use > 0
 * asks for them (when the processor has them), 0 turns them off (the
 * portable rounds), < 0 only asks; for the tests. */
bool db_sha256_hardware(int use);

#endif
