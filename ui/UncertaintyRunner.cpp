// SPDX-License-Identifier: MIT
#include "UncertaintyRunner.h"

#include "ComparisonSession.h"
#include "ScenarioDocument.h"

#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace rackline {

UncertaintyRunner::UncertaintyRunner(ScenarioDocument *document, ComparisonSession *session, QWidget *window,
                                     QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_session(session)
    , m_window(window)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &UncertaintyRunner::rerun);
    connect(&m_watcher, &QFutureWatcher<MonteCarloBands>::finished, this, &UncertaintyRunner::onFinished);
    connect(m_document, &ScenarioDocument::changed, this, &UncertaintyRunner::documentChanged);
}

UncertaintyRunner::~UncertaintyRunner()
{
    // The worker reads only its own copy of the scenario; waiting keeps it from outliving
    // the watcher it reports to.
    m_watcher.waitForFinished();
}

void UncertaintyRunner::run(const MonteCarloRequest &request, bool showProgress)
{
    m_request = request;
    m_following = true;
    m_debounce.stop();
    // The worker gets a copy: the document keeps changing while it runs.
    const Scenario scenario = m_document->scenario();
    m_watcher.setFuture(QtConcurrent::run([scenario, request] { return runMonteCarlo(scenario, request); }));
    closeProgress();
    if (!showProgress)
        return;
    m_progress = new QProgressDialog(tr("Running %n Monte Carlo sample(s)…", nullptr, request.samples), tr("Cancel"),
                                     0, 0, m_window);
    m_progress->setWindowTitle(tr("Uncertainty Bands"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(100);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        // The core's run cannot be interrupted: stop watching it, so its result is dropped.
        m_watcher.setFuture(QFuture<MonteCarloBands>());
        m_following = m_session->bands() != nullptr;
        closeProgress();
    });
}

void UncertaintyRunner::clear()
{
    m_following = false;
    m_debounce.stop();
    m_session->clearBands();
}

void UncertaintyRunner::documentChanged()
{
    if (m_following)
        m_debounce.start();
}

void UncertaintyRunner::rerun()
{
    // Undo may have changed the ranges saved in the scenario: use the scenario's.
    MonteCarloRequest request = m_request;
    if (const auto &ranges = m_document->scenario().assumptions.uncertainty)
        request.ranges = *ranges;
    run(request, false);
}

void UncertaintyRunner::onFinished()
{
    closeProgress();
    const QFuture<MonteCarloBands> future = m_watcher.future();
    if (!future.isValid() || future.isCanceled() || future.resultCount() == 0)
        return;
    m_session->setBands(future.result(), m_request);
    emit finished();
}

void UncertaintyRunner::closeProgress()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
}

} // namespace rackline
