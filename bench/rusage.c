/* rusage.c - `rusage OUT CMD [ARG...]`: run CMD (its stdin, stdout and
 * stderr as given) and write "WALL USER SYS MAXRSS_KIB STATUS" of it to
 * OUT. For the benchmarks' measure of peak memory: a process forked by a
 * large one (a Python script) starts with its parent's high-water mark,
 * which exec keeps in ru_maxrss; forked from this small program, CMD's
 * own peak shows. Exit 0 unless CMD could not be run (127). */
#define _DEFAULT_SOURCE   /* wait4 */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	int status = 0;
	pid_t pid;
	FILE *out;

	if (argc < 3) {
		fputs("usage: rusage OUT CMD [ARG...]\n", stderr);
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		perror(argv[2]);
		_exit(127);
	}
	if (pid < 0 || wait4(pid, &status, 0, &ru) < 0) {
		perror("rusage");
		return 127;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (!(out = fopen(argv[1], "w"))) {
		perror(argv[1]);
		return 127;
	}
	fprintf(out, "%.6f %.6f %.6f %ld %d\n",
		(double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9,
		(double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6,
		(double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6, ru.ru_maxrss,
		WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	return fclose(out) == 0 ? 0 : 127;
}
