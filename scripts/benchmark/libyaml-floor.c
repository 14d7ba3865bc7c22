/* The floor iop-lint is measured against: libyaml's event parser over every file, nothing else.
 *
 * Usage: libyaml-floor PATH...   (a folder is walked for *.yaml and *.yml)
 * Reads each file into memory, pulls every event with yaml_parser_parse and frees it, and
 * prints the number of files and events. Build: cc -O2 libyaml-floor.c -lyaml -o libyaml-floor
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static long files, events;

static void scan(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) return;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *bytes = malloc(size > 0 ? size : 1);
    size_t read = fread(bytes, 1, size, file);
    fclose(file);
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, bytes, read);
    yaml_event_t event;
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) break;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        events++;
        if (done) break;
    }
    yaml_parser_delete(&parser);
    free(bytes);
    files++;
}

static int visit(const char *path, const struct stat *info, int type, struct FTW *ftw) {
    (void)info;
    (void)ftw;
    size_t length = strlen(path);
    if (type == FTW_F && ((length > 5 && !strcmp(path + length - 5, ".yaml")) ||
                          (length > 4 && !strcmp(path + length - 4, ".yml"))))
        scan(path);
    return 0;
}

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        struct stat info;
        if (stat(argv[i], &info) == 0 && S_ISDIR(info.st_mode))
            nftw(argv[i], visit, 16, 0);
        else
            scan(argv[i]);
    }
    printf("%ld files, %ld events\n", files, events);
    return 0;
}
