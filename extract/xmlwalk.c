/* xmlwalk.c - see xmlwalk.h. */
#include "extract/xmlwalk.h"

void db_xml_walk(xmlNode *root, bool (*enter)(void *ctx, xmlNode *n),
		 void (*leave)(void *ctx, xmlNode *n), void *ctx)
{
	xmlNode *n = root->children;
	while (n) {
		bool in = enter(ctx, n);
		if (in && n->children) {
			n = n->children;
			continue;
		}
		if (in)
			leave(ctx, n);
		for (;;) {
			if (n->next) {
				n = n->next;
				break;
			}
			n = n->parent;
			if (!n || n == root) {
				n = NULL;
				break;
			}
			leave(ctx, n);
		}
	}
}
