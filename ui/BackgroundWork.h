// SPDX-License-Identifier: MIT
#pragma once

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <optional>
#include <utility>

namespace rackline {

/// Runs `work` on a worker thread and waits for its result without freezing the window:
/// the GUI thread keeps painting and running timers (user input is held back until the work
/// is done, so nothing can change the document under it), and when the work takes more than
/// 100 ms a busy progress dialog saying `label` appears over `parent`. Used for reading and
/// writing files, which take seconds for a scenario of 100,000 deployments.
template<typename Work>
auto runInBackground(QWidget *parent, const QString &label, Work work) -> decltype(work())
{
    using Result = decltype(work());
    std::optional<Result> result;
    QEventLoop loop;
    QThread *thread = QThread::create([&] { result.emplace(work()); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(100);
    thread->start();
    if (!thread->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    return std::move(*result);
}

} // namespace rackline
