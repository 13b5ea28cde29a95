// SPDX-License-Identifier: MIT
// The Rackline desktop app: command-line parsing and the main window; everything else is
// in the rackline_ui library, which the tests link too.

#include <AutosaveManager.h>
#include <CsvImportDialog.h>
#include <FileActions.h>
#include <GreekFont.h>
#include <LanguageMenu.h>
#include <Translations.h>
#include <MainWindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

/// --screenshot renders without a display, and --help or --version need none: choose the
/// offscreen platform unless the user picked one. This must happen before QApplication
/// exists, so argv is scanned by hand.
void preferOffscreenWhenNoWindowIsShown(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--screenshot") == 0 || std::strncmp(arg, "--screenshot=", 13) == 0
            || std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "--help-all") == 0
            || std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

bool parseSize(const QString &text, QSize *size)
{
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return false;
    bool okW = false, okH = false;
    const int w = parts[0].toInt(&okW), h = parts[1].toInt(&okH);
    if (!okW || !okH || w < 320 || h < 240 || w > 10000 || h > 10000)
        return false;
    *size = QSize(w, h);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    preferOffscreenWhenNoWindowIsShown(argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rackline"));
    QCoreApplication::setApplicationName(QStringLiteral("Rackline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RACKLINE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Rackline"));
    QGuiApplication::setDesktopFileName(QStringLiteral("rackline"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/rackline/icons/rackline.svg")));
    // Rackline's and Qt's translations: the language chosen in View > Language, else the system's.
    rackline::LanguageMenu::applySavedLanguage();
    rackline::useFontWithGreek(); // Greek text in the window and in every export

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Plan and compare AI compute build-outs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scenarioOption(QStringList{QStringLiteral("s"), QStringLiteral("scenario")},
                                            QCoreApplication::translate("main", "Open the scenario FILE."),
                                            QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the main window to the PNG file OUT and exit."),
        QCoreApplication::translate("main", "OUT"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QCoreApplication::translate("main", "Window size for --screenshot (default "
                                                                            "1920x1080)."),
                                        QCoreApplication::translate("main", "WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption importOption(
        QStringLiteral("import-csv"),
        QCoreApplication::translate("main", "Add the deployments of the CSV FILE to the open scenario as an unsaved "
                                            "change (nothing is added when a row is bad)."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption autosaveOption(
        QStringLiteral("autosave-interval"),
        QCoreApplication::translate("main", "Autosave unsaved changes every MS milliseconds (default: the "
                                            "setting autosave/intervalMs, else 60000)."),
        QCoreApplication::translate("main", "MS"));
    parser.addOptions({scenarioOption, screenshotOption, sizeOption, importOption, autosaveOption});
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Show the app in LANGUAGE (en, it or el) for this run, whatever is chosen "
                                            "in View > Language."),
        QCoreApplication::translate("main", "LANGUAGE"));
    parser.addOption(languageOption);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "A scenario to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    const bool screenshot = parser.isSet(screenshotOption);
    QSize size;
    if (!parseSize(parser.value(sizeOption), &size)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--size must be WIDTHxHEIGHT, e.g. 1280x720")));
        return 2;
    }

    if (parser.isSet(languageOption)) {
        const QString language = parser.value(languageOption);
        if (language != QLatin1String("en") && !rackline::translatedLanguages().contains(language)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "--language must be en, it or el, not %1")
                                        .arg(language)));
            return 2;
        }
        rackline::installTranslations(rackline::localeForLanguage(language));
    }

    rackline::MainWindow window;
    QString file = parser.value(scenarioOption);
    if (file.isEmpty() && !parser.positionalArguments().isEmpty())
        file = parser.positionalArguments().constFirst();
    QString error;
    if (!file.isEmpty()) {
        error = window.fileActions()->openFile(file);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(error));
            if (screenshot)
                return 1;
        }
    }
    if (file.isEmpty() || !error.isEmpty())
        window.fileActions()->newFromTemplate(rackline::FileActions::bundledScenario());
    if (parser.isSet(autosaveOption))
        window.autosave()->setInterval(parser.value(autosaveOption).toInt());
    if (parser.isSet(importOption)) {
        const QString csv = parser.value(importOption);
        rackline::DeploymentImport import;
        QString readError;
        const bool read = rackline::CsvImportDialog::readFile(csv, *window.document(), &import, &readError);
        if (!read)
            std::fprintf(stderr, "%s: %s\n", qPrintable(csv), qPrintable(readError));
        for (const rackline::CsvImportError &problem : import.errors)
            std::fprintf(stderr, "%s: %s\n", qPrintable(csv), qPrintable(problem.message()));
        if (read && import.errors.empty())
            rackline::CsvImportDialog::apply(window.document(), import.deployments);
    }

    if (screenshot) {
        window.resize(size);
        window.show();
        // Let layouts, the dock sizes and the timeline's fit-to-width settle before grabbing.
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        const QString out = parser.value(screenshotOption);
        if (!window.grab().save(out, "PNG")) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Cannot write %1").arg(out)));
            return 1;
        }
        return 0;
    }

    window.restoreSettings();
    window.show();
    // After a crash or a kill: offer what the last session autosaved (once the window shows).
    QTimer::singleShot(0, &window, &rackline::MainWindow::offerRecovery);
    if (!error.isEmpty())
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Cannot Open the Scenario"),
                             QCoreApplication::translate("main", "%1\n\n%2\n\nThe bundled scenario is open instead.")
                                 .arg(file, error));
    return app.exec();
}
