// SPDX-License-Identifier: MIT
#pragma once

// Modal dialogs block in exec(): a test answers them from a timer that waits until the
// dialog is the active modal widget, then acts on it (clicks its button, reads its text).

#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace rackline::test {

template<typename Dialog>
void whenModalShows(std::function<void(Dialog *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(dialog);
    });
    timer->start();
}

/// Reads the next message box's text into `text` and closes it.
inline void readAndCloseNextMessageBox(QString *text)
{
    whenModalShows<QMessageBox>([text](QMessageBox *box) {
        *text = box->text();
        box->done(QMessageBox::Ok);
    });
}

} // namespace rackline::test
