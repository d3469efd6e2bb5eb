// The CLI's subcommands. Each registers its options on the app and runs when chosen; main.cc only
// dispatches. Exit codes are shared by all of them (documented in `precis --help`).
#ifndef PRECIS_CLI_COMMANDS_H_
#define PRECIS_CLI_COMMANDS_H_

#include <functional>
#include <string>

namespace CLI {
class App;
}

namespace precis::cli {

enum ExitCode : int {
  kExitOk = 0,
  kExitInputError = 1,  // an input could not be used (missing, empty, binary, malformed)
  kExitUsage = 2,       // the command line is wrong
  kExitPartial = 3,     // finished, but some batch records or input files failed (on stderr)
  kExitInternal = 4,    // output could not be written, or an internal error
};

inline constexpr const char* kExitCodesHelp =
    "Exit codes: 0 success; 1 an input could not be used (missing, empty, binary, undecodable or "
    "malformed; the message names it); 2 bad command line; 3 finished, but some inputs failed: "
    "batch records (their ids are listed on stderr and in the output) or some of several input "
    "files (named on stderr; the others were used); 4 output could not be written or an "
    "internal error.";

// Registers a subcommand; `*run` is set to its action when the subcommand is chosen.
void AddSummarizeCommand(CLI::App& app, std::function<int()>* run);
void AddCleanCommand(CLI::App& app, std::function<int()>* run);
void AddRougeCommand(CLI::App& app, std::function<int()>* run);
void AddEvalCommand(CLI::App& app, std::function<int()>* run);
void AddTrainCommand(CLI::App& app, std::function<int()>* run);
void AddCheckCommand(CLI::App& app, std::function<int()>* run);
void AddEvalStoriesCommand(CLI::App& app, std::function<int()>* run);
void AddClusterCommand(CLI::App& app, std::function<int()>* run);
void AddEvalExtractCommand(CLI::App& app, std::function<int()>* run);
void AddExtractCommand(CLI::App& app, std::function<int()>* run);
void AddFetchCommand(CLI::App& app, std::function<int()>* run);

}  // namespace precis::cli

#endif  // PRECIS_CLI_COMMANDS_H_
