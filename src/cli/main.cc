// precis: the command-line front end. Each subcommand lives in its own file under src/cli/.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <functional>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"precis: multi-document news summarization with cited sources, and its evaluation.",
               "precis"};
  app.set_version_flag("--version", std::string("precis ") + PRECIS_VERSION_STRING);
  app.require_subcommand(1);
  app.footer(precis::cli::kExitCodesHelp);
  std::function<int()> run;
  precis::cli::AddSummarizeCommand(app, &run);
  precis::cli::AddCleanCommand(app, &run);
  precis::cli::AddRougeCommand(app, &run);
  precis::cli::AddCheckCommand(app, &run);
  precis::cli::AddExtractCommand(app, &run);
  precis::cli::AddFetchCommand(app, &run);
  precis::cli::AddClusterCommand(app, &run);
  precis::cli::AddEvalCommand(app, &run);
  precis::cli::AddEvalStoriesCommand(app, &run);
  precis::cli::AddEvalExtractCommand(app, &run);
  precis::cli::AddTrainCommand(app, &run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : precis::cli::kExitUsage;
  }
  try {
    return run ? run() : precis::cli::kExitUsage;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "precis: internal error: %s\n", e.what());
    return precis::cli::kExitInternal;
  }
}
