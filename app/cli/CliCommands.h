// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <cstdio>

namespace rackline::cli {

/// Exit codes of MODEL.md's command line.
enum ExitCode { Ok = 0, Invalid = 1, Usage = 2 };

/// Streams of a command; tests and main() pass stdout and stderr.
struct Streams {
    FILE *out = stdout;
    FILE *err = stderr;
};

int runValidate(const QStringList &args, Streams io);
int runReport(const QStringList &args, Streams io);
int runCatalog(const QStringList &args, Streams io);
int runImportCsv(const QStringList &args, Streams io);
int runCompare(const QStringList &args, Streams io);
int runSensitivity(const QStringList &args, Streams io);
int runGoalSeek(const QStringList &args, Streams io);
int runMonteCarlo(const QStringList &args, Streams io);
/// Dispatches `rackline-cli COMMAND ...`.
int run(const QStringList &arguments, Streams io);

} // namespace rackline::cli
