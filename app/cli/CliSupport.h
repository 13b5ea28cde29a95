// SPDX-License-Identifier: MIT
#pragma once

#include "CliCommands.h"
#include "Scenario.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace rackline::cli {

/// The translation context of the command line's messages (lupdate reads it from here).
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(rackline::cli)
};

// Helpers shared by the subcommands: messages, options, files.
void print(FILE *stream, const QString &text);
void printBytes(FILE *stream, const QByteArray &bytes);
/// The usage of every subcommand (CliCommands.cpp).
QString usageText();
/// Prints "rackline-cli: REASON" and the usage, returns the usage exit code.
int usageError(Streams io, const QString &reason);

/// Options of the form "--name value" or "--flag", the rest positional.
struct Options {
    QStringList positional;
    QHash<QString, QString> values;
    QStringList flags;

    bool has(const QString &option) const { return values.contains(option); }
    QString value(const QString &option) const { return values.value(option); }
};
std::optional<Options> parseOptions(const QStringList &args, const QStringList &valueOptions,
                                    const QStringList &flagOptions, QString *error);

/// Writes `data` atomically to a file, or to standard output for "-"; returns an error text.
QString writeOutput(const QString &target, const QByteArray &data, Streams io);
/// writeOutput, printing its failure: returns Ok or Invalid, the command's exit code.
int writeOrReport(const QString &target, const QByteArray &data, Streams io);
/// Loads a scenario, or prints "FILE: path: reason" and returns nothing.
std::optional<Scenario> loadOrReport(const QString &fileName, Streams io);

} // namespace rackline::cli
