/*
 * cli.h - the subcommands of the one binary. Each takes the arguments after its name and
 * returns the process exit status (see docs/cli.md):
 *   0 success, 1 runtime failure, 2 bad usage or input (unknown option, bad value, missing
 *   or refused file), 3 scenario refused by `check`.
 */
#ifndef B20_CLI_H
#define B20_CLI_H

#define EXIT_USAGE 2
#define EXIT_REFUSED 3

int cli_run(int argc, char **argv);
int cli_dump(int argc, char **argv);
int cli_list(int argc, char **argv);
int cli_check(int argc, char **argv);
int cli_shot(int argc, char **argv);
int cli_ai_bench(int argc, char **argv);
int cli_perf(int argc, char **argv);
int cli_replay(int argc, char **argv);     /* cli_class.c */
int cli_handout(int argc, char **argv);    /* cli_class.c */
int cli_lang_check(int argc, char **argv); /* cli_class.c */
int gui_main(int argc, char **argv);

/* The folder holding scenarios/ and assets/: $B20_DATA_DIR, else beside the binary's install
 * prefix, else the source tree the binary was built from. */
const char *app_data_dir(void);

#endif
