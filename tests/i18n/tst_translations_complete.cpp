// SPDX-License-Identifier: MIT
// Every text the sources hand to tr() is translated: lupdate reads the same sources as the
// update_translations target (the glob in core/CMakeLists.txt: core/, ui/, app/ and
// translations/*.cpp) into temporary copies of the committed .ts files, and any message
// that comes out unfinished (new in the sources, or never translated) fails the test, named
// with its context and file. Line numbers play no part (-locations none).

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kSourceDir = QStringLiteral(RACKLINE_SOURCE_DIR);

/// The sources lupdate reads, as core/CMakeLists.txt globs them.
QStringList translatableSources()
{
    QStringList files;
    for (const char *dir : {"core", "ui", "app"}) {
        QDirIterator it(kSourceDir + QLatin1Char('/') + QLatin1String(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    QDirIterator it(kSourceDir + QStringLiteral("/translations"), {QStringLiteral("*.cpp")}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

struct Message {
    QString context, source;
    bool unfinished = false;
};

/// Messages of a .ts file; a numerus message is unfinished when any of its forms is empty.
QList<Message> readMessages(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, false};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            bool empty = false;
            bool numerus = false;
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    empty = empty || xml.readElementText().isEmpty();
                }
            }
            if (!numerus)
                empty = text.trimmed().isEmpty();
            message.unfinished = type == QLatin1String("unfinished") || (empty && type != QLatin1String("vanished")
                                                                         && type != QLatin1String("obsolete"));
            messages << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TranslationsCompleteTest : public QObject
{
    Q_OBJECT

private slots:
    void everyTextIsTranslated_data()
    {
        QTest::addColumn<QString>("ts");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("Italian") << QStringLiteral("rackline_it.ts") << QStringList();
        QTest::newRow("Greek") << QStringLiteral("rackline_el.ts") << QStringList();
        // English needs its plural forms only ("1 warning", "2 warnings").
        QTest::newRow("English plurals") << QStringLiteral("rackline_en.ts") << QStringList{QStringLiteral("-pluralonly")};
    }

    void everyTextIsTranslated()
    {
        QFETCH(QString, ts);
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(ts);
        QVERIFY(QFile::copy(kSourceDir + QStringLiteral("/translations/") + ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QFile list(dir.filePath(QStringLiteral("sources.lst")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        const QStringList sources = translatableSources();
        QVERIFY(sources.size() > 20);
        list.write(sources.join(QLatin1Char('\n')).toUtf8());
        list.close();

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(RACKLINE_LUPDATE),
                      options + QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                            QStringLiteral("-I"), kSourceDir + QStringLiteral("/core"),
                                            QLatin1Char('@') + list.fileName(), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QString error;
        const QList<Message> messages = readMessages(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList missing;
        for (const Message &message : messages) {
            if (message.unfinished)
                missing << QStringLiteral("  [%1] %2").arg(message.context, message.source.left(120));
        }
        if (!missing.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1: %2 text(s) without a finished translation (run the "
                                            "update_translations target, then translate them):\n%3")
                                 .arg(ts)
                                 .arg(missing.size())
                                 .arg(missing.join(QLatin1Char('\n')))));
    }
};

QTEST_GUILESS_MAIN(TranslationsCompleteTest)
#include "tst_translations_complete.moc"
