/* main.c - the duibiao command: a table of subcommands (git style). */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/atomic.h"
#include "core/i18n.h"

static const struct cmd {
	const char *name;
	int (*fn)(int, char **);
	const char *help;
} commands[] = {
	{ "extract", cmd_extract, N_("find every comparable indicator in reports → records JSON") },
	{ "compare", cmd_compare, N_("align records across places → ranked tables JSON/CSV") },
	{ "render", cmd_render, N_("draw one table as a bar chart or ranking table (PNG/PDF/SVG)") },
	{ "sheet", cmd_sheet, N_("a multi-page PDF comparison sheet from a manifest or tables") },
	{ "parse", cmd_parse, N_("show how a figure or period phrase is read (JSON)") },
};

static void usage(FILE *f)
{
	fputs(_("usage: duibiao <command> [options] [args]\n\ncommands:\n"), f);
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(f, "  %-9s %s\n", commands[i].name, _(commands[i].help));
	fputs(_("\n'duibiao <command> --help' describes a command's options.\n"), f);
}

int main(int argc, char **argv)
{
	db_atomic_cleanup_on_signals();
	cli_locale();
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
	fprintf(stderr, _("duibiao: '%s' is not a command\n"), argv[1]);
	usage(stderr);
	return EXIT_USAGE;
}
