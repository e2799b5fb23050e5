#ifndef CFILESYSTEM_H
#define CFILESYSTEM_H

/// syncfs(2): flushes the whole file system that holds `descriptor` (glibc declares it only with
/// _GNU_SOURCE, which Swift's Glibc module does not set).
int cfs_syncfs(int descriptor);

/// renameat2(2) with RENAME_EXCHANGE: swaps two existing paths in one atomic step. -1 with errno
/// (EINVAL or ENOSYS where the file system or the kernel cannot).
int cfs_rename_exchange(const char *first, const char *second);

#endif
