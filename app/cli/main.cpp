// SPDX-License-Identifier: MIT
#include "CliCommands.h"
#include "Translations.h"

#include <QCoreApplication>

#ifdef RACKLINE_CLI_CHARTS
#include "ChartCommands.h"

#include <QApplication>
#endif

int main(int argc, char *argv[])
{
#ifdef RACKLINE_CLI_CHARTS
    // Charts need QtGui and widgets, but never a display: only these subcommands get a
    // QApplication, on the offscreen platform unless the caller chose one.
    if (argc >= 2 && rackline::cli::isChartCommand(QString::fromLocal8Bit(argv[1]))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("rackline-cli"));
        QCoreApplication::setApplicationVersion(QStringLiteral(RACKLINE_VERSION));
        rackline::installTranslations(QLocale::system());
        return rackline::cli::runChartCommand(QCoreApplication::arguments(), {});
    }
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rackline-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RACKLINE_VERSION));
    // Messages in the user's language; numbers in files stay locale-independent.
    rackline::installTranslations(QLocale::system());
    const int code = rackline::cli::run(QCoreApplication::arguments(), {});
#ifdef RACKLINE_CLI_CHARTS
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments[1] == QLatin1String("help") || arguments[1] == QLatin1String("--help")
        || arguments[1] == QLatin1String("-h")) {
        const QByteArray more = rackline::cli::chartUsageText().toUtf8();
        std::fwrite(more.constData(), 1, size_t(more.size()), arguments.size() < 2 ? stderr : stdout);
    }
#endif
    return code;
}
