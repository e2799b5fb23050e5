#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include "cfilesystem.h"

// Linux only, as the whole project (FileWriting's FileSystem.swift stops any other build).

int cfs_syncfs(int descriptor) {
    return syncfs(descriptor);
}

int cfs_rename_exchange(const char *first, const char *second) {
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
}
