/* test_sha256.c - the document digest: FIPS 180-4's vectors, and the
 * processor's SHA instructions (where there are) giving the portable
 * rounds' digest at every length about a block's edges. */
#include <stdlib.h>

#include "extract/sha256.h"
#include "harness.h"

static void vectors(void)
{
	char hex[65];
	db_sha256_hex("", 0, hex);
	STR_EQ("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", hex);
	db_sha256_hex("abc", 3, hex);
	STR_EQ("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hex);
	const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	db_sha256_hex(two, strlen(two), hex);
	STR_EQ("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", hex);
	char *a = malloc(1000000);
	memset(a, 'a', 1000000);
	db_sha256_hex(a, 1000000, hex);
	STR_EQ("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", hex);
	free(a);
}

int main(void)
{
	bool hw = db_sha256_hardware(-1);
	printf("sha256: %s\n", hw ? "processor's SHA instructions" : "portable rounds");
	vectors();
	if (hw) {
		db_sha256_hardware(0);
		vectors();
		/* bytes of every value, lengths about one, two and many blocks */
		enum { MAX = 4 * 64 + 70 };
		unsigned char buf[MAX];
		unsigned x = 12345;
		for (size_t i = 0; i < MAX; i++) {
			x = x * 1103515245u + 12345u;
			buf[i] = (unsigned char)(x >> 16);
		}
		int same = 0;
		for (size_t len = 0; len <= MAX; len++) {
			char soft[65], hard[65];
			db_sha256_hardware(0);
			db_sha256_hex(buf, len, soft);
			db_sha256_hardware(1);
			db_sha256_hex(buf, len, hard);
			same += !strcmp(soft, hard);
		}
		INT_EQ(MAX + 1, same);
	}
	DB_TEST_END();
}
