/* main.c - the duibiao command: a table of subcommands (git style). */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/atomic.h"

static const struct cmd {
	const char *name;
	int (*fn)(int, char **);
	const char *help;
} commands[] = {
	{ "extract", cmd_extract, "find every comparable indicator in reports → records JSON" },
	{ "compare", cmd_compare, "align records across places → ranked tables JSON/CSV" },
	{ "render", cmd_render, "draw one table as a bar chart or ranking table (PNG/PDF/SVG)" },
	{ "sheet", cmd_sheet, "a multi-page PDF comparison sheet from a manifest or tables" },
	{ "parse", cmd_parse, "show how a figure or period phrase is read (JSON)" },
};

static void usage(FILE *f)
{
	fprintf(f, "usage: duibiao <command> [options] [args]\n\ncommands:\n");
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].help);
	fprintf(f, "\n'duibiao <command> --help' describes a command's options.\n");
}

int main(int argc, char **argv)
{
	db_atomic_cleanup_on_signals();
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return EXIT_OK;
	}
	if (!strcmp(argv[1], "--version")) {
		cli_print_version();
		return EXIT_OK;
	}
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (!strcmp(argv[1], commands[i].name))
			return commands[i].fn(argc - 1, argv + 1);
	fprintf(stderr, "duibiao: '%s' is not a command\n", argv[1]);
	usage(stderr);
	return EXIT_USAGE;
}
