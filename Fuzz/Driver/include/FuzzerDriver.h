// libFuzzer's driver, for fuzz targets that have a main of their own (see Fuzz/Sources/main.swift).
// The definition is in the compiler's libFuzzer runtime, linked by `-sanitize=fuzzer`; a normal
// build declares it only and never calls it.
#ifndef COMMITTEE_DOCS_FUZZER_DRIVER_H
#define COMMITTEE_DOCS_FUZZER_DRIVER_H
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
