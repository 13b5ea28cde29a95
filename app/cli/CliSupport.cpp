// SPDX-License-Identifier: MIT
#include "CliSupport.h"

#include "ScenarioFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace rackline::cli {

void printBytes(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

void print(FILE *stream, const QString &text)
{
    printBytes(stream, text.toUtf8());
}

int usageError(Streams io, const QString &reason)
{
    print(io.err, QStringLiteral("rackline-cli: %1\n").arg(reason));
    print(io.err, usageText());
    return Usage;
}

std::optional<Options> parseOptions(const QStringList &args, const QStringList &valueOptions,
                                    const QStringList &flagOptions, QString *error)
{
    Options options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (valueOptions.contains(arg)) {
            if (i + 1 >= args.size()) {
                *error = CliText::tr("option %1 needs a value").arg(arg);
                return std::nullopt;
            }
            options.values.insert(arg, args[++i]);
        } else if (flagOptions.contains(arg)) {
            options.flags << arg;
        } else if (arg.startsWith(QLatin1String("--"))) {
            *error = CliText::tr("unknown option %1").arg(arg);
            return std::nullopt;
        } else {
            options.positional << arg;
        }
    }
    return options;
}

QString writeOutput(const QString &target, const QByteArray &data, Streams io)
{
    if (target == QLatin1String("-")) {
        printBytes(io.out, data);
        return {};
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return CliText::tr("cannot write %1: %2").arg(target, file.errorString());
    return {};
}

int writeOrReport(const QString &target, const QByteArray &data, Streams io)
{
    if (const QString failure = writeOutput(target, data, io); !failure.isEmpty()) {
        print(io.err, failure + QLatin1Char('\n'));
        return Invalid;
    }
    return Ok;
}

std::optional<Scenario> loadOrReport(const QString &fileName, Streams io)
{
    ScenarioLoad load = readScenarioFile(fileName);
    if (!load.ok()) {
        // An unreadable file's error is placed at the file itself: name it once.
        const QString message = load.error.path == fileName ? load.error.message()
                                                            : QStringLiteral("%1: %2").arg(fileName, load.error.message());
        print(io.err, message + QLatin1Char('\n'));
        return std::nullopt;
    }
    return std::move(load.scenario);
}

} // namespace rackline::cli
