// The subcommands: each declares its options and calls into the library.
#include <fmt/format.h>

#include "cli_support.hpp"
#include "kban/error.hpp"
#include "kban/listings.hpp"

namespace kban {

namespace {

const std::vector<std::string> kListingFormats = {"table", "json", "jsonl", "csv", "markdown"};

class SourcesCommand : public Command {
 public:
  CLI::App* declare(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand("sources", "List the documents of the corpus");
    add_format_option(*sub, format_, kListingFormats);
    return sub;
  }
  int run(Environment& env, const CommonOptions& common) override {
    write_listing(list_sources(load_corpus(common, env)), output_options(format_, common, env), env);
    return kExitOk;
  }

 private:
  std::string format_ = "table";
};

// A command whose issue has not landed yet: says so honestly and exits non-zero.
class PendingCommand : public Command {
 public:
  PendingCommand(std::string name, std::string description)
      : name_(std::move(name)), description_(std::move(description)) {}
  CLI::App* declare(CLI::App& app) override {
    CLI::App* sub = app.add_subcommand(name_, description_ + " (not implemented yet)");
    add_format_option(*sub, format_, kListingFormats);
    return sub;
  }
  int run(Environment& env, const CommonOptions&) override {
    env.err << "kban: error: '" << name_ << "' is not implemented yet\n";
    return kExitInternal;
  }

 private:
  std::string name_;
  std::string description_;
  std::string format_ = "table";
};

}  // namespace

std::vector<std::unique_ptr<Command>> all_commands() {
  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(std::make_unique<SourcesCommand>());
  commands.push_back(std::make_unique<PendingCommand>("timeline", "Print the timeline of dated events"));
  commands.push_back(std::make_unique<PendingCommand>("conflicts", "Print figures and dates on which sources disagree"));
  return commands;
}

}  // namespace kban
