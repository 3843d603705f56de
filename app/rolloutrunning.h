#pragma once

namespace sextant {

// `sextant rollout start|status|pause|resume|approve|abort FILE`: the wave runner for runbooks,
// with the window's local database (journal, pause ledger, runs) unless --store says otherwise.
//   start, resume: connect (--context… | --server URL --token T), then drive the run, printing
//     its events, until it finishes (exit 0), halts (4), is stopped or paused by someone else (5),
//     or waits for a person at an approval or sign-off (10: it is paused "console closed" with
//     the command to run next). Ctrl+C pauses it too (130). start needs --yes without a terminal.
//   status: the latest run of the plan, as a table or --format json.
//   pause, abort: with --reason. approve: the wave awaiting approval or sign-off (--wave NAME
//     to name another), with --reason.
// Usage errors exit 2; a controller that refuses the token 3, one that cannot be reached 1.
int runRolloutRun(int argc, char *argv[]);

} // namespace sextant
