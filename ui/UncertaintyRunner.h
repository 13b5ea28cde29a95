// SPDX-License-Identifier: MIT
#pragma once

#include <MonteCarlo.h>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QProgressDialog;
class QWidget;

namespace rackline {

class ComparisonSession;
class ScenarioDocument;

/// Runs core's Monte Carlo for the open scenario off the GUI thread (QtConcurrent) and puts
/// the bands in the ComparisonSession. A run the user asked for shows a busy dialog with
/// Cancel when it takes longer than 100 ms. Once bands are shown, every edit recomputes them
/// with the same request (debounced: one run after the edits pause), so the bands never
/// describe another plan for long; a result that arrives after a newer run started is dropped.
class UncertaintyRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 300;

    UncertaintyRunner(ScenarioDocument *document, ComparisonSession *session, QWidget *window,
                      QObject *parent = nullptr);
    ~UncertaintyRunner() override;

    /// Runs now with `request` (its ranges are the scenario's from now on).
    void run(const MonteCarloRequest &request, bool showProgress = true);
    /// Forgets the bands and stops following edits.
    void clear();
    bool isRunning() const { return m_watcher.isRunning(); }
    bool isFollowing() const { return m_following; }

signals:
    /// New bands are in the session.
    void finished();

private:
    void documentChanged();
    void rerun();
    void onFinished();
    void closeProgress();

    ScenarioDocument *m_document;
    ComparisonSession *m_session;
    QWidget *m_window;
    QFutureWatcher<MonteCarloBands> m_watcher;
    MonteCarloRequest m_request;
    bool m_following = false;
    QTimer m_debounce;
    QPointer<QProgressDialog> m_progress;
};

} // namespace rackline
