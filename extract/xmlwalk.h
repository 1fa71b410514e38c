/* xmlwalk.h - a libxml2 tree in document order, without recursion (a page
 * may nest elements deeper than the stack allows), for the .docx and web
 * page readers. enter(ctx, node) returns whether to go into the node's
 * children; leave(ctx, node) follows its children, and only for a node
 * entered. */
#ifndef DB_XMLWALK_H
#define DB_XMLWALK_H

#include <stdbool.h>

#include <libxml/tree.h>

void db_xml_walk(xmlNode *root, bool (*enter)(void *ctx, xmlNode *n),
		 void (*leave)(void *ctx, xmlNode *n), void *ctx);

#endif
