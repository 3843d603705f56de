#pragma once

#include <QStringList>

namespace sextant {

// `sextant sync|pause|resume|rollback`: the ActionService for scripts and
// runbooks, with the same journal and pause ledger as the window.
//   (--context NAME [--context NAME…] | --server URL --token T) [--insecure] [--plaintext]
//   --scope fleet|instance[=NAME]|cluster=NAME|project=NAME|app=NAME --reason TEXT [--yes]
//   [--to HISTORY_ID] [--store PATH] [--deny-window] [--continue-on-failure] [--prune]
// Exit codes: 0 done, 1 some apps failed, 2 usage or refused, 3 connection or authentication.
bool isActionCommand(const char *word);
int runActionCommand(int argc, char *argv[]);

} // namespace sextant
